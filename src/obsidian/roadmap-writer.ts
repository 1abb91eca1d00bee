// Creates a skill's roadmap note from the roadmap template (the user's, or the built-in one),
// linking the postings that ask for the skill, and opens it.
import { Notice, TFile, type App } from "obsidian";
import type { PostingIndex } from "../core/posting-index";
import { DEFAULT_ROADMAP_TEMPLATE, roadmapTemplateInput } from "../core/roadmap-template";
import { renderTemplate, TemplateError } from "../core/template";
import { createNote, fileAt } from "./note-writer";

async function templateText(app: App, path: string): Promise<string> {
  if (path.trim() === "") return DEFAULT_ROADMAP_TEMPLATE;
  const file = app.vault.getAbstractFileByPath(path.endsWith(".md") ? path : `${path}.md`);
  if (file instanceof TFile) return app.vault.read(file);
  new Notice(`Roadmap template "${path}" was not found, so the built-in one was used.`);
  return DEFAULT_ROADMAP_TEMPLATE;
}

/** Creates the roadmap note for `skill` and returns it; null (after a Notice) when it could not. */
export async function createRoadmapNote(app: App, index: PostingIndex, skill: string, now = new Date()): Promise<TFile | null> {
  const settings = index.settings;
  const ref = index.skills.canonical(skill);
  const postings = index.postings().filter((p) => ref !== null && p.skills.some((s) => s.key === ref.key));
  try {
    let template = await templateText(app, settings.roadmapTemplate);
    const render = (path: string): string => {
      const links = postings.flatMap((p) => {
        const f = fileAt(app, p.path);
        return f ? [app.fileManager.generateMarkdownLink(f, path)] : [];
      });
      return renderTemplate(template, roadmapTemplateInput(skill, links, now));
    };
    try {
      render("probe.md");
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      new Notice(`The roadmap template's frontmatter is not valid YAML, so the built-in template was used.`);
      template = DEFAULT_ROADMAP_TEMPLATE;
    }
    return await createNote(app, settings.roadmapFolder, `${skill} Roadmap`, render);
  } catch (e) {
    new Notice(`Could not create a roadmap note for ${skill}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
