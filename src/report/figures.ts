// The figures a report sheet keeps about itself, in a hidden block of cells to the right of the
// visible report, so that next year's report (year-on-year) and the provincial consolidation can
// read them back without parsing the printed tables (whose labels depend on the language).
//
// Block layout (one record per row, key in the first cell):
//   BDG-REPORT | kind | version
//   year | 2026
//   agency | Sở Tài chính
//   profile | qd515-2016-2020
//   staff | female | total
//   share:<id> | female | total | target        (a_deputies, b_commune_council, …, leaders, heads, deputies)
//   leadership | units | unitsAtThreshold | unitsWithFemaleKeyLeader
//   unit | name | female | total | femaleKeyLeader | atThreshold | womenRelated | flagged   (1/0)
//   count:<id> | female | total                   (the phụ lục's breakdowns, breakdowns.ts: lvl:agency:heads, age:upTo30…)
//   agencyRow | agency | … (consolidation only: the agencies summed)
//   problems | errors | warnings | notices
//   end
import type { CellValue, Grid } from "../domain/grid";
import type { Analysis } from "../domain/analysis";
import { pointsChange as domainPointsChange, share } from "../domain/share";
import { breakdownCounts, isBreakdownId, type Count } from "./breakdowns";
import type { ReportCell, ReportKind } from "./model";

export const REPORT_MARKER = "BDG-REPORT";
export const DATA_BLOCK_VERSION = 1;
/**
 * The phụ lục's one-row block: only the marker, so that reading the workbook again leaves the annex out (it is
 * ours, not a roster) and consolidation passes it by; its figures are the báo cáo's data block.
 */
export const ANNEX_MARKER_RECORD: ReportCell[] = [REPORT_MARKER, "annual-annex", DATA_BLOCK_VERSION];

export interface FigureShare {
  female: number;
  total: number;
  /** The target in force when the report was made; absent for figures without one. */
  target?: number;
}

export type ShareId =
  | "a_deputies"
  | "b_commune_council"
  | "c_party_committee"
  | "q_succession_pool"
  | "dd_training"
  | "leaders"
  | "heads"
  | "deputies";

export interface AnnualUnitFigures {
  name: string;
  female: number;
  total: number;
  femaleKeyLeader: boolean;
  atThreshold: boolean;
  womenRelated: boolean;
  flagged: boolean;
}

/** What one agency's annual sheet says, as read back from its data block. */
export interface AnnualFigures {
  kind: ReportKind;
  version: number;
  year: number;
  agency: string;
  profileId: string;
  /** The sheet the figures were read from (set by readAnnualFigures). */
  sheet?: string;
  staff: { female: number; total: number };
  shares: Partial<Record<ShareId, FigureShare>>;
  leadership: { units: number; unitsAtThreshold: number; unitsWithFemaleKeyLeader: number };
  units: AnnualUnitFigures[];
  /** The phụ lục's breakdowns by id (breakdowns.ts); a group the roster lacked is absent. Empty in sheets of version 1 without them. */
  counts?: Record<string, Count>;
  problems: { errors: number; warnings: number; notices: number };
}

/** The figures of an Analysis, as the annual sheet stores them. */
export function figuresOfAnalysis(analysis: Analysis, year: number, agency: string): AnnualFigures {
  const ind = analysis.indicators;
  const share = (s: { female: number; total: number }, target?: number): FigureShare =>
    target === undefined ? { female: s.female, total: s.total } : { female: s.female, total: s.total, target };
  const shares: AnnualFigures["shares"] = {
    a_deputies: share(ind.a_deputies, ind.a_deputies.target),
    b_commune_council: share(ind.b_commune_council, ind.b_commune_council.target),
    c_party_committee: share(ind.c_party_committee, ind.c_party_committee.target),
    dd_training: share(ind.dd_training, ind.dd_training.target),
    leaders: share(ind.d_leadership.leaders),
    heads: share(ind.d_leadership.leaders.heads),
    deputies: share(ind.d_leadership.leaders.deputies),
  };
  if (ind.q_succession_pool) shares.q_succession_pool = share(ind.q_succession_pool, ind.q_succession_pool.target);
  return {
    kind: "annual-report",
    version: DATA_BLOCK_VERSION,
    year,
    agency,
    profileId: analysis.profile.id,
    staff: { female: analysis.staff.female, total: analysis.staff.total },
    shares,
    leadership: {
      units: ind.d_leadership.units,
      unitsAtThreshold: ind.d_leadership.unitsAtThreshold,
      unitsWithFemaleKeyLeader: ind.d_leadership.unitsWithFemaleKeyLeader,
    },
    counts: breakdownCounts(analysis),
    units: analysis.units.map((u) => ({
      name: u.name,
      female: u.female,
      total: u.total,
      femaleKeyLeader: u.femaleKeyLeader,
      atThreshold: u.atThreshold,
      womenRelated: u.womenRelated,
      flagged: u.flagged,
    })),
    problems: {
      errors: analysis.problems.filter((p) => p.severity === "error").length,
      warnings: analysis.problems.filter((p) => p.severity === "warning").length,
      notices: analysis.problems.filter((p) => p.severity === "notice").length,
    },
  };
}

