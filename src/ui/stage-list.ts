// Renders the postings grouped by stage, in pipeline order, each a link that opens its note.
// Note text is data: every string goes in through createEl({ text }) / setText, never as HTML.
import type { Posting } from "../core/posting";
import type { DashboardStats } from "../core/stats";
import { stageKey } from "../core/stages";
import { formatSalary } from "../core/salary";

export interface StageListActions {
  /** Opens a posting's note; the event tells whether the user asked for a new tab (Ctrl/Cmd-click, middle click). */
  open(path: string, evt: MouseEvent): void;
}

export function renderStageList(el: HTMLElement, stats: DashboardStats, postings: readonly Posting[], actions: StageListActions): void {
  el.empty();
  const header = el.createDiv({ cls: "job-hunt-summary" });
  header.createSpan({ text: `${stats.total} postings` });
  header.createSpan({ text: `${stats.active} active` });
  header.createSpan({ text: `${stats.closed} closed` });

  if (stats.total === 0) {
    const empty = el.createDiv({ cls: "job-hunt-empty" });
    empty.createEl("p", { text: "No job postings yet." });
    empty.createEl("p", {
      text: "A posting is any note with a company property. Add company, stage, skills and salary properties to a note and it shows up here.",
    });
    return;
  }

  const byStage = new Map<string, Posting[]>();
  for (const p of postings) {
    const key = stageKey(p.stage);
    let list = byStage.get(key);
    if (!list) byStage.set(key, (list = []));
    list.push(p);
  }

  for (const stage of stats.stages) {
    if (stage.count === 0) continue;
    const section = el.createDiv({ cls: "job-hunt-stage" });
    if (stage.closed) section.addClass("is-closed");
    const heading = section.createDiv({ cls: "job-hunt-stage-heading" });
    heading.createSpan({ cls: "job-hunt-stage-name", text: stage.name });
    heading.createSpan({ cls: "job-hunt-count", text: String(stage.count) });
    const list = section.createEl("ul", { cls: "job-hunt-postings" });
    const items = [...(byStage.get(stageKey(stage.name)) ?? [])].sort((a, b) => b.modified - a.modified);
    for (const p of items) {
      const li = list.createEl("li", { cls: "job-hunt-posting" });
      const link = li.createEl("a", {
        cls: "internal-link job-hunt-posting-link",
        text: p.company !== "" ? `${p.company}: ${p.title}` : p.title,
        attr: { href: "#", "data-path": p.path },
      });
      link.addEventListener("click", (evt) => {
        evt.preventDefault();
        actions.open(p.path, evt);
      });
      link.addEventListener("auxclick", (evt) => {
        if (evt.button !== 1) return;
        evt.preventDefault();
        actions.open(p.path, evt);
      });
      const details = [p.salary ? formatSalary(p.salary) : "", p.remote ? "Remote" : p.location].filter((d) => d !== "");
      if (details.length > 0) li.createDiv({ cls: "job-hunt-posting-details", text: details.join(" · ") });
    }
  }
}
