/**
 * The HTML report (`--format html --out 结果.html`): one self-contained page — inline CSS and
 * inline SVG only, no script, no outside request (a Content-Security-Policy meta tag forbids
 * them) — with the summary, two small bar charts (findings by category and by sheet, stacked by
 * severity) and the findings grouped per file and sheet. Printable on A4. Every text is escaped.
 */
import {
  CATEGORIES,
  CATEGORY_NAMES,
  type FindingRow,
  type ReportData,
  SEVERITIES,
  SEVERITY_NAMES,
  formatTime,
} from "./reportData";
import type { Severity } from "../../core/diagnostics";

const COLORS: Record<Severity, { bar: string; bg: string; fg: string }> = {
  error: { bar: "#c00000", bg: "#ffc7ce", fg: "#9c0006" },
  warning: { bar: "#e0a000", bg: "#ffeb9c", fg: "#7a4500" },
  info: { bar: "#2f75b5", bg: "#ddebf7", fg: "#1f4e78" },
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const e = escapeHtml;

interface Bar {
  label: string;
  /** Full label for the tooltip (defaults to label). */
  title?: string;
  counts: Record<Severity, number>;
}

/** A horizontal stacked bar chart as inline SVG. */
export function barChart(title: string, bars: readonly Bar[], width = 680): string {
  const labelW = 280;
  const rowH = 22;
  const top = 8;
  const max = Math.max(1, ...bars.map((b) => SEVERITIES.reduce((s, k) => s + b.counts[k], 0)));
  const plotW = width - labelW - 50;
  const height = top + bars.length * rowH + 8;
  const rows = bars.map((b, i) => {
    const y = top + i * rowH;
    let x = labelW;
    const total = SEVERITIES.reduce((s, k) => s + b.counts[k], 0);
    const segs = SEVERITIES.filter((k) => b.counts[k] > 0).map((k) => {
      const w = Math.max(1, (b.counts[k] / max) * plotW);
      const seg = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${COLORS[k].bar}"><title>${e(`${b.label}：${SEVERITY_NAMES[k]} ${b.counts[k]}`)}</title></rect>`;
      x += w;
      return seg;
    });
    const label = shorten(b.label, 24);
    return [
      `<text x="${labelW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end" class="lbl">${e(label)}<title>${e(b.title ?? b.label)}</title></text>`,
      ...segs,
      `<text x="${(x + 4).toFixed(1)}" y="${y + rowH / 2 + 4}" class="num">${total}</text>`,
    ].join("");
  });
  return `<figure class="chart"><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join("")}</svg></figure>`;
}

/** File name without folder and extension. */
function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.xlsx$/i, "");
}

/** Cuts the middle out of a long label ("shenmu-20…› 系统升级维护费"), keeping its end (the sheet). */
function shorten(label: string, max: number): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  const tail = Math.min(chars.length, Math.ceil(max * 0.6));
  return `${chars.slice(0, max - tail - 1).join("")}…${chars.slice(chars.length - tail).join("")}`;
}

function legend(): string {
  return `<p class="legend">${SEVERITIES.map((s) => `<span class="sw" style="background:${COLORS[s].bar}"></span>${SEVERITY_NAMES[s]}`).join(" ")}</p>`;
}

function sevBadge(s: Severity): string {
  return `<span class="sev sev-${s}">${SEVERITY_NAMES[s]}</span>`;
}

const CSS = `
*{box-sizing:border-box}
body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#222;margin:24px auto;max-width:1100px;padding:0 16px;font-size:14px;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #4472c4;padding-bottom:4px;margin-top:28px}
h3{font-size:15px;margin:20px 0 6px;background:#eef3fb;padding:4px 8px;border-left:4px solid #4472c4}
.meta{color:#555;margin:0}.meta span{margin-right:16px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.card{border:1px solid #ccd;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card.error b{color:${COLORS.error.fg}}.card.warning b{color:${COLORS.warning.fg}}.card.info b{color:${COLORS.info.fg}}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{border:1px solid #c8cdd8;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#d9e1f2;font-weight:bold}td.n{text-align:right;font-variant-numeric:tabular-nums}tbody tr:nth-child(even){background:#fafbfd}
.sev{display:inline-block;padding:0 6px;border-radius:3px;white-space:nowrap}
.sev-error{background:${COLORS.error.bg};color:${COLORS.error.fg};font-weight:bold}.sev-warning{background:${COLORS.warning.bg};color:${COLORS.warning.fg}}.sev-info{background:${COLORS.info.bg};color:${COLORS.info.fg}}
.cell{font-family:Consolas,"DejaVu Sans Mono",monospace;white-space:nowrap}.rule{font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:12px;color:#555}
.sugg{color:#375623}.rel{font-size:12px;color:#666}.basis{font-size:12px;color:#666}.note{color:#666;font-size:12px}.across{font-size:12px;color:#7030a0}
.charts{display:flex;flex-wrap:wrap;gap:16px}.chart{margin:0}.chart figcaption{font-weight:bold;margin:4px 0}
.lbl{font-size:12px;fill:#333}.num{font-size:12px;fill:#555}
.legend{font-size:12px;color:#555}.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
.empty{color:#375623;font-weight:bold}
@page{size:A4;margin:14mm 12mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid}h3{break-after:avoid}
thead{display:table-header-group}tr{break-inside:avoid}.chart svg{max-width:100%;height:auto}
.card{padding:4px 8px}a{color:inherit;text-decoration:none}}
`;

