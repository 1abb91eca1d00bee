// What the plugin takes from Obsidian's metadata cache for one file, with the task marks Obsidian
// reports (its listItems' `task` is the character between the brackets).
import { TFile, type CachedMetadata } from "obsidian";
import { noteMetaFromCache } from "../../src/obsidian/note-meta";

function fileAt(path: string): TFile {
  const f = new TFile();
  f.path = path;
  return f;
}

const item = (task: string | undefined): NonNullable<CachedMetadata["listItems"]>[number] =>
  ({ task, parent: -1, position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 0, col: 0, offset: 0 } } });

describe("noteMetaFromCache", () => {
  test("counts tasks by their mark: to do, done, any other mark done, cancelled neither way, plain items not at all", () => {
    const cache = { listItems: [item(" "), item("x"), item("X"), item(">"), item("-"), item(undefined)] } as CachedMetadata;
    expect(noteMetaFromCache(fileAt("Roadmaps/Go.md"), cache).tasks).toEqual({ done: 3, total: 4 });
  });

  test("a file the cache knows nothing about has no tasks and no frontmatter", () => {
    expect(noteMetaFromCache(fileAt("a.md"), null)).toMatchObject({ path: "a.md", frontmatter: null, tasks: { done: 0, total: 0 } });
  });
});
