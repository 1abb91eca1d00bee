// `npm run extract -- <text-file> [--vault <folder>] [--json]`: reads a pasted job description and prints
// what the extractor finds in it: company, title, skills, salary, location, remote and the posting's link.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extractPosting, type Extraction } from "../src/core/extract";
import { PostingIndex } from "../src/core/posting-index";
import { formatSalary } from "../src/core/salary";
import { defaultSettings } from "../src/core/settings";
import { SkillCanon } from "../src/core/skills";
import { readVaultNotes, readVaultSettings } from "./vault-folder";

const USAGE = "Usage: npm run extract -- <text-file> [--vault <folder>] [--json]\n";

interface Args {
  file: string;
  vault: string | null;
  json: boolean;
}

function parseArgs(args: string[]): Args | string {
  let file: string | null = null;
  let vault: string | null = null;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") {
      json = true;
    } else if (arg === "--vault") {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) return "--vault needs a folder";
      vault = next;
      i++;
    } else if (arg.startsWith("--vault=")) {
      vault = arg.slice("--vault=".length);
      if (vault === "") return "--vault needs a folder";
    } else if (arg.startsWith("--")) {
      return `Unknown option: ${arg}`;
    } else if (file === null) {
      file = arg;
    } else {
      return `One text file only, got a second: ${arg}`;
    }
  }
  if (file === null) return "No text file given";
  return { file, vault, json };
}

/** The file as text: UTF-8, a byte order mark dropped. */
function readText(file: string): string {
  const text = readFileSync(file, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function extractCommand(args: string[]): number {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n${USAGE}`);
    return 2;
  }
  const { file, vault, json } = parsed;
  if (!existsSync(file) || !statSync(file).isFile()) {
    process.stderr.write(`No such file: ${file}\n`);
    return 2;
  }
  if (vault !== null && (!existsSync(vault) || !statSync(vault).isDirectory())) {
    process.stderr.write(`Not a folder: ${vault}\n`);
    return 2;
  }

  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    process.stderr.write(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }

  let canon: SkillCanon;
  let vaultSkills: string[] = [];
  let defaultCurrency = defaultSettings().defaultCurrency;
  if (vault !== null) {
    const settings = readVaultSettings(vault);
    const index = new PostingIndex(settings, { keepNotes: false });
    index.load(readVaultNotes(vault));
    canon = index.skills;
    defaultCurrency = settings.defaultCurrency;
    // The skills the vault's postings use, and what the user's own synonyms say.
    vaultSkills = [...index.stats().skills.map((s) => s.name), ...Object.keys(settings.skillSynonyms)];
  } else {
    canon = new SkillCanon(defaultSettings().skillSynonyms);
  }

  const found = extractPosting(text, { canon, vaultSkills, defaultCurrency });
  process.stdout.write(json ? JSON.stringify(asJson(found), null, 2) + "\n" : summary(found));
  return 0;
}

/** Exactly the contract's keys, in its order. */
function asJson(found: Extraction): Extraction {
  const { company, title, skills, salary, location, remote, url } = found;
  return {
    company,
    title,
    skills,
    salary: salary ? { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period, text: salary.text } : null,
    location,
    remote,
    url,
  };
}

function summary(found: Extraction): string {
  const none = "(not found)";
  const rows: Array<[string, string]> = [
    ["Company", found.company || none],
    ["Title", found.title || none],
    ["Location", found.location || none],
    ["Remote", found.remote ? "yes" : "no"],
    ["Salary", found.salary ? `${formatSalary(found.salary)}  (${found.salary.text})` : none],
    ["Link", found.url || none],
    ["Skills", found.skills.length > 0 ? found.skills.join(", ") : none],
  ];
  return rows.map(([label, value]) => `${(label + ":").padEnd(10)}${value}`).join("\n") + "\n";
}
