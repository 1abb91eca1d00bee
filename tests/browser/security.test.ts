// Note text is data, never markup, in a real browser. Every field of these postings, a roadmap note
// and the settings carry script, event-handler, iframe, CSS, `javascript:` and template payloads.
// The dashboard is driven in board and table mode, with its skills and salary panels, hovers,
// right-clicks, filters, the create-roadmap confirmation and the settings tab. Nothing may run (a
// window flag stays unset, no dialog opens), no element may come from a payload, the payloads show
// as text, and no request leaves the page but for its own files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { openPreview, type PreviewSession } from "../../cli/preview";

jest.setTimeout(90_000);

const P = {
  script: "<script>window.__pwned=1</script>",
  img: '<img src=x onerror="window.__pwned=1">',
  svg: "<svg onload=window.__pwned=1>",
  iframe: '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  alert: "<img src=y onerror=alert(1)>",
  css: '</style><style>*{background:url(https://evil.example/css)}</style><div style="background:url(https://evil.example/inline)">',
  cssValue: "expression(alert(1)); background: url(javascript:window.__pwned=1)",
  template: "{{constructor.constructor('window.__pwned=1')()}}",
  template2: "{{date:YYYY}} {{title}} <%= window.__pwned=1 %> ${window.__pwned=1}",
  js: "javascript:window.__pwned=1",
  entity: "&lt;img src=x onerror=window.__pwned=1&gt; &#60;script&#62;",
  markdown: "[x](javascript:window.__pwned=1) **bold** <b onmouseover=window.__pwned=1>b</b>",
} as const;

/** A note with this frontmatter (written by the YAML library, so every payload is a plain string) and body. */
function note(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter)}---\n${body}`;
}

const BODY = `# To Do\n- [ ] ${P.script}\n- [x] ${P.img}\n\n${P.iframe}\n`;

const FILES: Record<string, string> = {
  "Jobs/Evil one.md": note(
    { Company: P.img, title: P.script, Stage: "Applied", Job_Posting: P.js, Salary: "$100k - $120k", Location: P.iframe, Skills: [P.svg, P.template, P.script] },
    BODY,
  ),
  "Jobs/Evil two.md": note(
    { Company: P.iframe, title: P.template2, Stage: P.img, Job_Posting: "javascript:alert(1)", Salary: "€60k - €70k", Location: P.css, Skills: [P.alert, P.svg] },
    BODY,
  ),
  "Jobs/Evil three.md": note(
    { Company: P.markdown, title: P.entity, Stage: P.svg, Job_Posting: 'https://evil.example/" onclick="window.__pwned=1', Salary: "£50k", Location: P.cssValue, Remote: true, Skills: [P.script, P.img, "go"] },
    BODY,
  ),
  // No title: the file's name is the title.
  [`Jobs/${P.alert} from the file name.md`]: note({ Company: P.css, Stage: "Offer", Salary: "$90k", Skills: P.template }, BODY),
  "Roadmaps/Learning plan.md": note({ aliases: [P.svg, P.script] }, `# ${P.svg}\n- [x] ${P.img}\n- [ ] ${P.iframe}\n`),
  [`Roadmaps/${P.template} Roadmap.md`]: `- [x] ${P.script}\n`,
};

const SETTINGS = {
  stages: ["Research", "Applied", "Screening", "Interview", "Offer", { name: P.svg }, { name: "Accepted", closed: true }, { name: "Rejected", closed: true }],
  skillSynonyms: { go: P.alert },
  roadmapMappings: { [P.css]: "Roadmaps/Learning plan.md" },
  sectionHeading: `## ${P.script}`,
  fileNamePattern: P.template,
  postingTemplate: P.iframe,
};

/** Every element or attribute in the page that markup in note text could have made; an empty list when there is none. */
const FOUND_MARKUP = `(() => {
  const found = [];
  const describe = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "");
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (tag === "script" ? el.getAttribute("src") !== "preview.js" : ["img", "iframe", "frame", "object", "embed", "style", "base", "form", "video", "audio", "b"].includes(tag)) found.push("element " + describe(el));
    if ((tag === "link" || tag === "meta") && el.parentElement !== document.head) found.push("element " + describe(el));
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || a.name === "srcdoc") found.push("attribute " + a.name + " on " + describe(el));
      if (/^\\s*javascript:/i.test(a.value)) found.push("javascript: in " + a.name + " on " + describe(el));
      if (a.name === "style" && /url\\(|expression\\(/i.test(a.value)) found.push("style with a url on " + describe(el));
    }
  }
  return found;
})()`;

