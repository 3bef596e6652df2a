// The package's small XML parts through saxes: strict, namespace-aware, and no DTD at all (a part with a
// DOCTYPE is refused, so no entity is ever expanded). Elements are known by their local name, whatever
// prefix the writer chose (<x:sheet> as the Open XML SDK writes, <sheet> as Excel does), in either the
// Transitional or the Strict namespace.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from "saxes";
import { WorkbookUnreadable } from "./errors";

export type Attributes = Record<string, SaxesAttributeNS>;

export interface XmlEvents {
  /** An element opens; `path` holds the local names of its ancestors (outermost first). */
  open?(local: string, attrs: Attributes, path: readonly string[]): void;
  text?(text: string, path: readonly string[]): void;
  close?(local: string, path: readonly string[]): void;
}

/** The value of the attribute of that local name (an unprefixed one first; then any prefix). */
export function attrOf(attrs: Attributes, local: string): string | undefined {
  const plain = attrs[local];
  if (plain) return plain.value;
  for (const key in attrs) if (attrs[key].local === local) return attrs[key].value;
  return undefined;
}

/** A prefixed attribute of that local name (r:id, in whichever relationships namespace). */
export function prefixedAttrOf(attrs: Attributes, local: string): string | undefined {
  for (const key in attrs) if (attrs[key].local === local && attrs[key].prefix !== "") return attrs[key].value;
  return undefined;
}

/** A streaming parse: write() text as it comes, end() once. */
export class XmlReader {
  private readonly parser = new SaxesParser({ xmlns: true });
  private readonly path: string[] = [];

  constructor(events: XmlEvents) {
    const path = this.path;
    this.parser.on("doctype", () => {
      throw new WorkbookUnreadable("truncated", undefined, "a DOCTYPE in a part");
    });
    this.parser.on("opentag", (tag: SaxesTagNS) => {
      events.open?.(tag.local, tag.attributes as Attributes, path);
      path.push(tag.local);
    });
    if (events.text) {
      const text = events.text;
      this.parser.on("text", (t) => text(t, path));
      this.parser.on("cdata", (t) => text(t, path));
    }
    this.parser.on("closetag", (tag: SaxesTagNS) => {
      path.pop();
      events.close?.(tag.local, path);
    });
  }

  write(text: string): void {
    this.run(() => this.parser.write(text));
  }

  end(): void {
    this.run(() => this.parser.close());
  }

  private run(f: () => void): void {
    try {
      f();
    } catch (err) {
      if (err instanceof WorkbookUnreadable) throw err;
      throw new WorkbookUnreadable("truncated", undefined, err instanceof Error ? err.message : String(err));
    }
  }
}

export function parseXml(xml: string, events: XmlEvents): void {
  const reader = new XmlReader(events);
  reader.write(xml);
  reader.end();
}

/** Excel's escape for characters XML cannot hold: _x000D_ is a carriage return. */
export function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** The five predefined entities and character references (the only ones a part may use: it has no DTD). */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}
