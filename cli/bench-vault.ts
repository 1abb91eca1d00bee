// Synthetic vaults for `npm run bench`: postings shaped like the sample vault's (key spellings,
// skill lists as lists, flow lists, comma strings and links, a dozen salary formats, every stage
// and an unknown one, the odd broken YAML block), roadmap notes with aliases and tasks, and
// unrelated notes (daily notes, company notes, meeting notes) making up about a fifth of the vault.
// Deterministic: the same size and seed give the same notes, byte for byte.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { BUILTIN_SKILLS } from "../src/core/skill-vocabulary";

export interface BenchNote {
  /** Vault-relative path with `/`. */
  path: string;
  text: string;
}

export interface BenchVault {
  notes: BenchNote[];
  /** Paths of the notes written as postings (broken-YAML ones included). */
  postingPaths: string[];
  /** Paths of the roadmap notes. */
  roadmapPaths: string[];
  /** How many notes are neither postings nor roadmaps. */
  unrelated: number;
  /** Postings whose frontmatter is deliberately not valid YAML (they show up as problems). */
  broken: number;
}

export interface BenchVaultOptions {
  /** How many posting notes to write. */
  postings: number;
  /** Seed of the PRNG (default 1). */
  seed?: number;
}

/** A small, fast, seeded PRNG (mulberry32): numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** An item chosen by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error("weighted pick from an empty list");
    return last[0];
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Skills asked for most often, most popular first; the rest of the vocabulary follows in a seeded order. */
const POPULAR = [
  "Python", "SQL", "JavaScript", "TypeScript", "AWS", "Docker", "Kubernetes", "React", "Java", "Go",
  "PostgreSQL", "Node.js", "Git", "Linux", "GraphQL", "Redis", "Terraform", "C++", "C#", ".NET",
  "Ruby on Rails", "Machine Learning", "Kafka", "Azure", "Google Cloud", "REST APIs", "MongoDB", "Django",
  "Spring Boot", "Vue.js", "Angular", "Swift", "Kotlin", "Rust", "Pandas", "PyTorch", "Spark", "Airflow",
  "Snowflake", "GitHub Actions", "Prometheus", "Grafana", "Figma", "Agile", "Scrum", "CSS", "HTML", "Ruby",
  "Sidekiq", "Celery", "Data Warehousing",
];

/** Skills outside the vocabulary, as people write them in postings. */
const UNKNOWN_SKILLS = [
  "Pajamas Design System", "REST Integrations", "Product Discovery", "Roadmapping", "Stakeholder Management",
  "data-migration", "software-architecture", "productivity", "Linear Algebra", "Core Data", "Coroutines",
  "Room", "XCTest", "ROS 2", "Transformers", "Unreal Engine", "Entity Framework", "Jetpack Compose",
  "Distributed Systems", "Observability", "On-call", "Technical Writing", "Mentoring", "Payments",
];

interface SkillChoice {
  name: string;
  aliases: readonly string[];
}

function skillOrder(dice: Dice): SkillChoice[] {
  const byName = new Map(BUILTIN_SKILLS.map((s) => [s.name, s]));
  const popular: SkillChoice[] = [];
  for (const name of POPULAR) {
    const entry = byName.get(name);
    if (entry) popular.push(entry);
  }
  const rest: SkillChoice[] = BUILTIN_SKILLS.filter((s) => !POPULAR.includes(s.name));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = dice.int(0, i);
    const a = rest[i];
    const b = rest[j];
    if (a && b) {
      rest[i] = b;
      rest[j] = a;
    }
  }
  return [...popular, ...rest];
}

