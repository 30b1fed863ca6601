/** What follows the first number of a numeric range: "—54周岁", "-95%", "~60人", "至30天". */
export const NUMERIC_RANGE_REST = /^[-—–~～至]\s*\d+(\.\d+)?\s*[%\p{Script=Han}/·]{0,6}$/u;
