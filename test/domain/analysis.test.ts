import { analyze, reachesShare, type AnalysisOptions } from "../../src/domain/analysis";
import { PLAN_2016_2020, STRATEGY_2021_2030, STRATEGY_2030 } from "../../src/domain/profiles";
import type { Problem } from "../../src/domain/roster";
import { entry, person, resetRows, roster, SHEET, staffOf } from "./fixtures";

const PLAN: AnalysisOptions = { profile: PLAN_2016_2020 };

beforeEach(() => resetRows());

describe("reachesShare: the line is decided exactly", () => {
  it("puts 3 of 10 at 30% and 2 of 7 below it", () => {
    expect(reachesShare(3, 10, 0.3)).toBe(true);
    expect(reachesShare(2, 7, 0.3)).toBe(false);
    expect(reachesShare(29, 100, 0.3)).toBe(false);
    expect(reachesShare(30, 100, 0.3)).toBe(true);
  });
  it("gives no verdict on an empty group", () => {
    expect(reachesShare(0, 0, 0.3)).toBeNull();
  });
  it("puts 7 of 20 at 35% though 0.35 is not exact in binary", () => {
    expect(reachesShare(7, 20, 0.35)).toBe(true);
    expect(reachesShare(6, 20, 0.35)).toBe(false);
    expect(3 / 10 >= 0.1 * 3).toBe(false); // a float compare loses this line…
    expect(reachesShare(3, 10, 0.1 * 3)).toBe(true); // …the fraction keeps it at 30%
    expect(reachesShare(7, 20, 0.35000000000000003)).toBe(true);
    expect(reachesShare(1, 7, 1 / 7)).toBe(true); // no short decimal: compared as it is
    expect(reachesShare(1, 8, 1 / 7)).toBe(false);
    expect(reachesShare(1, 3, 1 / 3)).toBe(true);
    expect(reachesShare(1, 1, 1)).toBe(true);
    expect(reachesShare(0, 5, 0)).toBe(true);
  });
});

describe("staff", () => {
  it("counts people of known gender and gives the exact share", () => {
    const a = analyze(roster({ people: staffOf("Phòng A", 3, 7) }), PLAN);
    expect(a.staff).toEqual({ total: 10, female: 3, share: 0.3 });
  });
  it("has no share when nobody is on the roster", () => {
    const a = analyze(roster({}), PLAN);
    expect(a.staff).toEqual({ total: 0, female: 0, share: null });
    expect(a.indicators.d_leadership.leaders).toEqual({
      female: 0,
      total: 0,
      share: null,
      heads: { female: 0, total: 0 },
      deputies: { female: 0, total: 0 },
    });
  });
});

