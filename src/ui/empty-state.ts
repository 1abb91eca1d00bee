// What a vault with no postings shows: what a posting note looks like, so the user can start.
import { unpackWords } from "../core/packed-text";
import { divIn, elIn } from "./css-class";
import { listen } from "./listen";

export const EXAMPLE_FRONTMATTER = `---
Company: Acme
title: Backend Engineer
Stage: Applied
Salary: $90k - $120k
Location: Remote
Skills:
  - TypeScript
  - PostgreSQL
---`;

/** `missing`: what to say when the jobs folder set in the settings is not in the vault. */
export function renderEmptyState(parent: HTMLElement, newPosting: () => void, missing: string): HTMLElement {
  const el = divIn(parent, "empty");
  el.createEl("h3", { text: "No job postings yet" });
  if (missing !== "") elIn(el, "p", "warning", missing);
  el.createEl("p", {
    text: unpackWords("A posting is any note with a company property. Put properties like these at the top of a note for each job you are looking at, and it shows up here:"),
  });
  elIn(el, "pre", "example", EXAMPLE_FRONTMATTER);
  el.createEl("p", {
    text: unpackWords("Stages, salaries and skills are read however you write them. Link each skill to a roadmap note to track what you are learning."),
  });
  const button = el.createEl("button", { cls: "mod-cta job-hunt-empty-new", text: "New job posting" });
  listen(button, "click", newPosting);
  return el;
}
