import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { listNotes, readVaultNote, readVaultNotes } from "../../cli/vault-folder";
import { readNote } from "../../src/core/note-reader";

describe("reading a vault folder from disk", () => {
  const root = mkdtempSync(join(tmpdir(), "vault-"));
  const notes: Record<string, string> = {
    "empty.md": "",
    "bom.md": "\uFEFF---\nCompany: Acme\n---\n- [x] Apply\n",
    "crlf.md": "---\r\nCompany: Ünïcödé 🚀\r\n---\r\n[[Go]]\r\n",
    "Jobs/big.md": `---\nCompany: Big\n---\n${"- [ ] a line of text, long enough to need many reads\n".repeat(20_000)}`,
  };
  mkdirSync(join(root, "Jobs"));
  for (const [path, text] of Object.entries(notes)) writeFileSync(join(root, path), text, "utf8");
  // What Obsidian never shows: a sync tool's backups and any other file or folder named with a dot first.
  mkdirSync(join(root, ".stversions", "Jobs"), { recursive: true });
  writeFileSync(join(root, ".stversions", "Jobs", "big~20250301.md"), "---\nCompany: Big\n---\n");
  writeFileSync(join(root, ".hidden.md"), "---\nCompany: Hidden\n---\n");

  test("a note is read as readNote reads its text, without links or a time; hidden files and folders are not read", () => {
    for (const path of Object.keys(notes)) {
      const file = join(root, path);
      expect(readVaultNote(root, path)).toEqual(readNote(path, readFileSync(file, "utf8"), parseYamlPackage, 0, { links: false }));
    }
    expect([...readVaultNotes(root)].map((n) => n.path)).toEqual(["Jobs/big.md", "bom.md", "crlf.md", "empty.md"]);
    expect(readVaultNote(root, "Jobs/big.md").tasks).toEqual({ done: 0, total: 20_000 });
  });

  test("links to folders and notes are followed, a link back up the tree once, a broken link not at all", () => {
    const vault = mkdtempSync(join(tmpdir(), "vault-"));
    const shared = mkdtempSync(join(tmpdir(), "shared-"));
    writeFileSync(join(shared, "Acme.md"), "---\nCompany: Acme\n---\n");
    mkdirSync(join(vault, "Jobs"));
    writeFileSync(join(vault, "Jobs", "Beta.md"), "---\nCompany: Beta\n---\n");
    symlinkSync(shared, join(vault, "Shared"), "dir");
    symlinkSync(join(shared, "Acme.md"), join(vault, "Jobs", "Linked.md"), "file");
    symlinkSync(vault, join(vault, "Jobs", "Loop"), "dir");
    symlinkSync(join(vault, "nowhere"), join(vault, "Broken.md"), "file");
    expect(listNotes(vault)).toEqual(["Jobs/Beta.md", "Jobs/Linked.md", "Shared/Acme.md"]);
  });

  test("a missing file is an error, not an empty note", () => {
    expect(() => readVaultNote(root, "gone.md")).toThrow();
  });
});
