// The New job posting form: company, title, link, stage, salary (with its reading shown live),
// location, remote and skills, plus a description that can pre-fill the rest.
import { unpackWords } from "../core/packed-text";
import { debounce, Modal, Setting, type App, type TextComponent } from "obsidian";
import { extractPosting } from "../core/extract";
import { emptyDraft, readSalary, type PostingDraft } from "../core/new-posting";
import type { PostingIndex } from "../core/posting-index";
import { createPosting } from "./posting-writer";
import { StringSuggest } from "./string-suggest";
import { cssClass, divIn, elIn } from "../ui/css-class";
import { listen } from "../ui/listen";
import { blank } from "../core/frontmatter-fields";
import { keysOf } from "../core/objects";

/** What was typed into a form that closed another way than Cancel or Create (Escape, a click outside), per plugin. */
const kept = new WeakMap<PostingIndex, PostingDraft>();

export class NewPostingModal extends Modal {
  private draft: PostingDraft;
  private readonly inputs = new Map<keyof PostingDraft, TextComponent>();
  private salaryReading: HTMLElement | null = null;
  private chipsEl: HTMLElement | null = null;
  private remoteToggle: ((on: boolean) => void) | null = null;
  private stageSelect: HTMLSelectElement | null = null;
  private descriptionEl: HTMLTextAreaElement | null = null;
  private errorEl: HTMLElement | null = null;
  private busy = false;
  /** Cancel or Create ended the form, so what it holds is not kept for next time. */
  private finished = false;
  private readonly restored: boolean;
  /** Opened with nothing given (not from a description), so it may end the draft kept before it. */
  private readonly plain: boolean;

  constructor(
    app: App,
    private readonly index: PostingIndex,
    initial: Partial<PostingDraft> = {},
  ) {
    super(app);
    this.plain = keysOf(initial).length === 0;
    const back = this.plain ? kept.get(index) : undefined;
    this.restored = back !== undefined;
    this.draft = { ...emptyDraft(index.pipeline.first), ...(back ?? initial) };
    if (!index.pipeline.names().includes(this.draft.stage)) this.draft.stage = index.pipeline.first;
    // Ctrl or Cmd with Enter creates the posting from any field (once, however often the form opens).
    listen(this.modalEl, "keydown", (evt) => {
      if (evt.key === "Enter" && (evt.ctrlKey || evt.metaKey)) {
        evt.preventDefault();
        void this.submit();
      }
    });
  }

  override onOpen(): void {
    this.setTitle("New job posting");
    this.modalEl.addClass(cssClass("new-posting"));
    const el = this.contentEl;
    el.empty();
    if (this.restored) divIn(el, "form-note", unpackWords("Restored what you typed before. Cancel discards it."));

    this.text(el, "company", "Company", "Acme", () => this.companies());
    this.text(el, "title", "Title", "Backend engineer");
    // Under the two fields it is about, near the top, where focus goes with it (not below the fold).
    this.errorEl = elIn(el, "div", "form-error", { role: "alert" });
    this.text(el, "url", "Posting link", "https://");

    new Setting(el).setName("Stage").addDropdown((d) => {
      for (const s of this.index.pipeline.names()) d.addOption(s, s);
      d.setValue(this.draft.stage).onChange((v) => (this.draft.stage = v));
      this.stageSelect = d.selectEl;
    });

    const salary = this.text(el, "salary", "Salary", "$90k - $120k");
    this.salaryReading = elIn(salary.descEl, "div", "salary-reading", { "aria-live": "polite" });
    this.showSalary();

    this.text(el, "location", "Location", "Berlin, Germany");
    new Setting(el).setName("Remote").addToggle((t) => {
      t.setValue(this.draft.remote).onChange((v) => (this.draft.remote = v));
      this.remoteToggle = (on) => {
        t.setValue(on);
      };
    });

    const skills = new Setting(el).setName("Skills").setDesc(unpackWords("Type a comma or press the return key after each skill."));
    skills.addText((t) => {
      t.setPlaceholder("Add a skill");
      const add = (value: string): void => {
        for (const part of value.split(",")) this.addSkill(part);
        t.setValue("");
      };
      new StringSuggest(this.app, t.inputEl, () => this.skillNames(), add);
      listen(t.inputEl, "keydown", (evt) => {
        if (evt.key === "Enter") {
          evt.preventDefault();
          add(t.getValue());
        } else if (evt.key === "Backspace" && t.getValue() === "" && this.draft.skills.length > 0) {
          this.draft.skills = this.draft.skills.slice(0, -1);
          this.renderChips();
        }
      });
      t.onChange((v) => {
        if (v.includes(",")) add(v);
      });
      listen(t.inputEl, "blur", () => {
        if (!blank(t.getValue())) add(t.getValue());
      });
    });
    this.chipsEl = el.createDiv({ cls: "job-hunt-chips job-hunt-form-chips" });
    this.renderChips();

    const desc = new Setting(el)
      .setName("Description")
      .setDesc(unpackWords("Paste the job description to keep it in the note. Fill in reads company, title, skills, salary, location and link from it."));
    desc.settingEl.addClass(cssClass("description-setting"));
    this.descriptionEl = elIn(el, "textarea", "description", { rows: 6, "aria-label": "Job description" });
    this.descriptionEl.value = this.draft.description;
    listen(this.descriptionEl, "input", () => {
      if (this.descriptionEl) this.draft.description = this.descriptionEl.value;
    });
    // Under the box, where the text was just pasted (on a phone the box fills the screen).
    new Setting(el).addButton((b) => b.setButtonText("Fill in from description").onClick(() => this.fillFromDescription(false)));

    new Setting(el)
      .addButton((b) =>
        b.setButtonText("Cancel").onClick(() => {
          this.finished = true;
          this.close();
        }),
      )
      .addButton((b) => b.setButtonText("Create posting").setCta().onClick(() => void this.submit()));
    // A screen reader names each field by its row's name, not by its placeholder.
    for (const row of Array.from(el.querySelectorAll(".setting-item"))) {
      const name = row.querySelector(".setting-item-name")?.textContent ?? "";
      for (const field of Array.from(row.querySelectorAll("input, select"))) if (name !== "") field.setAttribute("aria-label", name);
    }
    // A message about what was missing goes once something is typed.
    listen(el, "input", () => this.errorEl?.setText(""));
    this.inputs.get("company")?.inputEl.focus();
  }

