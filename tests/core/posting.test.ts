import { readFileSync } from "fs";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { join } from "path";
import fc from "fast-check";
import { readNote, type NoteMeta } from "../../src/core/note-reader";
import {
  baseName,
  brokenLooksLikePosting,
  inFolder,
  OTHER_FIELD_NAMES,
  readPosting,
  shortTitle,
  usualFolder,
  type Posting,
  type PostingContext,
  type PostingReading,
} from "../../src/core/posting";
import { defaultSettings, type JobHuntSettings } from "../../src/core/settings";
import { SkillCanon } from "../../src/core/skills";
import { fieldKey } from "../../src/core/frontmatter-fields";
import { StagePipeline } from "../../src/core/stages";

function contextWith(change: (settings: JobHuntSettings) => void = () => undefined): PostingContext {
  const settings = defaultSettings();
  change(settings);
  return { settings, stages: new StagePipeline(settings.stages), skills: new SkillCanon(settings.skillSynonyms) };
}

const ctx = contextWith();

/** A note at `path` whose frontmatter is `yaml`. */
function note(yaml: string, path = "Jobs/Acme - Backend.md", body = ""): NoteMeta {
  return readNote(path, `---\n${yaml}\n---\n${body}`, parseYamlPackage, 1_000);
}

function read(yaml: string, path?: string, context: PostingContext = ctx): PostingReading {
  return readPosting(note(yaml, path), context);
}

/** The posting of a note that must be one. */
function posting(yaml: string, path?: string, context: PostingContext = ctx): Posting {
  const p = read(yaml, path, context).posting;
  if (!p) throw new Error(`not a posting:\n${yaml}`);
  return p;
}

