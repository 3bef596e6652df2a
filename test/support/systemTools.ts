// The system programs a test needs (Chromium, LibreOffice, poppler, xmllint), found the way
// scripts/provision-system.js looks for them. A test that lacks one is skipped under a title that says
// exactly what to install (vi / en); the closing-line reporter repeats that sentence after the run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tools = require("../../scripts/system-tools.js") as {
  locate(tool: unknown): string | null;
  toolById(id: string): unknown;
  missingSentence(tools: unknown[]): string;
};

export type SystemToolId = "chromium" | "soffice" | "pdftoppm" | "xmllint";

/** The path of the tool's program, or null when it is not installed. */
export function systemTool(id: SystemToolId): string | null {
  return tools.locate(tools.toolById(id));
}

/** Null when every tool is present; otherwise the sentence naming what to install. */
export function missingTools(ids: SystemToolId[]): string | null {
  const missing = ids.filter((id) => systemTool(id) === null).map((id) => tools.toolById(id));
  return missing.length === 0 ? null : tools.missingSentence(missing);
}

/** The title a test skipped for want of a tool carries; the reporter picks it up by its prefix. */
export const SKIPPED_PREFIX = "Bỏ qua / skipped:";

/** describe() when the tools are installed; otherwise describe.skip() titled with what to install. */
export function describeWithTools(ids: SystemToolId[], title: string, body: () => void): void {
  const missing = missingTools(ids);
  if (missing === null) {
    describe(title, body);
  } else {
    describe.skip(`${SKIPPED_PREFIX} ${title} — ${missing}`, body);
  }
}
