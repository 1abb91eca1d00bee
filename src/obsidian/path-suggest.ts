// Suggests the vault's folders or notes under a text input, for the settings that name one.
import { AbstractInputSuggest, type App, type TAbstractFile } from "obsidian";
import { suggestFrom } from "./string-suggest";

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
    const sorted = this.items().sort((a, b) => a.path.localeCompare(b.path));
    return suggestFrom(sorted, query, (f) => f.path, 50);
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
