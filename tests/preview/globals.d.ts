// The preview page's test handle (set by tests/preview/entry.ts).
import type { JobHuntPreview } from "./preview-data";

declare global {
  interface Window {
    jobHunt?: JobHuntPreview;
  }
}