describe("a) and b): council delegates", () => {
  const build = () =>
    roster({
      people: [
        person("Trần Thị Mai", "female", { council: ["province", "district"] }),
        person("Lê Văn Nam", "male", { council: ["district"] }),
        person("Hồ Thị Hà", "female", { council: ["national"] }),
        person("Phan Văn Tú", "male", { council: ["commune"] }),
        person("Võ Thị Lý", "female", { council: ["commune"] }),
        person("Đặng Văn Bình", "male"),
      ],
      listEntries: [
        entry("council", "Lê Thị Lan", "female", 5, { council: ["district"] }),
        entry("council", "Ngô Văn Sơn", "male", 6, { council: ["commune"] }),
        entry("council", "Mai Văn Đức", "male", 7, { council: [] }), // level unreadable: counted nowhere
        entry("partyCommittee", "Cao Thị Yến", "female", 8),
      ],
    });

  it("counts a person with two levels once in a), and in each level", () => {
    const a = analyze(build(), PLAN).indicators.a_deputies;
    expect(a).toEqual({
      female: 3,
      total: 4,
      share: 0.75,
      target: 0.3,
      met: true,
      levels: {
        national: { female: 1, total: 1 },
        province: { female: 1, total: 1 },
        district: { female: 2, total: 3 },
      },
    });
  });

  it("counts commune delegates in b) with the stretch target", () => {
    const b = analyze(build(), PLAN).indicators.b_commune_council;
    expect(b).toEqual({ female: 1, total: 3, share: 1 / 3, target: 0.35, met: false, stretchTarget: 0.4, stretchMet: false });
  });

  it("never counts list people as staff", () => {
    expect(analyze(build(), PLAN).staff).toEqual({ total: 6, female: 3, share: 0.5 });
  });

  it("meets 35% at 7 of 20 but not the 40% stretch; 8 of 20 meets both", () => {
    const seven = analyze(roster({ people: staffOf("Xã", 7, 13, { council: ["commune"] }) }), PLAN);
    expect(seven.indicators.b_commune_council).toMatchObject({ female: 7, total: 20, met: true, stretchMet: false });
    resetRows();
    const eight = analyze(roster({ people: staffOf("Xã", 8, 12, { council: ["commune"] }) }), PLAN);
    expect(eight.indicators.b_commune_council).toMatchObject({ female: 8, total: 20, met: true, stretchMet: true });
  });

  it("says the council column is missing when the workbook has none", () => {
    const a = analyze(roster({ people: staffOf("Phòng A", 2, 2), coverage: { council: false } }), PLAN);
    expect(a.indicators.a_deputies).toEqual({
      female: 0,
      total: 0,
      share: null,
      target: 0.3,
      met: null,
      missing: "council",
      levels: { national: { female: 0, total: 0 }, province: { female: 0, total: 0 }, district: { female: 0, total: 0 } },
    });
    expect(a.indicators.b_commune_council).toMatchObject({ total: 0, share: null, met: null, stretchMet: null, missing: "council" });
  });

  it("has no data but nothing missing when the column exists and nobody is marked", () => {
    const a = analyze(roster({ people: staffOf("Phòng A", 2, 2) }), PLAN);
    expect(a.indicators.a_deputies.met).toBeNull();
    expect(a.indicators.a_deputies.missing).toBeUndefined();
  });

  it("takes a council list as coverage even when the reader's flag is off", () => {
    const r = roster({
      listEntries: [entry("council", "Lê Thị Lan", "female", 5, { council: ["commune"] })],
      coverage: { council: false },
    });
    const a = analyze(r, PLAN);
    expect(a.indicators.a_deputies).toMatchObject({ total: 0, met: null });
    expect(a.indicators.a_deputies.missing).toBeUndefined();
    expect(a.indicators.b_commune_council).toMatchObject({ female: 1, total: 1, share: 1, met: true });
  });
});

describe("c), đ) and the succession pool", () => {
  const build = (successionPool: boolean) =>
    roster({
      people: [
        ...staffOf("Phòng A", 2, 3, { partyCommittee: true }),
        ...staffOf("Phòng B", 1, 1, { trained: true }),
        person("Hoàng Thị Thu", "female", { unit: "Phòng B", successionPool: true, trained: true }),
        person("Lý Văn Hải", "male", { unit: "Phòng B", successionPool: true }),
      ],
      listEntries: [
        entry("partyCommittee", "Cao Thị Yến", "female", 3),
        entry("training", "Đinh Văn Lực", "male", 4),
        entry("training", "Đinh Thị Nga", "female", 5),
        entry("training", "Đinh Văn Tâm", "male", 6),
      ],
      coverage: { successionPool },
    });

  it("counts roster marks and their own list only", () => {
    const a = analyze(build(true), PLAN);
    expect(a.indicators.c_party_committee).toEqual({ female: 3, total: 6, share: 0.5, target: 0.25, met: true });
    expect(a.indicators.dd_training).toEqual({ female: 3, total: 6, share: 0.5, target: 0.5, met: true });
    expect(a.indicators.q_succession_pool).toEqual({ female: 1, total: 2, share: 0.5, target: 0.4, met: true });
    expect(a.staff).toEqual({ total: 9, female: 4, share: 4 / 9 });
  });

  it("leaves the succession pool out when the workbook has no quy hoạch column or list", () => {
    const r = build(false);
    r.people.forEach((p) => (p.successionPool = false));
    const a = analyze(r, PLAN);
    expect("q_succession_pool" in a.indicators).toBe(false);
    expect(Object.keys(a.indicators)).toEqual(["a_deputies", "b_commune_council", "c_party_committee", "d_leadership", "dd_training"]);
  });

  it("keeps the contract's order of indicators with the pool present", () => {
    expect(Object.keys(analyze(build(true), PLAN).indicators)).toEqual([
      "a_deputies",
      "b_commune_council",
      "c_party_committee",
      "d_leadership",
      "q_succession_pool",
      "dd_training",
    ]);
  });

  it("says which column is missing for c) and đ)", () => {
    const r = roster({ people: staffOf("Phòng A", 1, 1), coverage: { partyCommittee: false, training: false } });
    const a = analyze(r, PLAN);
    expect(a.indicators.c_party_committee).toEqual({ female: 0, total: 0, share: null, target: 0.25, met: null, missing: "partyCommittee" });
    expect(a.indicators.dd_training).toEqual({ female: 0, total: 0, share: null, target: 0.5, met: null, missing: "training" });
  });

  it("measures the pool against each profile's own target", () => {
    resetRows();
    const r = roster({ people: staffOf("Phòng A", 9, 11, { successionPool: true }) });
    expect(analyze(r, { profile: STRATEGY_2021_2030 }).indicators.q_succession_pool).toEqual({
      female: 9,
      total: 20,
      share: 0.45,
      target: 0.4,
      met: true,
    });
    expect(analyze(r, { profile: STRATEGY_2030 }).indicators.q_succession_pool).toEqual({
      female: 9,
      total: 20,
      share: 0.45,
      target: 0.5,
      met: false,
    });
  });
});

