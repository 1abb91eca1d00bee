// Small modals: a yes/no confirmation, and pickers for a stage and for a posting.
import { FuzzySuggestModal, Modal, Setting, SuggestModal, type App } from "obsidian";
import { shortTitle, type Posting } from "../core/posting";
import { cssClass } from "../ui/css-class";
import { suggestFrom } from "./string-suggest";

export class ConfirmModal extends Modal {
  private answered = false;

  constructor(
    app: App,
    private readonly text: { title: string; message: string; confirm: string },
    private readonly onAnswer: (yes: boolean) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.text.title);
    this.contentEl.createEl("p", { text: this.text.message });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(this.text.confirm)
          .setCta()
          .onClick(() => {
            this.answered = true;
            this.close();
            this.onAnswer(true);
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.answered) this.onAnswer(false);
  }
}

/** Asks yes or no; resolves true only when the user confirmed. */
export function confirm(app: App, text: { title: string; message: string; confirm: string }): Promise<boolean> {
  return new Promise((resolve) => new ConfirmModal(app, text, resolve).open());
}

export class StageSuggestModal extends SuggestModal<string> {
  constructor(
    app: App,
    private readonly stages: readonly string[],
    private readonly current: string,
    private readonly onChoose: (stage: string) => void,
  ) {
    super(app);
    this.setPlaceholder(`Move to stage (now ${current})`);
  }

  getSuggestions(query: string): string[] {
    return suggestFrom(this.stages, query, (s) => s, this.stages.length);
  }

  renderSuggestion(stage: string, el: HTMLElement): void {
    el.setText(stage);
    if (stage === this.current) el.addClass(cssClass("current-stage"));
  }

  onChooseSuggestion(stage: string): void {
    this.onChoose(stage);
  }
}

export class PostingSuggestModal extends FuzzySuggestModal<Posting> {
  constructor(
    app: App,
    private readonly postings: readonly Posting[],
    private readonly onChoose: (posting: Posting) => void,
  ) {
    super(app);
    this.setPlaceholder("Choose a posting");
  }

  getItems(): Posting[] {
    return [...this.postings];
  }

  getItemText(p: Posting): string {
    return `${p.company === "" ? "" : p.company + ": "}${shortTitle(p)} (${p.stage})`;
  }

  onChooseItem(p: Posting): void {
    this.onChoose(p);
  }
}