const PWNED = "window.__pwned";

let vault: string;
let session: PreviewSession;
const dialogs: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  vault = mkdtempSync(join(tmpdir(), "job-hunt-security-"));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(vault, path)), { recursive: true });
    writeFileSync(join(vault, path), text);
  }
  mkdirSync(join(vault, ".obsidian", "plugins", "job-hunt"), { recursive: true });
  writeFileSync(join(vault, ".obsidian", "plugins", "job-hunt", "data.json"), JSON.stringify(SETTINGS));
  session = await openPreview({ vault, width: 1800, height: 1200 });
  session.page.on("dialog", (d) => dialogs.push(d.message()));
  session.page.on("request", (r) => requests.push(r.url()));
});

afterAll(async () => {
  await session.close();
  rmSync(vault, { recursive: true, force: true });
});

afterEach(async () => {
  // The preview's own watch: page errors, console errors, dialogs, popups, requests off the local server, 404s.
  expect(session.errors).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(await session.page.evaluate(PWNED)).toBeUndefined();
  expect(await session.page.evaluate<string[]>(FOUND_MARKUP)).toEqual([]);
  // Every request since the page opened is for one of its own files.
  const own = new Set(["index.html", "preview.js", "obsidian-theme.css", "styles.css"].map((f) => new URL(f, session.url).href));
  expect(requests.filter((u) => !own.has(u))).toEqual([]);
});

const texts = (selector: string): Promise<string[]> => session.page.locator(selector).allTextContents();

test("the detector sees markup when there is some (a page that does render a payload)", async () => {
  const context = await session.browser.newContext();
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(`<div>${P.img}${P.svg}${P.iframe}${P.markdown}</div>`);
    await page.waitForFunction(PWNED);
    expect(await page.evaluate<string[]>(FOUND_MARKUP)).toEqual(
      expect.arrayContaining(["element img", "attribute onerror on img", "attribute onload on svg", "element iframe", "attribute srcdoc on iframe", "element b"]),
    );
  } finally {
    await context.close();
  }
});

test("board: every payload is text on the cards and column headers", async () => {
  const page = session.page;
  expect(await page.locator(".job-hunt-card").count()).toBe(4);
  expect((await texts(".job-hunt-card-company")).sort()).toEqual([P.css, P.iframe, P.img, P.markdown].sort());
  expect((await texts(".job-hunt-card-title")).sort()).toEqual([`${P.alert} from the file name`, P.entity, P.script, P.template2].sort());
  expect(await texts(".job-hunt-location")).toEqual(expect.arrayContaining([P.iframe, P.css]));
  expect(await texts(".job-hunt-column-name")).toEqual(expect.arrayContaining([P.svg, P.img]));
  expect(await texts(".job-hunt-chip")).toEqual(expect.arrayContaining([P.svg, P.template, P.script, P.alert, P.img]));
  // Text that looks like escaped markup is not decoded either.
  expect(await page.locator(".job-hunt-card-title").getByText(P.entity, { exact: true }).isVisible()).toBe(true);
  expect(await page.locator(".job-hunt-card-company").getByText(P.img, { exact: true }).isVisible()).toBe(true);
  expect(await page.locator(".job-hunt-column-name").getByText(P.svg, { exact: true }).isVisible()).toBe(true);
});

test("skills and salary panels show payload skills, roadmaps and companies as text", async () => {
  const page = session.page;
  const skills = await texts(".job-hunt-skill-name");
  expect(skills).toEqual(expect.arrayContaining([P.svg, P.script, P.template, P.alert, P.img]));
  // The payload skills resolved to their roadmap notes (by alias, and by a payload file name).
  const svgRow = page.locator(".job-hunt-skill-row").filter({ has: page.getByText(P.svg, { exact: true }) });
  expect(await svgRow.locator(".job-hunt-roadmap-text").textContent()).toBe("1/2");
  const templateRow = page.locator(".job-hunt-skill-row").filter({ has: page.getByText(P.template, { exact: true }) });
  expect(await templateRow.locator(".job-hunt-roadmap-text").textContent()).toBe("1/1");
  expect(await texts(".job-hunt-salary-label")).toEqual(expect.arrayContaining([P.img, P.iframe, P.markdown, P.css]));
  await page.locator(".job-hunt-salary-row").first().hover();
});

