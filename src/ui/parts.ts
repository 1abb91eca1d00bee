// Keeps the dashboard's pieces (each board column, the table, each panel) in the DOM between
// renders and rebuilds only those whose content changed, so one changed note costs a column or
// two, not the whole pane.
import type { Posting } from "../core/posting";

export interface Part {
  /** Stable identity of the piece (e.g. "column:applied"). */
  key: string;
  /** Everything the piece shows; equal signatures mean the built element can be kept. */
  signature: string;
  build(parent: HTMLElement): void;
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A number for each posting object: the index replaces a posting's object whenever the note changes. */
export function identity(p: Posting): number {
  let id = ids.get(p);
  if (id === undefined) ids.set(p, (id = nextId++));
  return id;
}

export class PartCache {
  private readonly built = new Map<string, { signature: string; el: HTMLElement }>();

  clear(): void {
    this.built.clear();
  }

  /** Makes `parent`'s children the given parts, in order, building only what changed. */
  place(parent: HTMLElement, parts: readonly Part[]): void {
    const wanted: HTMLElement[] = [];
    const keys = new Set<string>();
    for (const part of parts) {
      keys.add(part.key);
      const cached = this.built.get(part.key);
      if (cached && cached.signature === part.signature) {
        wanted.push(cached.el);
        continue;
      }
      const holder = createDiv();
      part.build(holder);
      const el = holder.firstElementChild;
      if (!(el instanceof HTMLElement)) continue;
      this.built.set(part.key, { signature: part.signature, el });
      wanted.push(el);
    }
    for (const key of [...this.built.keys()]) if (!keys.has(key)) this.built.delete(key);
    // Only nodes out of place move; unchanged pieces are not touched at all.
    wanted.forEach((el, i) => {
      const current = parent.children[i];
      if (current !== el) parent.insertBefore(el, current ?? null);
    });
    while (parent.children.length > wanted.length) parent.lastElementChild?.remove();
  }
}