describe("d) units and key leaders", () => {
  const build = () =>
    roster({
      units: ["Phòng A", "Phòng B", "Phòng C", "Phòng D", "Hội Liên hiệp Phụ nữ", "Ban Vì sự tiến bộ phụ nữ"],
      people: [
        // A: 3 of 10, at the line, male head only → flagged
        person("Nguyễn Văn An", "male", { unit: "Phòng A", title: "Trưởng phòng" }),
        ...staffOf("Phòng A", 3, 6),
        // B: 2 of 7, below the line, female deputy
        person("Trần Thị Bích", "female", { unit: "Phòng B", title: "Phó Trưởng phòng" }),
        ...staffOf("Phòng B", 1, 5),
        // C: nobody (a section heading with no one under it)
        // D: 1 of 3, female deputy, male head
        person("Lê Văn Cường", "male", { unit: "Phòng D", title: "Trưởng phòng" }),
        person("Phạm Thị Dung", "female", { unit: "Phòng D", title: "Phó Trưởng phòng" }),
        person("Vũ Văn Em", "male", { unit: "Phòng D", title: "Chuyên viên" }),
        // Hội LHPN: all women but a male head → women-related, flagged
        person("Đỗ Văn Phúc", "male", { unit: "Hội Liên hiệp Phụ nữ", title: "Chủ tịch" }),
        person("Đỗ Thị Giang", "female", { unit: "Hội Liên hiệp Phụ nữ", title: "Kế toán trưởng" }),
        // Ban VSTBPN: nobody
        // Without a unit: a female head (Giám đốc)
        person("Bùi Thị Hạnh", "female", { title: "Giám đốc" }),
      ],
    });
  const women = { profile: PLAN_2016_2020, womenRelatedUnits: ["HỘI LIÊN HIỆP PHỤ NỮ", "Ban Vì sự tiến bộ phụ nữ".normalize("NFD")] };

  it("gives each unit its share, key leaders and flag", () => {
    const a = analyze(build(), women);
    expect(a.units.map((u) => [u.name, u.female, u.total, u.atThreshold, u.femaleKeyLeader, u.womenRelated, u.flagged])).toEqual([
      ["Phòng A", 3, 10, true, false, false, true],
      ["Phòng B", 2, 7, false, true, false, false],
      ["Phòng C", 0, 0, false, false, false, false],
      ["Phòng D", 1, 3, true, true, false, false],
      ["Hội Liên hiệp Phụ nữ", 1, 2, true, false, true, true],
      ["Ban Vì sự tiến bộ phụ nữ", 0, 0, true, false, true, true],
    ]);
    expect(a.units[0].share).toBe(0.3);
    expect(a.units[2].share).toBeNull();
    expect(a.units[3].keyLeaders).toEqual([
      { name: "Lê Văn Cường", female: false, rank: "head" },
      { name: "Phạm Thị Dung", female: true, rank: "deputy" },
    ]);
    expect(a.units[4].keyLeaders).toEqual([{ name: "Đỗ Văn Phúc", female: false, rank: "head" }]);
  });

  it("puts 2 of 7 below the line", () => {
    const r = roster({ people: staffOf("Phòng B", 2, 5) });
    const u = analyze(r, PLAN).units[0];
    expect(u).toMatchObject({ female: 2, total: 7, atThreshold: false, flagged: false });
  });

  it("sums the indicator and the leadership ratio", () => {
    const d = analyze(build(), women).indicators.d_leadership;
    expect(d).toEqual({
      units: 6,
      unitsWithStaff: 4,
      unitsAtThreshold: 4,
      unitsWithFemaleKeyLeader: 2,
      flagged: ["Phòng A", "Hội Liên hiệp Phụ nữ", "Ban Vì sự tiến bộ phụ nữ"],
      met: false,
      // Of the 4 units at the threshold, 1 has a female key leader; one woman is in no unit.
      atThresholdWithFemaleKeyLeader: { female: 1, total: 4 },
      staffWithoutUnit: { female: 1, total: 1 },
      leaders: {
        female: 3,
        total: 6,
        share: 0.5,
        heads: { female: 1, total: 4 },
        deputies: { female: 2, total: 2 },
      },
      unitsWithFemaleKeyLeaderShare: 2 / 4,
    });
  });

  it("without the women-related marks, an empty unit is not at the threshold", () => {
    const a = analyze(build(), PLAN);
    // Hội LHPN is still flagged by its own share (1 of 2)
    expect(a.indicators.d_leadership.flagged).toEqual(["Phòng A", "Hội Liên hiệp Phụ nữ"]);
    expect(a.indicators.d_leadership.unitsAtThreshold).toBe(3);
    expect(a.units[5]).toMatchObject({ share: null, atThreshold: false, flagged: false, womenRelated: false });
  });

  it("counts heads only under the heads-only rule", () => {
    const a = analyze(build(), { ...women, keyLeaderRule: "headOnly" });
    expect(a.keyLeaderRule).toBe("headOnly");
    expect(a.units.map((u) => u.flagged)).toEqual([true, false, false, true, true, true]);
    expect(a.units[3].keyLeaders).toEqual([{ name: "Lê Văn Cường", female: false, rank: "head" }]);
    const d = a.indicators.d_leadership;
    expect(d.flagged).toEqual(["Phòng A", "Phòng D", "Hội Liên hiệp Phụ nữ", "Ban Vì sự tiến bộ phụ nữ"]);
    expect(d.unitsWithFemaleKeyLeader).toBe(0);
    expect(d.unitsWithFemaleKeyLeaderShare).toBe(0);
    expect(d.leaders).toEqual({
      female: 1,
      total: 4,
      share: 0.25,
      heads: { female: 1, total: 4 },
      deputies: { female: 2, total: 2 },
    });
  });

  it("measures units with a female key leader against the 2021–2030 targets", () => {
    const mid = analyze(build(), { profile: STRATEGY_2021_2030 }).indicators.d_leadership;
    expect(mid).toMatchObject({ unitsWithFemaleKeyLeaderShare: 0.5, unitsWithFemaleKeyLeaderTarget: 0.6, unitsWithFemaleKeyLeaderMet: false });
    const plan = analyze(build(), PLAN).indicators.d_leadership;
    expect("unitsWithFemaleKeyLeaderTarget" in plan).toBe(false);
    expect("unitsWithFemaleKeyLeaderMet" in plan).toBe(false);
  });

  it("adds a unit people name that the reader did not list, after the listed ones", () => {
    const r = roster({ units: ["Phòng A"], people: [...staffOf("Phòng A", 1, 1), ...staffOf("Phòng X", 1, 0)] });
    const a = analyze(r, PLAN);
    expect(a.units.map((u) => [u.name, u.total])).toEqual([
      ["Phòng A", 2],
      ["Phòng X", 1],
    ]);
  });
});

