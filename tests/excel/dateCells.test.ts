import { isDateFormat, serialToIsoDate, withNumberFormat } from "../../src/excel/dateCells";

describe("src/excel/dateCells.ts", () => {
  describe("isDateFormat", () => {
    it.each(["yyyy/m/d", "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "[$-804]yyyy年m月", "m/d/yy h:mm", "mmm-yy"])(
      "%s is a date format",
      (f) => {
        expect(isDateFormat(f)).toBe(true);
      },
    );
    it.each(["General", "@", "0", "0.00", "0%", "#,##0", '"万元"0', '0.0"天"'])("%s is not", (f) => {
      expect(isDateFormat(f)).toBe(false);
    });
  });

  describe("serialToIsoDate", () => {
    it.each([
      [44197, "2021-01-01"],
      [44561, "2021-12-31"],
      [61, "1900-03-01"],
      [45291.75, "2023-12-31"],
    ])("%d → %s", (serial, iso) => {
      expect(serialToIsoDate(serial)).toBe(iso);
    });
  });

  describe("withNumberFormat", () => {
    it("turns date serials into text and leaves everything else alone", () => {
      expect(withNumberFormat(44561, "yyyy/m/d")).toBe("2021-12-31");
      expect(withNumberFormat(50, "General")).toBe(50);
      expect(withNumberFormat("2021.01.01-2021.12.31", "@")).toBe("2021.01.01-2021.12.31");
      expect(withNumberFormat(44561, undefined)).toBe(44561);
      expect(withNumberFormat(null, "yyyy/m/d")).toBeNull();
    });
  });
});
