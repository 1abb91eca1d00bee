// Moving a posting to another stage without the mouse: pick the posting (the open one, when it is
// a posting) and then the stage.
import { Notice, type App, type TFile } from "obsidian";
import type { Posting } from "../core/posting";
import type { PostingIndex } from "../core/posting-index";
import type { JobHuntSettings } from "../core/settings";
import { PostingSuggestModal, StageSuggestModal } from "./modals";
import { fileAt, setPostingStage } from "./note-writer";
import { isString } from "../core/is";

/**
 * Moves a posting held by a picker or a menu: by its file, so a note renamed meanwhile is still the
 * one moved, and a note deleted meanwhile is not made again but named in a notice.
 */
export async function moveHeldPosting(app: App, settings: JobHuntSettings, target: string | TFile, stage: string): Promise<void> {
  const file = isString(target) ? fileAt(app, target) : fileAt(app, target.path) === target ? target : null;
  if (file) await setPostingStage(app, settings, file, stage);
  else new Notice(`"${isString(target) ? target : target.basename}" is no longer in the vault, so its stage was not changed.`);
}

export function chooseStageFor(app: App, index: PostingIndex, posting: Posting): void {
  const file = fileAt(app, posting.path);
  new StageSuggestModal(app, index.pipeline.names(), posting.stage, (stage) => void moveHeldPosting(app, index.settings, file ?? posting.path, stage)).open();
}

/** The "Move posting to stage" command. */
export function movePostingToStage(app: App, index: PostingIndex): void {
  const active = app.workspace.getActiveFile();
  const posting = active ? index.posting(active.path) : undefined;
  if (posting) {
    chooseStageFor(app, index, posting);
    return;
  }
  new PostingSuggestModal(app, index.postings(), (p) => chooseStageFor(app, index, p)).open();
}

/** The "Move current posting to next stage" command: the stage after this one in the pipeline. */
export async function moveToNextStage(app: App, index: PostingIndex, posting: Posting): Promise<void> {
  const names = index.pipeline.names();
  const match = index.pipeline.match(posting.stage);
  // A closed stage ends the pursuit, and an unknown one has no place: "next" would guess.
  const next = match.known && !match.closed ? names[match.order + 1] : undefined;
  if (next === undefined) {
    const why = !match.known ? "is not in your stage list" : match.closed ? "is a closed stage" : "is the last stage";
    new Notice(`${posting.stage} ${why}. Use "Move posting to stage" to pick one.`);
    return;
  }
  const file = fileAt(app, posting.path);
  // Only from the stage the next one was worked out from: one the user wrote meanwhile stays.
  const from = (current: string): boolean => index.pipeline.match(current).name === posting.stage;
  if (file && (await setPostingStage(app, index.settings, file, next, new Date(), from))) new Notice(`Moved to ${next}.`);
}