describe("duplicate persons", () => {
  it("counts the same name, birth and unit once and warns on the later row", () => {
    const r = roster({
      people: [
        person("Nguyễn Thị Hoa", "female", { unit: "Phòng A", birth: "1980-05-01" }),
        person("Lê Văn Tám", "male", { unit: "Phòng A" }),
        person("NGUYỄN THỊ  HOA".normalize("NFD"), "female", { unit: "Phòng A", birth: "1980-05-01", trained: true }),
      ],
    });
    const a = analyze(r, PLAN);
    expect(a.staff).toEqual({ total: 2, female: 1, share: 0.5 });
    expect(a.units[0]).toMatchObject({ total: 2, female: 1 });
    // the later row's training mark is kept: the person is counted once, trained
    expect(a.indicators.dd_training).toMatchObject({ female: 1, total: 1 });
    expect(a.problems).toEqual<Problem[]>([
      {
        severity: "warning",
        sheet: SHEET,
        row: 12,
        col: 2,
        code: "duplicatePerson",
        params: { name: "NGUYỄN THỊ  HOA".normalize("NFD"), otherRow: 10 },
      },
    ]);
  });

  it("names the other sheet when the first row stands on another sheet", () => {
    const first = person("Trần Văn Hùng", "male", { unit: "Phòng B", birth: "1975" });
    const second = person("Trần Văn Hùng", "male", { unit: "Phòng B", birth: "1975-02-03", ref: { sheet: "Phòng B", row: 8 } });
    const a = analyze(roster({ people: [second, first], sheets: [SHEET, "Phòng B"] }), PLAN);
    expect(a.staff.total).toBe(1);
    expect(a.problems).toEqual([
      { severity: "warning", sheet: "Phòng B", row: 8, code: "duplicatePerson", params: { name: "Trần Văn Hùng", otherRow: 10, otherSheet: SHEET } },
    ]);
  });

  it("keeps apart two names whose folded forms hash alike (the merge keys people by a hash of the name)", () => {
    // In "Phòng A", "bui thu hai 113" and "pham thanh lan 200" share their FNV-1a hash (with the unit's);
    // neither has a birth, so a merge by hash alone would count them as one person.
    const a = analyze(
      roster({
        people: [
          person("Bùi Thu Hải 113", "male", { unit: "Phòng A" }),
          person("Phạm Thanh Lan 200", "male", { unit: "Phòng A" }),
          person("BÙI THU HẢI 113", "male", { unit: "Phòng A", trained: true }),
        ],
      }),
      PLAN,
    );
    expect(a.staff.total).toBe(2);
    expect(a.indicators.dd_training).toMatchObject({ total: 1 });
    expect(a.problems.map((p) => [p.code, p.row, p.params?.otherRow])).toEqual([["duplicatePerson", 12, 10]]);
  });

  it("keeps namesakes with different births, or in different units, apart", () => {
    const a = analyze(
      roster({
        people: [
          person("Nguyễn Văn Hùng", "male", { unit: "Phòng A", birth: "1970-01-01" }),
          person("Nguyễn Văn Hùng", "male", { unit: "Phòng A", birth: "1985-09-09" }),
          person("Nguyễn Văn Hùng", "male", { unit: "Phòng B", birth: "1970-01-01" }),
          person("Nguyễn Văn Hùng", "male", { unit: "Phòng A", birth: "1970" }), // same as the first
          person("Nguyễn Văn Hùng", "male", { unit: "Phòng A" }), // no birth: same as the first
        ],
      }),
      PLAN,
    );
    expect(a.staff.total).toBe(3);
    expect(a.problems.map((p) => [p.row, p.params?.otherRow])).toEqual([
      [13, 10],
      [14, 10],
    ]);
  });

  it("keeps the leading title of either row", () => {
    const a = analyze(
      roster({
        people: [
          person("Phạm Thị Lan", "female", { unit: "Phòng A", title: "Chuyên viên" }),
          person("Phạm Thị Lan", "female", { unit: "Phòng A", title: "Phó Trưởng phòng" }),
          person("Lê Văn Nam", "male", { unit: "Phòng A" }),
        ],
      }),
      PLAN,
    );
    expect(a.units[0]).toMatchObject({ total: 2, female: 1, femaleKeyLeader: true, atThreshold: true, flagged: false });
  });

  it("counts a list entry once when it names someone already marked for that list", () => {
    const a = analyze(
      roster({
        people: [
          person("Trần Thị Mai", "female", { unit: "Phòng A", council: ["district"] }),
          person("Trần Thị Mai", "female", { unit: "Phòng B" }), // another woman of the same name
        ],
        listEntries: [
          entry("council", "Trần Thị Mai", "female", 4, { council: ["province"] }),
          entry("council", "Trần Thị Mai", "female", 5, { unit: "Phòng B", council: ["district"] }),
          entry("training", "Trần Thị Mai", "female", 6),
        ],
      }),
      PLAN,
    );
    expect(a.staff.total).toBe(2);
    expect(a.indicators.a_deputies).toMatchObject({
      female: 2,
      total: 2,
      levels: { national: { female: 0, total: 0 }, province: { female: 1, total: 1 }, district: { female: 2, total: 2 } },
    });
    expect(a.indicators.dd_training).toMatchObject({ female: 1, total: 1 });
    expect(a.problems).toEqual([
      {
        severity: "warning",
        sheet: "Danh sách",
        row: 4,
        col: 2,
        code: "duplicatePerson",
        params: { name: "Trần Thị Mai", otherRow: 10, otherSheet: SHEET },
      },
    ]);
  });
});