const SHARE_IDS: ShareId[] = [
  "a_deputies",
  "b_commune_council",
  "c_party_committee",
  "q_succession_pool",
  "dd_training",
  "leaders",
  "heads",
  "deputies",
];

const flag = (b: boolean): number => (b ? 1 : 0);

/** The data block's records (rows of cells, key first), with extra records before "problems". */
export function dataBlockRecords(figures: AnnualFigures, extra: ReportCell[][] = []): ReportCell[][] {
  const records: ReportCell[][] = [
    [REPORT_MARKER, figures.kind, figures.version],
    ["year", figures.year],
    ["agency", figures.agency],
    ["profile", figures.profileId],
    ["staff", figures.staff.female, figures.staff.total],
  ];
  for (const id of SHARE_IDS) {
    const s = figures.shares[id];
    if (s) records.push([`share:${id}`, s.female, s.total, s.target ?? null]);
  }
  const l = figures.leadership;
  records.push(["leadership", l.units, l.unitsAtThreshold, l.unitsWithFemaleKeyLeader]);
  for (const u of figures.units) {
    records.push([
      "unit",
      u.name,
      u.female,
      u.total,
      flag(u.femaleKeyLeader),
      flag(u.atThreshold),
      flag(u.womenRelated),
      flag(u.flagged),
    ]);
  }
  for (const [id, c] of Object.entries(figures.counts ?? {})) records.push([`count:${id}`, c.female, c.total]);
  records.push(...extra);
  records.push(["problems", figures.problems.errors, figures.problems.warnings, figures.problems.notices]);
  records.push(["end"]);
  return records;
}

function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row - grid.firstRow];
  if (!r) return null;
  const v = r[col - grid.firstCol];
  return v === undefined ? null : v;
}

function text(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.normalize("NFC").trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** A number stored as a number or as text (a gateway may hand either). */
function num(v: CellValue): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v.trim()))) return Number(v.trim());
  return null;
}

/** Rows searched for the marker: the writers put it in sheet row 1; a roster's 100,000 rows are not scanned. */
const MARKER_ROWS = 5;

/** Where the marker cell stands, or null when the grid is not one of our report sheets. */
export function findMarker(grid: Grid): { row: number; col: number } | null {
  for (let r = 0; r < Math.min(grid.rows.length, MARKER_ROWS); r++) {
    const cells = grid.rows[r];
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] === REPORT_MARKER) return { row: grid.firstRow + r, col: grid.firstCol + c };
    }
  }
  return null;
}

/** Why a grid could not be read back as one of our report sheets. */
export class ReportSheetError extends Error {
  constructor(
    readonly reason: "notOurSheet" | "annex" | "unknownVersion" | "damaged",
    readonly sheet: string,
    detail: string,
  ) {
    super(detail);
    this.name = "ReportSheetError";
  }
}