describe("baseName", () => {
  test.each([
    ["Jobs/Acme - Backend.md", "Acme - Backend"],
    ["Acme.md", "Acme"],
    ["Jobs/2024/Acme.MD", "Acme"],
    ["Jobs/notes.md.md", "notes.md"],
    ["Jobs/README", "README"],
    ["Jobs/.md", ""],
    ["Jobs/a.mD", "a"],
    ["Jobs/a.mdx", "a.mdx"],
    ["Jobs/amd", "amd"],
  ])("%s -> %s", (path, expected) => {
    expect(baseName(path)).toBe(expected);
  });

  test("it reads every path as the last segment with a `.md` of any case taken off", () => {
    const path = fc.array(fc.constantFrom("a", "/", ".", "m", "d", "M", "D", "é", " "), { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(path, (p) => {
        const name = p.slice(p.lastIndexOf("/") + 1);
        expect(baseName(p)).toBe(/\.md$/i.test(name) ? name.slice(0, -3) : name);
      }),
    );
  });
});

describe("inFolder", () => {
  test.each<[string, string, boolean]>([
    ["Jobs/Acme.md", "Jobs", true],
    ["Jobs/2024/Acme.md", "Jobs", true],
    ["Jobs/Acme.md", "/Jobs/", true],
    ["Jobs/Acme.md", " Jobs ", true],
    ["Jobs/Acme.md", "", true],
    ["Acme.md", "", true],
    ["Acme.md", "  ", true],
    ["Jobs Archive/Acme.md", "Jobs", false],
    ["JobsOld/Acme.md", "Jobs", false],
    ["Archive/Jobs/Acme.md", "Jobs", false],
    ["Jobs/Acme.md", "Jobs/2024", false],
    ["Acme.md", "Jobs", false],
  ])("%s in %j: %s", (path, folder, expected) => {
    expect(inFolder(path, folder)).toBe(expected);
  });
});

describe("which notes are postings: a company key, however it is written", () => {
  test.each<[Record<string, unknown>, string, boolean]>([
    [{ Company: "Acme" }, "Company", true],
    [{ company: "Acme" }, "Company", true],
    [{ COMPANY: null }, "Company", true],
    [{ " Company ": "" }, "Company", true],
    [{ Employer: "Acme" }, "Employer", true],
    [{ Organisation: "Acme" }, "Company", false],
    [{ Companies: "Acme" }, "Company", false],
    [{}, "Company", false],
  ])("%j with key %j: %s", (frontmatter, field, expected) => {
    const reading = readPosting(
      { path: "a.md", frontmatter, brokenFrontmatter: null, tasks: { done: 0, total: 0 }, mtime: 0 },
      contextWith((s) => (s.fieldNames.company = field)),
    );
    expect(reading.posting !== null).toBe(expected);
  });
});

describe("brokenLooksLikePosting", () => {
  test.each<[string, string, boolean]>([
    ['Company: "Acme\nStage: Applied\n', "Company", true],
    ["company: Acme\n  Stage: Applied\n", "Company", true],
    ['"Company": Acme\nCompany: Globex\n', "Company", true],
    ["'company' : Acme\n", "Company", true],
    ['Stage: "Applied\n', "Company", false],
    ["Organisation: Acme\n", "Company", false],
    ["Employer: Acme\n", "Company", true],
    ["Employer: Acme\n  x: y\n", "Employer", true],
    // The other name a company is read under when the YAML is valid.
    ['Company Name: "Acme\nStage: Applied\n', "Company", true],
    ["Company\n", "Company", false],
    // A full-width colon, and a zero-width space before the key.
    ["Company：メルカリ\nStage: Applied\n", "Company", true],
    ['\u200bCompany: "Acme\n', "Company", true],
    [": Company\n", "Company", false],
    ["", "Company", false],
  ])("%j with key %j: %s", (raw, field, expected) => {
    expect(brokenLooksLikePosting(raw, field)).toBe(expected);
  });
});

describe("readPosting: which notes are postings", () => {
  test.each([
    ["Company", "Company: Acme"],
    ["company", "company: Acme"],
    ["COMPANY", "COMPANY: Acme"],
    ["Company with spaces around the key", "' Company ': Acme"],
  ])("a %s key makes a posting", (_label, yaml) => {
    expect(posting(yaml).company).toBe("Acme");
  });

  test("a template with an empty company and placeholders elsewhere is not a posting, nor a problem", () => {
    expect(read('Company:\ntitle: "{{title}}"\nStage: Research\ndate: "{{date}}"')).toMatchObject({ posting: null, problems: [] });
    // An empty company with no placeholder is still a posting with a problem.
    expect(read("Company:\ntitle: Engineer").problems).toEqual(["Company is empty."]);
  });

  test("a note with an empty company in a templates folder is a template, not a posting", () => {
    expect(read("Company:\nStage: Research", "Templates/Job.md")).toMatchObject({ posting: null, problems: [] });
    expect(read("Company:\nStage: Research", "Meta/_templates/Job.md")).toMatchObject({ posting: null, problems: [] });
    // A posting with its company filled in counts wherever it is; an empty one elsewhere is a problem.
    expect(read("Company: Acme", "Templates/Acme.md").posting?.company).toBe("Acme");
    expect(read("Company:", "Jobs/Template ideas.md").problems).toEqual(["Company is empty."]);
    expect(read("Company:", "Contemplative Co/Job.md").problems).toEqual(["Company is empty."]);
  });

  test("a note without a company key is not a posting", () => {
    expect(read("title: Notes\nStage: Applied")).toEqual({ posting: null, problems: [] });
  });

  test("a --- block with no closing line is a problem when it names a company, and nothing otherwise", () => {
    const open = readNote("Jobs/a.md", "---\nCompany: Acme\nStage: Applied\n\nBody text.\n", parseYamlPackage);
    expect(open).toMatchObject({ frontmatter: null, brokenFrontmatter: "Company: Acme\nStage: Applied", unclosed: true });
    expect(readPosting(open, ctx)).toEqual({
      posting: null,
      problems: ["The frontmatter has no closing --- line, so this posting is left out until it is fixed."],
    });
    // A rule at the top of a note, and a company named only further down, are no posting.
    expect(readPosting(readNote("a.md", "---\n\nCompany: Acme is great.\n", parseYamlPackage), ctx)).toEqual({ posting: null, problems: [] });
    expect(readPosting(readNote("a.md", "---\nJust a rule above some text\n", parseYamlPackage), ctx)).toEqual({ posting: null, problems: [] });
  });

  test("a note without frontmatter is not a posting", () => {
    expect(readPosting(readNote("Jobs/a.md", "Company: Acme\n", parseYamlPackage), ctx)).toEqual({ posting: null, problems: [] });
  });

  test.each([
    ["{{company}}", 'Company: "{{company}}"'],
    ["{{ company }}", 'Company: "{{ company }}"'],
    ["a Templater expression", 'Company: "<% tp.file.title %>"'],
    ["a placeholder in a list", 'Company:\n  - "{{company}}"'],
    ["an unquoted {{company}} (YAML reads a flow mapping)", "Company: {{company}}"],
    ["an unquoted {{VALUE:company}}", "Company: {{VALUE:company}}"],
  ])("a template whose company is %s is not a posting", (_label, yaml) => {
    expect(read(`${yaml}\nStage: "{{stage}}"`, "Templates/Job posting.md")).toEqual({ posting: null, problems: [] });
  });

  test.each(["Templates/Job posting.md", "Templates/Job posting", " /Templates/Job posting.md "])(
    "the note the posting template setting names (%j) is not a posting, though its Company is empty text",
    (setting) => {
      const withTemplate = contextWith((s) => {
        s.postingTemplate = setting;
      });
      expect(read("Company:\nStage: Research\nSkills: []", "Templates/Job posting.md", withTemplate)).toEqual({ posting: null, problems: [] });
      expect(read("Company: Acme", "Templates/Job posting copy.md", withTemplate).posting?.company).toBe("Acme");
      expect(read("Company: Acme", "Job posting.md", withTemplate).posting?.company).toBe("Acme");
    },
  );

  describe("the jobs folder", () => {
    const inJobs = contextWith((s) => {
      s.jobsFolder = "Jobs";
    });
    test.each<[string, boolean]>([
      ["Jobs/Acme.md", true],
      ["Jobs/2024/Acme.md", true],
      ["Archive/Acme.md", false],
      ["JobsOld/Acme.md", false],
      ["Acme.md", false],
    ])("%s is a posting: %s", (path, expected) => {
      expect(read("Company: Acme", path, inJobs).posting !== null).toBe(expected);
    });

    test("a broken note outside the jobs folder is not reported", () => {
      expect(read('Company: "Acme', "Archive/Acme.md", inJobs)).toEqual({ posting: null, problems: [] });
    });

    test("an empty jobs folder means the whole vault", () => {
      expect(read("Company: Acme", "Anywhere/deep/Acme.md").posting).not.toBeNull();
    });
  });

  describe("broken YAML", () => {
    test.each([
      ["an unclosed quote", 'Company: "Acme\nStage: Applied'],
      ["a bad indent", "Company: Acme\n  Stage: Applied"],
      ["duplicate keys", "Company: Acme\nCompany: Globex"],
      ["a lower-case key", 'company: "Acme'],
    ])("with a company line (%s): no posting, one problem", (_label, yaml) => {
      const reading = read(yaml);
      expect(reading.posting).toBeNull();
      expect(reading.problems).toHaveLength(1);
      expect(reading.problems[0]).toMatch(/not valid YAML/);
    });

    test.each([
      ["an unclosed quote", 'Stage: "Applied\ntitle: x'],
      ["a list", "- Acme\n- Globex"],
      ["a scalar", "Acme"],
    ])("without a company line (%s): nothing", (_label, yaml) => {
      expect(read(yaml)).toEqual({ posting: null, problems: [] });
    });

    test("the company line is looked for under the configured field name", () => {
      const employer = contextWith((s) => {
        s.fieldNames.company = "Employer";
      });
      expect(read('Employer: "Acme', undefined, employer).problems).toHaveLength(1);
      expect(read('Company: "Acme', undefined, employer).problems).toHaveLength(0);
    });
  });
});

describe("readPosting: company", () => {
  test.each(['"-"', "N/A", "TBD", '"?"'])("a mark that holds the place of a company not known yet (%s) is an empty company", (mark) => {
    expect(read(`Company: ${mark}`)).toMatchObject({ posting: { company: "" }, problems: ["Company is empty."] });
  });

  test.each([
    ["plain text", "Company: Acme", "Acme"],
    ["a quoted link", 'Company: "[[Acme]]"', "Acme"],
    ["a link with a folder and alias", 'Company: "[[orgs/Acme|Acme Corp]]"', "Acme Corp"],
    ["a link with a folder", 'Company: "[[orgs/Acme]]"', "Acme"],
    ["an unquoted link (YAML reads a list in a list)", "Company: [[Acme]]", "Acme"],
    ["a list", "Company:\n  - Acme\n  - Globex", "Acme"],
    ["a three-letter name", "Company: SAP", "SAP"],
    ["surrounding spaces", 'Company: "  Acme  "', "Acme"],
    ["a number", "Company: 3", "3"],
    ["a boolean", "Company: true", "true"],
  ])("%s", (_label, yaml, expected) => {
    const reading = read(yaml);
    expect(reading.posting?.company).toBe(expected);
    expect(reading.problems).toEqual([]);
  });

  test.each([
    ["no value", "Company:"],
    ["an empty string", 'Company: ""'],
    ["blanks", 'Company: "   "'],
    ["an empty list", "Company: []"],
    ["null", "Company: null"],
  ])("an empty company (%s) keeps the posting and reports a problem", (_label, yaml) => {
    const reading = read(`${yaml}\nStage: Applied`);
    expect(reading.posting).not.toBeNull();
    expect(reading.posting?.company).toBe("");
    expect(reading.posting?.stage).toBe("Applied");
    expect(reading.problems).toEqual(["Company is empty."]);
  });
});

describe("readPosting: title", () => {
  test.each([
    ["the title key", "title: Backend Engineer", "Backend Engineer"],
    ["Title in any case", "TITLE: Backend Engineer", "Backend Engineer"],
    ["the role key", "Role: Backend Engineer", "Backend Engineer"],
    ["the position key", "position: Backend Engineer", "Backend Engineer"],
    ["the job title key", "Job Title: Backend Engineer", "Backend Engineer"],
    ["a list", "title:\n  - Backend Engineer\n  - Platform Engineer", "Backend Engineer"],
    ["a number", "title: 42", "42"],
    ["no title", "Stage: Applied", "Acme - Backend"],
    ["an empty title", 'title: ""', "Acme - Backend"],
    ["a null title", "title: null", "Acme - Backend"],
    ["a blank title", 'title: "  "', "Acme - Backend"],
  ])("%s", (_label, yaml, expected) => {
    expect(posting(`Company: Acme\n${yaml}`, "Jobs/Acme - Backend.md").title).toBe(expected);
  });

  test("title wins over role", () => {
    expect(posting("Company: Acme\nRole: Role\ntitle: Title").title).toBe("Title");
  });
});

describe("readPosting: stage", () => {
  test.each<[string, string, string, boolean, boolean]>([
    ["an exact stage", "Stage: Applied", "Applied", true, false],
    ["lower case", "Stage: applied", "Applied", true, false],
    ["upper case", "Stage: INTERVIEW", "Interview", true, false],
    ["spaces around", 'Stage: "  Offer  "', "Offer", true, false],
    ["a closed stage", "Stage: rejected", "Rejected", true, true],
    ["a key in any case", "stage: Screening", "Screening", true, false],
    // The properties panel adds to a list at its end: the last item is the latest.
    ["a list", "Stage:\n  - Interview\n  - Offer", "Offer", true, false],
    ["a list with an empty last item", "Stage:\n  - Applied\n  - Interview\n  -", "Interview", true, false],
    ["a link", 'Stage: "[[Applied]]"', "Applied", true, false],
    ["an unknown stage", "Stage: On hold", "On hold", false, false],
    ["an unknown stage with spaces", 'Stage: "  On hold "', "On hold", false, false],
    ["a number", "Stage: 2", "2", false, false],
    ["a boolean", "Stage: true", "true", false, false],
    ["no stage", "title: x", "Research", true, false],
    ["an empty stage", "Stage:", "Research", true, false],
    ["a null stage", "Stage: null", "Research", true, false],
    // With no stage property, a tag that names a stage is the stage; the furthest along wins.
    ["a tag with a path", "tags: [job/applied, job-hunt]", "Applied", true, false],
    ["a tag as a word", "tags: [job, interviewing]", "Interview", true, false],
    ["tags as text, with #", 'tags: "#job #rejected"', "Rejected", true, true],
    ["the furthest of two tags", "tags:\n  - status/applied\n  - status/offer", "Offer", true, false],
    ["a tag of two words names none", "tags: [interview-prep, long-shot]", "Research", true, false],
    ["an empty stage and a tag", "Stage:\ntags: [applied]", "Applied", true, false],
    ["a stage property wins over a tag", "Stage: Screening\ntags: [offer]", "Screening", true, false],
    // With neither, a tracker's dated steps: the furthest step with a value.
    ["an application date", "date_applied: 2026-09-12", "Applied", true, false],
    ["a dateApplied and an interview date", "dateApplied: 2026-09-12\ninterview_date: 2026-10-01", "Interview", true, false],
    ["an empty status and an applied date", "status:\napplied: 2026-09-12", "Applied", true, false],
    ["an applied box ticked", "applied: true", "Applied", true, false],
    ["a Bases interview date", "interview: 2025-11-12\napplied: 2025-11-01", "Interview", true, false],
    ["an applied box not ticked", "applied: false", "Research", true, false],
    ["an applied 'no'", "applied: no", "Research", true, false],
    ["an applied 'yes'", "applied: yes", "Applied", true, false],
    ["an applied tick, as a phone types it", 'applied: "✔️"', "Applied", true, false],
    ["an applied daily note", 'applied: "[[2026-09-12]]"', "Applied", true, false],
    ["an applied daily note, unquoted", "applied: [[2026-09-12]]", "Applied", true, false],
    ["a spreadsheet's date number", "applied: 45500", "Applied", true, false],
    ["an interview to be decided", "interview: TBD in 2 weeks\napplied: 0", "Research", true, false],
    ["a link to a prep note", 'interview: "[[Round 1 prep]]"\ndate_applied: 2026-09-12', "Applied", true, false],
    ["an applied 'no' with a year", "applied: no - 2024", "Research", true, false],
    ["an empty interview date", "interview_date:\napplied_on: 2026-09-12", "Applied", true, false],
    ["a tag wins over a date", "tags: [offer]\napplied: 2026-09-12", "Offer", true, false],
    ["a status wins over a date", "status: Wishlist\ninterview_date: 2026-10-01", "Research", true, false],
  ])("%s", (_label, yaml, stage, known, closed) => {
    const p = posting(`Company: Acme\n${yaml}`);
    expect({ stage: p.stage, stageKnown: p.stageKnown, closed: p.closed }).toEqual({ stage, stageKnown: known, closed });
  });

  test("a missing stage starts at the first configured stage", () => {
    const custom = contextWith((s) => {
      s.stages = [
        { name: "Wishlist", closed: false },
        { name: "Done", closed: true },
      ];
    });
    expect(posting("Company: Acme", undefined, custom).stage).toBe("Wishlist");
    expect(posting("Company: Acme\nStage: done", undefined, custom)).toMatchObject({ stage: "Done", closed: true });
    expect(posting("Company: Acme\nStage: Applied", undefined, custom)).toMatchObject({ stage: "Applied", stageKnown: false });
  });
});

describe("readPosting: skills", () => {
  const skillNames = (yaml: string): string[] => posting(`Company: Acme\n${yaml}`).skills.map((s) => s.name);

  test.each([
    ["a list", "Skills:\n  - Go\n  - Rust", ["Go", "Rust"]],
    ["a comma-separated string", "Skills: Go, Rust, postgres", ["Go", "Rust", "PostgreSQL"]],
    ["one string", "Skills: k8s", ["Kubernetes"]],
    ["links", 'Skills:\n  - "[[Go]]"\n  - "[[langs/Rust|Rust]]"', ["Go", "Rust"]],
    ["a key in any case", "skills: [Go]", ["Go"]],
    // A number is no skill: a Properties list with a stray "5" in it.
    ["a number", "Skills: 42", []],
    ["a number among the items", "Skills:\n  - Python\n  - 5", ["Python"]],
    ["a boolean", "Skills: true", []],
    ["null", "Skills: null", []],
    ["no skills", "title: x", []],
  ])("%s", (_label, yaml, expected) => {
    expect(skillNames(yaml)).toEqual(expected);
  });

  test("user synonyms apply", () => {
    const gql = contextWith((s) => {
      s.skillSynonyms = { gql: "GraphQL" };
    });
    expect(posting("Company: Acme\nSkills: gql", undefined, gql).skills.map((s) => s.name)).toEqual(["GraphQL"]);
  });
});

describe("readPosting: location and remote", () => {
  test.each<[string, string, string, boolean]>([
    ["a place", "Location: Berlin", "Berlin", false],
    ["a list", "Location:\n  - Berlin\n  - London", "Berlin, London", false],
    ["Remote as the location", "Location: Remote", "Remote", true],
    ["Remote in a list", "Location:\n  - Berlin\n  - Remote", "Berlin, Remote", true],
    ["Remote in text", "Location: Remote (US only)", "Remote (US only)", true],
    ["remote in lower case", "Location: remote, EU", "remote, EU", true],
    ["a word containing remote", "Location: Remoteville", "Remoteville", false],
    ["Remote: true", "Location: Berlin\nRemote: true", "Berlin", true],
    ["remote: yes", "Location: Berlin\nremote: yes", "Berlin", true],
    ["Remote: false overrides the location", "Location: Remote\nRemote: false", "Remote", false],
    ["Remote: no overrides the location", "Location: Remote\nRemote: no", "Remote", false],
    ["Remote: null falls back to the location", "Location: Remote\nRemote: null", "Remote", true],
    ["Remote: 1, a checkbox written as a number", "Location: Berlin\nRemote: 1", "Berlin", true],
    ["Remote: 0", "Location: Remote\nRemote: 0", "Remote", false],
    ["a location anywhere", "Location: Anywhere", "Anywhere", true],
    ["a location worldwide, with an emoji", "Location: Worldwide 🌍", "Worldwide 🌍", true],
    ["Remote: in Japanese", "Location: 東京\nRemote: フルリモート", "東京", true],
    ["a Notion checkbox named with a question mark", "Location: Berlin\nRemote?: true", "Berlin", true],
    ["Remote: \"1\" as text", 'Location: Berlin\nRemote: "1"', "Berlin", true],
    ["Remote: a number of days is not yes", 'Location: Berlin\nRemote: "1 day a week"', "Berlin", false],
    ["a location that asks and answers", "Location: Remote? No", "Remote? No", false],
    ["Remote: with its terms", "Location: Berlin\nRemote: Remote (US only)", "Berlin", true],
    ["Remote: remote-first", "Location: Berlin\nRemote: Remote-first", "Berlin", true],
    ["Remote: yes, with a condition", "Location: Berlin\nRemote: Yes - EU timezones", "Berlin", true],
    ["Remote: not remote", "Location: Remote\nRemote: not remote", "Remote", false],
    ["Remote: remote, but not now", "Location: Berlin\nRemote: remote not possible", "Berlin", false],
    ["Remote: with a no that is not about remote", "Location: Berlin\nRemote: Remote (non-US ok)", "Berlin", true],
    ["Remote: yes, and no travel", "Location: Berlin\nRemote: Yes, no travel", "Berlin", true],
    ["a remote location with no relocation", "Location: Remote, no relocation", "Remote, no relocation", true],
    ["a location that says no remote", "Location: On-site (no remote)", "On-site (no remote)", false],
    ["a location that says not remote", "Location: Berlin (not remote)", "Berlin (not remote)", false],
    ["a location that says non-remote", "Location: Berlin, non-remote", "Berlin, non-remote", false],
    ["a number location", "Location: 10115", "10115", false],
    ["no location", "title: x", "", false],
    ["Remote: a tick", 'Location: Berlin\nRemote: "✅"', "Berlin", true],
    ["Remote: WFH", "Location: Berlin\nRemote: WFH", "Berlin", true],
    ["Remote: in German and French", "Location: Berlin\nRemote: Fernarbeit", "Berlin", true],
    ["Remote: Télétravail", "Location: Paris\nRemote: Télétravail", "Paris", true],
    ["Work Mode: Remote", "Location: Berlin\nWork Mode: Remote", "Berlin", true],
    ["Work Mode: Hybrid", "Location: Berlin\nWork Mode: Hybrid", "Berlin", false],
    ["Remote: site visits is not yes", "Location: Berlin\nRemote: site visits", "Berlin", false],
    ["Work Mode: Full-time leaves it to the location", "Location: Remote\nWork Mode: Full-time", "Remote", true],
    ["Work Mode: On-site says no", "Location: Remote (US)\nWork Mode: On-site", "Remote (US)", false],
    ["a location that rules remote work out", "Location: Remote work not possible, Munich", "Remote work not possible, Munich", false],
    ["a location that rules remote out in German", "Location: Berlin – kein Remote", "Berlin – kein Remote", false],
    ["a location that says remote is not available", "Location: Remote – not available for this role", "Remote – not available for this role", false],
    ["a remote location with no visa sponsorship", "Location: Remote - no visa sponsorship", "Remote - no visa sponsorship", true],
    ["a location in Spanish or French that says remote", "Location: Remoto", "Remoto", true],
    ["Remote: 100%", "Location: Berlin\nRemote: 100%", "Berlin", true],
    ["Remote: Homeoffice", "Location: Berlin\nRemote: Homeoffice", "Berlin", true],
    ["Remote: 100% in the office is not yes", "Location: Berlin\nRemote: 100% office", "Berlin", false],
    ["a remote location with states left out", "Location: Remote - Not available in Colorado", "Remote - Not available in Colorado", true],
    ["Remote: home office on some days is not yes", "Location: Berlin\nRemote: Homeoffice möglich, 2 Tage", "Berlin", false],
    ["a hybrid location with remote days", "Location: Hybrid (2 days remote)", "Hybrid (2 days remote)", false],
    ["a place, hybrid, with remote days", "Location: London, hybrid - 2 days remote", "London, hybrid - 2 days remote", false],
    ["remote or hybrid", "Location: Remote or hybrid (EU)", "Remote or hybrid (EU)", true],
    ["WFH as the location", "Location: WFH", "WFH", true],
    ["home office as the location", "Location: Home office", "Home office", true],
    ["a city's home office is a place", "Location: Dallas (home office)", "Dallas (home office)", false],
    ["a head office is a place", "Location: Home Office - Bentonville, AR", "Home Office - Bentonville, AR", false],
    ["hybrid or remote", "Location: Hybrid or remote", "Hybrid or remote", true],
    ["hybrid, or remote in the US", "Location: Hybrid / Remote (US)", "Hybrid / Remote (US)", true],
    ["remote or hybrid with days", "Location: Remote or hybrid (2 days)", "Remote or hybrid (2 days)", true],
    ["work from anywhere", "Location: Work from anywhere", "Work from anywhere", true],
    ["a distributed team", "Location: Fully distributed (EU time zones)", "Fully distributed (EU time zones)", true],
    ["telecommuting", "Location: Telecommute - US", "Telecommute - US", true],
    ["home-based", "Location: Home-based, UK", "Home-based, UK", true],
    ["partially remote is hybrid", "Location: Partially remote (Austin)", "Partially remote (Austin)", false],
    ["Remote: a check mark", 'Location: Berlin\nRemote: "✓"', "Berlin", true],
    ["Remote: x, as a box is ticked", "Location: Berlin\nRemote: x", "Berlin", true],
    ["a distributed system is no place", "Location: Distributed systems lab, Zurich", "Distributed systems lab, Zurich", false],
  ])("%s", (_label, yaml, location, remote) => {
    const p = posting(`Company: Acme\n${yaml}`);
    expect({ location: p.location, remote: p.remote }).toEqual({ location, remote });
  });
});

describe("readPosting: a note typed on a phone", () => {
  test("typographic quotes around whole values (iOS Smart Punctuation) are not part of them", () => {
    const p = posting("Company: “N26”\nStage: “Applied”\nRemote: “yes”\nJob_Posting: “https://n26.com/jobs/1”\nSkills: “Kotlin, Java”\nLocation: ‘Berlin’\ntitle: „Backend Engineer“");
    expect({ company: p.company, stage: p.stage, stageKnown: p.stageKnown, remote: p.remote, url: p.url, skills: p.skills.map((s) => s.name), location: p.location, title: p.title }).toEqual({
      company: "N26", stage: "Applied", stageKnown: true, remote: true, url: "https://n26.com/jobs/1", skills: ["Kotlin", "Java"], location: "Berlin", title: "Backend Engineer",
    });
  });

  test("a quote followed by a long run of spaces reads at once", () => {
    expect(posting(`Company: "“${" ".repeat(50_000)}x"`).company).toBe(`“${" ".repeat(50_000)}x`);
    expect(posting(`Company: "“ Acme${" ".repeat(50_000)}”"`).company).toBe("Acme");
  });

  test("quotes inside a value, or only on one side, stay", () => {
    expect(posting("Company: “McDonald’s”").company).toBe("McDonald’s");
    expect(posting("Company: The “Good” Agency").company).toBe("The “Good” Agency");
    expect(posting("Company: “Acme” and “Beta”").company).toBe("“Acme” and “Beta”");
    expect(posting("Company: Acme”").company).toBe("Acme”");
  });
});

describe("readPosting: the names people give the properties", () => {
  test("Status, Salary Range, Tech Stack, Work Mode and Company Name are read when the configured names are not there", () => {
    const p = posting("Company Name: Monzo\nJob Title: Backend Engineer\nStatus: Interview\nSalary Range: £70k - £90k\nTech Stack: [Go, Cassandra, Kafka]\nWork Mode: Remote");
    expect({ company: p.company, title: p.title, stage: p.stage, skills: p.skills.map((s) => s.name), salary: [p.salary?.min, p.salary?.max, p.salary?.currency], remote: p.remote }).toEqual({
      company: "Monzo", title: "Backend Engineer", stage: "Interview", skills: ["Go", "Cassandra", "Kafka"], salary: [70000, 90000, "GBP"], remote: true,
    });
  });

  test("an empty configured property, as a template leaves it, does not hide the value under another name", () => {
    const p = posting("Company:\nCompany Name: Acme\nStage:\nstatus: Applied\nSkills: []\nTech Stack: [Go]");
    expect({ company: p.company, stage: p.stage, skills: p.skills.map((s) => s.name) }).toEqual({ company: "Acme", stage: "Applied", skills: ["Go"] });
    expect(read("Company: \"\"\ncompany: Acme").problems).toEqual([]);
  });

  test("the configured name wins when both are there", () => {
    const p = posting("Company: Acme\nStage: Offer\nStatus: Interview\nSkills: [Rust]\nStack: [Go]\nSalary: $100k\nCompensation: $50k");
    expect({ stage: p.stage, skills: p.skills.map((s) => s.name), min: p.salary?.min }).toEqual({ stage: "Offer", skills: ["Rust"], min: 100000 });
  });
});

describe("readPosting: url", () => {
  test.each([
    ["Job_Posting", "Job_Posting: https://example.com/a"],
    ["job posting", "job posting: https://example.com/a"],
    ["job-posting", "job-posting: https://example.com/a"],
    ["JOB_POSTING", "JOB_POSTING: https://example.com/a"],
    ["url", "url: https://example.com/a"],
    ["URL", "URL: https://example.com/a"],
    ["link", "link: https://example.com/a"],
    ["a list", "url:\n  - https://example.com/a\n  - https://example.com/b"],
    ["a Markdown link", 'Job_Posting: "[Apply](https://example.com/a)"'],
    ["a Markdown link in a list", 'url:\n  - "[Apply here](<https://example.com/a>)"'],
  ])("from %s", (_label, yaml) => {
    expect(posting(`Company: Acme\n${yaml}`).url).toBe("https://example.com/a");
  });

  test("a Markdown link in a text property reads as its text", () => {
    expect(posting('Company: "[Acme](https://acme.example)"\nLocation: "[Berlin](https://maps.example)"')).toMatchObject({ company: "Acme", location: "Berlin" });
    // Text around the link stays as written.
    expect(posting('Company: "Acme, see [site](https://acme.example)"').company).toBe("Acme, see [site](https://acme.example)");
  });

  test("Job_Posting wins over url", () => {
    expect(posting("Company: Acme\nurl: https://example.com/b\nJob_Posting: https://example.com/a").url).toBe("https://example.com/a");
  });

  test("a Web Clipper note's source address is the link when no link property is there", () => {
    expect(posting('Company: "[[Datadog]]"\nsource: "https://careers.datadoghq.com/detail/123"').url).toBe("https://careers.datadoghq.com/detail/123");
    expect(posting("Company: Acme\nsource: LinkedIn").url).toBe("");
    expect(posting("Company: Acme\nURL: https://acme.example/1\nsource: https://board.example/2").url).toBe("https://acme.example/1");
  });

  test("a note written in Chinese or Japanese property names is read", () => {
    const zh = posting("公司: 字节跳动\n职位: 后端开发工程师\n状态: 一面\n薪资: 20-30K\n地点: 北京\n技能: [Go, MySQL]\n链接: https://jobs.bytedance.com/1");
    expect(zh).toMatchObject({ company: "字节跳动", title: "后端开发工程师", stage: "Interview", location: "北京", url: "https://jobs.bytedance.com/1" });
    expect(zh.skills.map((s) => s.name)).toEqual(["Go", "MySQL"]);
    expect(zh.salary).toMatchObject({ min: 20_000, max: 30_000 });
    const ja = posting("会社: メルカリ\n職種: バックエンドエンジニア\nステータス: 書類選考中\n年収: 600万〜900万円\n勤務地: 東京都港区\nスキル: [Go]");
    expect(ja).toMatchObject({ company: "メルカリ", title: "バックエンドエンジニア", stage: "Screening", location: "東京都港区" });
    expect(ja.salary).toMatchObject({ min: 6_000_000, max: 9_000_000, currency: "JPY" });
  });

  test("a spreadsheet's bound in brackets after a property's name joins it", () => {
    // A bound in brackets is no note: an Airtable's two salary columns are the range.
    expect(read("Company: Acme\nSalary (Min): 120000\nSalary (Max.): 150000")).toMatchObject({ posting: { salary: { min: 120_000, max: 150_000 } }, problems: [] });
  });

  test("a clipped page's schema.org organization and place read as their name and town", () => {
    const company = JSON.stringify(JSON.stringify({ "@type": "Organization", name: "Figma", sameAs: "https://www.figma.com" }));
    const place = (town: string): object => ({ "@type": "Place", address: { "@type": "PostalAddress", addressLocality: town, addressRegion: "WA", addressCountry: "US" } });
    expect(read(`company: ${company}\nlocation: ${JSON.stringify(JSON.stringify(place("Kent")))}`)).toMatchObject({ posting: { company: "Figma", location: "Kent, WA" }, problems: [] });
    // As properties, several places, and a place with only its country.
    expect(posting(`company:\n  "@type": Organization\n  name: Personio\nlocation: '${JSON.stringify([place("München"), place("Berlin")])}'`)).toMatchObject({ company: "Personio", location: "München, WA; Berlin, WA" });
    expect(read('company: Acme\nlocation:\n  "@type": Place\n  address: {addressCountry: US}')).toMatchObject({ posting: { location: "US" }, problems: [] });
    // Other JSON, and other objects, are as before: text, and a nested value named under problems.
    expect(posting('company: \'{"name": "Figma"}\'').company).toBe('{"name": "Figma"}');
    expect(read("company: Acme\nlocation:\n  city: Berlin").problems).toEqual(["Location is a nested object, not text; it was ignored."]);
  });

  test("schema.org's TELECOMMUTE is remote, under jobLocationType too", () => {
    expect(posting("company: Personio\nremote: TELECOMMUTE").remote).toBe(true);
    expect(posting("company: Personio\njobLocationType: TELECOMMUTE").remote).toBe(true);
  });

  test("a generator's source_url is the link", () => {
    expect(posting("company: Acme\nsource_url: https://news.ycombinator.com/item?id=42").url).toBe("https://news.ycombinator.com/item?id=42");
  });

  test("angle brackets around an address are left out; a link to a note is no address", () => {
    expect(posting("Company: Acme\nJob Posting: <https://jobs.example.com/42>").url).toBe("https://jobs.example.com/42");
    expect(posting('Company: Acme\nLink: "[[Clippings/Acme job ad]]"').url).toBe("");
    expect(posting("Company: Acme\nLink: [[Clippings/Acme job ad]]").url).toBe("");
  });

  test("no url is empty", () => {
    expect(posting("Company: Acme").url).toBe("");
  });
});

describe("readPosting: salary, modified and tasks", () => {
  test("the salary is parsed with the default currency", () => {
    expect(posting("Company: Acme\nSalary: 98k - 210k").salary).toMatchObject({ min: 98_000, max: 210_000, currency: "USD", period: "year" });
    const eur = contextWith((s) => {
      s.defaultCurrency = "EUR";
    });
    expect(posting("Company: Acme\nSalary: 55k - 70k", undefined, eur).salary?.currency).toBe("EUR");
  });

  test("a salary object with parts is read from them", () => {
    expect(posting("Company: Acme\nSalary:\n  min: 80000\n  max: 100000\n  currency: EUR").salary).toMatchObject({
      min: 80_000,
      max: 100_000,
      currency: "EUR",
    });
  });

  test("no salary is null; a salary without amounts keeps its text", () => {
    expect(posting("Company: Acme").salary).toBeNull();
    expect(posting("Company: Acme\nSalary: Competitive").salary).toMatchObject({ min: null, max: null, text: "Competitive" });
  });

  test.each<[string, string, number]>([
    ["an ISO timestamp", "modified: 2024-10-24T12:46:52-04:00", Date.parse("2024-10-24T12:46:52-04:00")],
    ["a date", "updated: 2024-10-24", new Date(2024, 9, 24).getTime()],
    ["a tracker's lastUpdated", "lastUpdated: 2024-10-24", new Date(2024, 9, 24).getTime()],
    ["a date in words, as Notion exports it", "modified: November 3, 2025", new Date(2025, 10, 3).getTime()],
    ["a date with dots", "updated: 24.10.2024", new Date(2024, 9, 24).getTime()],
    ["a date with slashes, the month clear", "modified: 10/24/2024", new Date(2024, 9, 24).getTime()],
    ["an invalid date", "modified: sometime", 1_000],
    ["an empty value", "modified:", 1_000],
    ["no modified key", "title: x", 1_000],
  ])("modified from %s", (_label, yaml, expected) => {
    expect(posting(`Company: Acme\n${yaml}`).modified).toBe(expected);
  });

  test("the task progress is the note's", () => {
    const meta = note("Company: Acme", "Jobs/a.md", "- [x] Apply\n- [ ] Prepare\n");
    expect(readPosting(meta, ctx).posting?.tasks).toEqual({ done: 1, total: 2 });
  });
});

describe("readPosting: values of every type in every field", () => {
  const fields = ["Company", "title", "Stage", "Skills", "Salary", "Location", "Remote", "Job_Posting"];
  const values: Array<[string, unknown]> = [
    ["a number", 42],
    ["a negative decimal", -1.5],
    ["true", true],
    ["false", false],
    ["null", null],
    ["a nested object", { deep: { er: [1, 2] } }],
    ["a list of objects", [{ a: 1 }, { b: 2 }]],
    ["an empty list", []],
    ["a list of lists", [["a"], ["b"]]],
    ["a date", new Date("2024-01-01T00:00:00Z")],
  ];
  const cases = fields.flatMap((field) => values.map(([label, value]): [string, string, unknown] => [field, label, value]));

  test.each(cases)("%s as %s never throws", (field, _label, value) => {
    const frontmatter: Record<string, unknown> = { Company: "Acme", [field]: value };
    const meta: NoteMeta = { ...note("x: 1"), frontmatter };
    let reading: PostingReading | undefined;
    expect(() => {
      reading = readPosting(meta, ctx);
    }).not.toThrow();
    expect(reading?.posting).not.toBeNull();
    expect(typeof reading?.posting?.company).toBe("string");
    expect(typeof reading?.posting?.title).toBe("string");
    expect(typeof reading?.posting?.stage).toBe("string");
  });

  test.each(fields)("a nested object in %s is reported as a problem", (field) => {
    const meta: NoteMeta = { ...note("x: 1"), frontmatter: { Company: "Acme", [field]: { deep: { er: 1 } } } };
    const { posting: p, problems } = readPosting(meta, ctx);
    expect(p).not.toBeNull();
    expect(problems.some((m) => m.includes(field) && /nested object/.test(m))).toBe(true);
  });

  test("a nested object is ignored, not shown as text", () => {
    const p = posting("Company: Acme\ntitle:\n  a: b\nStage:\n  a: b\nLocation:\n  a: b\nSkills:\n  a: b\nJob_Posting:\n  a: b");
    expect(p).toMatchObject({ title: "Acme - Backend", stage: "Research", location: "", skills: [], url: "" });
  });

  test("a skill with its level as one property under a dash is read, with no problem; a group or a record is reported", () => {
    const { posting: p, problems } = read("Company: Acme\nSkills:\n  - Python: advanced\n  - Rust");
    expect(p?.skills.map((s) => s.name)).toEqual(["Python", "Rust"]);
    expect(problems).toEqual([]);
    for (const item of ["  - Frontend: [React, Vue]", "  - name: Python", "  - Python: advanced\n    years: 5"]) {
      expect(read(`Company: Acme\nSkills:\n${item}\n  - Rust`).problems).toEqual(["Skills has an item that is a nested object, not a skill; it was ignored."]);
    }
  });

  test("an object among the Skills items is reported; the other items count", () => {
    const { posting: p, problems } = read("Company: Acme\nSkills:\n  - name: Python\n    level: expert\n  - Rust");
    expect(p?.skills.map((s) => s.name)).toEqual(["Rust"]);
    expect(problems).toEqual(["Skills has an item that is a nested object, not a skill; it was ignored."]);
  });

  test("a property written twice in two spellings with different values is reported; the first is read", () => {
    const { posting: p, problems } = read("Company: Upper Co\ncompany: lower co\nStage: Applied\nstage: Offer\ntitle: X\nTitle: X\nSkills: [Go]\nskills: [Go]");
    expect(p).toMatchObject({ company: "Upper Co", stage: "Applied", title: "X" });
    expect(problems).toEqual([
      "Company is written twice, in two spellings, with different values; the first is used.",
      "Stage is written twice, in two spellings, with different values; the first is used.",
    ]);
    // Two names of one field (title and role) are no clash: the preferred one is read.
    expect(read("Company: Acme\ntitle: A\nrole: B").problems).toEqual([]);
  });

  test.each([
    ['Company: Acme\ncompany: "[[Acme]]"'],
    ["Company: Acme\ncompany: acme"],
    ["Company: Acme\nStage: Applied\nstage: applied"],
    ["Company: Acme\nSkills: [Python, Go]\nskills: [golang, python]"],
    ['Company: Acme\nRemote: true\nremote: "yes"'],
    ["Company: Acme\nSalary: 100000\nsalary: $100k"],
    ["Company: Acme\nLocation: Berlin\nlocation: [Berlin]"],
  ])("two spellings of a property that say the same thing are no clash: %j", (yaml) => {
    expect(read(yaml).problems).toEqual([]);
  });

  test.each([
    ["Company: Acme\nRemote: true\nremote: no", "Remote"],
    ["Company: Acme\nSalary: 100000\nsalary: $120k", "Salary"],
    ["Company: Acme\nSkills: [Python]\nskills: [Python, Go]", "Skills"],
  ])("two spellings that differ in what they say are reported: %j", (yaml, label) => {
    expect(read(yaml).problems).toEqual([`${label} is written twice, in two spellings, with different values; the first is used.`]);
  });

  test("the company is also read under Employer and Hiring company", () => {
    expect(posting("Employer: Globex\nStatus: Interviewing").company).toBe("Globex");
    expect(posting("hiring company: Initech\nStage: Applied").company).toBe("Initech");
    // The configured name wins where both are written.
    expect(posting("Employer: Globex\nCompany: Acme").company).toBe("Acme");
  });

  test("camelCase keys, as apps and scripts write them, are read like the same words with `_`", () => {
    const p = posting("companyName: Shopify\njobTitle: Senior Developer\napplicationStatus: Interviewing\nsalaryRange: 120000-140000 CAD\njobUrl: https://example.com/jobs/1\ntechStack: [Ruby, Go]\nworkMode: Remote");
    expect(p).toMatchObject({ company: "Shopify", title: "Senior Developer", stage: "Interview", url: "https://example.com/jobs/1", remote: true });
    expect(p.salary).toMatchObject({ min: 120000, max: 140000, currency: "CAD" });
    expect(p.skills.map((s) => s.name)).toEqual(["Ruby", "Go"]);
    expect(posting("Company: Acme\nsalaryMin: 90000\nsalaryMax: 110000").salary).toMatchObject({ min: 90000, max: 110000 });
    // A key in capitals stays one word: "URL" is url, "JobURL" is job_url.
    expect(posting("Company: Acme\nJobURL: https://example.com/a").url).toBe("https://example.com/a");
  });

  test.each([
    ["German", "Unternehmen: Siemens\nPosition: Softwareentwickler\nStatus: Beworben\nGehalt: 65.000 - 75.000 €\nOrt: München\nFähigkeiten: [Java, Kubernetes]", ["Siemens", "Softwareentwickler", "Applied", "München", "EUR"]],
    ["French", "Entreprise: Doctolib\nPoste: Développeur backend\nStatut: Entretien\nSalaire: 55k - 65k €\nLieu: Paris\nCompétences: [Python, Django]", ["Doctolib", "Développeur backend", "Interview", "Paris", "EUR"]],
    ["Spanish", "Empresa: Cabify\nPuesto: Ingeniera de datos\nEtapa: Entrevista\nSalario: 45.000 - 55.000 €\nUbicación: Madrid\nHabilidades: [Python, SQL]", ["Cabify", "Ingeniera de datos", "Interview", "Madrid", "EUR"]],
    ["Dutch", "Bedrijf: Adyen\nFunctie: Backend engineer\nStatus: Gesolliciteerd\nSalaris: €60k - €75k\nLocatie: Amsterdam\nVaardigheden: [Java, Kafka]", ["Adyen", "Backend engineer", "Applied", "Amsterdam", "EUR"]],
    ["Italian and Portuguese", "Azienda: Satispay\nRuolo: Sviluppatore\nStato: Colloquio\nStipendio: 40k - 50k €\nSede: Milano\nCompetenze: [Go]", ["Satispay", "Sviluppatore", "Interview", "Milano", "EUR"]],
  ])("property names in %s are read", (_, yaml, [company, title, stage, location, currency]) => {
    const p = posting(yaml);
    expect(p).toMatchObject({ company, title, stage, location });
    expect(p.salary?.currency).toBe(currency);
    expect(p.skills.length).toBeGreaterThan(0);
  });

  test("README's table of other property names lists every name read, as it is read", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Other property names"), readme.indexOf("## Roadmap notes"));
    const rows = new Map([...section.matchAll(/^\| (\w+) \| (.*) \|$/gm)].map((m) => [m[1], [...(m[2] ?? "").matchAll(/`([^`]+)`/g)].map((w) => fieldKey(w[1] ?? ""))]));
    const label = { company: "Company", title: "Title", stage: "Stage", skills: "Skills", location: "Location", salary: "Salary", remote: "Remote", url: "Link" } as const;
    for (const [field, names] of Object.entries(OTHER_FIELD_NAMES)) expect(rows.get(label[field as keyof typeof label])).toEqual(names.map(fieldKey));
  });

  test("a company under another name is a posting's only beside skills, pay, a link or a known stage", () => {
    // Contact, meeting and client notes use those names too.
    for (const yaml of ["empresa: Telefónica\ncargo: Directora de RRHH\ntags: [contacto]", "Unternehmen: Bosch\nStatus: erledigt", "Firma: Comarch\nPosition: Tester", "company_name: Acme\ntitle: CTO"]) {
      expect(read(yaml).posting).toBeNull();
    }
    for (const yaml of ["Firma: Comarch\nStatus: Odrzucona", "Unternehmen: Bosch\nGehalt: 60k €", "Empresa: Cabify\nHabilidades: [Python]", "Employer: Globex\nLink: https://example.com/jobs/1"]) {
      expect(read(yaml).posting).not.toBeNull();
    }
    // The configured name needs no other sign.
    expect(read("Company: Acme").posting).not.toBeNull();
  });

  test("a contact's note and a company's own note are no postings, unless they have a sign of one", () => {
    // A vault that keeps people and companies beside its positions, each with a Company property.
    expect(read('Name: Sample Person\nCompany: "[[Sample Company]]"\nPhone:\nEmail:\nRole: Recruiter').posting).toBeNull();
    expect(read("Company: Sample Company\nIndustry: Logistics").posting).toBeNull();
    expect(read("Company: Acme\nE-mail: jo@acme.example\nStage: Interview").posting).not.toBeNull();
    expect(read("Company: Acme\nIndustry: Fintech\nSalary: $120k").posting).not.toBeNull();
    // A posting with a recruiter's e-mail, a template's empty Email and Phone, or a tracker's Industry column stays one.
    expect(read("Company: Acme\nTitle: Backend Engineer\nEmail: jane.recruiter@acme.example").posting).not.toBeNull();
    expect(read("Company: Umbrella\nTitle: Platform Engineer\nStage:\nEmail:\nPhone:\nLocation: Berlin").posting).not.toBeNull();
    expect(read("Company: Stark\nTitle: Engineer\nLocation: NYC\nIndustry: Defense").posting).not.toBeNull();
    // Its position, with its stage and place under the names that vault gives them.
    expect(posting('Job-Title: Sample Job\nCompany: "[[Sample Company]]"\nApp-Stage: Applied\nWork-Location: Leeds')).toMatchObject({ title: "Sample Job", stage: "Applied", location: "Leeds" });
  });

  test("an interview's or a meeting's note is no posting, unless it has a sign of one", () => {
    // A tracker's prep note for each round, beside the posting it belongs to.
    expect(read('type: interview-prep\ncompany: "Stripe"\nrole: "Backend Engineer"\nround: "Recruiter Screen"\ndate: "2026-10-10"').posting).toBeNull();
    expect(read("company: Stripe\nrole: Backend Engineer\ninterviewers: [Jane, Sam]").posting).toBeNull();
    expect(read("type: Interview\ncompany: Stripe\nrole: Backend Engineer").posting).toBeNull();
    expect(read('tags: [meeting]\ncompany: "[[Stripe]]"\nattendees: [Jane, Sam]').posting).toBeNull();
    expect(read("company: Stripe\ninterviewer: Jane Doe\ndate: 2026-10-10").posting).toBeNull();
    // A posting that keeps its interviewer, its round or a type of its own stays one.
    expect(read("company: Stripe\nrole: SRE\nstatus: Interview\ninterviewer: Jane Doe").posting).not.toBeNull();
    expect(read("company: Stripe\nround: 2\nurl: https://stripe.com/jobs/1").posting).not.toBeNull();
    // A round may be a company's funding round.
    expect(read("Company: Globex\ntitle: Backend Engineer\nLocation: Berlin\nround: Series B").posting).not.toBeNull();
    expect(read("type: job-application\ncompany: Stripe\nrole: Backend Engineer").posting).not.toBeNull();
    expect(read("type: interview-prep\ncompany: Stripe\nSkills: [Go]").posting).not.toBeNull();
    // A note filed with the people or the meetings is none, even with a link or a status.
    expect(read('categories:\n  - "[[People]]"\ncompany: "[[Acme]]"\nrole: Recruiter\nemail: jane@acme.example\nlinkedin: https://www.linkedin.com/in/janedoe').posting).toBeNull();
    expect(read('categories: ["[[People]]"]\ncompany: "[[Globex]]"\nrole: Engineering Manager\nstatus: contacted\nurl: https://www.linkedin.com/in/boblee').posting).toBeNull();
    expect(read('categories: ["[[Meetings]]"]\ncompany: Globex\nstatus: done\nurl: https://meet.google.com/abc').posting).toBeNull();
    expect(read('categories: ["[[Jobs]]"]\ncompany: "[[Globex]]"\nrole: Engineering Manager').posting).not.toBeNull();
    // A link with a folder or another name, or unquoted (a list in a list to YAML), files it the same way.
    for (const yaml of ["type: '[[Categories/People]]'", "categories: ['[[People|Person]]']", "categories: [[People]]", "categories:\n  - [[Meetings]]"]) {
      expect(read(`company: Globex\nurl: https://www.linkedin.com/in/x\n${yaml}`).posting).toBeNull();
    }
    // Only a whole value or list item files a note so: "In person", "Contact center", "[[Jobs]], [[Contacts]]" are no category.
    for (const yaml of ["type: In person\nStatus: Applied", "type: Contact center", 'categories: "[[Jobs]], [[Contacts]]"', "Type (remote/in person): In person"]) {
      expect(read(`Company: T1\ntitle: Cashier\n${yaml}`).posting).not.toBeNull();
    }
  });

  test("accents in a key do not matter, and other common English names are read", () => {
    expect(posting("Société: Qonto\nStatut: Entretien").company).toBe("Qonto");
    expect(posting("Societe: Qonto\nStatut: Entretien\nTeletravail: oui").remote).toBe(true);
    const p = posting("Company: Elastic\nJob Position: SWE II\nwork_arrangement: Remote\nbase_salary: $140,000\napplication_link: https://example.com/apply\ntech: [Python, Terraform]\ncity: Amsterdam");
    expect(p).toMatchObject({ title: "SWE II", remote: true, url: "https://example.com/apply", location: "Amsterdam" });
    expect(p.salary).toMatchObject({ min: 140000, max: 140000 });
    expect(p.skills.map((s) => s.name)).toEqual(["Python", "Terraform"]);
    expect(posting("Azienda: Satispay\nRAL: 35.000 - 40.000 €\nCittà: Milano\nSmart working: Sì")).toMatchObject({ location: "Milano", remote: true, salary: { min: 35000, max: 40000, currency: "EUR" } });
    expect(posting("Empresa: Cabify\nEstatus: Entrevista\nCiudad: Madrid\nModalidad: Remoto")).toMatchObject({ stage: "Interview", location: "Madrid", remote: true });
    // A rating is not pay: a bare "rate" is not read.
    expect(posting("Company: Acme\nrate: 4").salary).toBeNull();
    // Words with another common sense are not read: "firma" is a signature in Spanish and Italian,
    // "estado" a state in Mexico and Brazil.
    expect(read("tipo: carta\nfirma: Juan Pérez").posting).toBeNull();
    expect(posting("Company: Bimbo\nUbicación: Guadalajara\nEstado: Jalisco")).toMatchObject({ stage: "Research", location: "Guadalajara" });
    // Where "Estado" names a stage, it is the stage, and a sign of a posting; a Status beside it wins.
    expect(posting("Empresa: Cabify\nPuesto: Backend Developer\nEstado: Entrevista técnica")).toMatchObject({ stage: "Interview", stageKnown: true });
    expect(posting("Empresa: Stone\nStatus: Applied\nEstado: Entrevista")).toMatchObject({ stage: "Applied" });
    expect(posting("Empresa: Stone\nStatus:\nEstado: Oferta")).toMatchObject({ stage: "Offer" });
    expect(posting("Company: Globex\nEstado: New York\nSalary: 120k")).toMatchObject({ stage: "Research" });
    expect(read("Empresa: Globex\nEstado: New Mexico").posting).toBeNull();
  });

  test("a note with a known stage and a salary or a history but no company is named under problems, not read as a posting", () => {
    const problem = "This note has a stage but no Company property, so it is not read as a posting; add one (it may be empty).";
    expect(read("organization: Globex\nStatus: Interviewing\nSalary: $120k")).toEqual({ posting: null, problems: [problem], skillsLater: undefined, salaryLater: undefined });
    expect(read("Stage: Applied\nStage_History:\n  - 2026-10-02 Applied").problems).toEqual([problem]);
    // A project's status beside its stack or link, a book's, or a stage nobody uses: no posting, and nothing to fix.
    for (const yaml of ["status: closed\ntech_stack: [React]\nurl: https://example.com", "status: done\nSalary: none", "status: reading", "Stage: Applied", "Salary: $120k", "status: Applied\nSalary:"]) {
      expect(read(yaml)).toEqual({ posting: null, problems: [], skillsLater: undefined, salaryLater: undefined });
    }
  });

  test("the stage's date comes from the latest history entry read as the same stage", () => {
    const history = (stage: string, entries: string[]): number | null =>
      posting(`Company: Acme\nStage: ${stage}\nStage_History:\n${entries.map((e) => `  - ${e}`).join("\n")}`).stageSince;
    expect(history("Technical interview", ["2026-10-01 Applied", "2026-10-02 Technical interview"])).toBe(Date.UTC(2026, 9, 2));
    expect(history("Interview", ["2026-10-03 2nd round", "2026-09-01 Offer"])).toBe(Date.UTC(2026, 9, 3));
    expect(history("On hold", ["2026-10-04 on hold"])).toBe(Date.UTC(2026, 9, 4));
    expect(history("Offer", ["2026-10-05 Interview"])).toBeNull();
  });

  test.each([
    ["the plugin's own form", "  - 2026-10-02 Applied"],
    ["a colon, which YAML reads as a map", "  - 2026-10-02: Applied"],
    ["the stage first, as a map", "  - Applied: 2026-10-02"],
    ["the stage first, in words", "  - Applied on 2026-10-02"],
    ["the date in brackets", '  - "Applied (2026-10-02)"'],
    ["a dash, an arrow or a bar between", '  - "2026-10-02 – Applied"\n  - 2026-10-01 → Research\n  - 2026-09-30 | Research'],
    ["a time after the date", '  - "2026-10-02 09:30: Applied"'],
    ["day, month and year with dots", "  - 02.10.2026 Applied"],
    ["slashes and no leading zeros", "  - 2026/10/2 Applied"],
    ["a list of date and stage", "  - [2026-10-02, Applied]"],
    ["an arrow of signs", "  - 2026-10-02 => Applied\n  - 2026-10-01 ➜ Research"],
    ["a comma between", "  - 2026-10-02, Applied\n  - Research, 2026-10-01"],
    ["a time of day in twelve hours", "  - 2026-10-02 9:30 AM Applied"],
    ["the month in words, first", '  - "Oct 2, 2026: Applied"\n  - Applied on October 2nd, 2026'],
    ["the month in words, after the day", "  - 2 October 2026 Applied\n  - Applied - 2nd Oct. 2026"],
    ["Japanese and Korean dates", "  - 2026年10月2日 応募\n  - 2026년 10월 2일 지원 완료"],
    ["a word that begins like a month before the date", "  - Declined 2026-09-01\n  - With Mark 2026-10-02 Applied\n  - Applied at Novartis 2026-10-01"],
    ["a map of a date and a stage under their names", "  - date: 2026-10-02\n    stage: Applied\n  - Status: Research\n    On: 2026-10-01"],
  ])("a Stage_History entry is read with %s", (_, lines) => {
    expect(read(`Company: Acme\nStage: Applied\nStage_History:\n${lines}`)).toMatchObject({ posting: { stageSince: new Date(2026, 9, 2).getTime() }, problems: [] });
  });

  test("a date with slashes or dashes is read by which number can be a month, and when both can, in this device's order", () => {
    const since = (date: string): number | null => posting(`Company: Acme\nStage: Applied\nStage_History:\n  - ${date} Applied`).stageSince;
    const october = (day: number): number => new Date(2026, 9, day).getTime();
    expect(since("10/22/2026")).toBe(october(22));
    expect(since("22/10/2026")).toBe(october(22));
    expect(since("10-22-2026")).toBe(october(22));
    expect(since("22-10-2026")).toBe(october(22));
    // "02.10.2026" is always the day first, as dots are written in Europe.
    expect(since("10.02.2026")).toBe(new Date(2026, 1, 10).getTime());
    const parts = new Intl.DateTimeFormat().formatToParts(0).map((p) => p.type);
    const monthFirst = parts.indexOf("month") < parts.indexOf("day");
    expect(since("10/02/2026")).toBe(monthFirst ? october(2) : new Date(2026, 1, 10).getTime());
    // No month 13, no day 45: no date; nor a month with no day.
    expect(since("13/13/2026")).toBeNull();
    expect(since("Oct 2026")).toBeNull();
    expect(since("12 Oct 2026")).toBe(october(12));
    expect(since("September 30th 2026")).toBe(new Date(2026, 8, 30).getTime());
  });

  test.each([
    ["a line each, as one text", "Stage_History: |\n  2026-10-01 Research\n  2026-11-02 Applied\n  2026-12-24 Offer"],
    ["commas between, on one line", "Stage_History: 2026-10-01 Research, 2026-11-02 Applied; 2026-12-24 Offer"],
    ["months in words and commas between, on one line", "Stage_History: Oct 1, 2026 Research, Nov 2, 2026 Applied, Dec 24, 2026 Offer"],
  ])("a Stage_History of several entries in one text is read entry by entry: %s", (_, history) => {
    expect(posting(`Company: Acme\nStage: Applied\n${history}`).stageSince).toBe(new Date(2026, 10, 2).getTime());
  });

  test("a tracker's statusHistory of maps is the stage history", () => {
    const history = "statusHistory:\n  - status: Applied\n    date: 2026-10-02\n  - status: Interviewing\n    date: 2026-10-10";
    expect(read(`company: Stripe\nstatus: Interviewing\n${history}`)).toMatchObject({ posting: { stageSince: new Date(2026, 9, 10).getTime() }, problems: [] });
  });

  test("a Stage_History written as a map of dates to stages is read", () => {
    expect(posting("Company: Acme\nStage: Screening\nStage_History:\n  2026-10-01: Applied\n  2026-10-05: Screening").stageSince).toBe(new Date(2026, 9, 5).getTime());
  });

  test("a history of which no entry reads is reported once; one readable entry is enough, and other values are no history", () => {
    const problem = "Stage_History has no line with a date and a stage that Job Hunt can read, such as 2026-10-02 Applied.";
    expect(read("Company: Acme\nStage: Applied\nStage_History:\n  - Applied via referral\n  - 2026-13-45 Screening\n  - 2026-10-02")).toMatchObject({
      posting: { stageSince: null },
      problems: [problem],
    });
    expect(read("Company: Acme\nStage: Applied\nStage_History:\n  - Applied via referral\n  - 2026-10-02 Applied").problems).toEqual([]);
    // An empty list, a number and null hold no entry: nothing to report. One line of text is one entry.
    for (const value of ["[]", "3", "~", '""', "\n  -\n  - ''"]) expect(read(`Company: Acme\nStage: Applied\nStage_History: ${value}`).problems).toEqual([]);
    expect(read("Company: Acme\nStage: Applied\nStage_History: Applied").problems).toEqual([problem]);
    expect(posting("Company: Acme\nStage: Applied\nStage_History: 2026-10-02 Applied").stageSince).toBe(new Date(2026, 9, 2).getTime());
    // A very long entry is cut, not read to its end.
    expect(read(`Company: Acme\nStage: Applied\nStage_History:\n  - "${" ".repeat(100_000)}2026-10-02 Applied"`).problems).toEqual([problem]);
  });

  test("a salary in two number properties, and a Currency property, are read", () => {
    expect(posting("Company: Acme\nsalary_min: 140000\nsalary_max: 175000").salary).toMatchObject({ min: 140_000, max: 175_000, currency: "USD", period: "year" });
    expect(posting("Company: Acme\nmin_salary: 60000\ncurrency: EUR").salary).toMatchObject({ min: 60_000, max: null, currency: "EUR" });
    expect(posting("Company: Acme\nSalary: [150000, 190000]\nCurrency: CAD").salary).toMatchObject({ min: 150_000, max: 190_000, currency: "CAD" });
    // A sign in the salary wins over the Currency property; the Salary property wins over the two numbers.
    expect(posting("Company: Acme\nSalary: £60k\nCurrency: EUR").salary?.currency).toBe("GBP");
    expect(posting("Company: Acme\nSalary: 90k\nsalary_min: 1").salary?.min).toBe(90_000);
    // A Currency property as a sign or a word; empty number properties left by a template are no salary and no problem.
    expect(posting("Company: Acme\nSalary: 60000\nCurrency: €").salary?.currency).toBe("EUR");
    expect(posting("Company: Acme\nSalary: 60000\nCurrency: Euro").salary?.currency).toBe("EUR");
    expect(posting("Company: Acme\nSalary: 60000\nCurrency: ask").salary?.currency).toBe("USD");
    expect(read("Company: Acme\nsalary_min:\nsalary_max:")).toMatchObject({ posting: { salary: null }, problems: [] });
    // A clipped page's schema.org salaryCurrency, beside the two numbers.
    expect(posting('Company: Monzo\nsalary_min: 70000\nsalary_max: 90000\nsalary_currency: "GBP"').salary).toMatchObject({ min: 70_000, max: 90_000, currency: "GBP" });
  });

  test("a property named after an emoji, as Notion exports it, is read", () => {
    expect(posting("🏢 Company: Retool\n💰 Salary: $150k\n📍 Location: Berlin")).toMatchObject({ company: "Retool", location: "Berlin", salary: { min: 150_000 } });
  });

  test("a company of nothing but a zero-width space is empty; one written as a block is one line", () => {
    expect(read('Company: "\u200b"').problems).toEqual(["Company is empty."]);
    expect(posting('Company: "\u200bAcme"').company).toBe("Acme");
    // Joiners inside a name stay: an emoji of several, a Persian word.
    expect(posting('Company: "\u200b👩‍💻 Studio"').company).toBe("👩‍💻 Studio");
    expect(posting('Company: "می‌خواهم\u200b"').company).toBe("می‌خواهم");
    expect(posting("Company: |\n  Acme\n  Corp\ntitle: >-\n  Senior\n\n  Engineer")).toMatchObject({ company: "Acme Corp", title: "Senior Engineer" });
  });

  test("a nested company is reported and counts as empty", () => {
    const { posting: p, problems } = read("Company:\n  name: Acme");
    expect(p?.company).toBe("");
    expect(problems).toEqual(["Company is a nested object, not text; it was ignored."]);
  });

  test("a text property written as a list of objects is reported, and its text items are still read", () => {
    const { posting: p, problems } = read("Company: Acme\nLocation:\n  - city: Berlin\n    country: DE\n  - Remote");
    expect(p?.location).toBe("Remote");
    expect(problems).toEqual(["Location has an item that is a nested object, not text; it was ignored."]);
    expect(read("Company: Acme\nLocation: [Berlin, London]").problems).toEqual([]);
  });

  test("readPosting never throws for arbitrary frontmatter, and gives string company, title and stage", () => {
    const anything = fc.anything({ withDate: true, withMap: true, withSet: true, withBigInt: true, withNullPrototype: true, withBoxedValues: true });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), anything, fc.constantFrom("Company", "company", "COMPANY"), (rest, company, key) => {
        const frontmatter: Record<string, unknown> = { ...rest, [key]: company };
        const meta: NoteMeta = { path: "Jobs/Acme.md", frontmatter, brokenFrontmatter: null, aliases: [], tasks: { done: 0, total: 0 }, links: [], mtime: 0 };
        const reading = readPosting(meta, ctx);
        expect(Array.isArray(reading.problems)).toBe(true);
        if (reading.posting) {
          expect(typeof reading.posting.company).toBe("string");
          expect(typeof reading.posting.title).toBe("string");
          expect(reading.posting.title).not.toBe("");
          expect(typeof reading.posting.stage).toBe("string");
          expect(reading.posting.stage).not.toBe("");
          expect(Number.isFinite(reading.posting.modified)).toBe(true);
        }
      }),
    );
  });

  test("readPosting never throws for an arbitrary frontmatter object without a company", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (frontmatter) => {
        const meta: NoteMeta = { path: "Jobs/x.md", frontmatter, brokenFrontmatter: null, aliases: [], tasks: { done: 0, total: 0 }, links: [], mtime: 0 };
        const reading = readPosting(meta, ctx);
        if (reading.posting) {
          expect(typeof reading.posting.company).toBe("string");
          expect(typeof reading.posting.title).toBe("string");
          expect(typeof reading.posting.stage).toBe("string");
        } else {
          expect(reading.problems).toEqual([]);
        }
      }),
    );
  });
});

