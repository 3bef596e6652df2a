import { analyze, type AnalysisOptions } from "../../src/domain/analysis";
import { STRATEGY_2030 } from "../../src/domain/profiles";
import { problemMessage } from "../../src/domain/messages";
import { person, resetRows, roster, staffOf } from "./fixtures";

const OPTS: AnalysisOptions = { profile: STRATEGY_2030, year: 2026 };

beforeEach(() => resetRows());

function build() {
  return roster({
    people: [
      ...staffOf("Phòng A", 2, 2, { profile: { kind: "congChuc" } }),
      // A contract driver who would make Phòng A 3 of 5 women, and a contract guard who is a "Trưởng phòng" by mistake.
      person("Lê Thị Xe", "female", { unit: "Phòng A", profile: { kind: "contract" }, council: ["commune"] }),
      person("Hồ Văn Bảo", "male", { unit: "Phòng A", title: "Trưởng phòng", profile: { kind: "contract" } }),
      // A unit of contract workers only, under its own section name.
      person("Phan Thị Tạp", "female", { unit: "HỢP ĐỒNG LAO ĐỘNG", profile: { kind: "contract" } }),
      person("Võ Văn Vệ", "male", { unit: "HỢP ĐỒNG LAO ĐỘNG", profile: { kind: "contract" } }),
      person("Mai Văn Lái", "male", { unit: "VI. HỢP ĐỒNG LAO ĐỘNG (NĐ 111/2022/NĐ-CP)", profile: { kind: "contract" } }),
      person("Ngô Thị Viên", "female", { unit: "Phòng B", profile: { kind: "vienChuc" } }),
    ],
  });
}

describe("contract workers (hợp đồng lao động) are not cán bộ, công chức, viên chức", () => {
  it("leaves them out of the staff, the units, the key leaders and the indicators, and counts them apart by sex", () => {
    const a = analyze(build(), OPTS);
    expect(a.staff).toEqual({ total: 5, female: 3, share: 0.6 });
    expect(a.contractWorkers).toEqual({ female: 2, total: 5, countedIn: false });
    expect(a.units.map((u) => [u.name, u.female, u.total])).toEqual([
      ["Phòng A", 2, 4],
      ["Phòng B", 1, 1],
    ]);
    expect(a.units[0].keyLeaders).toEqual([]);
    expect(a.indicators.d_leadership.leaders.total).toBe(0);
    expect(a.indicators.b_commune_council.total).toBe(0);
    expect(a.staffProfile.kind).toEqual({
      congChuc: { female: 2, total: 4 },
      vienChuc: { female: 1, total: 1 },
      other: { female: 0, total: 0 },
    });
  });

  it("says how many were left out in a notice", () => {
    const a = analyze(build(), OPTS);
    const notice = a.problems.find((p) => p.code === "contractWorkersLeftOut");
    expect(notice).toMatchObject({ severity: "notice", sheet: "DS 2026", row: 14, params: { count: 5, female: 2 } });
    expect(problemMessage(notice!, "vi")).toBe(
      "5 người lao động hợp đồng (trong đó 2 nữ) không phải cán bộ, công chức, viên chức: không tính vào các chỉ tiêu, " +
        "được thống kê riêng (có thể tính vào trong phần cài đặt).",
    );
    expect(problemMessage(notice!, "en")).toContain("5 contract workers (2 women)");
  });

  it("counts them in every figure when the setting says so", () => {
    const a = analyze(build(), { ...OPTS, countContractWorkers: true });
    expect(a.staff).toEqual({ total: 10, female: 5, share: 5 / 10 });
    expect(a.contractWorkers).toEqual({ female: 2, total: 5, countedIn: true });
    expect(a.units.map((u) => [u.name, u.female, u.total])).toEqual([
      ["Phòng A", 3, 6],
      ["HỢP ĐỒNG LAO ĐỘNG", 1, 2],
      ["VI. HỢP ĐỒNG LAO ĐỘNG (NĐ 111/2022/NĐ-CP)", 0, 1],
      ["Phòng B", 1, 1],
    ]);
    expect(a.indicators.d_leadership.leaders.total).toBe(1);
    expect(a.staffProfile.kind?.contract).toEqual({ female: 2, total: 5 });
    expect(a.problems.some((p) => p.code === "contractWorkersLeftOut")).toBe(false);
  });

  it("is null when nothing marks anyone's kind, and zero when kinds are marked but none is a contract", () => {
    resetRows();
    expect(analyze(roster({ people: staffOf("Phòng A", 1, 1) }), OPTS).contractWorkers).toBeNull();
    resetRows();
    const a = analyze(roster({ people: staffOf("Phòng A", 1, 1, { profile: { kind: "congChuc" } }) }), OPTS);
    expect(a.contractWorkers).toEqual({ female: 0, total: 0, countedIn: false });
    expect(a.problems).toEqual([]);
  });
});
