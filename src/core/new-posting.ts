// What the New job posting command writes: the built-in template (shaped like a real posting
// note), the values its placeholders take, the note's file name, and a sortable unique id.
import { unixLines } from "./text";
import { sanitizeFileName } from "./filename";
import { parseSalary, type Salary } from "./salary";
import type { FieldNames } from "./settings";
import { fillText, type TemplateInput } from "./template";
import { localDay } from "./date-format";
import { OTHER_FIELD_NAMES } from "./posting";
import { blank } from "./frontmatter-fields";
import { entriesOf } from "./objects";

/** What the form collects. */
export interface PostingDraft {
  company: string;
  title: string;
  url: string;
  stage: string;
  salary: string;
  location: string;
  remote: boolean;
  skills: string[];
  description: string;
}

export function emptyDraft(stage: string): PostingDraft {
  return { company: "", title: "", url: "", stage, salary: "", location: "", remote: false, skills: [], description: "" };
}

/** The built-in template, using the user's property names. */
export function defaultPostingTemplate(fields: FieldNames): string {
  const key = (k: string): string => (/^[A-Za-z_][\w -]*$/.test(k) && !/\s$/.test(k) ? k : JSON.stringify(k));
  return `---
id: {{id}}
modified: {{date:yyyy-MM-dd'T'HH:mm:ssXXX}}
${key(fields.title)}: {{title}}
${key(fields.company)}: {{company}}
${key(fields.stage)}: {{stage}}
${key(fields.url)}: {{url}}
${key(fields.salary)}: {{salary}}
${key(fields.location)}: {{location}}
${key(fields.skills)}: {{skills}}
tags:
  - job
---
# To Do
- [ ] Research the company
- [ ] Tailor my resume
- [ ] Apply
- [ ] Follow up

## Skill roadmaps
{{skillLinks}}

## Description
{{description}}
`;
}

/**
 * The posting template with a place for the description: a template that has none would drop what
 * the user pasted, so a description section goes at its end. An empty description adds nothing.
 */
export function withDescription(template: string, description: string): string {
  if (blank(description) || /\{\{\s*description\s*\}\}/.test(template)) return template;
  const ending = template === "" || template.endsWith("\n") ? "" : "\n";
  return `${template}${ending}\n## Description\n{{description}}\n`;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID: 10 characters of time then 16 of randomness, so ids sort by creation time. */
export function sortableId(now: number, random: () => number): string {
  let t = Math.max(0, Math.floor(now));
  let time = "";
  for (let i = 0; i < 10; i++) {
    time = (CROCKFORD[t % 32] ?? "0") + time;
    t = Math.floor(t / 32);
  }
  let rand = "";
  for (let i = 0; i < 16; i++) rand += CROCKFORD[Math.floor(random() * 32) % 32] ?? "0";
  return time + rand;
}

/** The template input for a draft. `skillLinks` are the task lines of the Skill roadmaps section. */
export function postingTemplateInput(
  draft: PostingDraft,
  fields: FieldNames,
  extra: { now: Date; id: string; skillLinks: readonly string[] },
): TemplateInput {
  const company = draft.company.trim();
  const title = draft.title.trim();
  const url = draft.url.trim();
  const salary = draft.salary.trim();
  const location = draft.location.trim();
  const frontmatter: Record<string, unknown> = {
    [fields.company]: company,
    [fields.title]: title,
    [fields.stage]: draft.stage,
  };
  if (url !== "") frontmatter[fields.url] = url;
  if (salary !== "") frontmatter[fields.salary] = salary;
  if (location !== "") frontmatter[fields.location] = location;
  if (draft.remote) frontmatter[fields.remote] = true;
  if (draft.skills.length > 0) frontmatter[fields.skills] = [...draft.skills];
  return {
    values: {
      company,
      title,
      url,
      stage: draft.stage,
      salary,
      location,
      skills: [...draft.skills],
      id: extra.id,
      skillLinks: [...extra.skillLinks],
      description: unixLines(draft.description).trim(),
    },
    now: extra.now,
    // A user's template without a Company (or other) property still makes a posting.
    extraFrontmatter: frontmatter,
    // A template that writes `status` or `role` gets the stage or title there, not a second property.
    otherNames: Object.fromEntries(entriesOf(OTHER_FIELD_NAMES).map(([field, names]) => [fields[field as keyof FieldNames], names])),
  };
}

/** The note's base name from the pattern, safe on every platform; never empty. */
export function postingFileName(pattern: string, draft: PostingDraft, now: Date): string {
  const company = draft.company.trim();
  const title = draft.title.trim();
  const input: TemplateInput = { values: { company, title, stage: draft.stage, location: draft.location.trim() }, now };
  const filled = fillText(pattern, input)
    .replace(/\{\{[^}]*\}\}/g, "")
    .replace(/^[\s\-–—|·:,]+|[\s\-–—|·:,]+$/g, "");
  const fallback = title || company || `Job posting ${localDay(now)}`;
  return sanitizeFileName(filled, fallback);
}

/** How the form shows its reading of a salary: "80,000–210,000 USD per year". */
export function describeSalary(salary: Salary | null): string {
  if (!salary) return "";
  const n = (v: number): string => v.toLocaleString("en-US", { maximumFractionDigits: 2 });
  const per = `${salary.currency} per ${salary.period}`;
  const { min, max } = salary;
  if (min !== null && max !== null) return min === max ? `${n(min)} ${per}` : `${n(min)}–${n(max)} ${per}`;
  if (max !== null) return `up to ${n(max)} ${per}`;
  if (min !== null) return `from ${n(min)} ${per}`;
  return "no amount; kept as text";
}

export function readSalary(text: string, defaultCurrency: string): string {
  return describeSalary(parseSalary(text, defaultCurrency));
}
