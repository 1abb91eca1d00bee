// The headless face of Job Hunt: the same core as the plugin, run from a terminal.
import { reportCommand } from "./report";
import { startCommand } from "./start";

const commands: Record<string, (args: string[]) => number> = {
  report: reportCommand,
  start: startCommand,
};

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (!command) {
  process.stderr.write(`Unknown command: ${name ?? ""}. Try one of: ${Object.keys(commands).join(", ")}\n`);
  process.exit(2);
}
process.exit(command(args));
