import { detectFramework, findLevel1, findLevel2, frameworkById } from "../../../src/core/frameworks/classifyIndicator";
import { CORE_101, FRAMEWORKS, OLD_88 } from "../../../src/core/frameworks/data";
import { FrameworkSchema } from "../../../src/core/frameworks/framework";

describe("frameworks/data.ts", () => {
  it.each(FRAMEWORKS.map((f) => [f.id, f] as const))("%s is valid framework data", (_id, f) => {
    expect(FrameworkSchema.parse(f)).toEqual(f);
  });

  it("puts 成本 under 产出 in the old framework and makes it a 一级 in 101号", () => {
    expect(OLD_88.level1.map((l) => l.name)).toEqual(["产出指标", "效益指标", "满意度指标"]);
    expect(OLD_88.level1[0].level2.map((l) => l.name)).toContain("成本指标");
    expect(CORE_101.level1.map((l) => l.name)).toEqual(["成本指标", "产出指标", "效益指标", "满意度指标"]);
    expect(CORE_101.level1[1].level2.map((l) => l.name)).not.toContain("成本指标");
    expect(CORE_101.verified).toBe(false);
  });
});

describe("frameworks/classifyIndicator.ts", () => {
  describe("findLevel2", () => {
    it.each([
      ["数量指标", "数量指标", "产出指标"],
      ["数里指标", "数量指标", "产出指标"], // OCR
      ["质 量 指 标", "质量指标", "产出指标"],
      ["经济效益指 标", "经济效益指标", "效益指标"], // line-broken
      ["服务对象或受益者满意度指标", "服务对象满意度指标", "满意度指标"],
      ['服务"，慝满意', "服务对象满意度指标", "满意度指标"], // anything with 满意 is satisfaction
    ])("%s → %s under %s", (written, level2, level1) => {
      const hit = findLevel2(OLD_88, written);
      expect(hit?.level2.name).toBe(level2);
      expect(hit?.level1.name).toBe(level1);
    });

    it("finds nothing for a label outside the framework", () => {
      expect(findLevel2(OLD_88, "经济成本指标")).toBeNull();
      expect(findLevel2(OLD_88, "决策指标")).toBeNull();
    });
  });

  describe("findLevel1", () => {
    it("accepts bracketed scores and the 效果 variant", () => {
      expect(findLevel1(OLD_88, "满意度指标（10分）")?.name).toBe("满意度指标");
      expect(findLevel1(OLD_88, "效果指标")?.name).toBe("效益指标");
    });
  });

  describe("detectFramework", () => {
    it("detects 101号 from 成本指标 as a 一级 or from its 二级", () => {
      expect(detectFramework(["成本指标"], ["数量指标"]).id).toBe("core-101");
      expect(detectFramework(["产出指标"], ["经济成本指标"]).id).toBe("core-101");
    });
    it("defaults to the old framework (成本指标 under 产出)", () => {
      expect(detectFramework(["产出指标"], ["成本指标"]).id).toBe("old-88");
      expect(detectFramework([], []).id).toBe("old-88");
    });
  });

  describe("frameworkById", () => {
    it("returns each framework by id", () => {
      expect(frameworkById("core-101")).toBe(CORE_101);
      expect(frameworkById("old-88")).toBe(OLD_88);
    });
  });
});
