// Creates a posting note from the form's draft: the user's template (or the built-in one) filled
// with the draft, in the jobs folder, under a free name; then opens it. One write, or none.
import { Notice, TFile, type App } from "obsidian";
import { defaultPostingTemplate, postingFileName, postingTemplateInput, sortableId, type PostingDraft } from "../core/new-posting";
import type { PostingIndex } from "../core/posting-index";
import { renderTemplate, TemplateError } from "../core/template";
import { createNote, fileAt } from "./note-writer";

/** The posting template's text; the built-in one (after a Notice) when the user's is missing or empty. */
export async function postingTemplateText(app: App, index: PostingIndex): Promise<string> {
  const path = index.settings.postingTemplate.trim();
  const builtIn = defaultPostingTemplate(index.settings.fieldNames);
  if (path === "") return builtIn;
  const file = app.vault.getAbstractFileByPath(path.endsWith(".md") ? path : `${path}.md`);
  if (!(file instanceof TFile)) {
    new Notice(`Posting template "${path}" was not found, so the built-in template was used.`);
    return builtIn;
  }
  const text = await app.vault.read(file);
  if (text.trim() === "") {
    new Notice(`Posting template "${path}" is empty, so the built-in template was used.`);
    return builtIn;
  }
  return text;
}

/** Task lines for the Skill roadmaps section: a link to each skill's roadmap, or the skill as text. */
export function skillLinkLines(app: App, index: PostingIndex, skills: readonly string[], sourcePath: string): string[] {
  return skills.map((skill) => {
    const roadmap = index.roadmapFor(skill);
    const file = roadmap ? fileAt(app, roadmap.path) : null;
    const name = index.skills.canonical(skill)?.name ?? skill;
    return file ? `- [ ] ${app.fileManager.generateMarkdownLink(file, sourcePath, undefined, name)}` : `- [ ] ${name} (no roadmap yet)`;
  });
}

function randomFraction(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0] ?? 0) / 2 ** 32;
}

/** Creates and opens the posting; null (after a Notice) when it could not. */
export async function createPosting(
  app: App,
  index: PostingIndex,
  draft: PostingDraft,
  now = new Date(),
  random: () => number = randomFraction,
): Promise<TFile | null> {
  const settings = index.settings;
  try {
    let template = await postingTemplateText(app, index);
    const id = sortableId(now.getTime(), random);
    const render = (path: string): string =>
      renderTemplate(template, postingTemplateInput(draft, settings.fieldNames, { now, id, skillLinks: skillLinkLines(app, index, draft.skills, path) }));
    try {
      render("probe.md");
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      new Notice("The posting template's frontmatter is not valid YAML, so the built-in template was used.");
      template = defaultPostingTemplate(settings.fieldNames);
    }
    const file = await createNote(app, settings.jobsFolder, postingFileName(settings.fileNamePattern, draft, now), render);
    await app.workspace.getLeaf(false).openFile(file);
    return file;
  } catch (e) {
    new Notice(`Could not create the posting: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
