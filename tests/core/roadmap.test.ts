import { RoadmapCatalog, type RoadmapNote } from "../../src/core/roadmap";
import { SkillCanon } from "../../src/core/skills";

const canon = new SkillCanon();

function keyOf(skill: string): string {
  const ref = canon.canonical(skill);
  if (!ref) throw new Error(`no skill: ${skill}`);
  return ref.key;
}

function roadmap(path: string, aliases: string[] = [], tasks = { done: 0, total: 0 }): RoadmapNote {
  return { path, aliases, tasks };
}

/** A catalog holding notes at `paths` (as plain notes: no aliases, no tasks). */
function catalogOf(paths: string[], options: { folder?: string; mappings?: Record<string, string> } = {}): RoadmapCatalog {
  const catalog = new RoadmapCatalog(canon, options.folder ?? "", options.mappings ?? {});
  for (const p of paths) catalog.upsert(roadmap(p));
  return catalog;
}

function resolved(catalog: RoadmapCatalog, skill: string): string | null {
  return catalog.resolve(keyOf(skill))?.path ?? null;
}

describe("RoadmapCatalog: a note named like the skill", () => {
  test.each([
    ["Go", ["Learning/Go.md"], "Learning/Go.md"],
    ["Go", ["Learning/Go Roadmap.md"], "Learning/Go Roadmap.md"],
    ["Go", ["Learning/go roadmap.md"], "Learning/go roadmap.md"],
    ["Go", ["Learning/Go-Roadmap.md"], "Learning/Go-Roadmap.md"],
    ["Go", ["Learning/Go_roadmap.md"], "Learning/Go_roadmap.md"],
    ["GraphQL", ["notes-catalog/Web Development/Backend/GraphQL/GraphQL.md"], "notes-catalog/Web Development/Backend/GraphQL/GraphQL.md"],
    ["Ruby on Rails", ["Ruby on Rails.md"], "Ruby on Rails.md"],
    ["Ruby on Rails", ["Ruby on Rails Roadmap.md"], "Ruby on Rails Roadmap.md"],
  ])("%s resolves to a note among %j", (skill, paths, expected) => {
    expect(resolved(catalogOf(paths), skill)).toBe(expected);
  });

  test("an unknown skill resolves by its own name", () => {
    expect(resolved(catalogOf(["Pajamas Design System Roadmap.md"]), "pajamas design system")).toBe("Pajamas Design System Roadmap.md");
  });

  test("a skill without a note resolves to nothing", () => {
    expect(resolved(catalogOf(["Go.md", "Rust.md"]), "Kubernetes")).toBeNull();
  });

  test("Roadmap alone is not the roadmap of every skill", () => {
    expect(resolved(catalogOf(["Roadmap.md", "Roadmaps/Roadmap.md"]), "Go")).toBeNull();
  });
});

describe("RoadmapCatalog: no fuzzy matches", () => {
  test.each([
    ["Ruby", ["Ruby on Rails.md", "Ruby on Rails Roadmap.md", "Roadmaps/Ruby on Rails.md"]],
    ["Java", ["JavaScript.md", "JavaScript Roadmap.md"]],
    ["Go", ["Golang Tips.md", "Go Roadmap Home.md", "Going Places.md", "Google.md"]],
    ["C", ["C++.md", "C#.md", "C++ Roadmap.md"]],
    ["C++", ["C.md", "C Roadmap.md", "C#.md"]],
    ["React", ["React Native.md", "React Native Roadmap.md"]],
    ["SQL", ["PostgreSQL.md", "MySQL Roadmap.md"]],
    ["Rails", ["Ruby.md", "Ruby Roadmap.md"]],
  ])("%s never resolves to any of %j", (skill, paths) => {
    expect(resolved(catalogOf(paths), skill)).toBeNull();
  });

  test("Ruby and Ruby on Rails each find their own note", () => {
    const catalog = catalogOf(["Ruby on Rails Roadmap.md", "Ruby.md"]);
    expect(resolved(catalog, "Ruby")).toBe("Ruby.md");
    expect(resolved(catalog, "Ruby on Rails")).toBe("Ruby on Rails Roadmap.md");
  });

  test("Java and JavaScript each find their own note", () => {
    const catalog = catalogOf(["JavaScript.md", "Java Roadmap.md"]);
    expect(resolved(catalog, "Java")).toBe("Java Roadmap.md");
    expect(resolved(catalog, "JavaScript")).toBe("JavaScript.md");
  });
});