  private text(parent: HTMLElement, key: "company" | "title" | "url" | "salary" | "location", name: string, placeholder: string, suggest?: () => readonly string[]): Setting {
    const setting = new Setting(parent).setName(name);
    setting.addText((t) => {
      t.setPlaceholder(placeholder).setValue(this.draft[key]);
      t.onChange((v) => {
        this.draft[key] = v;
        if (key === "salary") this.showSalaryLater();
      });
      if (suggest) new StringSuggest(this.app, t.inputEl, suggest, (v) => {
        t.setValue(v);
        this.draft[key] = v;
      });
      this.inputs.set(key, t);
    });
    return setting;
  }

  /** Once typing pauses: "$120,000" read key by key is "1 USD per hour", "12 USD per hour", … (and a screen reader says each). */
  private readonly showSalaryLater = debounce(() => this.showSalary(), 300, true);

  private showSalary(): void {
    const reading = blank(this.draft.salary) ? "" : readSalary(this.draft.salary, this.index.settings.defaultCurrency);
    this.salaryReading?.setText(reading === "" ? "" : `Reads as ${reading}`);
  }

  private companies(): string[] {
    return [...new Set(this.index.postings().map((p) => p.company).filter((c) => c !== ""))].sort((a, b) => a.localeCompare(b));
  }

  private skillNames(): string[] {
    const names = new Set<string>(this.index.stats().skills.map((s) => s.name));
    for (const n of this.index.skills.names()) names.add(n);
    return [...names];
  }

  private addSkill(raw: string): void {
    const ref = this.index.skills.canonical(raw);
    if (!ref) return;
    if (this.draft.skills.some((s) => this.index.skills.canonical(s)?.key === ref.key)) return;
    this.draft.skills = [...this.draft.skills, ref.name];
    this.renderChips();
  }

  private renderChips(): void {
    const el = this.chipsEl;
    if (!el) return;
    el.empty();
    for (const skill of this.draft.skills) {
      const chip = el.createSpan({ cls: "job-hunt-chip job-hunt-form-chip", text: skill });
      const remove = elIn(chip, "button", "chip-remove", "×", { "aria-label": `Remove ${skill}` });
      listen(remove, "click", () => {
        const at = this.draft.skills.indexOf(skill);
        this.draft.skills = this.draft.skills.filter((s) => s !== skill);
        this.renderChips();
        // Focus stays in the form: on the next chip's button, else the skills field.
        (el.querySelectorAll("button")[at] ?? el.previousElementSibling?.querySelector("input"))?.focus();
      });
    }
  }

  /** Pre-fills from the description: empty fields only, unless `overwrite`; skills are merged. */
  fillFromDescription(overwrite: boolean): void {
    const text = this.descriptionEl?.value ?? this.draft.description;
    if (blank(text)) {
      // Said in the box to paste into, which takes focus.
      this.descriptionEl?.setAttr("placeholder", "Paste a job description first.");
      this.descriptionEl?.focus();
      return;
    }
    const found = extractPosting(text, {
      canon: this.index.skills,
      vaultSkills: this.index.stats().skills.map((s) => s.name),
      defaultCurrency: this.index.settings.defaultCurrency,
    });
    const set = (key: "company" | "title" | "url" | "location" | "salary", value: string): void => {
      if (value === "" || (!overwrite && !blank(this.draft[key]))) return;
      this.draft[key] = value;
      this.inputs.get(key)?.setValue(value);
    };
    set("company", found.company);
    set("title", found.title);
    set("url", found.url);
    set("location", found.location);
    set("salary", found.salary?.text ?? "");
    if (found.remote && !this.draft.remote) {
      this.draft.remote = true;
      this.remoteToggle?.(true);
    }
    for (const s of found.skills) this.addSkill(s);
    this.showSalary();
    this.errorEl?.setText("");
  }

  /** The draft as it stands (tests and the description command read it). */
  get value(): PostingDraft {
    return { ...this.draft, skills: [...this.draft.skills], stage: this.stageSelect?.value ?? this.draft.stage };
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    const draft = this.value;
    if (blank(draft.company) && blank(draft.title)) {
      this.errorEl?.setText(unpackWords("Give the posting at least a company or a title."));
      // Where the answer goes, so that typing does not go to the button.
      this.inputs.get("company")?.inputEl.focus();
      return;
    }
    this.busy = true;
    const file = await createPosting(this.app, this.index, draft);
    this.busy = false;
    // On failure the form stays open with everything typed, so nothing is lost.
    this.finished = file !== null;
    // At once: a form closed while the note was written (Escape after Ctrl+Enter) must not offer it again.
    if (file) {
      kept.delete(this.index);
      this.close();
    }
  }

  override onClose(): void {
    const value = this.value;
    // A form closed untouched leaves an earlier one's draft where it is, as does a description's form ended
    // by Cancel or Create; closed another way with something typed, the newest draft is kept.
    if (this.finished) {
      if (this.plain) kept.delete(this.index);
    } else if (JSON.stringify(value) !== JSON.stringify(emptyDraft(this.index.pipeline.first))) kept.set(this.index, value);
  }
}
