// Notes the index could not read as they are (invalid YAML, an empty company, a nested value): a
// folded list above the board, so a posting never just disappears without a word.
import type { Problem } from "../core/posting";
import type { RenderContext } from "./dashboard-context";
import { cssClass, elIn, spanIn } from "./css-class";
import { listen } from "./listen";

export function renderProblems(parent: HTMLElement, problems: readonly Problem[], ctx: RenderContext): HTMLElement {
  const notes = new Set(problems.map((p) => p.path)).size;
  const panel = elIn(parent, "details", "problems");
  panel.createEl("summary", { text: `${notes} ${notes === 1 ? "note needs" : "notes need"} attention` });
  const list = panel.createEl("ul");
  for (const p of problems) {
    const item = list.createEl("li");
    const link = item.createEl("a", { cls: cssClass("problem-note"), text: p.path, href: "#" });
    listen(link, "click", (evt) => {
      evt.preventDefault();
      ctx.actions.openPosting(p.path, evt);
    });
    spanIn(item, "problem-message", p.message);
  }
  return panel;
}
