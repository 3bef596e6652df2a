// The shared strings table (the sharedStrings part), through the byte tokenizer: each <si>'s text,
// rich-text runs joined, phonetic guides (<rPh>) left out, Excel's _xHHHH_ escapes undone. It can be the
// second largest part, so it is bounded like a sheet: each string costs a cell of the read's budget (a
// table longer than the cells that could use it is a bomb) and its characters count against the text.
import { WorkbookUnreadable } from "./errors";
import type { ReadBudget } from "./sheetScanner";
import { unescapeOoxml } from "./xml";
import { textOf, XmlByteScanner } from "./xmlBytes";

const SI = 1;
const T = 2;
const RPH = 3;

export class SharedStringsScanner extends XmlByteScanner {
  private readonly strings: string[] = [];
  private current = "";
  private inSi = false;
  private rPhDepth = 0;

  constructor(private readonly budget: ReadBudget) {
    super();
  }

  protected elementOf(b: Uint8Array, s: number, e: number): number {
    const len = e - s;
    if (len === 1) return b[s] === 0x74 ? T : 0;
    if (len === 2) return b[s] === 0x73 && b[s + 1] === 0x69 ? SI : 0;
    if (len === 3) return b[s] === 0x72 && b[s + 1] === 0x50 && b[s + 2] === 0x68 ? RPH : 0;
    return 0;
  }

  protected wantsAttributes(): boolean {
    return false;
  }

  protected attribute(): void {
    // no attribute matters here
  }

  protected open(el: number, _b: Uint8Array, selfClosing: boolean): void {
    if (el === SI) {
      if (--this.budget.cells < 0) throw new WorkbookUnreadable("tooManyCells");
      this.inSi = true;
      this.current = "";
      this.rPhDepth = 0;
    } else if (el === RPH && !selfClosing) this.rPhDepth++;
    else if (el === T && this.inSi && this.rPhDepth === 0) {
      this.capture = T;
      this.captured = null;
    }
  }

  protected close(el: number, b: Uint8Array, textStart: number, textEnd: number): void {
    if (this.capture === T && el === T) {
      let text: string;
      if (this.captured) {
        this.keepText(b, textStart, textEnd);
        text = this.captured.join("");
      } else text = textStart < textEnd ? textOf(b, textStart, textEnd) : "";
      this.capture = 0;
      this.captured = null;
      this.budget.textChars -= text.length;
      if (this.budget.textChars < 0) throw new WorkbookUnreadable("tooMuchText");
      this.current += text;
    } else if (el === RPH && this.rPhDepth > 0) this.rPhDepth--;
    else if (el === SI && this.inSi) {
      this.strings.push(unescapeOoxml(this.current));
      this.inSi = false;
    }
  }

  end(): string[] {
    this.finish();
    return this.strings;
  }
}
