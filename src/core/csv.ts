// Postings as CSV (RFC 4180): a header row, every field quoted when it needs to be, CRLF line
// breaks. Text that a spreadsheet would run as a formula gets a leading apostrophe. The file opens
// with a byte order mark: without one, Excel reads UTF-8 as the system's code page and garbles
// every accent, umlaut and non-Latin letter.
import { formatDatePattern } from "./date-format";
import type { Posting } from "./posting";
import { isString } from "./is";

export const CSV_COLUMNS = [
  "path", "company", "title", "stage", "stage_known", "closed", "skills", "salary_text", "salary_min", "salary_max",
  "salary_currency", "salary_period", "location", "remote", "url", "modified", "stage_since", "tasks_done", "tasks_total",
] as const;

const BOM = "\uFEFF";

/** One CSV cell: quoted when it holds a comma, quote or line break; formula starters defused. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  let s = String(value);
  if (isString(value) && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function date(ms: number | null): string {
  // formatISO's shape, by the date patterns the templates use: "2026-11-01T09:30:00+01:00".
  return ms === null || !Number.isFinite(ms) || ms <= 0 ? "" : formatDatePattern(new Date(ms), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

export function postingsToCsv(postings: readonly Posting[]): string {
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const p of postings) {
    const cells: (string | number | boolean | null)[] = [
      p.path, p.company, p.title, p.stage, p.stageKnown, p.closed, p.skills.map((s) => s.name).join("; "),
      p.salary?.text ?? "", p.salary?.min ?? null, p.salary?.max ?? null, p.salary?.currency ?? "", p.salary?.period ?? "",
      p.location, p.remote, p.url, date(p.modified), date(p.stageSince), p.tasks.done, p.tasks.total,
    ];
    rows.push(cells.map(csvCell).join(","));
  }
  return BOM + rows.join("\r\n") + "\r\n";
}
