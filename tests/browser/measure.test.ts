/**
 * Keeps measurePane() working (one run) and prints its report.
 */
import { formatPaneMeasurement, measurePane } from "./measurePane";
import { describeIfBrowser } from "./support";

const describeBrowser = describeIfBrowser();

describeBrowser("measurePane", () => {
  test("reports bundle sizes and time to first render", async () => {
    const m = await measurePane({ runs: 1 });
    console.log(formatPaneMeasurement(m));
    const pages = Object.fromEntries(m.pages.map((p) => [p.page, p]));
    expect(pages["taskpane.html"].initial.map((b) => b.file)).toEqual([expect.stringMatching(/^taskpane\..*\.js$/)]);
    expect(pages["demo.html"].lazy.some((b) => b.file.startsWith("workbook."))).toBe(true);
    for (const p of m.pages) expect(p.initialGzip).toBeGreaterThan(0);
    expect(m.taskpaneFirstRenderMs.median).toBeGreaterThan(0);
    expect(m.demoPaneFirstRenderMs.median).toBeGreaterThan(0);
    expect(m.externalRequests).toEqual([]);
  }, 600_000);
});
