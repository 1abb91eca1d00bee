// The table: one row per posting, sortable by any column, under the same filters as the board.
import { placeShown, type SortColumn } from "../core/dashboard-state";
import { shortTitle, type Posting } from "../core/posting";
import { formatSalary } from "../core/salary";
import type { RenderContext } from "./dashboard-context";
import { showMoreButton } from "./format";
import { localDay } from "../core/date-format";
import { divIn, elIn, spanIn } from "./css-class";
import { tabStop } from "./posting-events";
import { listen } from "./listen";

export const ROWS_SHOWN = 100;

/** Each column: what it sorts by, and its heading. */
const COLUMNS: [SortColumn, string][] = [
  ["company", "Company"],
  ["title", "Title"],
  ["stage", "Stage"],
  ["salaryMin", "Salary min"],
  ["salaryMax", "Salary max"],
  ["location", "Location"],
  ["modified", "Modified"],
];

function amount(p: Posting, which: "min" | "max"): string {
  const s = p.salary;
  if (!s) return "";
  const v = s[which];
  if (v === null) return "";
  return formatSalary({ ...s, min: v, max: v });
}

/** Renders sorted, filtered postings as a table. */
export function renderTable(parent: HTMLElement, postings: readonly Posting[], ctx: RenderContext): void {
  const wrap = divIn(parent, "table-wrap");
  const table = elIn(wrap, "table", "table");
  const head = table.createEl("thead").createEl("tr");
  const { sort } = ctx.state;
  for (const [column, label] of COLUMNS) {
    const active = sort.column === column;
    const th = head.createEl("th", { attr: { "aria-sort": active ? (sort.descending ? "descending" : "ascending") : "none" } });
    const btn = elIn(th, "button", "sort", label, { "data-column": column });
    if (active) spanIn(btn, "sort-mark", sort.descending ? " ↓" : " ↑");
    listen(btn, "click", () => ctx.actions.sortBy(column));
  }
  const body = table.createEl("tbody");
  const shown = ctx.limit("table", ROWS_SHOWN);
  postings.slice(0, shown).forEach((p, i) => {
    const tr = elIn(body, "tr", "row", { tabindex: tabStop(i), "data-path": p.path });
    const cell = (text: string): void => {
      tr.createEl("td", { text });
    };
    cell(p.company === "" ? "No company" : p.company);
    cell(shortTitle(p));
    cell(p.stage);
    for (const end of ["min", "max"] as const) elIn(tr, "td", "num", amount(p, end), { title: p.salary?.text ?? "" });
    cell(placeShown(p));
    cell(p.modified > 0 ? localDay(p.modified) : "");
  });
  showMoreButton(wrap, postings.length, shown, () => ctx.actions.showMore("table"));
}