const COMPANY_FIRST = [
  "Acme", "Brightpath", "Cobalt", "Fernweh", "Greenfield", "Harbor", "Kestrel", "Lumen", "Meridian", "Northwind",
  "Orbital", "Pocketwise", "Quillstack", "Sparrow", "Tidewater", "Umbra", "Vantage", "Wavelength", "Yarrow",
  "Zephyr", "Alder", "Basalt", "Cinder", "Driftwood", "Ember", "Fjord", "Granite", "Halcyon", "Ironbark",
  "Juniper", "Kelp", "Larch", "Mosaic", "Nimbus", "Opal", "Pinecone", "Quartz", "Riverstone", "Saffron", "Tundra",
];
const COMPANY_SECOND = [
  "Robotics", "Learning", "AI", "Mobility", "Energy", "Bank", "Payments", "Health", "Insights", "Analytics",
  "Games", "Labs", "Logistics", "Systems", "Software", "Cloud", "Data", "Works", "Security", "Media",
  "Foods", "Bio", "Capital", "Studios", "Networks", "Commerce", "Travel", "Telecom", "Retail", "Aerospace",
];
const LEVELS = ["", "", "", "Senior ", "Staff ", "Junior ", "Intermediate ", "Lead ", "Principal "];
const ROLES = [
  "Backend Engineer", "Frontend Engineer", "Full-Stack Engineer", "Data Engineer", "Machine Learning Engineer",
  "Site Reliability Engineer", "DevOps Engineer", "iOS Engineer", "Android Engineer", "Python Developer",
  ".NET Developer", "Gameplay Programmer", "Product Manager", "Applied Scientist", "Platform Engineer",
  "Security Engineer", "Data Scientist", "QA Engineer", "Embedded Engineer", "Solutions Architect",
];
const TEAMS = ["", "", "", ", Payments", ", Platform", ", Perception", ", Growth", ", Data Platform", ", Plan RoR", " (Go)", " (Rails)", " (contract)"];
const CITIES = [
  "New York, NY", "San Francisco, CA", "Austin, TX", "Chicago, IL", "Boston, MA", "Denver, CO", "Seattle, WA",
  "Pittsburgh, PA", "Toronto, ON", "London, UK", "Manchester, UK", "Berlin", "Dublin, Ireland", "Amsterdam",
  "Rotterdam, Netherlands", "Paris", "Madrid", "Lisbon", "Stockholm", "Zurich", "Singapore", "Sydney",
];
const TAGS = ["job", "backend", "frontend", "data", "ml", "devops", "mobile", "remote", "startup", "fintech", "gamedev", "long-shot", "contract"];

/** Stages as people write them: the pipeline's eight (in any case, with stray spaces), two the pipeline does not know, or none. */
const STAGE_WEIGHTS: readonly (readonly [string | null, number])[] = [
  ["Research", 22], ["Applied", 24], ["Screening", 9], ["Interview", 9], ["Offer", 2], ["Accepted", 1],
  ["Rejected", 18], ["Withdrawn", 6], ["Ghosted", 5], ["On hold", 1], [null, 3],
];

// ---------------------------------------------------------------------------------------------
// Posting pieces

