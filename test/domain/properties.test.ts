// Properties that hold for every roster: counts never exceed totals, shares lie in [0, 1] or are
// null exactly when the group is empty, and the analysis depends on nothing but its input.
import fc from "fast-check";
import { analyze, type Analysis, type AnalysisOptions, type Share } from "../../src/domain/analysis";
import { PROFILES } from "../../src/domain/profiles";
import type { CouncilLevel, ListEntry, ListKind, Person, Roster } from "../../src/domain/roster";

const SHEETS = ["DS", "Phòng B", "Danh sách"];
const NAMES = ["Nguyễn Thị Hoa", "NGUYỄN THỊ HOA", "Lê Văn Nam", "Trần Thị Mai", "Phạm Văn Hùng", "Võ Thị Lan"];
const UNITS = ["Phòng A", "Phòng B", "Hội Liên hiệp Phụ nữ", "Văn phòng"];
const TITLES = [null, "Trưởng phòng", "Phó Trưởng phòng", "Giám đốc", "PGĐ", "Chuyên viên", "Kế toán trưởng"];
const BIRTHS = [undefined, "1980", "1980-05-01", "1990-01-01"];
const LEVELS: CouncilLevel[] = ["national", "province", "district", "commune"];
const KINDS: ListKind[] = ["council", "partyCommittee", "training", "successionPool"];

const ref = fc.record({ sheet: fc.constantFrom(...SHEETS), row: fc.integer({ min: 1, max: 60 }), col: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) });

const personArb: fc.Arbitrary<Person> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    gender: fc.constantFrom("female" as const, "male" as const),
    birth: fc.constantFrom(...BIRTHS),
    unit: fc.constantFrom<string | null>(null, ...UNITS),
    title: fc.constantFrom(...TITLES),
    ref,
    council: fc.subarray(LEVELS),
    partyCommittee: fc.boolean(),
    trained: fc.boolean(),
    successionPool: fc.boolean(),
  })
  .map((p) => {
    const { birth, ...rest } = p;
    return birth === undefined ? rest : { ...rest, birth };
  });

const entryArb: fc.Arbitrary<ListEntry> = fc.record({
  kind: fc.constantFrom(...KINDS),
  name: fc.constantFrom(...NAMES),
  gender: fc.constantFrom("female" as const, "male" as const),
  unit: fc.constantFrom<string | null>(null, ...UNITS),
  council: fc.subarray(LEVELS),
  ref,
});

const rosterArb: fc.Arbitrary<Roster> = fc
  .record({
    people: fc.array(personArb, { maxLength: 25 }),
    listEntries: fc.array(entryArb, { maxLength: 8 }),
    units: fc.subarray(UNITS),
    coverage: fc.record({
      council: fc.boolean(),
      partyCommittee: fc.boolean(),
      training: fc.boolean(),
      successionPool: fc.boolean(),
      title: fc.boolean(),
    }),
  })
  // Rows are made distinct (people from row 100, list entries from row 200) so that the workbook
  // order of rows is total, as it is in a real workbook.
  .map(({ people, listEntries, units, coverage }) => ({
    sheets: SHEETS.map((sheet) => ({
      sheet,
      kind: "roster" as const,
      headerRows: [],
      columns: [],
      encoding: "unicode" as const,
      people: 0,
      listEntries: 0,
      skipped: 0,
      problems: 0,
    })),
    people: people.map((p, i) => ({ ...p, ref: { ...p.ref, row: 100 + i } })),
    listEntries: listEntries.map((e, i) => ({ ...e, ref: { ...e.ref, row: 200 + i } })),
    units: units.map((name, i) => ({ name, ref: { sheet: "DS", row: i + 1 } })),
    skipped: [],
    problems: [],
    coverage,
  }));

const optionsArb: fc.Arbitrary<AnalysisOptions> = fc.record({
  profile: fc.constantFrom(...PROFILES),
  keyLeaderRule: fc.constantFrom("headOrDeputy" as const, "headOnly" as const),
  womenRelatedUnits: fc.subarray(UNITS),
});

function shares(a: Analysis): [string, Share][] {
  const i = a.indicators;
  const list: [string, Share][] = [
    ["staff", a.staff],
    ["a", i.a_deputies],
    ["b", i.b_commune_council],
    ["c", i.c_party_committee],
    ["dd", i.dd_training],
    ["leaders", i.d_leadership.leaders],
    ...a.units.map((u): [string, Share] => [u.name, u]),
  ];
  if (i.q_succession_pool) list.push(["q", i.q_succession_pool]);
  return list;
}

