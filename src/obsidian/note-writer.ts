// The one place notes are created and postings edited. A create never overwrites (a free name is
// found), an edit changes only what it must, and every failure tells the user in a Notice.
import { normalizePath, Notice, parseYaml, TFile, TFolder, type App, type TAbstractFile } from "obsidian";
import { cleanFolderPath, freeNotePath, sanitizeFileName } from "../core/filename";
import { notSimple, setFrontmatterString, type FrontmatterEdit } from "../core/frontmatter-edit";
import { appendFrontmatterListItem } from "../core/frontmatter-list";
import { FieldReader, keyIn } from "../core/frontmatter-fields";
import { findFrontmatter, parseFrontmatterYaml } from "../core/note-reader";
import type { JobHuntSettings } from "../core/settings";
import { StagePipeline } from "../core/stages";
import { folderOf, stageNames, STEP_KEYS, stageWritten, usualFolder } from "../core/posting";
import { localDay } from "../core/date-format";
import { noticeFailure } from "./failure-notice";
import { lower } from "../core/text";
import { isArray, isString } from "../core/is";

/** True when a file or folder of that path exists, ignoring case (as macOS, Windows and iOS do). */
export function pathTaken(app: App, path: string): boolean {
  if (entryAt(app, path)) return true;
  const parent = entryAt(app, folderOf(path) || "/");
  const name = lower(path.slice(path.lastIndexOf("/") + 1));
  return parent instanceof TFolder && parent.children.some((c) => lower(c.name) === name);
}

async function ensureFolder(app: App, folder: string): Promise<void> {
  if (folder === "") return;
  let path = "";
  for (const part of folder.split("/")) {
    path = path === "" ? part : `${path}/${part}`;
    const existing = entryAt(app, path);
    if (existing instanceof TFolder) continue;
    if (existing) throw new Error(`"${path}" is a file, not a folder.`);
    try {
      await app.vault.createFolder(path);
    } catch (e) {
      // Another write may have made it in the meantime; only a real failure stops us.
      if (!(entryAt(app, path) instanceof TFolder)) throw e;
    }
  }
}

/** Where a new note goes: the folder set for it, else where most of its kind are, else Obsidian's folder for new notes. */
export function newNoteFolder(app: App, setting: string, kind: readonly (string | null)[]): string {
  return setting.trim() || (usualFolder(kind) ?? app.fileManager.getNewFileParent(app.workspace.getActiveFile()?.path ?? "").path);
}

/**
 * Creates `<folder>/<name>.md` (or `name 2.md`, ...) and never replaces a note. `content` may depend
 * on the path the note gets (for links relative to it).
 */
export function createNote(app: App, folder: string, name: string, content: string | ((path: string) => string)): Promise<TFile> {
  return createFile(app, folder, name, "md", content);
}

/** Creates `<folder>/<name>.<extension>` under a free name; never replaces a file. */
export async function createFile(
  app: App,
  folder: string,
  name: string,
  extension: string,
  content: string | ((path: string) => string),
): Promise<TFile> {
  const dir = cleanFolderPath(folder);
  await ensureFolder(app, dir === "" ? "" : normalizePath(dir));
  const base = sanitizeFileName(name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const path = normalizePath(freeNotePath(dir, base, (p) => pathTaken(app, normalizePath(p)), extension));
    try {
      return await app.vault.create(path, isString(content) ? content : content(path));
    } catch (e) {
      if (!pathTaken(app, path)) throw e;
    }
  }
  throw new Error(`Could not find a free name for "${base}".`);
}

function refuse(file: TFile, kind: "invalid-yaml" | "no-frontmatter"): false {
  new Notice(
    kind === "invalid-yaml"
      ? `"${file.basename}" has frontmatter that is not valid YAML, so its stage was not changed. Fix the YAML and try again.`
      : `"${file.basename}" has no properties, so it is not a posting.`,
  );
  return false;
}

export const STAGE_HISTORY_KEY = "Stage_History";

/** The stage change as a text edit: the stage value (under `names`), plus a dated Stage_History entry when asked. */
function stageEdit(text: string, settings: JobHuntSettings, stage: string, entry: string, names: readonly string[]): FrontmatterEdit {
  // A posting with no stage property is in the first stage; moving it adds the property.
  const edit = setFrontmatterString(text, names, stage, parseYaml, true);
  if (edit.kind !== "edited" || !settings.stageHistory) return edit;
  const withHistory = appendFrontmatterListItem(edit.text, STAGE_HISTORY_KEY, entry, parseYaml);
  return withHistory.kind === "edited" ? withHistory : notSimple(null);
}