describe("RoadmapCatalog: synonyms", () => {
  test.each([
    ["a note named Postgres answers PostgreSQL", ["Postgres.md"], "PostgreSQL", "Postgres.md"],
    ["a note named PostgreSQL answers postgres", ["PostgreSQL.md"], "postgres", "PostgreSQL.md"],
    ["a note named k8s Roadmap answers Kubernetes", ["k8s Roadmap.md"], "Kubernetes", "k8s Roadmap.md"],
    ["a note named Rails answers Ruby on Rails", ["Rails.md"], "Ruby on Rails", "Rails.md"],
    ["a note named golang answers Go", ["golang.md"], "Go", "golang.md"],
    ["a note named JS Roadmap answers JavaScript", ["JS Roadmap.md"], "JavaScript", "JS Roadmap.md"],
  ])("%s", (_label, paths, skill, expected) => {
    expect(resolved(catalogOf(paths), skill)).toBe(expected);
  });

  test("an alias k8s answers Kubernetes", () => {
    const catalog = new RoadmapCatalog(canon, "", {});
    catalog.upsert(roadmap("Learning/Container orchestration.md", ["k8s"]));
    expect(resolved(catalog, "Kubernetes")).toBe("Learning/Container orchestration.md");
    expect(resolved(catalog, "kube")).toBe("Learning/Container orchestration.md");
  });

  test("the user's synonyms apply", () => {
    const mine = new SkillCanon({ gql: "GraphQL", Pajamas: "Pajamas Design System" });
    const catalog = new RoadmapCatalog(mine, "", {});
    catalog.upsert(roadmap("gql.md"));
    catalog.upsert(roadmap("Design.md", ["Pajamas"]));
    expect(catalog.resolve(mine.canonical("GraphQL")?.key ?? "")?.path).toBe("gql.md");
    expect(catalog.resolve(mine.canonical("Pajamas Design System")?.key ?? "")?.path).toBe("Design.md");
  });
});

describe("RoadmapCatalog: resolution order", () => {
  test("a mapping by path wins over aliases and names", () => {
    const catalog = catalogOf(["Go.md", "Go Roadmap.md", "Study/Golang plan.md"], { mappings: { Go: "Study/Golang plan.md" } });
    catalog.upsert(roadmap("Other.md", ["Go"]));
    expect(resolved(catalog, "Go")).toBe("Study/Golang plan.md");
  });

  test.each([
    ["the path without .md", "Study/Golang plan"],
    ["the path in another case", "study/golang PLAN.md"],
    ["a leading slash", "/Study/Golang plan.md"],
    ["a wikilink", "[[Study/Golang plan]]"],
    ["the note's name", "Golang plan"],
    ["the note's name as a wikilink", "[[Golang plan]]"],
    ["spaces around", "  Study/Golang plan.md  "],
  ])("a mapping may give %s", (_label, target) => {
    const catalog = catalogOf(["Go.md", "Study/Golang plan.md"], { mappings: { Go: target } });
    expect(resolved(catalog, "Go")).toBe("Study/Golang plan.md");
  });

  test("two notes whose paths differ only in case: the one written in the mapping wins, whatever order they came in", () => {
    const paths = ["Notes/Go plan.md", "notes/go plan.md"];
    for (const order of [paths, [...paths].reverse()]) {
      expect(resolved(catalogOf(order, { mappings: { Go: "notes/go plan" } }), "Go")).toBe("notes/go plan.md");
      expect(resolved(catalogOf(order, { mappings: { Go: "Notes/Go plan.md" } }), "Go")).toBe("Notes/Go plan.md");
      // Neither written exactly: the same one either way.
      expect(resolved(catalogOf(order, { mappings: { Go: "NOTES/GO PLAN" } }), "Go")).toBe("Notes/Go plan.md");
    }
    const catalog = catalogOf(paths, { mappings: { Go: "notes/go plan" } });
    catalog.remove("Notes/Go plan.md");
    expect(resolved(catalog, "Go")).toBe("notes/go plan.md");
    catalog.upsert(roadmap("Notes/Go plan.md"));
    catalog.remove("notes/go plan.md");
    expect(resolved(catalog, "Go")).toBe("Notes/Go plan.md");
  });

  test("a mapping's skill is read through synonyms", () => {
    const catalog = catalogOf(["Go.md", "Study/Golang plan.md"], { mappings: { golang: "Study/Golang plan.md" } });
    expect(resolved(catalog, "Go")).toBe("Study/Golang plan.md");
  });

  test("a mapping to a missing note falls back to aliases and names", () => {
    const catalog = catalogOf(["Go.md"], { mappings: { Go: "Nowhere/Missing.md" } });
    expect(resolved(catalog, "Go")).toBe("Go.md");
  });

  test("an alias wins over a name", () => {
    const catalog = catalogOf(["Go.md", "Go Roadmap.md"]);
    catalog.upsert(roadmap("Learning/Gopher path.md", ["golang"]));
    expect(resolved(catalog, "Go")).toBe("Learning/Gopher path.md");
  });

  test("a name is used when nothing else answers", () => {
    expect(resolved(catalogOf(["Go.md"]), "Go")).toBe("Go.md");
  });
});

