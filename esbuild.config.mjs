// Bundles src/main.ts into main.js (Obsidian's plugin shape).
// `node esbuild.config.mjs production [file]` writes a minified main.js at the top level (or to file);
// without it, it watches and writes into the sample vault's plugin folder for live testing.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";

const production = process.argv[2] === "production";
const devDir = "examples/vault/.obsidian/plugins/job-hunt";

// Each module that imports "obsidian" would get its own require() call in the bundle; one shared
// module that re-exports it makes that a single call.
const oneObsidian = {
  name: "one-obsidian",
  setup(build) {
    build.onResolve({ filter: /^obsidian$/ }, (args) => (args.namespace === "one-obsidian" ? { path: "obsidian", external: true } : { path: "obsidian", namespace: "one-obsidian" }));
    build.onLoad({ filter: /.*/, namespace: "one-obsidian" }, () => ({ contents: 'export * from "obsidian";', loader: "js" }));
  },
};

const options = {
  entryPoints: ["src/main.ts"],
  plugins: [oneObsidian],
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
  target: "es2020",
  platform: "browser",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  minify: production,
  treeShaking: true,
  legalComments: "none",
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
