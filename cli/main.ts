// The headless face of Job Hunt: the same core as the plugin, run from a terminal.
import { evalExtractCommand } from "./eval-extract";
import { exitAfterOutput } from "./exit";
import { extractCommand } from "./extract";
import { reportCommand } from "./report";
import { startCommand } from "./start";

const commands: Record<string, (args: string[]) => number | Promise<number>> = {
  extract: extractCommand,
  "eval-extract": evalExtractCommand,
  report: reportCommand,
  start: startCommand,
  // Loaded on demand: it brings in the browser tooling, which the other commands do not need.
  bench: (args) => import("./bench").then((m) => m.benchCommand(args)),
};

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (!command) {
  process.stderr.write(`Unknown command: ${name ?? ""}. Try one of: ${Object.keys(commands).join(", ")}\n`);
  process.exit(2);
}
Promise.resolve()
  .then(() => command(args))
  .then(
    (code) => exitAfterOutput(code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      exitAfterOutput(1);
    },
  );
