// An in-memory Vault, MetadataCache and FileManager that behave like Obsidian's where it matters:
// the metadata cache parses notes with the same reader as the report command, invalid YAML gives
// no frontmatter, `changed` fires (asynchronously) on create and modify but not on rename, and
// `deleted` carries the previous cache.
import { parse, stringify } from "yaml";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { findFrontmatter, readNote } from "../../src/core/note-reader";
import { Events } from "./events";

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

export class TAbstractFile {
  vault!: Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === "/";
  }
}

function nameParts(path: string): { name: string; basename: string; extension: string } {
  const name = path.split("/").pop() ?? path;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? { name, basename: name.slice(0, dot), extension: name.slice(dot + 1) } : { name, basename: name, extension: "" };
}

function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "/" : path.slice(0, i);
}

interface Pos {
  line: number;
  col: number;
  offset: number;
}

/** The subset of Obsidian's CachedMetadata that plugins read, built from a note's text. */
export interface FakeCachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: { start: Pos; end: Pos };
  sections?: { type: string; position: { start: Pos; end: Pos } }[];
  listItems?: { task?: string; parent: number; position: { start: Pos; end: Pos } }[];
  links?: { link: string; original: string; displayText: string; position: { start: Pos; end: Pos } }[];
}

const AT0: Pos = { line: 0, col: 0, offset: 0 };

export function metadataFor(path: string, text: string): FakeCachedMetadata {
  const meta = readNote(path, text, parseYamlPackage);
  const block = findFrontmatter(text);
  const cache: FakeCachedMetadata = {};
  const endLine = block ? text.slice(0, block.bodyStart).split("\n").length - 2 : 0;
  const end: Pos = { line: endLine, col: 3, offset: block?.bodyStart ?? 0 };
  if (meta.frontmatter) {
    cache.frontmatter = meta.frontmatter;
    cache.frontmatterPosition = { start: AT0, end };
    cache.sections = [{ type: "yaml", position: { start: AT0, end } }];
  } else if (block || /^\uFEFF?---[ \t]*\r?(?:\n|$)/.test(text)) {
    // Obsidian's Markdown parser sees an unparseable or unclosed block's first `---` as a thematic break.
    cache.sections = [{ type: "thematicBreak", position: { start: AT0, end: { line: 0, col: 3, offset: 3 } } }];
  }
  const items: NonNullable<FakeCachedMetadata["listItems"]> = [];
  for (let i = 0; i < meta.tasks.total; i++) items.push({ task: i < meta.tasks.done ? "x" : " ", parent: -1, position: { start: AT0, end: AT0 } });
  if (items.length > 0) cache.listItems = items;
  if (meta.links.length > 0) {
    cache.links = meta.links.map((link) => ({ link, original: `[[${link}]]`, displayText: link, position: { start: AT0, end: AT0 } }));
  }
  return cache;
}

export class MetadataCache extends Events {
  private readonly caches = new Map<string, FakeCachedMetadata>();
  /** Resolves once every parse triggered so far has fired its `changed` event. */
  private pending: Promise<void> = Promise.resolve();

  getFileCache(file: TFile): FakeCachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): FakeCachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Parses now (so getFileCache is current) and fires `changed` on a later microtask, as Obsidian does. */
  _parse(file: TFile, text: string, notify = true): void {
    if (file.extension !== "md") return;
    const cache = metadataFor(file.path, text);
    this.caches.set(file.path, cache);
    if (notify) this.pending = this.pending.then(() => this.trigger("changed", file, text, cache));
  }

  _delete(file: TFile): void {
    const prev = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    if (file.extension === "md") this.pending = this.pending.then(() => this.trigger("deleted", file, prev));
  }

  _move(oldPath: string, newPath: string): void {
    const c = this.caches.get(oldPath);
    if (!c) return;
    this.caches.delete(oldPath);
    this.caches.set(newPath, c);
  }

  settled(): Promise<void> {
    return this.pending;
  }

  getFirstLinkpathDest(linkpath: string, _source: string): TFile | null {
    void _source;
    return this.vault?.resolveLink(linkpath) ?? null;
  }

  vault: Vault | null = null;
}

