// The note a new roadmap starts as: the built-in template, and the values a roadmap template's
// placeholders take ({{skill}}, {{postingLinks}}, {{date}}).
import { unpackWords } from "./packed-text";
import type { TemplateInput } from "./template";

// Packed in main.js with the description reader's words (esbuild.config.mjs): its English is most of it.
export const DEFAULT_ROADMAP_TEMPLATE = unpackWords(
  "---\n" +
  "tags:\n" +
  "  - roadmap\n" +
  "aliases:\n" +
  "  - \"{{skill}}\"\n" +
  "created: \"{{date}}\"\n" +
  "---\n" +
  "# {{skill}} roadmap\n" +
  "\n" +
  "Where I learn {{skill}}, one step at a time. Job Hunt shows how far along this checklist is.\n" +
  "\n" +
  "## Fundamentals\n" +
  "- [ ] Find one good course, book or official guide\n" +
  "- [ ] Work through the core concepts\n" +
  "- [ ] Write down what confused me and look it up\n" +
  "\n" +
  "## Practice\n" +
  "- [ ] Build a small project that uses {{skill}}\n" +
  "- [ ] Put it on my portfolio and write a short note on what I learned\n" +
  "\n" +
  "## Interview ready\n" +
  "- [ ] Answer common interview questions about {{skill}}\n" +
  "- [ ] Explain a real problem I solved with it in two minutes\n" +
  "\n" +
  "## Postings that ask for it\n" +
  "{{postingLinks}}\n",
);

/**
 * The base name of a skill's new roadmap note. A name cannot hold "#", and "C Roadmap" would be
 * skill C's, so a "#" after a letter is spelled out: "C Sharp Roadmap", "F Sharp Roadmap".
 */
export function roadmapNoteName(skill: string): string {
  return `${skill.replace(/(\p{L})#/gu, "$1 Sharp")} Roadmap`;
}

export function roadmapTemplateInput(skill: string, postingLinks: readonly string[], now: Date): TemplateInput {
  return {
    values: { skill, postingLinks: postingLinks.map((l) => `- ${l}`) },
    now,
    // A note name cannot hold every character a skill can (C#), so an alias says which skill it is.
    extraFrontmatter: { aliases: [skill] },
    requiredItems: ["aliases"],
  };
}

/** The longest text that is taken for a skill's name when roadmap notes are made unasked. */
const LONGEST_SKILL_NAME = 60;

/**
 * Whether a roadmap note may be created for `skill` without the user asking for that one skill:
 * text with markup or link brackets (`<img …>`, `x]]y`), without a letter, or longer than any
 * skill's name is a slip in a note, and a note named after it would only be clutter. A click on
 * the skill still creates its note.
 */
export function makesRoadmapName(skill: string): boolean {
  return skill.length <= LONGEST_SKILL_NAME && /\p{L}/u.test(skill) && !/[<>{}]|\[\[|\]\]/.test(skill);
}
