// Entry of the bundled preview command (scripts/preview.mjs builds and runs it).
import { exitAfterOutput } from "./exit";
import { previewCommand } from "./preview";

previewCommand(process.argv.slice(2)).then(
  (code) => exitAfterOutput(code),
  (err: unknown) => {
    process.stderr.write(`Preview failed. ${err instanceof Error ? err.message : String(err)}\n`);
    exitAfterOutput(1);
  },
);
