// Every command Job Hunt adds to the palette. None has a default hotkey.
import { MarkdownView, Notice, type Plugin } from "obsidian";
import type { PostingIndex } from "../core/posting-index";
import type { Posting } from "../core/posting";
import { NewPostingModal } from "./new-posting-modal";
import { chooseStageFor, movePostingToStage, moveToNextStage } from "./stage-commands";
import { exportPostingsCsv } from "./csv-export";
import { linkSkillsInAllPostings, linkSkillsInPosting } from "./skill-links";
import { blank } from "../core/frontmatter-fields";

export interface CommandHost extends Plugin {
  index: PostingIndex;
  openDashboard(): Promise<void>;
}

/** The text to read a posting from: the editor's selection, else the clipboard. */
async function descriptionText(host: CommandHost): Promise<string> {
  const selection = host.app.workspace.getActiveViewOfType(MarkdownView)?.editor.getSelection() ?? "";
  if (!blank(selection)) return selection;
  try {
    return await navigator.clipboard.readText();
  } catch {
    return "";
  }
}

export function openNewPostingFromDescription(host: CommandHost, text: string): NewPostingModal {
  // With nothing to read, the form a person would open anyway (with what they typed before, if kept).
  const modal = new NewPostingModal(host.app, host.index, blank(text) ? {} : { description: text });
  modal.open();
  if (blank(text)) new Notice("Select a job description or copy it, then run this again; or paste it into the form.");
  else modal.fillFromDescription(true);
  return modal;
}

export function registerCommands(host: CommandHost): void {
  const { app } = host;
  const activePosting = () => {
    const file = app.workspace.getActiveFile();
    return file ? (host.index.posting(file.path) ?? null) : null;
  };

  const command = (id: string, name: string, callback: () => unknown): void => {
    host.addCommand({ id, name, callback });
  };
  command("open-dashboard", "Open job dashboard", () => void host.openDashboard());
  command("new-posting", "New job posting", () => new NewPostingModal(app, host.index).open());
  command("new-posting-from-description", "New job posting from description", async () => {
    openNewPostingFromDescription(host, await descriptionText(host));
  });
  command("move-posting-to-stage", "Move posting to stage", () => movePostingToStage(app, host.index));
  // Commands on the posting in the active editor, offered only when there is one.
  const onPosting = (id: string, name: string, run: (posting: Posting) => unknown): void => {
    host.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        const posting = activePosting();
        if (!posting) return false;
        if (!checking) void run(posting);
        return true;
      },
    });
  };
  onPosting("set-stage", "Set stage of current posting", (posting) => chooseStageFor(app, host.index, posting));
  onPosting("next-stage", "Move current posting to next stage", (posting) => moveToNextStage(app, host.index, posting));
  onPosting("link-skills", "Link skills to roadmaps in current posting", (posting) => linkSkillsInPosting(app, host.index, posting.path));
  command("link-skills-all", "Link skills to roadmaps in all postings", () => void linkSkillsInAllPostings(app, host.index));
  command("export-csv", "Export postings to CSV", () => void exportPostingsCsv(app, host.index));
}