describe("analysis properties", () => {
  it("never counts more women than people, and shares lie in [0, 1] or are null on no data", () => {
    fc.assert(
      fc.property(rosterArb, optionsArb, (roster, options) => {
        const a = analyze(roster, options);
        for (const [, s] of shares(a)) {
          expect(s.female).toBeGreaterThanOrEqual(0);
          expect(s.female).toBeLessThanOrEqual(s.total);
          if (s.total === 0) expect(s.share).toBeNull();
          else expect(s.share).toBe(s.female / s.total);
        }
        for (const level of Object.values(a.indicators.a_deputies.levels)) {
          expect(level.female).toBeLessThanOrEqual(level.total);
          expect(level.total).toBeLessThanOrEqual(a.indicators.a_deputies.total);
        }
        const d = a.indicators.d_leadership;
        expect(d.unitsWithFemaleKeyLeader).toBeLessThanOrEqual(d.units);
        expect(d.flagged.length).toBeLessThanOrEqual(d.unitsAtThreshold);
        expect(d.unitsAtThreshold).toBeLessThanOrEqual(d.units);
        expect(d.leaders.heads.total).toBeLessThanOrEqual(d.leaders.total);
        if (d.unitsWithFemaleKeyLeaderShare !== null) {
          expect(d.unitsWithFemaleKeyLeaderShare).toBeGreaterThanOrEqual(0);
          expect(d.unitsWithFemaleKeyLeaderShare).toBeLessThanOrEqual(1);
        }
        expect(a.staff.total).toBeLessThanOrEqual(roster.people.length);
      }),
      { numRuns: 300 },
    );
  });

  it("accounts for everyone: units and the unit-less add up to the staff; each merged row has one warning", () => {
    fc.assert(
      fc.property(rosterArb, optionsArb, (roster, options) => {
        const a = analyze(roster, options);
        const inUnits = a.units.reduce((n, u) => n + u.total, 0);
        const unitless = roster.people.filter((p) => p.unit === null).length;
        expect(inUnits).toBeLessThanOrEqual(a.staff.total);
        expect(a.staff.total - inUnits).toBeLessThanOrEqual(unitless);
        if (unitless === 0) expect(inUnits).toBe(a.staff.total);
        const onPeopleRows = a.problems.filter((p) => p.code === "duplicatePerson" && p.row < 200);
        expect(onPeopleRows).toHaveLength(roster.people.length - a.staff.total);
        expect(a.problems.length).toBeLessThanOrEqual(roster.people.length + roster.listEntries.length);
      }),
      { numRuns: 200 },
    );
  });

  it("flags exactly the units at the threshold without a female key leader", () => {
    fc.assert(
      fc.property(rosterArb, optionsArb, (roster, options) => {
        const a = analyze(roster, options);
        for (const u of a.units) {
          expect(u.flagged).toBe(u.atThreshold && !u.femaleKeyLeader);
          expect(u.atThreshold).toBe(u.womenRelated || (u.total > 0 && u.female * 10 >= u.total * 3));
          expect(u.femaleKeyLeader).toBe(u.keyLeaders.some((k) => k.female));
          if (options.keyLeaderRule === "headOnly") expect(u.keyLeaders.every((k) => k.rank === "head")).toBe(true);
        }
        expect(a.indicators.d_leadership.flagged).toEqual(a.units.filter((u) => u.flagged).map((u) => u.name));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same output for the same input, whatever order the people come in", () => {
    fc.assert(
      fc.property(rosterArb, optionsArb, fc.integer(), (roster, options, seed) => {
        const first = analyze(roster, options);
        const again = analyze(roster, options);
        expect(JSON.stringify({ ...again, roster: null })).toBe(JSON.stringify({ ...first, roster: null }));
        // Shuffled people and entries: the same analysis (rows are taken in workbook order, not array order).
        const shuffle = <T>(xs: T[]): T[] => {
          const out = [...xs];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) & 0x7fffffff;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j], out[i]];
          }
          return out;
        };
        const shuffled = analyze({ ...roster, people: shuffle(roster.people), listEntries: shuffle(roster.listEntries) }, options);
        expect(JSON.stringify({ ...shuffled, roster: null })).toBe(JSON.stringify({ ...first, roster: null }));
      }),
      { numRuns: 200 },
    );
  });

  it("leaves the roster as it was", () => {
    fc.assert(
      fc.property(rosterArb, optionsArb, (roster, options) => {
        const before = JSON.stringify(roster);
        analyze(roster, options);
        expect(JSON.stringify(roster)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