describe("problems", () => {
  it("merges the reader's problems with the analysis's, by sheet order then row then column", () => {
    const p = (sheet: string, row: number, col?: number): Problem => ({
      severity: "error",
      sheet,
      row,
      code: "genderMissing",
      params: { name: `${sheet}!${row}` },
      ...(col === undefined ? {} : { col }),
    });
    const r = roster({
      sheets: ["Tổng hợp", SHEET, "Danh sách"],
      people: [person("Hà Văn A", "male", { unit: "P" }), person("Hà Văn A", "male", { unit: "P" })],
      problems: [p("Danh sách", 2), p(SHEET, 20), p(SHEET, 3, 4), p(SHEET, 3, 2), p("Tổng hợp", 50), p(SHEET, 3)],
    });
    const a = analyze(r, PLAN);
    expect(a.problems.map((x) => `${x.sheet}!${x.row}:${x.col ?? "-"}:${x.code}`)).toEqual([
      "Tổng hợp!50:-:genderMissing",
      `${SHEET}!3:-:genderMissing`,
      `${SHEET}!3:2:genderMissing`,
      `${SHEET}!3:4:genderMissing`,
      `${SHEET}!11:2:duplicatePerson`,
      `${SHEET}!20:-:genderMissing`,
      "Danh sách!2:-:genderMissing",
    ]);
    expect(r.problems).toHaveLength(6); // the roster is not changed
  });
});

describe("the analysis carries its context", () => {
  it("keeps profile, rule, year and roster", () => {
    const r = roster({ people: staffOf("Phòng A", 1, 1) });
    const a = analyze(r, { profile: STRATEGY_2021_2030, year: 2026 });
    expect(a.profile).toBe(STRATEGY_2021_2030);
    expect(a.keyLeaderRule).toBe("headOrDeputy");
    expect(a.year).toBe(2026);
    expect(a.roster).toBe(r);
    expect(analyze(r, PLAN).year).toBeUndefined();
  });

  it("uses both shipped profiles' targets", () => {
    const r = roster({ people: staffOf("Phòng A", 1, 3, { council: ["district"], partyCommittee: true, trained: true }) });
    for (const profile of [PLAN_2016_2020, STRATEGY_2021_2030]) {
      const i = analyze(r, { profile }).indicators;
      expect([i.a_deputies.target, i.b_commune_council.target, i.c_party_committee.target, i.dd_training.target]).toEqual([
        0.3, 0.35, 0.25, 0.5,
      ]);
      expect([i.a_deputies.met, i.c_party_committee.met, i.dd_training.met]).toEqual([false, true, false]);
    }
  });
});
