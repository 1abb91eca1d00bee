// The full YAML parser for everything outside the plugin: the report, the benchmark, tests and the
// in-memory Obsidian. Inside Obsidian the plugin uses Obsidian's own parseYaml instead, so the
// `yaml` package never enters main.js.
import { parse } from "yaml";
import type { ParseYaml } from "../src/core/flat-yaml";

export const parseYamlPackage: ParseYaml = (text) => parse(text, { maxAliasCount: 100, prettyErrors: false, logLevel: "error" });
