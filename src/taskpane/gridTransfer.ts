// The demo worker's grids, packed for postMessage. A structured clone writes every text cell out in full
// and makes an object of every date: on 100,000 rows that is ~0.2 s in the worker before its analysis can
// start, and a copy of each repeated name or title in the page. Packed, each distinct text crosses once
// and the cells go as two typed arrays whose buffers are transferred, not copied.
import type { CellValue, Grid } from "../domain/grid";

/** A Grid with its rows packed (everything else as it is). */
export interface PackedGrid {
  grid: Omit<Grid, "rows">;
  /** Cells per row. */
  lengths: Uint32Array;
  /** Per cell: what it holds (the Tag below). */
  tags: Uint8Array;
  /** Per cell: the number, the date's time, or the text's index in `texts`. */
  values: Float64Array;
  texts: string[];
}

const enum Tag {
  Null,
  Undefined,
  Text,
  Number,
  True,
  False,
  Date,
  Error,
}

export function packGrid(g: Grid): PackedGrid {
  const { rows, ...grid } = g;
  let cells = 0;
  for (const row of rows) cells += row.length;
  const lengths = new Uint32Array(rows.length);
  const tags = new Uint8Array(cells);
  const values = new Float64Array(cells);
  const texts: string[] = [];
  const index = new Map<string, number>();
  const textIndex = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = texts.push(s) - 1));
    return i;
  };
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    lengths[r] = row.length;
    for (let c = 0; c < row.length; c++, k++) {
      const v = row[c];
      const tag = tagOf(v);
      tags[k] = tag;
      if (tag === Tag.Text) values[k] = textIndex(v as string);
      else if (tag === Tag.Number) values[k] = v as number;
      else if (tag === Tag.Date) values[k] = (v as Date).getTime();
      else if (tag === Tag.Error) values[k] = textIndex((v as { error: string }).error);
    }
  }
  return { grid, lengths, tags, values, texts };
}

function tagOf(v: CellValue | undefined): Tag {
  if (v === null) return Tag.Null;
  if (v === undefined) return Tag.Undefined;
  if (typeof v === "string") return Tag.Text;
  if (typeof v === "number") return Tag.Number;
  if (typeof v === "boolean") return v ? Tag.True : Tag.False;
  return v instanceof Date ? Tag.Date : Tag.Error;
}

export function unpackGrid(p: PackedGrid): Grid {
  const { lengths, tags, values, texts } = p;
  const rows: CellValue[][] = [];
  let k = 0;
  for (let r = 0; r < lengths.length; r++) {
    const row: CellValue[] = [];
    for (let end = k + lengths[r]; k < end; k++) row.push(cellOf(tags[k], values[k], texts));
    rows.push(row);
  }
  return { ...p.grid, rows };
}

function cellOf(tag: number, value: number, texts: string[]): CellValue {
  switch (tag) {
    case Tag.Text:
      return texts[value];
    case Tag.Number:
      return value;
    case Tag.True:
      return true;
    case Tag.False:
      return false;
    case Tag.Date:
      return new Date(value);
    case Tag.Error:
      return { error: texts[value] };
    case Tag.Undefined:
      return undefined as unknown as CellValue;
    default:
      return null;
  }
}

/** The buffers a packed grid hands over (transferred: the sender's arrays are emptied). */
export function transfersOf(packed: PackedGrid[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const p of packed) buffers.push(p.lengths.buffer as ArrayBuffer, p.tags.buffer as ArrayBuffer, p.values.buffer as ArrayBuffer);
  return buffers;
}