test("table mode: every payload is text in its cell", async () => {
  const page = session.page;
  await page.locator('.job-hunt-mode[data-mode="table"]').click();
  await page.locator(".job-hunt-row").first().waitFor();
  const cells = await page.locator(".job-hunt-row td").allTextContents();
  for (const payload of [P.img, P.iframe, P.markdown, P.css, P.script, P.template2, P.entity, P.svg, P.cssValue]) expect(cells).toContain(payload);
  await page.locator('.job-hunt-sort[data-column="company"]').click();
  await page.locator('.job-hunt-sort[data-column="stage"]').click();
  for (const row of await page.locator(".job-hunt-row").all()) await row.hover();
  await page.locator('.job-hunt-mode[data-mode="board"]').click();
  await page.locator(".job-hunt-card").first().waitFor();
});

test("hovering, right-clicking and opening cards runs nothing", async () => {
  const page = session.page;
  for (const card of await page.locator(".job-hunt-card").all()) {
    await card.hover();
    await card.click({ button: "right" });
    await card.click();
  }
  const opened = await page.evaluate<string[]>("window.jobHunt.app.workspace.opened.map((o) => o.path)");
  expect(opened).toEqual(expect.arrayContaining([`Jobs/${P.alert} from the file name.md`, "Jobs/Evil one.md"]));
});

test("filters and search take payload values as plain values", async () => {
  const page = session.page;
  await page.locator('select[aria-label="Stage"]').selectOption({ label: P.svg });
  expect(await texts(".job-hunt-card-company")).toEqual([P.markdown]);
  await page.locator(".job-hunt-clear").click();
  const search = page.locator(".job-hunt-search-input");
  await search.fill(P.iframe);
  await page.waitForFunction(`document.querySelectorAll(".job-hunt-card").length === 1`);
  expect(await texts(".job-hunt-card-company")).toEqual([P.iframe]);
  await search.fill("");
  await page.waitForFunction(`document.querySelectorAll(".job-hunt-card").length === 4`);
  await page.locator(".job-hunt-skill-row").filter({ has: page.getByText(P.alert, { exact: true }) }).locator(".job-hunt-skill-count").click();
  // Evil two asks for it by name, Evil three through the synonym "go" -> payload in the settings.
  expect((await texts(".job-hunt-card-company")).sort()).toEqual([P.iframe, P.markdown].sort());
  await page.locator(".job-hunt-clear").click();
});

test("the create-roadmap confirmation names a payload skill as text; cancelling creates nothing", async () => {
  const page = session.page;
  const before = await page.evaluate<number>("window.jobHunt.app.vault.getFiles().length");
  await page.locator(".job-hunt-skill-row").filter({ has: page.getByText(P.alert, { exact: true }) }).locator(".job-hunt-create-roadmap").click();
  const modal = page.locator(".modal");
  await modal.waitFor();
  expect(await modal.locator(".modal-title").textContent()).toBe(`Create a roadmap for ${P.alert}?`);
  await modal.getByRole("button", { name: "Cancel" }).click();
  await modal.waitFor({ state: "detached" });
  expect(await page.evaluate<number>("window.jobHunt.app.vault.getFiles().length")).toBe(before);
});

test("the settings tab shows payload settings as field values", async () => {
  const page = session.page;
  const values = await page.evaluate<string[]>(`(() => {
    const tab = window.jobHunt.app.settingTabs[0];
    tab.display();
    document.body.appendChild(tab.containerEl);
    return [...tab.containerEl.querySelectorAll("input, textarea")].map((i) => i.value);
  })()`);
  const all = values.join("\n");
  for (const payload of [SETTINGS.sectionHeading, P.template, P.iframe, P.svg, P.alert, P.css]) expect(all).toContain(payload);
  await page.evaluate("window.jobHunt.app.settingTabs[0].containerEl.remove()");
});
