// Skills by demand: how many postings ask for each (active and closed apart), and how far the
// skill's roadmap note has come, or a way to create one. Clicking a skill opens its roadmap;
// clicking its count filters the board to it.
import type { SkillDemand } from "../core/stats";
import type { RenderContext } from "./dashboard-context";
import { barSvg, iconText, percent, showMoreButton } from "./format";
import { cssClass, divIn, spanIn } from "./css-class";
import { counted } from "../core/counted";

export const SKILLS_SHOWN = 15;

export function renderSkillsPanel(parent: HTMLElement, skills: readonly SkillDemand[], ctx: RenderContext): void {
  const section = parent.createDiv({ cls: "job-hunt-panel job-hunt-skills" });
  const heading = section.createEl("h3", { cls: cssClass("panel-heading") });
  heading.createSpan({ text: "Skills in demand" });
  heading.createSpan({ cls: cssClass("panel-note"), text: `${counted(skills.length, "skill")} in all postings` });
  if (skills.length === 0) {
    divIn(section, "muted", "Add skills to your postings to see which ones come up most.");
    return;
  }
  const max = Math.max(...skills.map((s) => s.count));
  const shown = ctx.limit("skills", SKILLS_SHOWN);
  const list = divIn(section, "skill-list");
  for (const s of skills.slice(0, shown)) {
    const row = list.createDiv({ cls: cssClass("skill-row"), attr: { "data-skill": s.key } });
    row.toggleClass("is-filtered", ctx.state.filter.skill === s.key);

    const name = row.createEl("a", {
      cls: cssClass("skill-name"),
      text: s.name,
      attr: { href: "#", "aria-label": s.roadmap ? `Open the roadmap for ${s.name}` : `Create a roadmap for ${s.name}` },
    });
    name.addEventListener("click", (evt) => {
      evt.preventDefault();
      ctx.actions.openSkill(s, evt);
    });
    name.addEventListener("auxclick", (evt) => {
      if (evt.button !== 1) return;
      evt.preventDefault();
      ctx.actions.openSkill(s, evt);
    });

    const count = row.createEl("button", {
      cls: cssClass("skill-count"),
      text: String(s.count),
      attr: { "aria-label": `Show the ${s.count} postings that ask for ${s.name}` },
    });
    count.addEventListener("click", () => ctx.actions.filterBySkill(s.key));

    barSvg(
      row,
      cssClass("demand"),
      [
        { value: (s.active / max) * 100, cls: cssClass("bar-active") },
        { value: (s.closed / max) * 100, cls: cssClass("bar-closed") },
      ],
      `${s.active} active and ${s.closed} closed postings`,
    );

    const roadmap = divIn(row, "roadmap");
    if (s.roadmap !== null && s.progress !== null && s.progress.total === 0) {
      // A roadmap note with no checklist yet: nothing to measure.
      spanIn(roadmap, "roadmap-text", "No tasks yet");
    } else if (s.roadmap !== null && s.progress !== null) {
      roadmap.createEl("progress", {
        cls: cssClass("progress"),
        attr: { max: Math.max(1, s.progress.total), value: s.progress.done, "aria-label": `Roadmap ${percent(s.progress.done, s.progress.total)}% done` },
      });
      roadmap.createSpan({ cls: cssClass("roadmap-text"), text: `${s.progress.done}/${s.progress.total}` });
    } else {
      const create = roadmap.createEl("button", { cls: cssClass("create-roadmap"), attr: { "aria-label": `Create a roadmap note for ${s.name}` } });
      iconText(create, "file-plus", "Roadmap");
      create.addEventListener("click", (evt) => ctx.actions.openSkill(s, evt));
    }
  }
  showMoreButton(section, skills.length - shown, () => ctx.actions.showMore("skills"));
}
