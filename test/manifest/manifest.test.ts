// Offline checks of manifest.xml against the rules of the add-in-only XML manifest schema that
// Office enforces at sideload time (order, resource ids, https, icon sizes, string lengths).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ROOT = join(__dirname, "..", "..");

function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const node: XmlNode = { name: tag.name, attrs, children: [], text: "" };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("text", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("empty XML");
  return root;
}

function walk(node: XmlNode, visit: (n: XmlNode, parent: XmlNode | null) => void, parent: XmlNode | null = null): void {
  visit(node, parent);
  for (const c of node.children) walk(c, visit, node);
}

function all(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  walk(node, (n) => {
    if (n.name === name) found.push(n);
  });
  return found;
}

function child(node: XmlNode, name: string): XmlNode {
  const c = node.children.find((n) => n.name === name);
  if (!c) throw new Error(`<${node.name}> has no <${name}>`);
  return c;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(buf.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The asset file a dev-server URL points to. */
function assetFile(url: string): string {
  const path = new URL(url).pathname;
  return join(ROOT, path.replace(/^\//, ""));
}

const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const root = parseXml(xml);

// The order of OfficeApp's children in the schema (optional ones may be absent, never reordered).
const SCHEMA_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

describe("manifest.xml", () => {
  test("is a TaskPaneApp whose children follow the schema order", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    const names = root.children.map((c) => c.name);
    expect(names).toEqual(REQUIRED);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("identity: GUID id, four-part version, vi-VN default locale with en-US overrides", () => {
    expect(child(root, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, "Version").text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, "ProviderName").text.trim().length).toBeGreaterThan(0);
    expect(child(root, "DefaultLocale").text.trim()).toBe("vi-VN");
    for (const [name, max] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      const el = child(root, name);
      expect(el.attrs.DefaultValue).toMatch(/[ìđẳớứ]/); // Vietnamese with its diacritics
      expect(el.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
      const overrides = el.children.filter((c) => c.name === "Override");
      expect(overrides.map((o) => o.attrs.Locale)).toEqual(["en-US"]);
      expect(overrides[0].attrs.Value.length).toBeGreaterThan(0);
      expect(overrides[0].attrs.Value.length).toBeLessThanOrEqual(max);
    }
  });

  test("runs in Excel with an ExcelApi minimum and reads and writes the document", () => {
    expect(child(root, "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const sets = all(child(root, "Requirements"), "Set");
    expect(sets).toHaveLength(1);
    expect(sets[0].attrs.Name).toBe("ExcelApi");
    // The lowest set: the gateway checks everything newer at run time (test/excel/documented.test.ts runs it on 1.1).
    expect(sets[0].attrs.MinVersion).toBe("1.1");
    expect(child(child(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(
      "https://localhost:3000/taskpane.html",
    );
    expect(child(root, "Permissions").text.trim()).toBe("ReadWriteDocument");
  });

  test("a Home-tab button in its own group opens the task pane", () => {
    const vo = child(root, "VersionOverrides");
    expect(vo.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    const tabs = all(vo, "OfficeTab");
    expect(tabs.map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const groups = tabs[0].children.filter((c) => c.name === "Group");
    expect(groups).toHaveLength(1);
    const controls = groups[0].children.filter((c) => c.name === "Control");
    expect(controls).toHaveLength(1);
    expect(controls[0].attrs["xsi:type"]).toBe("Button");
    const action = child(controls[0], "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    const url = child(action, "SourceLocation").attrs.resid;
    const defined = all(vo, "bt:Url").find((u) => u.attrs.id === url);
    expect(defined?.attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
  });

  test("every resid is defined in the right resource list; ids are unique and at most 32 characters", () => {
    const resources = child(child(root, "VersionOverrides"), "Resources");
    const kinds: Record<string, string> = {};
    const ids: string[] = [];
    for (const list of resources.children) {
      for (const item of list.children) {
        ids.push(item.attrs.id);
        kinds[item.attrs.id] = list.name;
      }
    }
    walk(child(root, "VersionOverrides"), (n) => {
      if (n.attrs.id && !ids.includes(n.attrs.id) && n.name !== "OfficeTab") ids.push(n.attrs.id);
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);

    const expectedKind: Record<string, string> = {
      "bt:Image": "bt:Images",
      Label: "bt:ShortStrings",
      Title: "bt:ShortStrings",
      Description: "bt:LongStrings",
      SourceLocation: "bt:Urls",
      LearnMoreUrl: "bt:Urls",
    };
    let used = 0;
    walk(child(root, "VersionOverrides"), (n) => {
      const resid = n.attrs.resid;
      if (!resid) return;
      used++;
      expect(resid.length).toBeLessThanOrEqual(32);
      expect({ resid, kind: kinds[resid] }).toEqual({ resid, kind: expectedKind[n.name] });
    });
    expect(used).toBe(14);
  });

  test("strings: Vietnamese defaults within length limits, each with an en-US override", () => {
    const resources = child(child(root, "VersionOverrides"), "Resources");
    for (const [list, max] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const) {
      const strings = child(resources, list).children;
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        expect(s.attrs.DefaultValue.length).toBeGreaterThan(0);
        expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
        const overrides = s.children.filter((c) => c.name === "bt:Override");
        expect(overrides.map((o) => o.attrs.Locale)).toEqual(["en-US"]);
        expect(overrides[0].attrs.Value.length).toBeLessThanOrEqual(max);
      }
    }
  });

  test("every URL is https", () => {
    const urls: string[] = [];
    walk(root, (n) => {
      for (const key of ["DefaultValue", "Value"]) {
        const v = n.attrs[key];
        if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      }
      if (n.name === "AppDomain") urls.push(n.text.trim());
    });
    expect(urls.length).toBe(10);
    for (const u of urls) expect(new URL(u).protocol).toBe("https:");
    // No URL points outside the add-in's own origin (no telemetry, no third party).
    for (const u of urls) expect(new URL(u).origin).toBe("https://localhost:3000");
  });

  test("every icon file exists with the PNG dimensions the manifest claims", () => {
    expect(pngSize(assetFile(child(root, "IconUrl").attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(child(root, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual({
      width: 64,
      height: 64,
    });
    const vo = child(root, "VersionOverrides");
    const images = new Map(all(vo, "bt:Image").filter((i) => i.attrs.id).map((i) => [i.attrs.id, i.attrs.DefaultValue]));
    expect(images.size).toBe(3);
    const uses = all(vo, "bt:Image").filter((i) => i.attrs.resid);
    expect(uses).toHaveLength(6);
    for (const use of uses) {
      const url = images.get(use.attrs.resid);
      expect(url).toBeDefined();
      const file = assetFile(url as string);
      expect(existsSync(file)).toBe(true);
      const size = Number(use.attrs.size);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});
