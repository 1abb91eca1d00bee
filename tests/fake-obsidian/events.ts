// Obsidian's Events and Component, as plugins use them: on/off/trigger, and a component that
// unregisters what it registered when it unloads.

export interface EventRef {
  owner: Events;
  name: string;
  fn: (...args: unknown[]) => unknown;
}

export class Events {
  private handlers = new Map<string, EventRef[]>();

  on(name: string, callback: (...args: never[]) => unknown, ctx?: unknown): EventRef {
    const fn = (...args: unknown[]): unknown => (callback as (...a: unknown[]) => unknown).apply(ctx, args);
    const ref: EventRef = { owner: this, name, fn };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: (...args: never[]) => unknown): void {
    void callback;
    this.handlers.delete(name);
  }

  offref(ref: EventRef): void {
    const list = this.handlers.get(ref.name);
    if (list) this.handlers.set(ref.name, list.filter((r) => r !== ref));
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) ref.fn(...data);
  }

  /** How many handlers listen to `name` (tests check nothing leaks after unload). */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }
}

export class Component {
  private cleanups: (() => void)[] = [];
  private children: Component[] = [];
  _loaded = false;

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    void this.onload();
    for (const c of this.children) c.load();
  }

  onload(): void | Promise<void> {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    for (const c of this.children.splice(0)) c.unload();
    for (const fn of this.cleanups.splice(0).reverse()) fn();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(child: T): T {
    this.children.push(child);
    if (this._loaded) child.load();
    return child;
  }

  removeChild<T extends Component>(child: T): T {
    this.children = this.children.filter((c) => c !== child);
    child.unload();
    return child;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(() => void cb());
  }

  registerEvent(ref: EventRef): void {
    this.register(() => ref.owner.offref(ref));
  }

  registerDomEvent(el: EventTarget, type: string, callback: (evt: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
    const fn = (evt: Event): void => void callback(evt);
    el.addEventListener(type, fn, options);
    this.register(() => el.removeEventListener(type, fn, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}