describe("RoadmapCatalog: among several notes", () => {
  test("X Roadmap is preferred over X", () => {
    expect(resolved(catalogOf(["Go.md", "Go Roadmap.md"]), "Go")).toBe("Go Roadmap.md");
    expect(resolved(catalogOf(["Go Roadmap.md", "Go.md"]), "Go")).toBe("Go Roadmap.md");
    expect(resolved(catalogOf(["A/Go.md", "Deep/Down/Go Roadmap.md"]), "Go")).toBe("Deep/Down/Go Roadmap.md");
  });

  test("the roadmap folder is preferred over everything else", () => {
    const folder = { folder: "Roadmaps" };
    expect(resolved(catalogOf(["Go Roadmap.md", "Roadmaps/Go.md"], folder), "Go")).toBe("Roadmaps/Go.md");
    expect(resolved(catalogOf(["Roadmaps/Go.md", "Go Roadmap.md"], folder), "Go")).toBe("Roadmaps/Go.md");
    expect(resolved(catalogOf(["Go.md", "Roadmaps/Languages/Go.md"], folder), "Go")).toBe("Roadmaps/Languages/Go.md");
  });

  test("inside the roadmap folder, X Roadmap is still preferred over X", () => {
    expect(resolved(catalogOf(["Roadmaps/Go.md", "Roadmaps/Go Roadmap.md"], { folder: "Roadmaps" }), "Go")).toBe("Roadmaps/Go Roadmap.md");
  });

  test("a note outside the roadmap folder still answers when the folder has none", () => {
    expect(resolved(catalogOf(["Notes/Go.md", "Roadmaps/Rust.md"], { folder: "Roadmaps" }), "Go")).toBe("Notes/Go.md");
  });

  test("with no roadmap folder set, a folder named like Roadmaps is preferred", () => {
    expect(resolved(catalogOf(["Archive/PostgreSQL.md", "Roadmaps/PostgreSQL.md"]), "PostgreSQL")).toBe("Roadmaps/PostgreSQL.md");
    expect(resolved(catalogOf(["Go.md", "Learning/My roadmaps/Go.md"]), "Go")).toBe("Learning/My roadmaps/Go.md");
    // A note named "… Roadmap" is no folder.
    expect(resolved(catalogOf(["A/Go.md", "Roadmap of Go.md"]), "Go")).toBe("A/Go.md");
  });

  test("then the shortest path, then the path's order", () => {
    expect(resolved(catalogOf(["Deep/Folder/Go.md", "A/Go.md"]), "Go")).toBe("A/Go.md");
    expect(resolved(catalogOf(["B/Go.md", "A/Go.md"]), "Go")).toBe("A/Go.md");
    expect(resolved(catalogOf(["A/Go.md", "B/Go.md"]), "Go")).toBe("A/Go.md");
  });

  test("the roadmap folder also ranks notes found by alias", () => {
    const catalog = new RoadmapCatalog(canon, "Roadmaps", {});
    catalog.upsert(roadmap("Other/Plan.md", ["Go"]));
    catalog.upsert(roadmap("Roadmaps/Plan.md", ["golang"]));
    expect(resolved(catalog, "Go")).toBe("Roadmaps/Plan.md");
  });

  test("exclude rules out notes", () => {
    const catalog = catalogOf(["Go Roadmap.md", "Go.md"]);
    expect(catalog.resolve(keyOf("Go"), (p) => p === "Go Roadmap.md")?.path).toBe("Go.md");
    expect(catalog.resolve(keyOf("Go"), () => true)).toBeNull();
  });

  test("exclude rules out a mapped note too", () => {
    const catalog = catalogOf(["Go.md", "Plan.md"], { mappings: { Go: "Plan.md" } });
    expect(catalog.resolve(keyOf("Go"), (p) => p === "Plan.md")?.path).toBe("Go.md");
  });
});

