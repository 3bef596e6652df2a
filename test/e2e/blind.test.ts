// The blind test: agency workbooks in layouts the reader was never tuned on (test/fixtures/blind.ts),
// worked out by hand, end to end through the CLI (`analyze FILE --json --year 2026`): see check.ts.
import { blindFixtures } from "../fixtures/blind";
import { checkFixtures } from "./check";

checkFixtures("blind", blindFixtures());
