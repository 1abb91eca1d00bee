/**
 * @jest-environment jsdom
 */
// The dashboard pane: opened by the command or the ribbon (one leaf, revealed again when open),
// it lists the real postings by stage as links, updates live, and shows note text as text.
import { Notice } from "../fake-obsidian";
import { DASHBOARD_VIEW_TYPE } from "../../src/ui/dashboard-view";
import { postingNote, startPlugin, type Harness } from "./harness";

const files = {
  "Jobs/Acme.md": postingNote({ Company: "Acme", title: "Backend Engineer", Stage: "Applied", Salary: "$100k - $120k", Location: "Remote" }),
  "Jobs/Globex.md": postingNote({ Company: "Globex", Stage: "Interview", Location: "Berlin" }),
  "Jobs/Initech.md": postingNote({ Company: "Initech", Stage: "Rejected" }),
};

async function openDashboard(h: Harness): Promise<HTMLElement> {
  expect(h.app.executeCommandById("job-hunt:open-dashboard")).toBe(true);
  await h.settle();
  const leaf = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
  if (!leaf?.view) throw new Error("dashboard did not open");
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

function stageNames(el: HTMLElement): string[] {
  return [...el.querySelectorAll(".job-hunt-stage-name")].map((e) => e.textContent ?? "");
}

describe("job dashboard", () => {
  test("the command opens one dashboard in the right sidebar and reveals it again", async () => {
    const h = await startPlugin(files);
    await openDashboard(h);
    await openDashboard(h);
    const leaves = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    expect(leaves[0]?.side).toBe("right");
    expect(h.app.workspace.revealed).toHaveLength(2);
  });

  test("the ribbon icon opens it too", async () => {
    const h = await startPlugin(files);
    const icon = h.app.ribbonEl.querySelector<HTMLElement>('[aria-label="Open job dashboard"]');
    icon?.click();
    await h.settle();
    expect(h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
  });

  test("postings are listed by stage in pipeline order, with counts", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    expect(stageNames(el)).toEqual(["Applied", "Interview", "Rejected"]);
    expect(el.querySelector(".job-hunt-summary")?.textContent).toBe("3 postings2 active1 closed");
    const links = [...el.querySelectorAll(".job-hunt-posting-link")].map((a) => a.textContent);
    expect(links).toEqual(["Acme: Backend Engineer", "Globex: Globex", "Initech: Initech"]);
    expect(el.querySelector(".job-hunt-posting-details")?.textContent).toBe("$100k–$120k / yr · Remote");
  });

  test("clicking a posting opens its note; Ctrl-click opens it in a new tab", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const link = el.querySelector<HTMLElement>('[data-path="Jobs/Acme.md"]');
    link?.click();
    link?.dispatchEvent(new MouseEvent("click", { ctrlKey: true, bubbles: true }));
    expect(h.app.workspace.opened).toEqual([
      { path: "Jobs/Acme.md", newLeaf: false },
      { path: "Jobs/Acme.md", newLeaf: "tab" },
    ]);
  });

  test("it updates live when a note changes", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    await h.vault.create("Jobs/Hooli.md", postingNote({ Company: "Hooli", Stage: "Offer" }));
    await h.settle();
    expect(stageNames(el)).toEqual(["Applied", "Interview", "Offer", "Rejected"]);
  });

  test("an unknown stage gets its own section after the pipeline", async () => {
    const h = await startPlugin({ ...files, "Jobs/Ghost.md": postingNote({ Company: "Ghost Inc", Stage: "Ghosted" }) });
    const el = await openDashboard(h);
    expect(stageNames(el)).toEqual(["Applied", "Interview", "Rejected", "Ghosted"]);
  });

  test("hostile note text is shown as text, never run as markup", async () => {
    const payload = '<img src=x onerror="alert(1)">';
    const h = await startPlugin({ "Jobs/Evil.md": postingNote({ Company: payload, title: "<script>alert(2)</script>" }) });
    const el = await openDashboard(h);
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("script")).toBeNull();
    expect(el.querySelector(".job-hunt-posting-link")?.textContent).toBe(`${payload}: <script>alert(2)</script>`);
  });

  test("an empty vault explains what to add", async () => {
    const h = await startPlugin({ "Daily/2026-11-20.md": "Nothing about jobs." });
    const el = await openDashboard(h);
    expect(el.querySelector(".job-hunt-empty")?.textContent).toContain("company property");
    expect(Notice.shown).toEqual([]);
  });
});