/** One record of the data block into the figures (cell(i): its i-th cell; need(i): a number there). True at "end". */
function readRecord(figures: AnnualFigures, key: string, cell: (i: number) => CellValue, need: (i: number) => number): boolean {
  switch (key) {
    case "year":
      figures.year = need(1);
      break;
    case "agency":
      figures.agency = text(cell(1));
      break;
    case "profile":
      figures.profileId = text(cell(1));
      break;
    case "staff":
      figures.staff = { female: need(1), total: need(2) };
      break;
    case "leadership":
      figures.leadership = { units: need(1), unitsAtThreshold: need(2), unitsWithFemaleKeyLeader: need(3) };
      break;
    case "unit":
      figures.units.push({
        name: text(cell(1)),
        female: need(2),
        total: need(3),
        femaleKeyLeader: need(4) === 1,
        atThreshold: need(5) === 1,
        womenRelated: need(6) === 1,
        flagged: need(7) === 1,
      });
      break;
    case "problems":
      figures.problems = { errors: need(1), warnings: need(2), notices: need(3) };
      break;
    case "end":
      return true;
    default:
      if (key.startsWith("count:")) {
        const id = key.slice("count:".length);
        if (isBreakdownId(id)) (figures.counts ??= {})[id] = { female: need(1), total: need(2) };
      } else if (key.startsWith("share:")) {
        const id = key.slice("share:".length) as ShareId;
        if (!SHARE_IDS.includes(id)) break;
        const target = num(cell(3));
        figures.shares[id] = target === null ? { female: need(1), total: need(2) } : { female: need(1), total: need(2), target };
      }
    // Unknown keys are records of a later minor layout or of the consolidation: skipped.
  }
  return false;
}

/**
 * Reads the data block of a sheet this project wrote. Throws ReportSheetError when the sheet is not
 * ours, has a version we do not know, or its block is damaged.
 */
export function readReportFigures(grid: Grid): AnnualFigures {
  const marker = findMarker(grid);
  if (!marker) throw new ReportSheetError("notOurSheet", grid.sheet, "no report marker");
  const at = (row: number, i: number): CellValue => cellAt(grid, row, marker.col + i);
  const kind = text(at(marker.row, 1));
  const version = num(at(marker.row, 2));
  if (kind === ANNEX_MARKER_RECORD[1]) throw new ReportSheetError("annex", grid.sheet, "the annex holds no data block");
  if ((kind !== "annual-report" && kind !== "provincial-summary") || version === null) {
    throw new ReportSheetError("damaged", grid.sheet, "marker row damaged");
  }
  if (version > DATA_BLOCK_VERSION) throw new ReportSheetError("unknownVersion", grid.sheet, `version ${version}`);

  const figures: AnnualFigures = {
    kind,
    version,
    year: 0,
    agency: "",
    profileId: "",
    sheet: grid.sheet,
    staff: { female: 0, total: 0 },
    shares: {},
    leadership: { units: 0, unitsAtThreshold: 0, unitsWithFemaleKeyLeader: 0 },
    units: [],
    counts: {},
    problems: { errors: 0, warnings: 0, notices: 0 },
  };
  let ended = false;
  const lastRow = grid.firstRow + grid.rows.length - 1;
  for (let row = marker.row + 1; row <= lastRow && !ended; row++) {
    const cell = (i: number): CellValue => at(row, i);
    const need = (i: number): number => {
      const n = num(at(row, i));
      if (n === null) throw new ReportSheetError("damaged", grid.sheet, `row ${row}: a number is missing`);
      return n;
    };
    ended = readRecord(figures, text(cell(0)), cell, need);
  }
  if (!ended || figures.year === 0) throw new ReportSheetError("damaged", grid.sheet, "data block incomplete");
  return figures;
}

/** The figures of an annual sheet this project wrote, or null when the grid is not one. */
export function readAnnualFigures(grid: Grid): AnnualFigures | null {
  try {
    const figures = readReportFigures(grid);
    return figures.kind === "annual-report" ? figures : null;
  } catch (e) {
    if (e instanceof ReportSheetError) return null;
    throw e;
  }
}

/**
 * Last year's figures for a report of `year`: the newest annual sheet among the grids for an earlier
 * year (the workbook's own earlier sheets, or those of a --previous file). Null when there is none.
 */
export function previousAnnualFigures(grids: Grid[], year: number): AnnualFigures | null {
  let best: AnnualFigures | null = null;
  for (const g of grids) {
    const f = readAnnualFigures(g);
    if (f && f.year < year && (!best || f.year > best.year)) best = f;
  }
  return best;
}

/** True when the grid is a sheet this project wrote (annual or provincial): not a roster to read. */
export function isReportGrid(grid: Grid): boolean {
  return findMarker(grid) !== null;
}

/** The grids the reader should read: our own report sheets are left out (they are not rosters). */
export function rosterGrids(grids: Grid[]): Grid[] {
  return grids.filter((g) => !isReportGrid(g));
}

/** Women's share of a figure, null when nobody is in the group (domain/share.ts). */
export function shareOf(s: { female: number; total: number } | undefined): number | null {
  return share(s);
}

/** Change in percentage points, rounded to 0.1, or null when either year has no share (domain/share.ts). */
export const pointsChange = domainPointsChange;
