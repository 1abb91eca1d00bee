// Setting rows and their components, Notice, Keymap, suggesters and small helpers, with just
// enough behaviour for a test to type into a field or click a button and see the effect.
import type { App } from "./app";

type ChangeFn<T> = (value: T) => unknown;

class ValueComponent<T, E extends HTMLElement> {
  protected changeFns: ChangeFn<T>[] = [];
  constructor(public readonly inputEl: E) {}
  onChange(fn: ChangeFn<T>): this {
    this.changeFns.push(fn);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.inputEl.toggleAttribute("disabled", disabled);
    return this;
  }
}

export class TextComponent extends ValueComponent<string, HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { attr: { type: "text" } }));
    this.inputEl.addEventListener("input", () => this.changeFns.forEach((f) => void f(this.inputEl.value)));
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(text: string): this {
    this.inputEl.placeholder = text;
    return this;
  }
}

export class TextAreaComponent extends ValueComponent<string, HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("textarea"));
    this.inputEl.addEventListener("input", () => this.changeFns.forEach((f) => void f(this.inputEl.value)));
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(text: string): this {
    this.inputEl.placeholder = text;
    return this;
  }
}

export class ToggleComponent extends ValueComponent<boolean, HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { attr: { type: "checkbox" } }));
    this.inputEl.addEventListener("change", () => this.changeFns.forEach((f) => void f(this.inputEl.checked)));
  }
  get toggleEl(): HTMLInputElement {
    return this.inputEl;
  }
  getValue(): boolean {
    return this.inputEl.checked;
  }
  setValue(value: boolean): this {
    this.inputEl.checked = value;
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string, HTMLSelectElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("select"));
    this.inputEl.addEventListener("change", () => this.changeFns.forEach((f) => void f(this.inputEl.value)));
  }
  get selectEl(): HTMLSelectElement {
    return this.inputEl;
  }
  addOption(value: string, display: string): this {
    this.inputEl.createEl("option", { text: display, attr: { value } });
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
}

export class ButtonComponent {
  readonly buttonEl: HTMLButtonElement;
  constructor(containerEl: HTMLElement) {
    this.buttonEl = containerEl.createEl("button");
  }
  setButtonText(text: string): this {
    this.buttonEl.setText(text);
    return this;
  }
  setIcon(icon: string): this {
    this.buttonEl.setAttr("data-icon", icon);
    return this;
  }
  setTooltip(text: string): this {
    this.buttonEl.setAttr("aria-label", text);
    return this;
  }
  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }
  setWarning(): this {
    this.buttonEl.addClass("mod-warning");
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.buttonEl.disabled = disabled;
    return this;
  }
  onClick(fn: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", (evt) => void fn(evt));
    return this;
  }
}

export class ExtraButtonComponent extends ButtonComponent {}

