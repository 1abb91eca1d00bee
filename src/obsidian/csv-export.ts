// "Export postings to CSV": a new file in the vault, never replacing an earlier export.
import { Notice, type App, type TFile } from "obsidian";
import { postingsToCsv } from "../core/csv";
import type { PostingIndex } from "../core/posting-index";
import { createFile } from "./note-writer";
import { localDay } from "../core/date-format";
import { noticeFailure } from "./failure-notice";
import { counted } from "../core/counted";

export async function exportPostingsCsv(app: App, index: PostingIndex, now = new Date()): Promise<TFile | null> {
  const postings = index.postings();
  try {
    const file = await createFile(app, index.settings.jobsFolder, `Job postings ${localDay(now)}`, "csv", postingsToCsv(postings));
    new Notice(`Exported ${counted(postings.length, "posting")} to ${file.path}.`);
    return file;
  } catch (e) {
    noticeFailure("export the postings", e);
    return null;
  }
}
