// localeNumber keeps one Intl.NumberFormat per form: it must write exactly what toLocaleString writes.
import { localeNumber } from "../../src/domain/numberFormat";

const SAMPLES = [0, 1, 7, 999, 1000, 1234, 99_980, 1_234_567, 30.5, 0.25, 12.345, 66.666, -2.1, 100];

describe("localeNumber", () => {
  it.each(["vi", "en"] as const)("writes as toLocaleString does (%s)", (lang) => {
    const locale = lang === "vi" ? "vi-VN" : "en-US";
    for (const n of SAMPLES) {
      expect(localeNumber(n, lang)).toBe(n.toLocaleString(locale));
      expect(localeNumber(n, lang, { maximumFractionDigits: 1 })).toBe(n.toLocaleString(locale, { maximumFractionDigits: 1 }));
      expect(localeNumber(n, lang, { maximumFractionDigits: 2, useGrouping: false })).toBe(
        n.toLocaleString(locale, { maximumFractionDigits: 2, useGrouping: false }),
      );
    }
  });

  it("writes the clerk's forms: 1.234 and 30,5 in Vietnamese, 1,234 and 30.5 in English", () => {
    expect(localeNumber(1234, "vi")).toBe("1.234");
    expect(localeNumber(30.5, "vi", { maximumFractionDigits: 1 })).toBe("30,5");
    expect(localeNumber(1234, "en")).toBe("1,234");
    expect(localeNumber(30.5, "en", { maximumFractionDigits: 1 })).toBe("30.5");
  });
});
