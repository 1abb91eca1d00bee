// The dashboard as data and as terminal text: what `npm run report` prints, from the same index
// the plugin uses.
import type { PostingIndex } from "./posting-index";
import type { Problem } from "./posting";
import { counted } from "./counted";
import { formatSummaryAmount, periodLabel, type Salary } from "./salary";

export interface ReportPosting {
  path: string;
  company: string;
  title: string;
  stage: string;
  stageKnown: boolean;
  skills: string[];
  salary: Salary | null;
  location: string;
  remote: boolean;
  url: string;
}

export interface Report {
  postings: ReportPosting[];
  stages: { name: string; count: number }[];
  skills: { name: string; count: number; roadmap: string | null; progress: { done: number; total: number } | null }[];
  problems: Problem[];
}

/** The report command's JSON contract. */
export function buildReport(index: PostingIndex): Report {
  const stats = index.stats();
  return {
    postings: index.postings().map((p) => ({
      path: p.path,
      company: p.company,
      title: p.title,
      stage: p.stage,
      stageKnown: p.stageKnown,
      skills: p.skills.map((s) => s.name),
      salary: p.salary ? { ...p.salary } : null,
      location: p.location,
      remote: p.remote,
      url: p.url,
    })),
    stages: stats.stages.map((s) => ({ name: s.name, count: s.count })),
    skills: stats.skills.map((s) => ({
      name: s.name,
      count: s.count,
      roadmap: s.roadmap,
      progress: s.progress ? { ...s.progress } : null,
    })),
    problems: index.problems(),
  };
}

function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return "";
  return "█".repeat(Math.max(1, Math.round((value / max) * width)));
}

/** The text in `width` terminal columns: cut with "…" when longer, filled with spaces when shorter. */
function pad(text: string, width: number): string {
  let used = 0;
  let cut = -1;
  let at = 0;
  let joined = false;
  for (const ch of text) {
    // An emoji joined to the one before ("👩‍💻") is drawn in the same two columns.
    used += joined ? 0 : columns(ch);
    joined = ch === "\u200d";
    if (cut < 0 && used > width - 1) cut = at;
    at += ch.length;
  }
  if (used > width && cut >= 0) return pad(text.slice(0, cut) + "…", width);
  return text + " ".repeat(Math.max(0, width - used));
}

/** Characters a terminal draws two columns wide: Chinese, Japanese and Korean, and emoji. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]|\p{Emoji_Presentation}/u;
/** Characters drawn on the one before: accents, joiners, variation selectors. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\ufe00-\ufe0f]/u;

function columns(ch: string): number {
  return ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
}

/** A readable terminal dashboard: pipeline, top skills with their roadmaps, salary ranges, problems. */
export function formatReport(index: PostingIndex, options: { topSkills?: number } = {}): string {
  const stats = index.stats();
  const lines: string[] = [];
  lines.push(`Job Hunt: ${counted(stats.total, "posting")} (${stats.active} active, ${stats.closed} closed)`);
  lines.push("");
  lines.push("Pipeline");
  const maxStage = Math.max(0, ...stats.stages.map((s) => s.count));
  for (const s of stats.stages) {
    // The note on an unknown stage goes last, so a long name is not cut to make room for it.
    const note = s.known ? "" : `${s.count > 0 ? "  " : ""}(not in the stage list)`;
    lines.push(`  ${pad(s.name, 34)} ${String(s.count).padStart(4)}  ${bar(s.count, maxStage, 30)}${note}`.trimEnd());
  }

  const top = stats.skills.slice(0, options.topSkills ?? 15);
  lines.push("");
  lines.push(`Top skills (${stats.skills.length} in all)`);
  if (top.length === 0) lines.push("  none yet");
  for (const s of top) {
    let roadmap = "no roadmap note yet";
    if (s.roadmap !== null && s.progress !== null) {
      const pct = s.progress.total > 0 ? Math.round((s.progress.done / s.progress.total) * 100) : 0;
      // A roadmap note with no checklist yet has no progress to show, not "0/0 tasks, 0%".
      roadmap = s.progress.total > 0 ? `${s.roadmap} (${s.progress.done}/${s.progress.total} tasks, ${pct}%)` : `${s.roadmap} (no tasks yet)`;
    }
    lines.push(`  ${pad(s.name, 24)} ${String(s.count).padStart(4)}  ${roadmap}`);
  }

  lines.push("");
  lines.push("Salaries (midpoints)");
  if (stats.salaries.length === 0) lines.push("  none with amounts yet");
  for (const g of stats.salaries) {
    lines.push(
      `  ${pad(`${g.currency} / ${periodLabel(g.period)}`, 12)} ${String(g.count).padStart(3)} posting${g.count === 1 ? " " : "s"}  ` +
        `min ${formatSummaryAmount(g.min, g.currency)}  median ${formatSummaryAmount(g.median, g.currency)}  max ${formatSummaryAmount(g.max, g.currency)}`,
    );
  }

  const problems = index.problems();
  if (problems.length > 0) {
    lines.push("");
    lines.push(`Problems (${problems.length})`);
    for (const p of problems) lines.push(`  ${p.path}: ${p.message}`);
  }
  return lines.map(printable).join("\n") + "\n";
}

/**
 * A line with every control character shown as "�": a note's text is data, and an escape sequence
 * in a stage or a file name must not clear the terminal or set its title. Marks that turn the
 * direction of text (a right-to-left override) are left out, so they cannot reorder the line.
 */
function printable(line: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this finds
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD").replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
}
