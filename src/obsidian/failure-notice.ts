// How a write that failed tells the user: one Notice that says what could not be done, and why.
import { Notice } from "obsidian";

/** Shows "Could not <what>: <the error's message>". */
export function noticeFailure(what: string, error: unknown): void {
  new Notice(`Could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
}
