// Obsidian's DOM helpers (createEl, createDiv, setText, empty, addClass, ...), installed on a
// window's prototypes, so view code runs unchanged in jsdom and in the browser preview.

export interface ElInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  value?: string;
  type?: string;
  placeholder?: string;
  href?: string;
}

type Parent = Node & { ownerDocument: Document | null };

function applyInfo(el: HTMLElement, info?: ElInfo | string): void {
  if (info === undefined) return;
  if (typeof info === "string") {
    el.className = info;
    return;
  }
  if (info.cls !== undefined) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(" ")).filter((c) => c !== ""));
  if (info.text !== undefined) {
    if (typeof info.text === "string") el.textContent = info.text;
    else el.appendChild(info.text);
  }
  if (info.attr) {
    for (const [k, v] of Object.entries(info.attr)) {
      if (v === null || v === false) continue;
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  if (info.title !== undefined) el.title = info.title;
  if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
  if (info.type !== undefined) el.setAttribute("type", info.type);
  if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
  if (info.href !== undefined) el.setAttribute("href", info.href);
}

function createElIn(parent: Parent, tag: string, info?: ElInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
  const doc = parent.ownerDocument ?? (parent as unknown as Document);
  const el = doc.createElement(tag);
  applyInfo(el, info);
  parent.appendChild(el);
  callback?.(el);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Installs the helpers on `win`'s Node and Element prototypes (idempotent). */
export function installDomHelpers(win: Window & typeof globalThis): void {
  const nodeProto = win.Node.prototype as unknown as Record<string, unknown>;
  const elProto = win.Element.prototype as unknown as Record<string, unknown>;
  if (nodeProto.createEl) return;
  // jsdom lays nothing out, and has no scrollIntoView; a browser (the preview) has its own.
  elProto.scrollIntoView ??= function () {};
  nodeProto.createEl = function (this: Parent, tag: string, info?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    return createElIn(this, tag, info, cb);
  };
  nodeProto.createDiv = function (this: Parent, info?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    return createElIn(this, "div", info, cb);
  };
  nodeProto.createSpan = function (this: Parent, info?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    return createElIn(this, "span", info, cb);
  };
  nodeProto.createSvg = function (this: Parent, tag: string, info?: ElInfo | string, cb?: (el: SVGElement) => void) {
    const doc = this.ownerDocument ?? (this as unknown as Document);
    const el = doc.createElementNS(SVG_NS, tag);
    if (info !== undefined && typeof info !== "string") {
      if (info.cls !== undefined) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(" ")).filter((c) => c !== ""));
      for (const [k, v] of Object.entries(info.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
      if (typeof info.text === "string") el.textContent = info.text;
    }
    this.appendChild(el);
    cb?.(el);
    return el;
  };
  nodeProto.empty = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  nodeProto.detach = function (this: Node) {
    this.parentNode?.removeChild(this);
  };
  nodeProto.instanceOf = function (this: Node, type: new () => unknown) {
    return this instanceof type;
  };
  // Obsidian's UIEvent.targetNode: the event's target when it is a node.
  Object.defineProperty(win.UIEvent.prototype, "targetNode", {
    configurable: true,
    get(this: UIEvent) {
      return this.target instanceof win.Node ? this.target : null;
    },
  });
  elProto.setText = function (this: Element, text: string) {
    this.textContent = text;
  };
  elProto.addClass = function (this: Element, ...classes: string[]) {
    this.classList.add(...classes);
  };
  elProto.addClasses = function (this: Element, classes: string[]) {
    this.classList.add(...classes);
  };
  elProto.removeClass = function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes);
  };
  elProto.hasClass = function (this: Element, cls: string) {
    return this.classList.contains(cls);
  };
  elProto.toggleClass = function (this: Element, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
  };
  elProto.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null || value === false) this.removeAttribute(name);
    else this.setAttribute(name, value === true ? "" : String(value));
  };
  elProto.getText = function (this: Element) {
    return this.textContent ?? "";
  };
  const html = win.HTMLElement.prototype as unknown as Record<string, unknown>;
  html.show = function (this: HTMLElement) {
    this.classList.remove("is-hidden-by-fake");
    this.hidden = false;
  };
  html.hide = function (this: HTMLElement) {
    this.hidden = true;
  };
  html.toggle = function (this: HTMLElement, show: boolean) {
    this.hidden = !show;
  };
  const g = win as unknown as Record<string, unknown>;
  g.createEl = (tag: string, info?: ElInfo | string, cb?: (el: HTMLElement) => void) => {
    const el = win.document.createElement(tag);
    applyInfo(el, info);
    cb?.(el);
    return el;
  };
  g.createDiv = (info?: ElInfo | string) => (g.createEl as (t: string, i?: ElInfo | string) => HTMLElement)("div", info);
  g.createSpan = (info?: ElInfo | string) => (g.createEl as (t: string, i?: ElInfo | string) => HTMLElement)("span", info);
  g.createFragment = (cb?: (f: DocumentFragment) => void) => {
    const f = win.document.createDocumentFragment();
    cb?.(f);
    return f;
  };
  g.activeDocument = win.document;
  g.activeWindow = win;
}