export class Setting {
  readonly settingEl: HTMLElement;
  readonly infoEl: HTMLElement;
  readonly nameEl: HTMLElement;
  readonly descEl: HTMLElement;
  readonly controlEl: HTMLElement;
  readonly components: unknown[] = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
  }
  setName(name: string | DocumentFragment): this {
    this.nameEl.empty();
    if (typeof name === "string") this.nameEl.setText(name);
    else this.nameEl.appendChild(name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    this.descEl.empty();
    if (typeof desc === "string") this.descEl.setText(desc);
    else this.descEl.appendChild(desc);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass("is-disabled", disabled);
    return this;
  }
  private add<C>(c: C, cb: (c: C) => unknown): this {
    this.components.push(c);
    cb(c);
    return this;
  }
  addText(cb: (c: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addTextArea(cb: (c: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addToggle(cb: (c: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addDropdown(cb: (c: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (c: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }
  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
}

export class Notice {
  /** Every notice shown since the test began. */
  static shown: string[] = [];
  readonly noticeEl: HTMLElement;
  constructor(
    public message: string | DocumentFragment,
    public duration?: number,
  ) {
    const text = typeof message === "string" ? message : (message.textContent ?? "");
    Notice.shown.push(text);
    this.noticeEl = activeDocument.createElement("div");
    this.noticeEl.setText(text);
  }
  setMessage(message: string): this {
    Notice.shown.push(message);
    return this;
  }
  hide(): void {}
}

export const Keymap = {
  isModEvent(evt?: MouseEvent | KeyboardEvent | null): "tab" | "split" | "window" | boolean {
    if (!evt) return false;
    if ("button" in evt && evt.button === 1) return "tab";
    if (evt.ctrlKey || evt.metaKey) return evt.altKey ? "split" : "tab";
    return false;
  },
};

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true, isMobileApp: false, isIosApp: false, isAndroidApp: false };

export interface Debouncer<T extends unknown[], V> {
  (...args: T): Debouncer<T, V>;
  cancel(): Debouncer<T, V>;
  run(): V | void;
}

/** Obsidian's debounce: calls `cb` with the latest arguments `timeout` ms after a call (or after the last, with resetTimer). */
export function debounce<T extends unknown[], V>(cb: (...args: T) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: T | null = null;
  const fire = (): V | void => {
    timer = null;
    if (lastArgs === null) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const d = ((...args: T) => {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = setTimeout(fire, timeout);
    return d;
  }) as Debouncer<T, V>;
  d.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return d;
  };
  d.run = () => {
    if (timer !== null) clearTimeout(timer);
    return fire();
  };
  return d;
}

/** Obsidian's normalizePath: forward slashes, no duplicate, leading or trailing slashes, NFC. */
export function normalizePath(path: string): string {
  let p = path.replace(/[\\/]+/g, "/").replace(/\u00A0|\u202F/g, " ");
  p = p.replace(/^\/+|\/+$/g, "");
  return p === "" ? "/" : p.normalize("NFC");
}

/** Turns an icon name into a fresh `<svg>` element, or null for an unknown name. */
export type IconResolver = (icon: string) => SVGSVGElement | null;

let iconResolver: IconResolver | null = null;

/**
 * Not Obsidian API: lets the browser preview draw real icons. Without a resolver (jest), setIcon
 * draws an empty svg; either way the element and its svg carry `data-icon`.
 */
export function setIconResolver(resolver: IconResolver | null): void {
  iconResolver = resolver;
}

/** Marks an element with the icon it shows, and draws it when a resolver knows the name. */
export function setIcon(el: HTMLElement, icon: string): void {
  el.empty();
  el.setAttr("data-icon", icon);
  const svg = iconResolver?.(icon) ?? null;
  if (!svg) {
    el.createSvg("svg", { cls: "svg-icon", attr: { "data-icon": icon } });
    return;
  }
  svg.classList.add("svg-icon");
  svg.setAttribute("data-icon", icon);
  el.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttr("aria-label", tooltip);
}

export abstract class AbstractInputSuggest<T> {
  protected readonly app: App;
  private readonly el: HTMLInputElement | HTMLDivElement;
  /** The suggestions shown for the current input (tests read them). */
  shown: T[] = [];

  constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
    this.app = app;
    this.el = textInputEl;
    this.el.addEventListener("input", () => void this.refresh());
  }

  private async refresh(): Promise<void> {
    const value = this.el instanceof HTMLInputElement ? this.el.value : (this.el.textContent ?? "");
    this.shown = await this.getSuggestions(value);
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;

  setValue(value: string): void {
    if (this.el instanceof HTMLInputElement) this.el.value = value;
    else this.el.textContent = value;
  }

  getValue(): string {
    return this.el instanceof HTMLInputElement ? this.el.value : (this.el.textContent ?? "");
  }

  selectSuggestion(value: T, _evt?: MouseEvent | KeyboardEvent): void {
    void value;
    void _evt;
  }

  onSelect(cb: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    void cb;
    return this;
  }

  close(): void {}
}

export class MenuItem {
  title = "";
  icon: string | null = null;
  section = "";
  disabled = false;
  private handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : (title.textContent ?? "");
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  setChecked(_checked: boolean | null): this {
    void _checked;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setWarning(_warning: boolean): this {
    void _warning;
    return this;
  }
  onClick(fn: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.handler = fn;
    return this;
  }
  /** Test hook: what a click on the item does. */
  click(): void {
    void this.handler?.(new MouseEvent("click"));
  }
}

export class Menu {
  /** The menu most recently shown (tests pick items from it). */
  static lastShown: Menu | null = null;
  readonly items: (MenuItem | "separator")[] = [];
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    this.items.push("separator");
    return this;
  }
  showAtMouseEvent(_evt: MouseEvent): this {
    void _evt;
    Menu.lastShown = this;
    return this;
  }
  showAtPosition(_pos: { x: number; y: number }): this {
    void _pos;
    Menu.lastShown = this;
    return this;
  }
  hide(): this {
    return this;
  }
  close(): void {}
  onHide(_cb: () => unknown): void {
    void _cb;
  }
  /** Test hook: the item with this title. */
  item(title: string): MenuItem | undefined {
    return this.items.find((i): i is MenuItem => i !== "separator" && i.title === title);
  }
}

export class Modal {
  /** Modals currently open, newest last (tests answer them). */
  static open: Modal[] = [];
  readonly containerEl: HTMLElement;
  readonly modalEl: HTMLElement;
  readonly titleEl: HTMLElement;
  readonly contentEl: HTMLElement;
  constructor(public app: App) {
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.className = "modal-container";
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  }
  open(): void {
    Modal.open.push(this);
    activeDocument.body.appendChild(this.containerEl);
    void this.onOpen();
  }
  close(): void {
    if (!Modal.open.includes(this)) return;
    Modal.open = Modal.open.filter((m) => m !== this);
    this.containerEl.remove();
    this.onClose();
  }
  onOpen(): void | Promise<void> {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  setContent(content: string | DocumentFragment): this {
    this.contentEl.empty();
    if (typeof content === "string") this.contentEl.setText(content);
    else this.contentEl.appendChild(content);
    return this;
  }
}

export abstract class SuggestModal<T> extends Modal {
  placeholder = "";
  emptyStateText = "No results found.";
  limit = 100;
  readonly inputEl: HTMLInputElement;
  constructor(app: App) {
    super(app);
    this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input" });
  }
  setPlaceholder(placeholder: string): void {
    this.placeholder = placeholder;
    this.inputEl.placeholder = placeholder;
  }
  setInstructions(_instructions: unknown[]): void {
    void _instructions;
  }
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
  /** Test hook: type `query` and choose the suggestion at `index`. */
  async choose(query: string, index = 0): Promise<T | undefined> {
    const items = await this.getSuggestions(query);
    const item = items[index];
    if (item === undefined) return undefined;
    this.close();
    this.onChooseSuggestion(item, new KeyboardEvent("keydown", { key: "Enter" }));
    return item;
  }
}

export interface FuzzyMatch<T> {
  item: T;
  match: { score: number; matches: number[][] };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const q = query.toLowerCase();
    return this.getItems()
      .filter((i) => this.getItemText(i).toLowerCase().includes(q))
      .map((item) => ({ item, match: { score: 0, matches: [] } }));
  }
  renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(value.item));
  }
  onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(value.item, evt);
  }
}