/**
 * The stage as the note has it now, as readPosting reads it (its stage property, a list's last item;
 * else a tag that names one; else a dated step), and the names it is under; null when the text has
 * no readable frontmatter.
 */
function stageIn(frontmatter: Record<string, unknown> | null, settings: JobHuntSettings, pipeline: StagePipeline): { stage: string; names: string[] } | null {
  if (!frontmatter) return null;
  const fields = new FieldReader(frontmatter);
  const names = stageNames(settings.fieldNames.stage, fields.get("estado"), pipeline);
  return { stage: stageWritten(fields.get(...names), fields.get("tags"), pipeline, STEP_KEYS.map((keys) => fields.get(...keys))), names };
}

function textStage(text: string, settings: JobHuntSettings, pipeline: StagePipeline): ReturnType<typeof stageIn> {
  const block = findFrontmatter(text);
  return stageIn(block ? parseFrontmatterYaml(block.yaml, parseYaml) : null, settings, pipeline);
}

/**
 * Sets a posting's stage, and records the change in Stage_History when that setting is on. Only the
 * stage value's bytes change (plus one added history line) when the values are simple; otherwise
 * processFrontMatter rewrites the YAML. With `from`, the move happens only while the note's stage
 * still passes it (a move worked out from the stage, like "next stage", must not undo one the user
 * wrote meanwhile). Returns false (after a Notice) when it could not.
 */
export async function setPostingStage(
  app: App,
  settings: JobHuntSettings,
  file: TFile,
  stage: string,
  now = new Date(),
  from?: (current: string) => boolean,
): Promise<boolean> {
  const entry = `${localDay(now)} ${stage}`;
  // The stage the user wrote since the move was decided, when it no longer passes `from`.
  const meanwhile: { theirs: string | null } = { theirs: null };
  const movedMeanwhile = (current: string | null): boolean => {
    if (from === undefined || current === null || from(current)) return false;
    meanwhile.theirs = current;
    return true;
  };
  const refuseMoved = (): false => {
    new Notice(`The stage of "${file.basename}" was changed to ${meanwhile.theirs ?? ""} in the meantime, so it was not moved to ${stage}.`);
    return false;
  };
  const pipeline = new StagePipeline(settings.stages);
  const edit = (text: string): FrontmatterEdit | { kind: "moved" } => {
    const current = textStage(text, settings, pipeline);
    if (movedMeanwhile(from && current ? current.stage : null)) return { kind: "moved" };
    // A card dropped back on its own column, or the stage picked again: nothing to write.
    if (current !== null && pipeline.match(current.stage).name === pipeline.match(stage).name) return { kind: "unchanged" };
    return stageEdit(text, settings, stage, entry, current?.names ?? [settings.fieldNames.stage]);
  };
  try {
    let kind = edit(await app.vault.read(file)).kind;
    if (kind === "edited") {
      // Decide again on the text as it is at write time, so an edit made meanwhile is kept.
      await app.vault.process(file, (text) => {
        const e = edit(text);
        kind = e.kind;
        return e.kind === "edited" ? e.text : text;
      });
    }
    if (kind === "edited" || kind === "unchanged") return true;
    if (kind === "invalid-yaml" || kind === "no-frontmatter") return refuse(file, kind);
    if (kind === "moved") return refuseMoved();
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      const current = stageIn(fm, settings, pipeline);
      if (movedMeanwhile(current && current.stage)) return;
      // The property the note already uses ("Status"), else the configured one.
      const stageKeyName = keyIn(fm, current?.names ?? []) ?? settings.fieldNames.stage;
      if (fm[stageKeyName] === stage) return;
      fm[stageKeyName] = stage;
      if (settings.stageHistory) {
        const historyKey = keyIn(fm, [STAGE_HISTORY_KEY]) ?? STAGE_HISTORY_KEY;
        const old = fm[historyKey];
        fm[historyKey] = [...(isArray(old) ? (old as unknown[]) : old === null || old === undefined || old === "" ? [] : [old]), entry];
      }
    });
    return meanwhile.theirs === null || refuseMoved();
  } catch (e) {
    noticeFailure(`move "${file.basename}" to ${stage}`, e);
    return false;
  }
}

/** The file or folder at `path`, if any: a call main.js makes in several places. */
export function entryAt(app: App, path: string): TAbstractFile | null {
  return app.vault.getAbstractFileByPath(path);
}

export function fileAt(app: App, path: string): TFile | null {
  const f = entryAt(app, path);
  return f instanceof TFile ? f : null;
}
