// Bundles src/main.ts into main.js (Obsidian's plugin shape).
// `node esbuild.config.mjs production` writes a minified main.js at the top level;
// without it, it watches and writes into the sample vault's plugin folder for live testing.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";

const production = process.argv[2] === "production";
const devDir = "examples/vault/.obsidian/plugins/job-hunt";

const options = {
  entryPoints: ["src/main.ts"],
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
  outfile: production ? "main.js" : `${devDir}/main.js`,
};

if (production) {
  await esbuild.build(options);
} else {
  mkdirSync(devDir, { recursive: true });
  for (const f of ["manifest.json", "styles.css"]) copyFileSync(f, `${devDir}/${f}`);
  const ctx = await esbuild.context(options);
  await ctx.watch();
}
