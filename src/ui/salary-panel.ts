// Salary ranges: per currency and period, one range bar per posting on a shared scale, with the
// lowest, median and highest midpoint. Open-ended ranges ("up to", "140k+") are drawn dashed.
import { unpackWords } from "../core/packed-text";
import { isFiltered } from "../core/dashboard-state";
import type { Posting } from "../core/posting";
import { formatSummaryAmount, formatSalary, salaryMidpoint } from "../core/salary";
import { salaryGroups } from "../core/stats";
import type { RenderContext } from "./dashboard-context";
import { showMoreButton, svgStrip } from "./format";
import { counted } from "../core/counted";
import { cssClass, divIn, elIn, spanIn } from "./css-class";
import { tabStop } from "./posting-events";

export const SALARY_ROWS_SHOWN = 12;

export function renderSalaryPanel(parent: HTMLElement, postings: readonly Posting[], ctx: RenderContext): void {
  const section = parent.createDiv({ cls: "job-hunt-panel job-hunt-salaries" });
  elIn(section, "h3", "panel-heading").createSpan({ text: "Salaries" });
  const groups = salaryGroups(postings);
  if (groups.length === 0) {
    divIn(section, "muted", isFiltered(ctx.state.filter) ? unpackWords("No salaries with amounts among the postings shown.") : unpackWords("No salaries with amounts yet. Add a salary such as $90k - $120k to a posting."));
    return;
  }
  for (const g of groups) {
    const box = elIn(section, "div", "salary-group", { "data-group": `${g.currency}/${g.period}` });
    const title = elIn(box, "h4", "salary-group-title");
    title.createSpan({ text: `${g.currency} per ${g.period}` });
    spanIn(title, "panel-note", counted(g.count, "posting"));
    const summary = divIn(box, "salary-summary");
    // Of each posting's midpoint: "Low" alone reads as the lowest pay offered, which a range's floor may undercut.
    // One posting has one midpoint, not three equal ones.
    for (const [label, value] of g.count > 1 ? ([["Lowest midpoint", g.min], ["Median midpoint", g.median], ["Highest midpoint", g.max]] as const) : ([["Midpoint", g.median]] as const)) {
      const cell = divIn(summary, "stat");
      divIn(cell, "stat-label", label);
      divIn(cell, "stat-value", formatSummaryAmount(value, g.currency));
    }

    const rows = postings
      .filter((p) => p.salary && p.salary.currency === g.currency && p.salary.period === g.period && salaryMidpoint(p.salary) !== null)
      .sort((a, b) => (salaryMidpoint(b.salary!) ?? 0) - (salaryMidpoint(a.salary!) ?? 0));
    let lo = Infinity;
    let hi = 0;
    for (const p of rows) {
      for (const v of [p.salary?.min, p.salary?.max]) {
        if (typeof v === "number") {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    const pad = (hi - lo) * 0.05 || hi * 0.1 || 1;
    const from = Math.max(0, lo - pad);
    const span = hi + pad - from;
    const x = (v: number): number => ((v - from) / span) * 100;

    const list = `salary:${g.currency}/${g.period}`;
    const shown = ctx.limit(list, SALARY_ROWS_SHOWN);
    const table = divIn(box, "salary-rows");
    rows.slice(0, shown).forEach((p, i) => {
      const s = p.salary!;
      const row = elIn(table, "div", "salary-row", { tabindex: tabStop(i), "data-path": p.path });
      elIn(row, "div", "salary-label", p.company === "" ? p.title : p.company, { title: `${p.company} ${p.title}`.trim() });
      const svg = svgStrip(row, cssClass("range"), formatSalary(s));
      svg.createSvg("line", { cls: cssClass("range-axis"), attr: { x1: 0, x2: 100, y1: 5, y2: 5 } });
      const x1 = s.min !== null ? x(s.min) : 0;
      const x2 = s.max !== null ? x(s.max) : 100;
      // One amount is a short stroke centred on its mark.
      svg.createSvg("line", {
        cls: `job-hunt-range-line${s.min === null || s.max === null ? " is-open" : ""}`,
        attr: { x1: Math.min(x1, x2 - 0.4), x2: Math.max(x2, x1 + 0.4), y1: 5, y2: 5 },
      });
      const mid = salaryMidpoint(s);
      // A line, not a rectangle: its stroke keeps the same width in pixels however wide the pane.
      if (mid !== null) svg.createSvg("line", { cls: cssClass("range-mid"), attr: { x1: x(mid), x2: x(mid), y1: 1, y2: 9 } });
      divIn(row, "salary-text", formatSalary(s));
    });
    showMoreButton(box, rows.length, shown, () => ctx.actions.showMore(list));
  }
}