describe("readPosting: custom field names", () => {
  const custom = contextWith((s) => {
    s.fieldNames = {
      company: "Employer",
      title: "Role Name",
      stage: "Status",
      skills: "Tech",
      salary: "Pay",
      location: "Where",
      remote: "WFH",
      url: "Ad",
    };
  });

  test("every field is read from the configured key", () => {
    const p = posting(
      "Employer: Acme\nRole Name: Backend\nStatus: interview\nTech: Go, k8s\nPay: 100k\nWhere: Berlin\nWFH: true\nAd: https://example.com/a",
      undefined,
      custom,
    );
    expect(p).toMatchObject({
      company: "Acme",
      title: "Backend",
      stage: "Interview",
      skills: [expect.objectContaining({ name: "Go" }), expect.objectContaining({ name: "Kubernetes" })],
      salary: expect.objectContaining({ min: 100_000, max: 100_000 }) as unknown,
      location: "Berlin",
      remote: true,
      url: "https://example.com/a",
    });
  });

  test("configured keys match in any case and spelling", () => {
    expect(posting("employer: Acme\nrole-name: Backend\nSTATUS: Offer", undefined, custom)).toMatchObject({
      company: "Acme",
      title: "Backend",
      stage: "Offer",
    });
  });

  test("a note with only the default company key is not a posting", () => {
    expect(read("Company: Acme\nStage: Applied", undefined, custom)).toEqual({ posting: null, problems: [] });
  });

  test("the problem names the configured key", () => {
    expect(read("Employer:", undefined, custom).problems).toEqual(["Employer is empty."]);
  });
});

