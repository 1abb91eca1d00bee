// Where a new note's template comes from: the user's template note, or the built-in one (with a
// Notice) when the user's is missing, empty or has frontmatter that is not valid YAML.
import { normalizePath, Notice, type App } from "obsidian";
import { templateNotePath } from "../core/settings";
import { TemplateError } from "../core/template";
import { lower } from "../core/text";
import { fileAt } from "./note-writer";
import { blank } from "../core/frontmatter-fields";

/**
 * A render function for new notes of one kind. `fill(template, path)` renders a template for a note
 * at `path`; it is tried once up front, so a broken template is found before anything is written.
 */
export async function templateRenderer(
  app: App,
  kind: "Posting" | "Roadmap",
  path: string,
  builtIn: string,
  fill: (template: string, notePath: string) => string,
): Promise<(notePath: string) => string> {
  const clean = path.trim();
  const fallBack = (why: string): void => void new Notice(`${why}, so the built-in template was used.`);
  let template = builtIn;
  if (clean !== "") {
    const file = fileAt(app, normalizePath(templateNotePath(clean)));
    const text = file ? await app.vault.read(file) : null;
    if (text === null) fallBack(`${kind} template "${clean}" was not found`);
    else if (blank(text)) fallBack(`${kind} template "${clean}" is empty`);
    else template = text;
  }
  try {
    fill(template, "probe.md");
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    fallBack(`The ${lower(kind)} template's frontmatter is not valid YAML`);
    template = builtIn;
  }
  return (notePath) => fill(template, notePath);
}
