// The agency's package as the writer sees it: where its workbook part is, which part holds each sheet,
// which sheets are ours (our marker), and which parts a sheet brings with it through its relationships.
import { OWN_SHEET_NAME } from "../../report/model";
import { WorkbookUnreadable } from "../errors";
import { checkXlsxEntries } from "../zip";
import { PackageArchive } from "./archive";
import { parseRels, REL_TYPE, relsPathOf, resolveTarget, type Relationship } from "./opc";
import { parseWorkbookXml, type ParsedWorkbook } from "./workbookXml";

// The defined name, scoped to each sheet this tool wrote, that marks it as ours (shared with the office.js writer).
export { OWN_SHEET_NAME };

export interface PackageSheet {
  index: number;
  name: string;
  state: string;
  /** The worksheet part (zip name), or null for a chart sheet or a broken relationship. */
  part: string | null;
  relId: string;
  /** What our marker says ("annual-report", "settings"…), or null when the sheet carries none. */
  ownMarker: string | null;
}

export class WorkbookPackage {
  readonly workbookPart: string;
  readonly workbook: ParsedWorkbook;
  readonly workbookRels: Relationship[];
  readonly sheets: PackageSheet[];

  private constructor(
    readonly archive: PackageArchive,
    workbookPart: string,
  ) {
    this.workbookPart = workbookPart;
    const xml = archive.text(workbookPart);
    if (xml === undefined) throw new WorkbookUnreadable("notXlsx");
    this.workbook = parseWorkbookXml(xml);
    this.workbookRels = parseRels(archive.text(relsPathOf(workbookPart)) ?? "");
    const markers = new Map<number, string>();
    for (const n of this.workbook.definedNames) {
      if (n.name === OWN_SHEET_NAME && n.localSheetId !== undefined) markers.set(n.localSheetId, n.value.replace(/^"|"$/g, ""));
    }
    this.sheets = this.workbook.sheets.map((s, index) => {
      const rel = this.workbookRels.find((r) => r.id === s.relId);
      const part = rel && !rel.external && rel.type === REL_TYPE.worksheet ? this.partName(resolveTarget(workbookPart, rel.target)) : null;
      return { index, name: s.name, state: s.state, part, relId: s.relId, ownMarker: markers.get(index) ?? null };
    });
  }

  static open(bytes: Uint8Array): WorkbookPackage {
    const archive = PackageArchive.open(bytes);
    checkXlsxEntries(archive.parts);
    const root = parseRels(archive.text("_rels/.rels") ?? "").find((r) => r.type === REL_TYPE.officeDocument);
    const workbookPart = root ? resolveTarget("", root.target) : "xl/workbook.xml";
    return new WorkbookPackage(archive, archive.find(workbookPart)?.name ?? workbookPart);
  }

  /** The zip name as stored (part names compare without case). */
  partName(name: string): string {
    return this.archive.find(name)?.name ?? name;
  }

  /** The styles part, when the workbook has one. */
  stylesPart(): string | null {
    const rel = this.workbookRels.find((r) => r.type === REL_TYPE.styles && !r.external);
    return rel ? this.partName(resolveTarget(this.workbookPart, rel.target)) : null;
  }

  /**
   * The parts that go when these parts go: each one's relationships part, and every part they point to
   * that no remaining part points to (a sheet's drawing, its charts, printer settings, comments…).
   */
  partsGoingWith(parts: string[]): Set<string> {
    const targets = new Map<string, string[]>(); // source part → parts it points to
    for (const p of this.archive.parts) {
      const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(p.name);
      if (!m) continue;
      const source = `${m[1]}${m[2]}`;
      const rels = parseRels(this.archive.text(p.name) ?? "").filter((r) => !r.external);
      targets.set(source, rels.map((r) => this.partName(resolveTarget(source, r.target))));
    }
    const gone = new Set(parts);
    for (let changed = true; changed; ) {
      changed = false;
      for (const source of gone) {
        for (const t of targets.get(source) ?? []) {
          if (gone.has(t)) continue;
          const keptSource = [...targets].some(([s, ts]) => !gone.has(s) && ts.includes(t));
          if (!keptSource) {
            gone.add(t);
            changed = true;
          }
        }
      }
    }
    for (const p of [...gone]) {
      const rels = this.archive.find(relsPathOf(p));
      if (rels) gone.add(rels.name);
    }
    return gone;
  }

  /** A worksheet part name free in the package: worksheets/sheet{n}.xml beside the workbook part. */
  freshSheetPart(taken: Set<string>): string {
    const dir = this.workbookPart.slice(0, this.workbookPart.lastIndexOf("/") + 1);
    const used = new Set([...this.archive.parts.map((p) => p.name.toLowerCase()), ...[...taken].map((t) => t.toLowerCase())]);
    let n = this.sheets.length + 1;
    while (used.has(`${dir}worksheets/sheet${n}.xml`.toLowerCase())) n++;
    return `${dir}worksheets/sheet${n}.xml`;
  }
}
