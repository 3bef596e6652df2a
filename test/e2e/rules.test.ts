// Realistic workbooks for the reading rules of issue 8 (test/fixtures/rules.ts), end to end through the CLI: see check.ts.
import { ruleFixtures } from "../fixtures/rules";
import { checkFixtures } from "./check";

checkFixtures("rules", ruleFixtures());