describe("readPosting: the seed note", () => {
  // The note of a real posting, as its owner wrote it.
  const text = readFileSync(join(__dirname, "..", "fixtures", "seed-posting.md"), "utf8");
  const reading = readPosting(readNote("Jobs/GitLab - Backend Engineer.md", text, parseYamlPackage), ctx);

  test("is a posting with no problems", () => {
    expect(reading.problems).toEqual([]);
    expect(reading.posting).not.toBeNull();
  });

  test("its fields", () => {
    expect(reading.posting).toMatchObject({
      path: "Jobs/GitLab - Backend Engineer.md",
      company: "GitLab",
      title: "Intermediate Backend Engineer, Plan RoR",
      stage: "Research",
      stageKnown: true,
      closed: false,
      location: "Remote",
      remote: true,
      url: "https://job-boards.greenhouse.io/gitlab/jobs/7631783002",
      modified: Date.parse("2024-10-24T12:46:52-04:00"),
      tasks: { done: 0, total: 18 },
    });
  });

  test("its salary", () => {
    expect(reading.posting?.salary).toEqual({ min: 80_000, max: 210_000, currency: "USD", period: "year", text: "$80k - $210k" });
  });

  test("its skills, in the vocabulary's spelling", () => {
    expect(reading.posting?.skills.map((s) => s.name)).toEqual([
      "GraphQL",
      "Ruby on Rails",
      "Ruby",
      "Pajamas Design System",
      "REST Integrations",
      "Backend",
      "AI",
      "Data Science",
      "Redis",
      "Sidekiq",
      "PostgreSQL",
      "Grafana",
      "Kibana",
      "Data Migration",
      "Software Architecture",
      "productivity",
      "Active Record",
      "Rust",
      "RDBMS",
    ]);
  });
});