describe("RoadmapCatalog: one note at a time", () => {
  test("remove and re-upsert", () => {
    const catalog = catalogOf(["Go.md", "Go Roadmap.md"]);
    catalog.remove("Go Roadmap.md");
    expect(catalog.has("Go Roadmap.md")).toBe(false);
    expect(resolved(catalog, "Go")).toBe("Go.md");
    catalog.remove("Go.md");
    expect(resolved(catalog, "Go")).toBeNull();
    catalog.upsert(roadmap("Go Roadmap.md"));
    expect(catalog.has("Go Roadmap.md")).toBe(true);
    expect(resolved(catalog, "Go")).toBe("Go Roadmap.md");
  });

  test("removing a note that is not there changes nothing", () => {
    const catalog = catalogOf(["Go.md"]);
    catalog.remove("Rust.md");
    expect(resolved(catalog, "Go")).toBe("Go.md");
  });

  test("re-upserting with other aliases forgets the old ones", () => {
    const catalog = new RoadmapCatalog(canon, "", {});
    catalog.upsert(roadmap("Plan.md", ["k8s"]));
    expect(resolved(catalog, "Kubernetes")).toBe("Plan.md");
    catalog.upsert(roadmap("Plan.md", ["Rust"]));
    expect(resolved(catalog, "Kubernetes")).toBeNull();
    expect(resolved(catalog, "Rust")).toBe("Plan.md");
  });

  test("a removed note no longer answers a mapping", () => {
    const catalog = catalogOf(["Plan.md", "Go.md"], { mappings: { Go: "Plan.md" } });
    catalog.remove("Plan.md");
    expect(resolved(catalog, "Go")).toBe("Go.md");
    catalog.upsert(roadmap("Plan.md"));
    expect(resolved(catalog, "Go")).toBe("Plan.md");
  });
});

describe("RoadmapCatalog: progress", () => {
  test("progress is the tasks of the resolved note", () => {
    const catalog = new RoadmapCatalog(canon, "", {});
    catalog.upsert(roadmap("Go.md", [], { done: 1, total: 10 }));
    catalog.upsert(roadmap("Go Roadmap.md", [], { done: 3, total: 4 }));
    expect(catalog.resolve(keyOf("Go"))).toEqual({ path: "Go Roadmap.md", progress: { done: 3, total: 4 } });
  });

  test("progress follows the note's latest tasks", () => {
    const catalog = new RoadmapCatalog(canon, "", {});
    catalog.upsert(roadmap("Go.md", [], { done: 0, total: 2 }));
    catalog.upsert(roadmap("Go.md", [], { done: 2, total: 2 }));
    expect(catalog.resolve(keyOf("Go"))?.progress).toEqual({ done: 2, total: 2 });
  });

  test("progress is a copy", () => {
    const tasks = { done: 1, total: 2 };
    const catalog = new RoadmapCatalog(canon, "", {});
    catalog.upsert(roadmap("Go.md", [], tasks));
    const link = catalog.resolve(keyOf("Go"));
    expect(link?.progress).not.toBe(tasks);
    if (link) link.progress.done = 99;
    expect(catalog.resolve(keyOf("Go"))?.progress).toEqual({ done: 1, total: 2 });
  });

  test("a note without tasks has zero progress", () => {
    expect(catalogOf(["Go.md"]).resolve(keyOf("Go"))?.progress).toEqual({ done: 0, total: 0 });
  });
});
