import { deadlineStatus, deadlineDate } from "../../src/domain/deadline";
import { deadlineMessage } from "../../src/domain/messages";
import { isSmallUnit, measured, pointsChange, reachesUnitLine, share, sumCounts, UNIT_THRESHOLD } from "../../src/domain/share";
import { unitsShare } from "../../src/domain/leadership";

describe("shares and lines", () => {
  it("gives no share to an empty group", () => {
    expect(share({ female: 0, total: 0 })).toBeNull();
    expect(share(undefined)).toBeNull();
    expect(share({ female: 3, total: 12 })).toBe(0.25);
  });
  it("measures against a target exactly, and gives no verdict without data or target", () => {
    expect(measured({ female: 3, total: 10 }, 0.3)).toEqual({ female: 3, total: 10, share: 0.3, met: true });
    expect(measured({ female: 0, total: 0 }, 0.3)).toEqual({ female: 0, total: 0, share: null, met: null });
    expect(measured({ female: 1, total: 2 }, undefined).met).toBeNull();
  });
  it("holds the 30% unit line and the small-unit note in one place", () => {
    expect(UNIT_THRESHOLD).toBe(0.3);
    expect(reachesUnitLine({ female: 3, total: 10 })).toBe(true);
    expect(reachesUnitLine({ female: 2, total: 7 })).toBe(false);
    expect(reachesUnitLine({ female: 0, total: 0 })).toBe(false);
    expect([0, 1, 4, 5].map((total) => isSmallUnit({ female: 0, total }))).toEqual([false, true, true, false]);
  });
  it("sums counts and the share of units with a female key leader over units with people", () => {
    expect(sumCounts([{ female: 1, total: 3 }, { female: 2, total: 4 }])).toEqual({ female: 3, total: 7 });
    expect(
      unitsShare([
        { total: 4, femaleKeyLeader: true },
        { total: 3, femaleKeyLeader: false },
        { total: 0, femaleKeyLeader: false },
      ]),
    ).toEqual({ withStaff: 2, withFemaleKeyLeader: 1, share: 0.5 });
    expect(pointsChange(0.3, 0.25)).toBe(5);
    expect(pointsChange(null, 0.25)).toBeNull();
  });
});

describe("the deadline: before 05/12 of the reporting year", () => {
  it("counts the days left from a given today", () => {
    expect(deadlineDate(2026)).toBe("2026-12-05");
    expect(deadlineStatus(new Date(2026, 11, 1, 9, 30), 2026)).toEqual({ date: "2026-12-05", daysLeft: 4, overdue: false });
    expect(deadlineStatus(new Date(2026, 11, 4, 23, 59), 2026).daysLeft).toBe(1);
    expect(deadlineStatus(new Date(2026, 11, 5), 2026)).toEqual({ date: "2026-12-05", daysLeft: 0, overdue: true });
    expect(deadlineStatus(new Date(2026, 0, 1), 2026).daysLeft).toBe(338);
    expect(deadlineStatus(new Date(2027, 2, 1), 2026).overdue).toBe(true);
  });
  it("says it in Vietnamese, then English", () => {
    expect(deadlineMessage(deadlineStatus(new Date(2026, 11, 1), 2026), "vi")).toBe("Hạn gửi Sở Nội vụ: trước ngày 05/12/2026 (còn 4 ngày)");
    expect(deadlineMessage(deadlineStatus(new Date(2026, 11, 6), 2026), "vi")).toBe("Hạn gửi Sở Nội vụ: trước ngày 05/12/2026 (đã quá hạn)");
    expect(deadlineMessage(deadlineStatus(new Date(2026, 11, 4), 2026), "en")).toBe("Due to Sở Nội vụ (Home Affairs): before 05/12/2026 (1 day left)");
  });
});
