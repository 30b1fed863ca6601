import { parseCheckboxText } from "../../../src/core/read/checkboxText";

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
