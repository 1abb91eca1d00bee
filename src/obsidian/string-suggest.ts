// Suggests from a list of strings under a text input (companies, skills), and the matching the
// other suggesters share.
import { AbstractInputSuggest, type App } from "obsidian";
import { lower } from "../core/text";
import { blank } from "../core/frontmatter-fields";

/** The items whose text holds the query, whatever its case: those that start with it first, at most `most`. */
export function suggestFrom<T>(items: Iterable<T>, query: string, text: (item: T) => string, most: number): T[] {
  const q = lower(query.trim());
  const starts: T[] = [];
  const contains: T[] = [];
  for (const item of items) {
    const l = lower(text(item));
    if (l.startsWith(q)) starts.push(item);
    else if (l.includes(q)) contains.push(item);
    if (starts.length >= most) break;
  }
  return [...starts, ...contains].slice(0, most);
}

export class StringSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    private readonly source: () => readonly string[],
    private readonly onPick: (value: string) => void,
  ) {
    super(app, inputEl);
  }

  protected getSuggestions(query: string): string[] {
    return blank(query) ? [] : suggestFrom(this.source(), query, (s) => s, 20);
  }

  renderSuggestion(value: string, el: HTMLElement): void {
    el.setText(value);
  }

  override selectSuggestion(value: string): void {
    this.onPick(value);
    this.close();
  }
}
