import { hasCheckboxes, parseCheckboxText, withTypedBoxes } from "../../../src/core/read/checkboxText";

/** The options read from `text`, having checked which are ticked. */
function expectChecked(text: string, checked: boolean[]) {
  const options = parseCheckboxText(text);
  expect(options.map((o) => o.checked)).toEqual(checked);
  return options;
}

const ticked = (text: string) =>
  parseCheckboxText(text)
    .filter((o) => o.checked)
    .map((o) => o.name);

describe("parseCheckboxText", () => {
  it("reads boxes before their options", () => {
    expect(ticked("□新增项目 ☑延续项目")).toEqual(["延续项目"]);
  });
  it("reads boxes after their options", () => {
    expect(ticked("新增项目 □ 延续项目 ☑")).toEqual(["延续项目"]);
  });
  it("黄石 2019: a tick written after an empty box ticks it", () => {
    expect(ticked("1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □")).toEqual([expect.stringContaining("常年性项目")]);
    expect(parseCheckboxText("1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □")).toHaveLength(3);
  });
  it("no box, no options", () => {
    expect(parseCheckboxText("经常性项目")).toEqual([]);
  });
});

describe("口 typed for an empty box (an input method's box): a box at an option's edge, a character in a word", () => {
  test.each([
    ["口新增项目 口延续项目", [false, false]],
    ["1、部门预算项目 口 2、县直专项 ☑ 3、省市对下转移支付项目 口", [false, true, false]],
    ["☑1、持续性项目 口2、新增性项目", [true, false]],
    ["持续性项目■ 新增性项目口", [true, false]],
    ["1、持续性项目口 2、新增性项目口", [false, false]],
  ])("%s", (text, checked) => {
    const options = expectChecked(text, checked);
    expect(options.every((o) => o.hasBox && !o.name.includes("口"))).toBe(true);
  });
  test.each(["户籍人口 流动人口", "口腔医院", "服务人口", "出口 进口", "统计口径"])("%s has no box", (text) => {
    expect(hasCheckboxes(text)).toBe(false);
    expect(parseCheckboxText(text)).toEqual([]);
  });
  test("a ticked box among 口s: the text and its positions unchanged but for the boxes", () => {
    expect(withTypedBoxes("延续专项☑ 新增专项口")).toBe("延续专项☑ 新增专项□");
    expect(withTypedBoxes("覆盖人口☑ 其他□")).toBe("覆盖人口☑ 其他□");
  });
});

describe("circles or diamonds marking options (fifteenth session): ● ◉ ◆ ticked, ○ ◯ ◇ empty", () => {
  test.each([
    ["●新增项目 ○延续项目", [true, false]],
    ["新增项目○ 延续项目●", [false, true]],
    ["◆一次性 ◇经常性", [true, false]],
    ["1、持续性项目● 2、新增性项目○", [true, false]],
    ["延续专项●新增专项○", [true, false]],
    ["评价类型:项目实施过程评价○项目完成结果评价●", [false, true]],
  ])("%s", (text, checked) => {
    expectChecked(text, checked);
    expect(withTypedBoxes(text)).toHaveLength(text.length);
  });
  test.each(["●完成培训 ●开展宣传", "年度●目标", "○", "培训○宣传●活动"])(
    "%s has no box (bullets, or a mark inside words)",
    (text) => {
      expect(hasCheckboxes(text)).toBe(false);
    },
  );
});
