// Skills by demand: how many postings ask for each (active and closed apart), and how far the
// skill's roadmap note has come, or a way to create one. Clicking a skill opens its roadmap;
// clicking its count filters the board to it.
import { unpackWords } from "../core/packed-text";
import type { SkillDemand } from "../core/stats";
import type { RenderContext } from "./dashboard-context";
import { barSvg, iconText, percent, showMoreButton } from "./format";
import { cssClass, divIn, elIn, spanIn } from "./css-class";
import { counted } from "../core/counted";
import { listen } from "./listen";

export const SKILLS_SHOWN = 15;

/** `filtered`: the skills are those of the postings a filter shows, not of all postings. */
export function renderSkillsPanel(parent: HTMLElement, skills: readonly SkillDemand[], filtered: boolean, ctx: RenderContext): void {
  const section = parent.createDiv({ cls: "job-hunt-panel job-hunt-skills" });
  const heading = elIn(section, "h3", "panel-heading");
  heading.createSpan({ text: "Skills in demand" });
  spanIn(heading, "panel-note", `${counted(skills.length, "skill")} in ${filtered ? "the postings shown" : "all postings"}`);
  if (skills.length === 0) {
    divIn(section, "muted", filtered ? "No skills among the postings shown." : unpackWords("Add skills to your postings to see which ones come up most."));
    return;
  }
  const max = Math.max(...skills.map((s) => s.count));
  const shown = ctx.limit("skills", SKILLS_SHOWN);
  const list = divIn(section, "skill-list");
  for (const s of skills.slice(0, shown)) {
    const row = elIn(list, "div", "skill-row", { "data-skill": s.key });
    row.toggleClass("is-filtered", ctx.state.filter.skill === s.key);

    const name = elIn(row, "a", "skill-name", s.name, { href: "#", "aria-label": s.roadmap ? `Open the roadmap for ${s.name}` : `Create a roadmap for ${s.name}` });
    // A click, or a middle click (a new tab); not the right button's auxclick.
    for (const type of ["click", "auxclick"] as const) {
      listen(name, type, (evt) => {
        if (evt.button > 1) return;
        evt.preventDefault();
        ctx.actions.openSkill(s, evt);
      });
    }

    // The count filters by its skill, in place of a skill already filtered by, and off again on that skill's own row.
    const filteredBy = ctx.state.filter.skill;
    const count = elIn(row, "button", "skill-count", String(s.count), {
      "aria-label":
        filteredBy === s.key
          ? `Stop filtering by ${s.name}`
          : filteredBy !== ""
            ? `Filter by ${s.name} instead`
            : `Show the ${s.count === 1 ? "posting that asks" : `${s.count} postings that ask`} for ${s.name}`,
      "aria-pressed": String(filteredBy === s.key),
    });
    listen(count, "click", () => ctx.actions.filterBySkill(s.key));

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
      elIn(roadmap, "progress", "progress", { max: Math.max(1, s.progress.total), value: s.progress.done, "aria-label": `Roadmap ${percent(s.progress.done, s.progress.total)}% done` });
      spanIn(roadmap, "roadmap-text", `${s.progress.done}/${s.progress.total}`);
    } else {
      const create = elIn(roadmap, "button", "create-roadmap", { "aria-label": `Create a roadmap note for ${s.name}` });
      iconText(create, "file-plus", "Roadmap");
      listen(create, "click", (evt) => ctx.actions.openSkill(s, evt));
    }
  }
  showMoreButton(section, skills.length, shown, () => ctx.actions.showMore("skills"));
}
