// Creates a skill's roadmap note from the roadmap template (the user's, or the built-in one),
// linking the postings that ask for the skill, and opens it.
import { parseYaml, type App, type TFile } from "obsidian";
import type { PostingIndex } from "../core/posting-index";
import { DEFAULT_ROADMAP_TEMPLATE, roadmapNoteName, roadmapTemplateInput } from "../core/roadmap-template";
import { renderTemplate } from "../core/template";
import { createNote, fileAt, newNoteFolder } from "./note-writer";
import { templateRenderer } from "./template-source";
import { noticeFailure } from "./failure-notice";

/** Creates the roadmap note for `skill` and returns it; null (after a Notice) when it could not. */
export async function createRoadmapNote(app: App, index: PostingIndex, skill: string, now = new Date()): Promise<TFile | null> {
  const settings = index.settings;
  const ref = index.skills.canonical(skill);
  const postings = index.postings().filter((p) => ref !== null && p.skills.some((s) => s.key === ref.key));
  try {
    const render = await templateRenderer(app, "Roadmap", settings.roadmapTemplate, DEFAULT_ROADMAP_TEMPLATE, (template, path) => {
      const links = postings.flatMap((p) => {
        const f = fileAt(app, p.path);
        return f ? [app.fileManager.generateMarkdownLink(f, path)] : [];
      });
      return renderTemplate(template, roadmapTemplateInput(skill, links, now), parseYaml);
    });
    // Beside the roadmap notes found that are named so or kept so (not a company note named "Docker").
    const found = index.stats().skills.map((s) => (s.roadmap !== null && /roadmap/i.test(s.roadmap) ? s.roadmap : null));
    return await createNote(app, newNoteFolder(app, settings.roadmapFolder, found), roadmapNoteName(skill), render);
  } catch (e) {
    noticeFailure(`create a roadmap note for ${skill}`, e);
    return null;
  }
}
