// Suggests the vault's folders or notes under a text input, for the settings that name one.
import { AbstractInputSuggest, type App, type TAbstractFile } from "obsidian";

export class PathSuggest extends AbstractInputSuggest<TAbstractFile> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    /** What to suggest from: `app.vault.getAllFolders(false)` or `app.vault.getMarkdownFiles()`. */
    private readonly items: () => TAbstractFile[],
  ) {
    super(app, inputEl);
  }

  protected getSuggestions(query: string): TAbstractFile[] {
    const q = query.trim().toLowerCase();
    return this.items()
      .filter((f) => f.path.toLowerCase().includes(q))
      .sort((a, b) => a.path.localeCompare(b.path))
      .slice(0, 50);
  }

  renderSuggestion(item: TAbstractFile, el: HTMLElement): void {
    el.setText(item.path);
  }

  override selectSuggestion(item: TAbstractFile): void {
    this.setValue(item.path);
    this.inputEl.dispatchEvent(new Event("input"));
    this.close();
  }
}
