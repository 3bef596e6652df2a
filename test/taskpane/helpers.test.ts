import { formatCount, formatPercentInput, parsePercentInput, STRINGS } from "../../src/taskpane/strings";
import { completeSettings, withOverride, withoutOverride } from "../../src/taskpane/engine";
import { sortUnits } from "../../src/taskpane/components/UnitsView";
import type { UnitShare } from "../../src/domain/analysis";
import { defaultSettings } from "../../src/domain/settings";

describe("strings", () => {
  test("every English string exists for every Vietnamese one", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  });

  test("percent inputs read Vietnamese and English decimals, and nothing else", () => {
    expect(parsePercentInput("30")).toBe(0.3);
    expect(parsePercentInput("30,5")).toBe(0.305);
    expect(parsePercentInput(" 30.5 % ")).toBe(0.305);
    expect(parsePercentInput("100")).toBe(1);
    expect(parsePercentInput("0")).toBe(0);
    expect(parsePercentInput("101")).toBeNull();
    expect(parsePercentInput("-5")).toBeNull();
    expect(parsePercentInput("ba mươi")).toBeNull();
    expect(parsePercentInput("")).toBeNull();
  });

  test("English counts agree with their nouns; Vietnamese has no plural", () => {
    expect(STRINGS.en.summaryProblems("1", "2")).toBe("1 error to fix, 2 warnings to check");
    expect(STRINGS.en.problemsCount("0", "1", "1.234".replace(".", ","))).toBe("0 errors, 1 warning, 1,234 notices");
    expect(STRINGS.en.flaggedCount("1")).toBe("1 unit needs a female key leader");
    expect(STRINGS.en.unitFigures("1", "1", "100%")).toBe("1 woman / 1 person (100%)");
    expect(STRINGS.vi.unitFigures("1", "1", "100%")).toBe("1 nữ / 1 người (100%)");
    expect(STRINGS.vi.summaryProblems("1", "2")).toBe("1 lỗi cần sửa, 2 cảnh báo cần xem");
  });

  test("numbers in vi-VN form", () => {
    expect(formatPercentInput(0.305, "vi")).toBe("30,5");
    expect(formatPercentInput(0.305, "en")).toBe("30.5");
    expect(formatPercentInput(0.35, "vi")).toBe("35");
    expect(formatCount(1234, "vi")).toBe("1.234");
    expect(formatCount(1234, "en")).toBe("1,234");
  });
});

describe("settings helpers", () => {
  const base = defaultSettings(new Date(Date.UTC(2026, 0, 1)));

  test("an override replaces an earlier one of the same column and keeps the others", () => {
    const one = withOverride(base, { sheet: "DS", col: 3, role: "gender" });
    const two = withOverride(one, { sheet: "DS", col: 4, role: "unit" });
    const three = withOverride(two, { sheet: "DS", col: 3, role: "other" });
    expect(three.overrides).toEqual([
      { sheet: "DS", col: 4, role: "unit" },
      { sheet: "DS", col: 3, role: "other" },
    ]);
    expect(withoutOverride(three, "DS", 4).overrides).toEqual([{ sheet: "DS", col: 3, role: "other" }]);
    expect(base.overrides).toEqual([]);
  });

  test("saved settings missing newer fields get the defaults", () => {
    const now = new Date(Date.UTC(2026, 0, 1));
    expect(completeSettings(null, now)).toEqual(defaultSettings(now));
    const partial = { profileId: "nq28-2030", agency: "Sở Y tế" } as Partial<ReturnType<typeof defaultSettings>>;
    expect(completeSettings(partial, now)).toEqual({ ...defaultSettings(now), profileId: "nq28-2030", agency: "Sở Y tế" });
  });
});

describe("unit sorting", () => {
  const unit = (name: string, female: number, total: number, flagged: boolean): UnitShare => ({
    name,
    female,
    total,
    share: total === 0 ? null : female / total,
    femaleKeyLeader: !flagged,
    keyLeaders: [],
    womenRelated: false,
    reachesLine: flagged,
    atThreshold: flagged,
    flagged,
    smallUnit: total > 0 && total < 5,
  });
  const units = [unit("A", 1, 4, false), unit("B", 3, 5, true), unit("C", 0, 0, false), unit("D", 1, 3, true)];

  test("flagged first, roster order within each group", () => {
    expect(sortUnits(units, "flagged", true, "vi").map((u) => u.name)).toEqual(["B", "D", "A", "C"]);
  });

  test("by share, units without data last when descending", () => {
    expect(sortUnits(units, "share", true, "vi").map((u) => u.name)).toEqual(["B", "D", "A", "C"]);
    expect(sortUnits(units, "share", false, "vi").map((u) => u.name)).toEqual(["C", "A", "D", "B"]);
  });

  test("by name, Vietnamese collation", () => {
    const named = [unit("Phòng Tổ chức", 0, 1, false), unit("Ban Quản lý", 0, 1, false), unit("Đội Kiểm tra", 0, 1, false)];
    expect(sortUnits(named, "name", false, "vi").map((u) => u.name)).toEqual(["Ban Quản lý", "Đội Kiểm tra", "Phòng Tổ chức"]);
  });
});