describe("shortTitle: a posting's title as the board, the table and the picker show it", () => {
  const titled = (company: string, title: string): Posting => ({ ...posting(`Company: "${company}"`), title });
  test.each([
    ["Hooli", "Hooli - Platform Engineer", "Platform Engineer"],
    ["Hooli", "hooli: Platform Engineer", "Platform Engineer"],
    ["Hooli", "Hooli – Platform Engineer", "Platform Engineer"],
    ["Hooli", "Hooligan Games - Artist", "Hooligan Games - Artist"],
    ["Hooli", "Hooli Platform Engineer", "Hooli Platform Engineer"],
    ["Hooli", "Hooli - ", "Hooli - "],
    ["", "Platform Engineer", "Platform Engineer"],
    // Web pages' titles, as the Web Clipper keeps them.
    ["Weyland-Yutani", "Senior DevOps Engineer - Weyland-Yutani | LinkedIn", "Senior DevOps Engineer"],
    ["Weyland-Yutani", "Senior DevOps Engineer - Weyland-Yutani - Austin, TX - Indeed.com", "Senior DevOps Engineer"],
    ["Hooli", "Job Application for Platform Engineer at Hooli", "Platform Engineer"],
    ["Hooli", "Platform Engineer @ Hooli", "Platform Engineer"],
    ["", "Data Analyst | LinkedIn", "Data Analyst"],
    // LinkedIn signed in (its count of unread messages first) and signed out, and Glassdoor.
    ["Stripe", "(3) Backend Engineer | Stripe | LinkedIn", "Backend Engineer"],
    ["Stripe", "Stripe hiring Backend Engineer, Payments in Seattle, WA | LinkedIn", "Backend Engineer, Payments"],
    ["Datadog", "Datadog hiring Site Reliability Engineer Job in Boston, MA | Glassdoor", "Site Reliability Engineer"],
    ["Stripe", "Stripe hiring Software Engineer in Test in Dublin | LinkedIn", "Software Engineer in Test"],
    ["Hooli", "Hooli hiring event", "Hooli hiring event"],
    ["Acme", "Acme Hiring Manager in Chicago", "Acme Hiring Manager in Chicago"],
    ["Acme", "Acme hiring Specialist in Machine Learning", "Acme hiring Specialist in Machine Learning"],
    ["Acme", "(2025) Graduate Engineer - Acme", "(2025) Graduate Engineer"],
    // The company inside other words, or the whole title, stays.
    ["Go", "Senior Go Engineer", "Senior Go Engineer"],
    ["Hooli", "Engineer at Hooligan Games", "Engineer at Hooligan Games"],
    ["Hooli", "at Hooli", "at Hooli"],
    ["LinkedIn", "Engineer - LinkedIn", "Engineer"],
    // A board's name after a dash may be the job's subject; the company is found at its last place.
    ["Deloitte", "Senior Consultant - Workday", "Senior Consultant - Workday"],
    ["Box", "Sandbox Engineer - Box", "Sandbox Engineer"],
  ])("%s, %s → %s", (company, title, shown) => {
    expect(shortTitle(titled(company, title))).toBe(shown);
  });
});

describe("usualFolder: where a new note of a kind goes while no folder is set for it", () => {
  test.each<[string, (string | null)[], string | null]>([
    ["the folder holding most of them", ["Roadmaps/Go.md", "Learning/Rust.md", "Roadmaps/Python Roadmap.md", null], "Roadmaps"],
    ["a note two skills share counts once", ["Learning/Backend.md", "Learning/Backend.md", "Roadmaps/Go.md", "Roadmaps/Rust.md"], "Roadmaps"],
    ["the only one found", ["Study/Go/Go.md"], "Study/Go"],
    ["the vault's root, where they all are", ["Go.md", "Rust.md"], ""],
    ["a tie goes to the name that sorts first", ["B/Rust.md", "A/Go.md", "B/Python.md", "A/SQL.md"], "A"],
    ["none when no folder holds two of several", ["A/Go.md", "B/Rust.md"], null],
    ["none when there are none", [null, null], null],
  ])("%s", (_, paths, folder) => {
    expect(usualFolder(paths)).toBe(folder);
  });
});
