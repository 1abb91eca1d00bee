// The plugin's onload, timed the way Obsidian runs it: construct the plugin, then onload, with the
// layout not ready yet (so indexing must wait). `npm run bench` bundles this file for the browser
// with `obsidian` aliased to the in-memory fake, and evaluates it in a fresh jsdom window per
// round, so the first onload of each round runs with cold module state, as at an app start.
import { installDomHelpers } from "../tests/fake-obsidian/dom";
import { App, type Plugin as FakePlugin } from "../tests/fake-obsidian";
import JobHuntPlugin from "../src/main";
import manifest from "../manifest.json";

export interface OnloadInput {
  /** The vault's notes: path -> text. */
  files: Record<string, string>;
  /** The plugin's saved data (data.json), or null. */
  data: unknown;
  /** How many times to construct and load the plugin in this window. */
  reps: number;
}

export interface OnloadResult {
  /** onload's duration, in ms, for each repetition (the first one with cold module state). */
  timesMs: number[];
  /** Postings in the index right after onload: 0 when indexing waits for the layout. */
  postingsAfterOnload: number;
  /** Commands the plugin registered. */
  commands: number;
}

export type OnloadRunner = (input: OnloadInput) => Promise<OnloadResult>;

async function run(input: OnloadInput): Promise<OnloadResult> {
  installDomHelpers(window);
  const app = new App();
  for (const [path, text] of Object.entries(input.files)) app.vault.seed(path, text);
  if (input.data !== null && input.data !== undefined) app.pluginData.set(manifest.id, JSON.stringify(input.data));

  const timesMs: number[] = [];
  let postingsAfterOnload = 0;
  let commands = 0;
  for (let i = 0; i < input.reps; i++) {
    // The plugin is typed against Obsidian's API; at run time it extends the fake.
    const plugin = new JobHuntPlugin(app as never, manifest);
    const fake = plugin as unknown as FakePlugin;
    const t0 = performance.now();
    await fake._load();
    timesMs.push(performance.now() - t0);
    postingsAfterOnload = Math.max(postingsAfterOnload, plugin.index.postings().length);
    commands = app.commands.size;
    fake.unload();
  }
  return { timesMs, postingsAfterOnload, commands };
}

(window as unknown as { jobHuntBenchOnload?: OnloadRunner }).jobHuntBenchOnload = run;