function yamlText(value: string): string {
  // Plain scalars where YAML allows them; double-quoted (JSON is valid YAML) otherwise.
  return /^[A-Za-z0-9$€£(][^:#\n"'[\]{},&*!|>%@`]*$/.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

function thousands(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A salary in one of the formats real postings use; null for none. */
function salaryText(dice: Dice): string | null {
  const lo = dice.int(50, 200);
  const hi = lo + dice.int(10, 90);
  const format = dice.int(0, 15);
  switch (format) {
    case 0: return `$${lo}k - $${hi}k`;
    case 1: return `${lo}k - ${hi}k`;
    case 2: return `$${thousands(lo * 1000, ",")}–$${thousands(hi * 1000, ",")} USD`;
    case 3: return `€${thousands(lo * 1000, ".")} - €${thousands(hi * 1000, ".")}`;
    case 4: return `£${lo}k`;
    case 5: return `$${dice.int(40, 160)}/hr`;
    case 6: return `${thousands(dice.int(40, 140) * 100, ",")} EUR / month`;
    case 7: return `up to ${hi}k`;
    case 8: return `${lo}K+`;
    case 9: return `USD ${thousands(lo * 1000, ",")} - ${thousands(hi * 1000, ",")} per year`;
    case 10: return String(lo * 1000);
    case 11: return "Competitive";
    case 12: return `$${lo}k - $${hi}k + equity`;
    case 13: return `€${thousands(lo * 1000, ",")} - €${thousands(hi * 1000, ",")}`;
    case 14: return `$${thousands(lo * 1000, ",")} - $${thousands(hi * 1000, ",")} + bonus`;
    default: return null;
  }
}

/** One skill as a person would type it: the usual spelling, lower case, or a synonym. */
function skillSpelling(dice: Dice, skill: SkillChoice): string {
  const r = dice.float();
  if (r < 0.7 || skill.aliases.length === 0) return r < 0.85 ? skill.name : skill.name.toLowerCase();
  return dice.pick(skill.aliases);
}

function pickSkills(dice: Dice, order: readonly SkillChoice[]): string[] {
  const n = dice.chance(0.05) ? dice.int(12, 20) : dice.int(3, 8);
  const seen = new Set<string>();
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < n * 4; tries++) {
    if (dice.chance(0.06)) {
      const unknown = dice.pick(UNKNOWN_SKILLS);
      if (!seen.has(unknown)) {
        seen.add(unknown);
        out.push(unknown);
      }
      continue;
    }
    // Zipf-like popularity: the top skills are asked for far more often than the long tail.
    const rank = Math.min(order.length - 1, Math.floor(Math.pow(dice.float(), 2.6) * order.length));
    const skill = order[rank];
    if (!skill || seen.has(skill.name)) continue;
    seen.add(skill.name);
    out.push(skillSpelling(dice, skill));
  }
  return out;
}

function skillsYaml(dice: Dice, key: string, skills: readonly string[]): string[] {
  const form = dice.weighted<"list" | "flow" | "comma" | "links">([["list", 70], ["flow", 10], ["comma", 12], ["links", 8]]);
  if (form === "flow" && skills.every((s) => /^[A-Za-z0-9.+# ]+$/.test(s) && !/^[#.]/.test(s))) {
    return [`${key}: [${skills.join(", ")}]`];
  }
  if (form === "comma") return [`${key}: ${JSON.stringify(skills.join(", "))}`];
  if (form === "links") return [`${key}:`, ...skills.map((s) => `  - "[[${s}]]"`)];
  return [`${key}:`, ...skills.map((s) => `  - ${yamlText(s)}`)];
}

const WORDS = (
  "we build software that helps teams ship faster and customers get more done every day our platform serves " +
  "millions of people across the world and we are growing the team that owns the core services you will design " +
  "build and operate reliable systems work closely with product and design mentor other engineers improve our " +
  "testing and deployment practices and take part in the on-call rotation we value clear writing small " +
  "iterations kindness and curiosity experience with distributed systems databases and cloud infrastructure " +
  "is a plus we offer a competitive salary equity flexible hours a learning budget and generous parental leave"
).split(" ");

function sentence(dice: Dice): string {
  const n = dice.int(8, 22);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(dice.pick(WORDS));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function paragraph(dice: Dice, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(dice));
  return out.join(" ");
}

const TODO = [
  "Review the handbook", "Research the team", "Tailor the CV", "Write the cover letter", "Apply",
  "Phone screen with the recruiter", "Technical screen", "Take-home exercise", "Onsite interviews",
  "Follow up with the recruiter", "Ask about the salary band", "Read the engineering blog", "Prepare STAR stories",
];

function postingBody(dice: Dice, skills: readonly string[], roadmapTitles: ReadonlyMap<string, string>, salary: string | null): string {
  const lines = ["# To Do"];
  const tasks = dice.int(2, 7);
  const done = dice.int(0, tasks);
  for (let i = 0; i < tasks; i++) lines.push(`- [${i < done ? "x" : " "}] ${dice.pick(TODO)}`);
  const links = skills.flatMap((s) => {
    const title = roadmapTitles.get(s.toLowerCase());
    return title === undefined ? [] : [title];
  });
  if (links.length > 0) {
    lines.push("", "## Skill roadmaps");
    for (const title of links.slice(0, 4)) lines.push(`- [ ] [[${title}]]`);
  }
  lines.push("", "## Description", "");
  const paragraphs = dice.int(3, 8);
  for (let i = 0; i < paragraphs; i++) lines.push(paragraph(dice, dice.int(2, 5)), "");
  lines.push("**You have**");
  for (const s of skills.slice(0, 5)) lines.push(`- Experience with ${s}`);
  if (salary !== null) lines.push("", `The salary for this role is ${salary}.`);
  return lines.join("\n") + "\n";
}

function isoDate(day: number, withTime: boolean, dice: Dice): string {
  const base = Date.UTC(2024, 0, 1) + day * 86_400_000;
  const date = new Date(base).toISOString().slice(0, 10);
  if (!withTime) return date;
  const hh = String(dice.int(7, 22)).padStart(2, "0");
  const mm = String(dice.int(0, 59)).padStart(2, "0");
  const ss = String(dice.int(0, 59)).padStart(2, "0");
  return `${date}T${hh}:${mm}:${ss}${dice.pick(["-05:00", "-04:00", "+01:00", "+00:00", "-07:00"])}`;
}

const UNSAFE_IN_NAMES = /[\\/:*?"<>|#^[\]]/g;

function fileSafe(name: string): boolean {
  return name !== "" && !new RegExp(UNSAFE_IN_NAMES.source).test(name);
}

function safeFileName(text: string): string {
  return text.replace(UNSAFE_IN_NAMES, "").replace(/\s+/g, " ").trim();
}

interface PostingParts {
  path: string;
  text: string;
  broken: boolean;
}

function makePosting(
  dice: Dice,
  i: number,
  order: readonly SkillChoice[],
  roadmapTitles: ReadonlyMap<string, string>,
  usedPaths: Set<string>,
): PostingParts {
  const company = `${dice.pick(COMPANY_FIRST)} ${dice.pick(COMPANY_SECOND)}`;
  const role = `${dice.pick(LEVELS)}${dice.pick(ROLES)}${dice.pick(TEAMS)}`;
  const stage = dice.weighted(STAGE_WEIGHTS);
  const closed = stage === "Rejected" || stage === "Withdrawn" || stage === "Accepted";
  const folder = closed && dice.chance(0.6) ? "Jobs/Archive" : "Jobs";
  let path = `${folder}/${safeFileName(`${company} - ${role}`)}.md`;
  for (let n = 2; usedPaths.has(path.toLowerCase()); n++) path = `${folder}/${safeFileName(`${company} - ${role}`)} ${n}.md`;
  usedPaths.add(path.toLowerCase());

  const lower = dice.chance(0.12);
  const k = (key: string): string => (lower ? key.toLowerCase() : key);
  const skills = pickSkills(dice, order);
  const salary = salaryText(dice);
  const day = dice.int(0, 900);
  const fm: string[] = [];
  if (dice.chance(0.15)) fm.push(`id: 01J${(i * 7919).toString(36).toUpperCase().padStart(10, "0")}PKG`);
  if (dice.chance(0.7)) fm.push(`${dice.chance(0.9) ? "title" : "Role"}: ${yamlText(role)}`);

  const companyForm = dice.float();
  let companyValue: string;
  if (companyForm < 0.004) companyValue = "";
  else if (companyForm < 0.1) companyValue = `"[[${company}]]"`;
  else if (companyForm < 0.12) companyValue = `"[[Companies/${company}|${company}]]"`;
  else companyValue = yamlText(company);
  fm.push(`${k("Company")}:${companyValue === "" ? "" : ` ${companyValue}`}`);

  if (stage !== null) {
    const written = dice.chance(0.08) ? dice.pick([stage.toLowerCase(), `${stage.toLowerCase()} `, stage.toUpperCase()]) : stage;
    fm.push(`${k("Stage")}: ${yamlText(written)}`);
    if (dice.chance(0.15)) {
      fm.push("Stage_History:", `  - ${isoDate(day, false, dice)} Applied`, `  - ${isoDate(day + dice.int(3, 30), false, dice)} ${stage}`);
    }
  }
  const urlKey = dice.weighted<string>([["Job_Posting", 70], ["job-posting", 8], ["job posting", 8], ["job_posting", 8], ["URL", 6]]);
  fm.push(`${lower ? urlKey.toLowerCase() : urlKey}: https://jobs.example.com/${company.toLowerCase().replace(/\W+/g, "-")}/${i}`);
  if (salary !== null) fm.push(`${k("Salary")}: ${yamlText(salary)}`);

  const remote = dice.chance(0.3);
  const locationForm = dice.int(0, 3);
  if (locationForm === 0) fm.push(`${k("Location")}:`, `  - ${remote ? "Remote" : dice.pick(CITIES)}`);
  else if (locationForm === 1) fm.push(`${k("Location")}:`, `  - ${yamlText(dice.pick(CITIES))}`, `  - ${remote ? "Remote (US)" : "Hybrid"}`);
  else if (locationForm === 2) fm.push(`${k("Location")}: ${yamlText(remote ? "Remote" : `${dice.pick(CITIES)} (hybrid)`)}`);
  if (remote && dice.chance(0.3)) fm.push(`${k("Remote")}: true`);

  fm.push(...skillsYaml(dice, k("Skills"), skills));
  if (dice.chance(0.6)) fm.push(`modified: ${isoDate(day + dice.int(0, 60), true, dice)}`);
  if (dice.chance(0.5)) fm.push(`tags: [${[dice.pick(TAGS), dice.pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j).join(", ")}]`);
  else fm.push("tags:", "  - job", `  - ${dice.pick(TAGS)}`);
  if (dice.chance(0.1)) fm.push("Benefits:", "  - Remote", "  - Flexible PTO", "  - Equity & Stock Options", "  - Home Office Budget");
  if (dice.chance(0.05)) fm.push("Tasks:", "  - Research Projects", "  - Review Handbook", "  - Skill Roadmaps");

  // About one posting in 500 has a `---` block that is not valid YAML (an unclosed quote).
  const broken = dice.chance(0.002);
  if (broken) fm.splice(1, 0, `title: "${role}`);
  const text = ["---", ...fm, "---", postingBody(dice, skills, roadmapTitles, salary)].join("\n");
  return { path, text, broken };
}

// ---------------------------------------------------------------------------------------------
// Roadmaps and unrelated notes

const ROADMAP_TASKS = [
  "Read the official tutorial", "Work through the exercises", "Build a small project", "Read the docs end to end",
  "Write a blog post about it", "Pair with someone who knows it", "Do a course", "Contribute to an open-source project",
  "Review a real codebase", "Learn the testing tools", "Deploy something to production",
];

interface RoadmapPlan {
  path: string;
  text: string;
  /** The skill it answers to, lower case, and the link text postings use for it. */
  skill: string | null;
  title: string;
}

function makeRoadmap(dice: Dice, skill: SkillChoice | null, n: number): RoadmapPlan {
  const tasks: string[] = [];
  const total = dice.int(5, 25);
  const done = dice.int(0, total);
  for (let i = 0; i < total; i++) tasks.push(`- [${i < done ? "x" : " "}] ${dice.pick(ROADMAP_TASKS)}`);
  if (skill === null) {
    // A sub-topic or hub note in the roadmap folder that names no skill.
    const title = `Topic ${n} ${dice.pick(["Notes", "Home", "Reading List", "Exercises"])}`;
    const text = `---\ntags: [roadmap]\n---\n# ${title}\n\n${paragraph(dice, 2)}\n\n${tasks.join("\n")}\n`;
    return { path: `Roadmaps/Topics/${title}.md`, text, skill: null, title };
  }
  const form = dice.int(0, 3);
  const title = form === 0 ? skill.name : `${skill.name} Roadmap`;
  const fm = ["---", `tags: [roadmap, ${dice.pick(TAGS)}]`];
  if (skill.aliases.length > 0 && dice.chance(0.5)) {
    const aliases = skill.aliases.slice(0, 2);
    if (dice.chance(0.5)) fm.push(`aliases: [${aliases.map(yamlText).join(", ")}]`);
    else fm.push("aliases:", ...aliases.map((a) => `  - ${yamlText(a)}`));
  }
  fm.push("---");
  const file = title;
  const folder = form === 3 ? `notes-catalog/${dice.pick(["Web Development", "Data", "Infrastructure", "Languages"])}/${file}` : "Roadmaps";
  const body = [`# ${title}`, "", paragraph(dice, dice.int(1, 3)), "", "## Basics", ...tasks.slice(0, Math.ceil(total / 2)), "", "## Going further", ...tasks.slice(Math.ceil(total / 2)), ""];
  return { path: `${folder}/${file}.md`, text: [...fm, ...body].join("\n"), skill: skill.name.toLowerCase(), title: form === 3 ? `${folder}/${file}|${title}` : title };
}

function makeUnrelated(dice: Dice, i: number, companies: readonly string[]): BenchNote {
  const kind = dice.int(0, 4);
  if (kind === 0) {
    const date = isoDate(i, false, dice);
    const lines = [`---`, `tags: [daily]`, `---`, `# ${date}`, "", `- ${sentence(dice)}`, `- Applied to [[${dice.pick(companies)}]] today.`, "", "## To do tomorrow"];
    for (let t = dice.int(1, 4); t > 0; t--) lines.push(`- [ ] ${dice.pick(TODO)}`);
    return { path: `Daily/${date} ${i}.md`, text: lines.join("\n") + "\n" };
  }
  if (kind === 1) {
    const company = dice.pick(companies);
    const text = `---\ntags: [company]\nWebsite: https://${company.toLowerCase().replace(/\W+/g, "")}.example.com\nHQ: ${yamlText(dice.pick(CITIES))}\n---\n# ${company}\n\n${paragraph(dice, dice.int(2, 6))}\n`;
    return { path: `Companies/${company} ${i}.md`, text };
  }
  if (kind === 2) {
    const text = `# Meeting ${i}\n\n${paragraph(dice, dice.int(2, 5))}\n\n- [ ] ${dice.pick(TODO)}\n- [x] ${dice.pick(TODO)}\n`;
    return { path: `Meetings/Meeting ${i}.md`, text };
  }
  if (kind === 3) {
    const text = `---\ntitle: Book notes ${i}\nauthor: ${dice.pick(COMPANY_FIRST)} ${dice.pick(COMPANY_FIRST)}\nrating: ${dice.int(1, 5)}\ntags: [book]\n---\n${paragraph(dice, dice.int(3, 8))}\n`;
    return { path: `Reading/Book notes ${i}.md`, text };
  }
  return { path: `Inbox/Note ${i}.md`, text: `${paragraph(dice, dice.int(1, 6))}\n` };
}

const POSTING_TEMPLATE = `---
title: "{{title}}"
Company: "{{company}}"
Stage: Research
Job_Posting: "{{url}}"
Salary: "{{salary}}"
Location:
Skills:
---
# To Do
- [ ] Research the company
- [ ] Apply

## Description
{{description}}
`;

/**
 * A vault of `postings` postings, about 3 roadmap notes per 100 postings (at least 12; as many
 * as possible named for a skill, the rest topic notes), and unrelated notes making up a fifth of
 * all notes. Notes come in a seeded, shuffled order, as a folder listing would not sort them.
 */
export function generateVault(options: BenchVaultOptions): BenchVault {
  const dice = new Dice(prng(options.seed ?? 1));
  const order = skillOrder(dice);

  const roadmapCount = Math.max(12, Math.round(options.postings * 0.03));
  const roadmaps: RoadmapPlan[] = [];
  // Roadmaps for the most asked-for skills first, so some popular skills have none.
  let rank = 0;
  for (let n = 0; n < roadmapCount; n++) {
    // Skipping a few, and those whose names cannot be file names (C#, CI/CD).
    while (rank < order.length && (dice.chance(0.2) || !fileSafe(order[rank]?.name ?? ""))) rank++;
    const skill = rank < order.length ? (order[rank] ?? null) : null;
    rank++;
    roadmaps.push(makeRoadmap(dice, skill, n));
  }
  const roadmapTitles = new Map<string, string>();
  for (const r of roadmaps) if (r.skill !== null) roadmapTitles.set(r.skill, r.title);

  const usedPaths = new Set<string>();
  const postings: PostingParts[] = [];
  for (let i = 0; i < options.postings; i++) postings.push(makePosting(dice, i, order, roadmapTitles, usedPaths));

  const unrelatedCount = Math.round((options.postings + roadmaps.length + 1) / 4);
  const companies = COMPANY_FIRST.map((c) => `${c} ${dice.pick(COMPANY_SECOND)}`);
  const unrelated: BenchNote[] = [{ path: "Templates/Job posting.md", text: POSTING_TEMPLATE }];
  for (let i = 1; i < unrelatedCount; i++) unrelated.push(makeUnrelated(dice, i, companies));

  const notes: BenchNote[] = [
    ...postings.map((p) => ({ path: p.path, text: p.text })),
    ...roadmaps.map((r) => ({ path: r.path, text: r.text })),
    ...unrelated,
  ];
  for (let i = notes.length - 1; i > 0; i--) {
    const j = dice.int(0, i);
    const a = notes[i];
    const b = notes[j];
    if (a && b) {
      notes[i] = b;
      notes[j] = a;
    }
  }
  return {
    notes,
    postingPaths: postings.map((p) => p.path),
    roadmapPaths: roadmaps.map((r) => r.path),
    unrelated: unrelated.length,
    broken: postings.filter((p) => p.broken).length,
  };
}

const STAGE_LINE = /^(stage):[^\n]*$/im;
const NEXT_STAGE = ["Applied", "Screening", "Interview", "Offer", "Rejected", "Research"];

/**
 * The note's text after one edit a person makes to a posting: its stage moves on (or is set, when
 * it had none) and one more to-do item is ticked or added. `n` varies the new stage.
 */
export function changePosting(text: string, n: number): string {
  const stage = NEXT_STAGE[n % NEXT_STAGE.length] ?? "Applied";
  let out = STAGE_LINE.test(text) ? text.replace(STAGE_LINE, (_m, key: string) => `${key}: ${stage}`) : text.replace(/^---\n/, `---\nStage: ${stage}\n`);
  out = out.includes("- [ ] ") ? out.replace("- [ ] ", "- [x] ") : out.replace("# To Do\n", "# To Do\n- [x] Follow up\n");
  return out;
}

/** Writes the vault's notes under `root` (which should be empty or missing). */
export function writeVault(vault: BenchVault, root: string): void {
  const made = new Set<string>();
  for (const note of vault.notes) {
    const file = join(root, ...note.path.split("/"));
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, note.text);
  }
}
