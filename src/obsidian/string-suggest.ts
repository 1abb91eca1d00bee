// Suggests from a list of strings under a text input (companies, skills).
import { AbstractInputSuggest, type App } from "obsidian";

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
    const q = query.trim().toLowerCase();
    if (q === "") return [];
    const starts: string[] = [];
    const contains: string[] = [];
    for (const s of this.source()) {
      const l = s.toLowerCase();
      if (l.startsWith(q)) starts.push(s);
      else if (l.includes(q)) contains.push(s);
      if (starts.length >= 20) break;
    }
    return [...starts, ...contains].slice(0, 20);
  }

  renderSuggestion(value: string, el: HTMLElement): void {
    el.setText(value);
  }

  override selectSuggestion(value: string): void {
    this.onPick(value);
    this.close();
  }
}
