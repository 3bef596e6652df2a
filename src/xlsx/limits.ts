// The bounds of the reader: what any input may cost before it is refused as "tooLarge" or "tooManyCells".
// A workbook a clerk keeps stays far inside them (a 300,000-row roster: an 82 MB sheet part inflated at
// 6:1, 9.6 million of the 12 million cell budget); a zip bomb, or a file written to hurt, meets one of them within seconds and
// with the memory well under 300 MB.

const MiB = 1024 * 1024;

/** A part may inflate to at most this many times its compressed size… */
export const MAX_RATIO = 100;
/** …once it is past this size (small parts of spaces or repeated tags may compress better still). */
export const RATIO_FLOOR = 16 * MiB;

/** Inflated size caps, by the kind of part. */
export const MAX_PART_BYTES = {
  /** A worksheet: a million-row roster is about 280 MB of XML. */
  worksheet: 512 * MiB,
  sharedStrings: 128 * MiB,
  styles: 32 * MiB,
  /** Relationships, content types, workbook.xml: a few KB in any real file. */
  small: 16 * MiB,
} as const;

/**
 * Cells that hold a value, rows that hold one, merges, shared strings and distinct inline texts, over all the
 * sheets read: the cost that bounds the memory, of the Grids and of what the reader and the analysis keep per
 * row. A row with a value costs ROW_CELLS, and so do the empty slots a far cell needs before it.
 *
 * Measured with `bdg analyze` (bench/run.ts): a kept row costs about 500 bytes all through (its array, a
 * Person, the analysis's record of it) and a cell about 20 (700,000 rows of STT, name and gender took 438 MB
 * when a row was charged as 4 cells). So a row is charged as 24 cells, and the budget stops any shape of roster
 * near 300 MB: 420,000 rows of STT, name and gender take 286 MB; 390,000 rows of four columns in 9,750 units
 * 295 MB; 320,000 rows of 12 columns with every mark set 295 MB; the 300,000-row bench roster 265–280 MB. The
 * units a roster names are bounded apart (src/domain/unitLimit.ts). A clerk's roster is far inside both.
 */
export const MAX_CELLS = 12_000_000;
export const ROW_CELLS = 24;

/**
 * <row> and <c> elements scanned, empty ones included, over all the sheets read: the cost that bounds the
 * time. Styled empty cells down to row 1,048,576 (a roster formatted to the last row, ~9 million elements)
 * hold nothing and cost only this; a sheet bomb of empty cells meets it in a few seconds.
 */
export const MAX_ELEMENTS = 20_000_000;

/** Characters of text kept (shared strings and inline strings together). */
export const MAX_TEXT_CHARS = 16 * 1024 * 1024;

/** The central directory: 32 MB is some 300,000 entries. */
export const MAX_DIRECTORY_BYTES = 32 * MiB;

/** OLE2 (.xls / encrypted): directory sectors followed before calling the file an .xls. */
export const MAX_OLE2_SECTORS = 1024;
