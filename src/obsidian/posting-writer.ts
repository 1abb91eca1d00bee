// Creates a posting note from the form's draft: the user's template (or the built-in one) filled
// with the draft, in the jobs folder, under a free name; then opens it. One write, or none.
import { parseYaml, type App, type TFile } from "obsidian";
import { defaultPostingTemplate, postingFileName, postingTemplateInput, sortableId, withDescription, type PostingDraft } from "../core/new-posting";
import type { PostingIndex } from "../core/posting-index";
import { renderTemplate } from "../core/template";
import { createNote, fileAt, newNoteFolder } from "./note-writer";
import { templateRenderer } from "./template-source";
import { noticeFailure } from "./failure-notice";

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
    const id = sortableId(now.getTime(), random);
    const render = await templateRenderer(app, "Posting", settings.postingTemplate, defaultPostingTemplate(settings.fieldNames), (template, path) =>
      renderTemplate(
        withDescription(template, draft.description),
        postingTemplateInput(draft, settings.fieldNames, { now, id, skillLinks: skillLinkLines(app, index, draft.skills, path) }),
        parseYaml,
      ),
    );
    const folder = newNoteFolder(app, settings.jobsFolder, index.postings().map((p) => p.path));
    const file = await createNote(app, folder, postingFileName(settings.fileNamePattern, draft, now), render);
    await app.workspace.getLeaf(false).openFile(file);
    return file;
  } catch (e) {
    noticeFailure("create the posting", e);
    return null;
  }
}
