// "Link skills to roadmaps": writes or refreshes the managed Skill roadmaps section of a posting
// (one task line per skill, linking its roadmap note), creating missing roadmap notes and writing
// the skills as links into the frontmatter when the settings ask for it.
import { Notice, parseYaml, type App, type TFile } from "obsidian";
import { keyIn } from "../core/frontmatter-fields";
import { setFrontmatterList } from "../core/frontmatter-list";
import { findFrontmatter, parseFrontmatterYaml } from "../core/note-reader";
import { unquotedLink } from "../core/wikilink";
import type { PostingIndex } from "../core/posting-index";
import { writeSkillSection, type SkillLine } from "../core/skill-section";
import { splitSkills, type SkillCanon } from "../core/skills";
import { fileAt } from "./note-writer";
import { SKILLS_KEYS } from "../core/posting";
import { createRoadmapNote } from "./roadmap-writer";
import { makesRoadmapName } from "../core/roadmap-template";
import { noticeFailure } from "./failure-notice";
import { counted } from "../core/counted";
import { isArray, isString } from "../core/is";

/**
 * Creates a roadmap note for each skill without one, except text that is no skill's name; the
 * index only hears of them a moment later.
 */
async function createMissing(app: App, index: PostingIndex, skills: readonly string[], all: TFile[]): Promise<Map<string, TFile>> {
  const made = new Map<string, TFile>();
  for (const skill of skills) {
    if (index.roadmapFor(skill) || !makesRoadmapName(skill)) continue;
    const file = await createRoadmapNote(app, index, skill);
    if (file) made.set(skill, file);
    if (file) all.push(file);
  }
  return made;
}

/** "; 2 roadmap notes made in Roadmaps" for the notes a run made, so none appears unannounced; "" for none. */
function madeText(made: readonly TFile[]): string {
  return made.length === 0 ? "" : `; ${counted(made.length, "roadmap note")} made in ${made[0]?.parent?.path ?? "/"}`;
}

function lines(app: App, index: PostingIndex, skills: readonly string[], sourcePath: string, made: Map<string, TFile>): SkillLine[] {
  return skills.map((skill) => {
    const roadmap = index.roadmapFor(skill);
    const file = (roadmap ? fileAt(app, roadmap.path) : null) ?? made.get(skill) ?? null;
    return { skill, link: file ? app.fileManager.generateMarkdownLink(file, sourcePath, undefined, skill) : null };
  });
}

/**
 * True when every part of a Skills value reads as skill text, so writing it back as links loses
 * nothing. Text with brackets is not: the canon keeps only the skills it knows from a list in
 * brackets ("English (C1, fluent)" is English), and the rest are the user's words; nor is a skill
 * with a version or an emoji ("Java 17", "🐍 Python"), whose canonical name would drop them.
 */
function plainSkillValue(value: unknown, canon: SkillCanon): boolean {
  if (value === null || value === undefined || typeof value === "number") return true;
  if (isString(value)) return !value.includes("(") && splitSkills(value).every((item) => canon.readsAsWritten(item));
  return isArray(value) && value.every((v: unknown) => plainSkillValue(v, canon));
}

/**
 * Refreshes one posting; returns true when the note changed. Failures end in a Notice. Given
 * `made`, it says nothing else and adds the roadmap notes it made there (for a run over many).
 */
export async function linkSkillsInPosting(app: App, index: PostingIndex, path: string, made?: TFile[]): Promise<boolean> {
  const posting = index.posting(path);
  const file = fileAt(app, path);
  if (!posting || !file) return false;
  const settings = index.settings;
  const skills = posting.skills.map((s) => s.name);
  try {
    const madeHere: TFile[] = [];
    const created = settings.createMissingRoadmaps ? await createMissing(app, index, skills, made ?? madeHere) : new Map<string, TFile>();
    const wanted = lines(app, index, skills, path, created);
    let changed = false;
    await app.vault.process(file, (text) => {
      const next = writeSkillSection(text, wanted, { heading: settings.sectionHeading });
      changed = next !== text;
      return next;
    });
    if (settings.skillLinksInFrontmatter) {
      /** The links the Skills value should hold, or null to leave it as the user wrote it. */
      const linksFor = (fm: Record<string, unknown>): { key: string; links: string[] } | null => {
        // The property the note already uses ("Tech Stack"), else the configured one.
        const key = keyIn(fm, [settings.fieldNames.skills, ...SKILLS_KEYS]) ?? settings.fieldNames.skills;
        const old = fm[key];
        // A value that does not read as skills in full (a nested object, say) is the user's to keep.
        if (!plainSkillValue(old, index.skills)) return null;
        // Link the skills the note holds now: the user may have changed them since the index read it.
        const refs = index.skills.parse(old);
        // No skills, no links: a note without a Skills value, or with an empty one, is not written.
        if (refs.length === 0) return null;
        const generated = lines(app, index, refs.map((s) => s.name), path, created);
        // A link the user wrote for a skill is theirs: it stays, whatever note it points at.
        const theirs = new Map<string, string>();
        for (const item of isArray(old) ? (old as unknown[]) : []) {
          const link = isString(item) && /^\s*\[\[[^\]]+\]\]\s*$/.test(item) ? item.trim() : unquotedLink(item);
          const skill = link === null ? [] : index.skills.parse(link);
          if (link !== null && skill.length === 1 && skill[0]) theirs.set(skill[0].key, link);
        }
        const links = refs.map((s, i) => theirs.get(s.key) ?? generated[i]?.link ?? s.name);
        if (isArray(old) && old.length === links.length && old.every((v, i) => v === links[i])) return null;
        return { key, links };
      };
      // In place when the value's shape allows, so comments, quoting and line endings stay; decided on
      // the text at write time. Nothing is written when the links are there already.
      const wantedIn = (text: string): { key: string; links: string[] } | null => {
        const block = findFrontmatter(text);
        const fm = block ? parseFrontmatterYaml(block.yaml, parseYaml) : null;
        return fm ? linksFor(fm) : null;
      };
      let fallback = false;
      // Read first: a note whose links are in place is not written at all.
      if (wantedIn(await app.vault.read(file))) await app.vault.process(file, (text) => {
        const wanted = wantedIn(text);
        if (!wanted) return text;
        const edit = setFrontmatterList(text, wanted.key, wanted.links, parseYaml);
        if (edit.kind === "edited") {
          changed = true;
          return edit.text;
        }
        fallback = edit.kind === "not-simple";
        return text;
      });
      if (fallback) {
        await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
          const wanted = linksFor(fm);
          if (!wanted) return;
          fm[wanted.key] = wanted.links;
          changed = true;
        });
      }
    }
    if (!made) new Notice(changed ? `Linked ${counted(skills.length, "skill")} in ${file.basename}${madeText(madeHere)}.` : `${file.basename} is already up to date.`);
    return changed;
  } catch (e) {
    noticeFailure(`link the skills in "${file.basename}"`, e);
    return false;
  }
}

export async function linkSkillsInAllPostings(app: App, index: PostingIndex): Promise<number> {
  let changed = 0;
  const made: TFile[] = [];
  const postings = [...index.postings()];
  for (const p of postings) if (await linkSkillsInPosting(app, index, p.path, made)) changed++;
  new Notice(`Linked skills in ${counted(postings.length, "posting")}; ${changed} changed${madeText(made)}.`);
  return changed;
}
