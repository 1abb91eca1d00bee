// Suggests the vault's Markdown notes under a text input, for template settings.
import { AbstractInputSuggest, type App, type TFile } from "obsidian";

export class FileSuggest extends AbstractInputSuggest<TFile> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
  ) {
    super(app, inputEl);
  }

  protected getSuggestions(query: string): TFile[] {
    const q = query.trim().toLowerCase();
    return this.app.vault
      .getMarkdownFiles()
      .filter((f) => f.path.toLowerCase().includes(q))
      .sort((a, b) => a.path.localeCompare(b.path))
      .slice(0, 50);
  }

  renderSuggestion(file: TFile, el: HTMLElement): void {
    el.setText(file.path);
  }

  override selectSuggestion(file: TFile): void {
    this.setValue(file.path);
    this.inputEl.dispatchEvent(new Event("input"));
    this.close();
  }
}
