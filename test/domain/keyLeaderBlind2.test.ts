// Key-leader titles the second blind test (test/e2e/blind2.test.ts) met in school rosters.
import { keyLeaderRank } from "../../src/domain/keyLeader";

describe("school abbreviations: HT, PHT", () => {
  it.each([
    ["HT", "head"],
    ["ht", "head"],
    ["HT kiêm Bí thư chi bộ", "head"],
    ["PHT", "deputy"],
    ["P.HT", "deputy"],
    ["Phó HT", "deputy"],
    ["Q.HT", "head"],
    ["Tổ trưởng chuyên môn", null],
    ["TTCM", null],
    ["Tổng phụ trách Đội", null],
    ["GV", null],
  ])("%s → %s", (title, rank) => {
    expect(keyLeaderRank(title)).toBe(rank);
  });
});
