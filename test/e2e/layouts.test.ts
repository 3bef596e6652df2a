// The truth set (test/fixtures/layouts.ts), end to end through the CLI: see check.ts for what is checked.
import { allFixtures } from "../fixtures/layouts";
import { checkFixtures } from "./check";

checkFixtures("truth set", allFixtures());
