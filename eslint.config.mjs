// Obsidian's own review rules (eslint-plugin-obsidianmd `recommended`) over everything, plus:
// - src/core must stay free of `obsidian` so it runs in tests, the CLI and the browser preview;
// - cli/, scripts/ and tests/ run on Node (or in the preview page), never inside Obsidian, so Node
//   modules and plain timers are fine there.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

const requestUrlOnly = [
  "axios", "superagent", "got", "ofetch", "ky", "node-fetch",
].map((name) => ({ name, message: `Use Obsidian's requestUrl instead of ${name}.` }));

export default defineConfig([
  {
    ignores: ["node_modules/", "main.js", "build/", "coverage/", "examples/vault/.obsidian/", "docs/"],
  },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "jest.config.cjs", "scripts/*.mjs"],
        },
      },
    },
  },
  {
    // Note text is data, never markup: writing HTML into the page or the document is an error
    // (the recommended config has the no-unsanitized rules as errors but these two as warnings).
    files: ["**/*.{ts,cts,mts,tsx,js,cjs,mjs,jsx}"],
    rules: {
      "@microsoft/sdl/no-inner-html": "error",
      "@microsoft/sdl/no-document-write": "error",
    },
  },
  {
    // Obsidian's review checks the manifest too: required keys, types, description rules.
    files: ["manifest.json"],
    languageOptions: { parser: tseslint.parser },
    rules: { "obsidianmd/validate-manifest": "error" },
  },
  {
    // Regular-expression lookbehind is missing from the iOS versions Obsidian mobile still runs on,
    // where one such pattern stops the whole plugin from loading. obsidianmd/regex-lookbehind finds
    // it in regex literals and strings; this finds it in a template literal given to new RegExp.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "TemplateElement[value.raw=/\\(\\?<[=!]/]", message: "No lookbehind: older iOS (Obsidian mobile) cannot parse it." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        ...requestUrlOnly,
        { name: "obsidian", message: "src/core is pure TypeScript: pass what it needs in from src/obsidian instead." },
        { name: "yaml", message: "Take a ParseYaml function instead: the plugin passes Obsidian's parseYaml, so no YAML library enters main.js." },
      ],
    },
  },
  {
    files: ["src/obsidian/**/*.ts", "src/ui/**/*.ts", "src/main.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        ...requestUrlOnly,
        { name: "yaml", message: "Use Obsidian's parseYaml: a YAML library would double the size of main.js." },
      ],
    },
  },
  {
    // The test double implements Obsidian's API rather than using it, and tests act as the user
    // (deleting a file, for one), so the rules about how a plugin calls Obsidian don't fit there.
    files: ["tests/**"],
    rules: {
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/prefer-file-manager-trash-file": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/prefer-instanceof": "off",
    },
  },
  {
    files: ["cli/**", "scripts/**", "tests/**", "*.mjs", "*.cjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/prefer-window-timers": "off",
      "import/no-extraneous-dependencies": "off",
      "no-undef": "off",
    },
  },
]);