export class Vault extends Events {
  configDir = ".obsidian";
  readonly root = new TFolder();
  private readonly entries = new Map<string, TAbstractFile>();
  private readonly contents = new Map<string, string>();
  private clock = Date.UTC(2026, 10, 1);
  /** When set, the next write to this path fails (to test that a failed write loses nothing). */
  failNextWrite: string | null = null;

  constructor(readonly metadataCache: MetadataCache) {
    super();
    this.root.path = "/";
    this.root.vault = this;
    metadataCache.vault = this;
  }

  private tick(): number {
    this.clock += 1000;
    return this.clock;
  }

  getName(): string {
    return "Fake vault";
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return path === "/" || path === "" ? this.root : (this.entries.get(path) ?? null);
  }

  getFileByPath(path: string): TFile | null {
    const f = this.entries.get(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFolder ? f : null;
  }

  getFiles(): TFile[] {
    return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [this.root, ...this.entries.values()];
  }

  getAllFolders(includeRoot = false): TFolder[] {
    const folders = [...this.entries.values()].filter((f): f is TFolder => f instanceof TFolder);
    return includeRoot ? [this.root, ...folders] : folders;
  }

  resolveLink(linkpath: string): TFile | null {
    const clean = linkpath.split("#")[0] ?? "";
    const direct = this.getFileByPath(clean) ?? this.getFileByPath(clean + ".md");
    if (direct) return direct;
    const base = clean.split("/").pop()?.toLowerCase();
    return this.getMarkdownFiles().find((f) => f.basename.toLowerCase() === base) ?? null;
  }

  private ensureFolder(path: string): TFolder {
    if (path === "/" || path === "") return this.root;
    const existing = this.entries.get(path);
    if (existing instanceof TFolder) return existing;
    if (existing) throw new Error(`A file is in the way: ${path}`);
    const parent = this.ensureFolder(parentPath(path));
    const folder = new TFolder();
    folder.vault = this;
    folder.path = path;
    folder.name = nameParts(path).name;
    folder.parent = parent;
    parent.children.push(folder);
    this.entries.set(path, folder);
    return folder;
  }

  /** Puts a file in place without events, as if it was there when the vault opened. */
  seed(path: string, text: string, mtime?: number): TFile {
    const file = this.place(path, text, mtime);
    this.metadataCache._parse(file, text, false);
    return file;
  }

  private place(path: string, text: string, mtime?: number): TFile {
    const parent = this.ensureFolder(parentPath(path));
    const file = new TFile();
    file.vault = this;
    file.path = path;
    Object.assign(file, nameParts(path));
    file.parent = parent;
    const now = mtime ?? this.tick();
    file.stat = { ctime: now, mtime: now, size: text.length };
    parent.children.push(file);
    this.entries.set(path, file);
    this.contents.set(path, text);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    if (this.entries.has(path)) throw new Error("Folder already exists.");
    const folder = this.ensureFolder(path);
    this.trigger("create", folder);
    return folder;
  }

  async create(path: string, data: string): Promise<TFile> {
    if (this.entries.has(path)) throw new Error("File already exists.");
    this.checkWrite(path);
    const file = this.place(path, data);
    this.trigger("create", file);
    this.metadataCache._parse(file, data);
    return file;
  }

  async read(file: TFile): Promise<string> {
    return this.readSync(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.readSync(file);
  }

  readSync(file: TFile | string): string {
    const path = typeof file === "string" ? file : file.path;
    const text = this.contents.get(path);
    if (text === undefined) throw new Error(`No such file: ${path}`);
    return text;
  }

  private checkWrite(path: string): void {
    if (this.failNextWrite === path) {
      this.failNextWrite = null;
      throw new Error("Disk is full.");
    }
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.write(file, data);
  }

  /** Atomic read-modify-write, as Vault.process. */
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(this.readSync(file));
    this.write(file, next);
    return next;
  }

  private write(file: TFile, data: string): void {
    if (!this.contents.has(file.path)) throw new Error(`No such file: ${file.path}`);
    this.checkWrite(file.path);
    this.contents.set(file.path, data);
    // Obsidian writes by path; its events then name the note that is at that path now, which is
    // another TFile when the old one was deleted and a new note made in its place.
    const now = this.getAbstractFileByPath(file.path);
    const target = now instanceof TFile ? now : file;
    target.stat = { ...target.stat, mtime: this.tick(), size: data.length };
    this.trigger("modify", target);
    this.metadataCache._parse(target, data);
  }

  async delete(file: TAbstractFile): Promise<void> {
    this.remove(file);
  }

  async trash(file: TAbstractFile): Promise<void> {
    this.remove(file);
  }

  private remove(file: TAbstractFile): void {
    if (file instanceof TFolder) for (const child of [...file.children]) this.remove(child);
    this.entries.delete(file.path);
    this.contents.delete(file.path);
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    this.trigger("delete", file);
    if (file instanceof TFile) this.metadataCache._delete(file);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    if (this.entries.has(newPath)) throw new Error("Destination file already exists!");
    const oldPath = file.path;
    const parent = this.ensureFolder(parentPath(newPath));
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    parent.children.push(file);
    file.parent = parent;
    this.move(file, newPath);
    this.trigger("rename", file, oldPath);
    if (file instanceof TFolder) {
      for (const child of this.descendants(file)) this.trigger("rename", child, oldPath + child.path.slice(newPath.length));
    }
  }

  private descendants(folder: TFolder): TAbstractFile[] {
    return folder.children.flatMap((c) => (c instanceof TFolder ? [c, ...this.descendants(c)] : [c]));
  }

  private move(file: TAbstractFile, newPath: string): void {
    const oldPath = file.path;
    this.entries.delete(oldPath);
    file.path = newPath;
    Object.assign(file, file instanceof TFile ? nameParts(newPath) : { name: nameParts(newPath).name });
    this.entries.set(newPath, file);
    if (file instanceof TFile) {
      const text = this.contents.get(oldPath);
      this.contents.delete(oldPath);
      if (text !== undefined) this.contents.set(newPath, text);
      this.metadataCache._move(oldPath, newPath);
    } else if (file instanceof TFolder) {
      for (const child of file.children) this.move(child, newPath + "/" + child.name);
    }
  }
}

export class FileManager {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  /** Like Obsidian's: parses the frontmatter, lets `fn` mutate it, writes it back (the rest of the note untouched). */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.vault.process(file, (text) => {
      const block = findFrontmatter(text);
      const data: unknown = block ? parse(block.yaml) : {};
      const fm = (data ?? {}) as Record<string, unknown>;
      if (typeof fm !== "object" || Array.isArray(fm)) throw new Error("Invalid frontmatter");
      fn(fm);
      const yaml = Object.keys(fm).length > 0 ? stringify(fm) : "";
      const body = block ? text.slice(block.bodyStart) : text;
      return `---\n${yaml}---\n${body}`;
    });
  }

  generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
    void sourcePath;
    const unique = this.vault.getMarkdownFiles().filter((f) => f.basename === file.basename).length === 1;
    const target = file.extension === "md" ? (unique ? file.basename : file.path.replace(/\.md$/, "")) : file.path;
    return `[[${target}${subpath}${alias !== "" ? "|" + alias : ""}]]`;
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.trash(file);
  }

  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.vault.rename(file, newPath);
  }

  /** Obsidian's "Default location for new notes", as a folder path ("" for the vault's root). */
  newFileFolder = "";

  getNewFileParent(): TFolder {
    const folder = this.vault.getAbstractFileByPath(this.newFileFolder);
    return folder instanceof TFolder ? folder : this.vault.getRoot();
  }
}
