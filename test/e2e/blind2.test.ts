// The second blind test (test/fixtures/blind2.ts): other authors, other layouts, same checks (check.ts).
import { blind2Fixtures } from "../fixtures/blind2";
import { checkFixtures } from "./check";

checkFixtures("blind2", blind2Fixtures());
