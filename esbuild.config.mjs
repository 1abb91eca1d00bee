// Bundles src/main.ts into main.js (Obsidian's plugin shape).
// `node esbuild.config.mjs production [file]` writes a minified main.js at the top level (or to file);
// without it, it watches and writes into the sample vault's plugin folder for live testing.
import esbuild from "esbuild";
import { builtinModules, createRequire } from "node:module";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const production = process.argv[2] === "production";
const devDir = "examples/vault/.obsidian/plugins/job-hunt";

// Each module that imports "obsidian" would get its own require() call in the bundle; one shared
// module makes that a single call. It takes each value the sources import from Obsidian (their
// `import { … } from "obsidian"`, less the `type` ones) as a name of its own, which the minifier
// shortens; a name missing here fails the build.
function obsidianValues() {
  const names = new Set();
  for (const file of readdirSync("src", { recursive: true })) {
    if (!file.endsWith(".ts")) continue;
    for (const [, list] of readFileSync(`src/${file}`, "utf8").matchAll(/^import \{([^}]*)\} from "obsidian";/gm)) {
      for (const name of list.split(",").map((n) => n.trim())) if (name !== "" && !name.startsWith("type ")) names.add(name);
    }
  }
  return [...names].sort();
}
const oneObsidian = {
  name: "one-obsidian",
  setup(build) {
    build.onResolve({ filter: /^obsidian$/ }, (args) => (args.namespace === "one-obsidian" ? { path: "obsidian", external: true } : { path: "obsidian", namespace: "one-obsidian" }));
    build.onLoad({ filter: /.*/, namespace: "one-obsidian" }, () => ({ contents: `export const { ${obsidianValues().join(", ")} } = require("obsidian");`, loader: "js" }));
  },
};

// The skill vocabulary's tables, packed (cli/pack-text.ts). The packer is TypeScript, so it is
// bundled into build/ (one file per build, as builds may run side by side) and loaded first.
async function packTables() {
  mkdirSync("build", { recursive: true });
  const packerFile = `build/pack-text-${process.pid}.cjs`;
  await esbuild.build({ entryPoints: ["cli/pack-text.ts"], bundle: true, format: "cjs", platform: "node", outfile: packerFile, logLevel: "warning" });
  const { packSource, packWordLists } = createRequire(import.meta.url)(`./${packerFile}`);
  rmSync(packerFile);
  // The description reader's word lists (`words("…")`) and the texts marked `unpackWords("…")` there,
  // in the stage, salary and pay-period tables and in the plugin's longer sentences (settings, the new
  // posting form, the dashboard), packed together with one key.
  const extract = "src/core/extract";
  const others = ["core/stages", "core/posting", "core/pay-period", "core/salary", "core/roadmap-template", "obsidian/settings-tab", "obsidian/new-posting-modal", "ui/empty-state", "ui/salary-panel", "ui/skills-panel", "ui/board"];
  const paths = [...readdirSync(extract).filter((f) => f.endsWith(".ts")).map((f) => resolve(extract, f)), ...others.map((f) => resolve(`src/${f}.ts`))];
  const textModule = resolve("src/core/packed-text");
  const importPath = (path) => relative(dirname(path), textModule).replace(/\\/g, "/").replace(/^(?!\.)/, "./");
  const lists = packWordLists(new Map(paths.map((path) => [path, { text: readFileSync(path, "utf8"), importPath: importPath(path) }])));
  return {
    name: "pack-tables",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/]skill-vocabulary\.ts$/ }, (args) => ({ contents: packSource(readFileSync(args.path, "utf8")), loader: "ts" }));
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const packed = lists.sources.get(resolve(args.path));
        return packed === undefined ? undefined : { contents: packed, loader: "ts", resolveDir: dirname(args.path) };
      });
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/]packed-text\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes('const WORDS_KEY = "";')) throw new Error('packed-text.ts has no `const WORDS_KEY = "";` to hold the key.');
        return { contents: source.replace('const WORDS_KEY = "";', `const WORDS_KEY = ${JSON.stringify(lists.key)};`), loader: "ts" };
      });
    },
  };
}

const options = {
  // The plugin class as Obsidian takes it, `module.exports.default`, set in one line: an ES module's
  // exports would bring the bundler's helpers for CommonJS (some 400 bytes) to do the same.
  stdin: { contents: 'import JobHuntPlugin from "./src/main";\nmodule.exports = Object.defineProperty({ default: JobHuntPlugin }, "__esModule", { value: true });', resolveDir: ".", sourcefile: "entry.js", loader: "js" },
  plugins: production ? [oneObsidian, await packTables()] : [oneObsidian],
  bundle: true,
  external: [
    "obsidian",
    "electron",
    "@codemirror/*",
    "@lezer/*",
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: "cjs",
  target: "es2021",
  platform: "browser",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  minify: production,
  treeShaking: true,
  legalComments: "none",
  // Strict mode for the whole file, as an ES module entry would have it.
  banner: { js: '"use strict";' },
  // Text in other scripts as UTF-8, not \uXXXX escapes: the vocabulary and the description reader hold much of it.
  charset: "utf8",
  // Long private names, shortened the same way in the browser preview (see mangle-props.json).
  mangleProps: new RegExp(`^(?:${JSON.parse(readFileSync("mangle-props.json", "utf8")).names.join("|")})$`),
  outfile: production ? (process.argv[3] ?? "main.js") : `${devDir}/main.js`,
};

if (production) {
  await esbuild.build(options);
} else {
  mkdirSync(devDir, { recursive: true });
  for (const f of ["manifest.json", "styles.css"]) copyFileSync(f, `${devDir}/${f}`);
  const ctx = await esbuild.context(options);
  await ctx.watch();
}