export function renderHtmlReport(data: ReportData): string {
  const m = data.meta;
  const t = data.totals;
  const byCategory: Bar[] = CATEGORIES.map((c) => ({ label: CATEGORY_NAMES[c], counts: { error: 0, warning: 0, info: 0 } }));
  const sheetBars = new Map<string, Bar>();
  for (const f of data.findings) {
    byCategory[CATEGORIES.indexOf(f.category)].counts[f.severity] += 1;
    const key = `${f.file} › ${f.sheet}`;
    let bar = sheetBars.get(key);
    if (!bar)
      sheetBars.set(
        key,
        (bar = {
          label: data.meta.fileCount > 1 ? `${fileStem(f.file)} › ${f.sheet}` : f.sheet,
          title: key,
          counts: { error: 0, warning: 0, info: 0 },
        }),
      );
    bar.counts[f.severity] += 1;
  }
  const total = (b: Bar) => b.counts.error * 1e6 + b.counts.warning * 1e3 + b.counts.info;
  const sheets = [...sheetBars.values()].sort((a, b) => total(b) - total(a));
  const shownSheets = sheets.slice(0, 25);

  const summaryRows = data.summary
    .map(
      (r) =>
        `<tr><td>${e(r.file)}</td><td>${e(r.sheet)}</td><td>${e(r.unit)}</td><td>${e(r.project)}</td><td>${e(r.kind)}</td><td>${e(r.framework)}</td>${SEVERITIES.map((s) => `<td class="n">${r.counts[s] || ""}</td>`).join("")}${CATEGORIES.map((c) => `<td class="n">${r.counts[c] || ""}</td>`).join("")}<td class="note">${e(r.note)}</td></tr>`,
    )
    .join("\n");

  const groups = new Map<string, FindingRow[]>();
  for (const f of data.findings) {
    const key = `${f.file}\u0000${f.sheet}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const sections = [...groups.values()]
    .map((list) => {
      const head = list[0];
      const projects = [...new Set(list.map((f) => f.project).filter(Boolean))];
      const rows = list
        .map(
          (f) =>
            `<tr><td class="cell">${e(f.cell)}</td><td>${sevBadge(f.severity)}</td><td>${e(CATEGORY_NAMES[f.category])}</td><td>${e(f.message)}${f.across ? ` <span class="across">［跨项目］</span>` : ""}${f.suggestion ? `<div class="sugg">${e(f.suggestion)}</div>` : ""}${f.basis ? `<div class="basis">依据：${e(f.basis)}</div>` : ""}${f.related.length ? `<div class="rel">相关：${e(f.related.join(" "))}</div>` : ""}</td><td class="rule">${e(f.rule)}</td></tr>`,
        )
        .join("\n");
      return `<section><h3>${e(head.file)} › ${e(head.sheet)}${projects.length ? `（${e(projects.join("、"))}）` : ""}\u3000<span class="note">${list.length} 条</span></h3>
<table><thead><tr><th style="width:64px">单元格</th><th style="width:56px">程度</th><th style="width:56px">类别</th><th>说明</th><th style="width:170px">规则</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
    })
    .join("\n");

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jxcheck ${e(m.version)}">
<title>${e(m.title)}（${e(formatTime(m.generatedAt))}）</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${e(m.title)}</h1>
<p class="meta"><span>生成时间：${e(formatTime(m.generatedAt))}</span><span>jxcheck ${e(m.version)}</span>${m.options.map(([k, v]) => `<span>${e(k)}：${e(v)}</span>`).join("")}</p>
<p class="meta"><span>检查：${e(m.paths.join("、"))}</span></p>
</header>
<main>
<h2>概况</h2>
<div class="cards">
<div class="card"><b>${m.fileCount}</b>个文件${m.unreadable ? `（${m.unreadable} 个无法读取）` : ""}</div>
<div class="card"><b>${m.formCount}</b>张绩效表（${m.sheetCount} 个工作表）</div>
${SEVERITIES.map((s) => `<div class="card ${s}"><b>${t[s]}</b>${SEVERITY_NAMES[s]}</div>`).join("\n")}
</div>
${
  data.findings.length
    ? `<div class="charts">${barChart("按类别", byCategory)}${barChart(sheets.length > shownSheets.length ? `按工作表（问题最多的 ${shownSheets.length} 个，共 ${sheets.length} 个）` : "按工作表", shownSheets)}</div>${legend()}`
    : `<p class="empty">没有发现问题。</p>`
}
<h2>汇总</h2>
<table><thead><tr><th>文件</th><th>工作表</th><th>单位</th><th>项目</th><th>版式</th><th>指标体系</th>${SEVERITIES.map((s) => `<th>${SEVERITY_NAMES[s]}</th>`).join("")}${CATEGORIES.map((c) => `<th>${CATEGORY_NAMES[c]}</th>`).join("")}<th>备注</th></tr></thead><tbody>
${summaryRows}
</tbody></table>
<h2>问题清单</h2>
${sections || `<p class="empty">没有发现问题。</p>`}
</main>
<footer><p class="note">严重程度：错误＝必须改正；警告＝很可能有问题，请核对；提示＝建议改进。［跨项目］的问题来自多个项目表之间的比对，“相关”中的 '工作表'!A1 指向其他工作表。</p></footer>
</body>
</html>
`;
}
