import { matchCostItem } from "../../../../src/core/rules/support/indicatorMath";
import type { CostItem } from "../../../../src/core/model/parsedValue";

const item = (label: string, amountWan: number): CostItem => ({ text: label, label, amountWan, computed: false, sign: 1 });

describe("matchCostItem: a cost indicator's 测算 line", () => {
  const items = [item("商品服务支出:水电、邮电、办公、会议、差旅费等", 62), item("资本性支出:办公设备购置", 5.56)];

  it("广水 2020: 项目支出总成本 shares only the words every line has (支出, 成本) — no line", () => {
    expect(matchCostItem(items, "项目支出总成本")).toBeNull();
  });

  it("a name that says what it buys still finds its line", () => {
    expect(matchCostItem(items, "办公设备购置费用")?.label).toBe("资本性支出:办公设备购置");
    expect(matchCostItem(items, "会议差旅成本")?.label).toMatch(/^商品服务支出/);
  });
});
