// What the dashboard shows and how: view mode, filters, sort and collapsed columns. Pure data,
// saved with the settings so it survives a restart, and the functions that apply it to postings.
import { byPath, shortTitle, type Posting } from "./posting";
import { blank, isStructured } from "./frontmatter-fields";
import { paidIn } from "./salary";
import { stageKey } from "./stages";
import { lower, upper } from "./text";
import { isArray, isString } from "./is";

export type DashboardMode = "board" | "table";
export type RemoteFilter = "any" | "remote" | "onsite";
export type SortColumn = "company" | "title" | "stage" | "salaryMin" | "salaryMax" | "location" | "modified";

export interface DashboardFilter {
  /** Words that must all appear in the company, title or skills. */
  search: string;
  /** A stage name, or "" for every stage. */
  stage: string;
  /** A skill key, or "" for every skill. */
  skill: string;
  remote: RemoteFilter;
  /** An ISO currency code, or "" for any. */
  currency: string;
}

export interface DashboardState {
  mode: DashboardMode;
  filter: DashboardFilter;
  sort: { column: SortColumn; descending: boolean };
  /** Stage keys of the board columns the user collapsed. */
  collapsed: string[];
}

const SORT_COLUMNS: readonly SortColumn[] = ["company", "title", "stage", "salaryMin", "salaryMax", "location", "modified"];

export function defaultDashboardState(): DashboardState {
  return {
    mode: "board",
    filter: { search: "", stage: "", skill: "", remote: "any", currency: "" },
    sort: { column: "modified", descending: true },
    collapsed: [],
  };
}

function str(value: unknown): string {
  return isString(value) ? value : "";
}

function record(value: unknown): Record<string, unknown> {
  return isStructured(value) ? value : {};
}

/** A valid state from whatever was saved. */
export function migrateDashboardState(stored: unknown): DashboardState {
  const d = defaultDashboardState();
  const s = record(stored);
  const f = record(s.filter);
  const sort = record(s.sort);
  const remote = str(f.remote);
  const column = str(sort.column) as SortColumn;
  return {
    mode: s.mode === "table" ? "table" : "board",
    filter: {
      search: str(f.search),
      stage: str(f.stage),
      skill: str(f.skill),
      remote: remote === "remote" || remote === "onsite" ? remote : "any",
      currency: upper(str(f.currency)),
    },
    sort: {
      column: SORT_COLUMNS.includes(column) ? column : d.sort.column,
      descending: typeof sort.descending === "boolean" ? sort.descending : d.sort.descending,
    },
    collapsed: isArray(s.collapsed) ? s.collapsed.filter(isString) : [],
  };
}

export function isFiltered(filter: DashboardFilter): boolean {
  return !blank(filter.search) || filter.stage !== "" || filter.skill !== "" || filter.remote !== "any" || filter.currency !== "";
}

function searchText(p: Posting): string {
  return lower([p.company, p.title, ...p.skills.map((s) => s.name)].join("\n"));
}

/**
 * The postings the filter lets through, in their given order. A search word is found in the company,
 * title or skills, or names a skill the posting asks for by another spelling (knownSkill finds "k8s").
 */
export function filterPostings(postings: readonly Posting[], filter: DashboardFilter, knownSkill: (word: string) => string | undefined = () => undefined): Posting[] {
  const words = lower(filter.search).split(/\s+/).filter((w) => w !== "").map((w) => ({ w, key: knownSkill(w) }));
  const stage = filter.stage === "" ? null : stageKey(filter.stage);
  return postings.filter((p) => {
    if (stage !== null && stageKey(p.stage) !== stage) return false;
    if (filter.skill !== "" && !p.skills.some((s) => s.key === filter.skill)) return false;
    if (filter.remote === "remote" && !p.remote) return false;
    if (filter.remote === "onsite" && p.remote) return false;
    if (filter.currency !== "" && paidIn(p.salary) !== filter.currency) return false;
    if (words.length > 0) {
      const text = searchText(p);
      if (!words.every(({ w, key }) => text.includes(w) || (key !== undefined && p.skills.some((s) => s.key === key)))) return false;
    }
    return true;
  });
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: "base", numeric: true });
}

/**
 * Sorted copy; postings without a value for the column always go last; ties by company, then path.
 * By salary, each currency's postings stay together, `mainCurrency`'s (the default one) first.
 */
export function sortPostings(
  postings: readonly Posting[],
  sort: DashboardState["sort"],
  stageOrder: (stage: string) => number,
  mainCurrency = "",
): Posting[] {
  const dir = sort.descending ? -1 : 1;
  const bySalary = sort.column === "salaryMin" || sort.column === "salaryMax";
  const value = (p: Posting): string | number | null => {
    switch (sort.column) {
      case "company":
        return p.company === "" ? null : p.company;
      case "title":
        return shortTitle(p);
      case "stage":
        return stageOrder(p.stage) * 1e6;
      // A year's worth, so that $85/hr and €9.5k/mo sort among yearly pay.
      case "salaryMin":
        return yearly(p.salary, p.salary?.min ?? p.salary?.max);
      case "salaryMax":
        return yearly(p.salary, p.salary?.max ?? p.salary?.min);
      case "location":
        return placeShown(p) || null;
      case "modified":
        return p.modified;
    }
  };
  return [...postings].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (bySalary && a.salary && b.salary && a.salary.currency !== b.salary.currency) {
      // Amounts in two currencies do not compare: each currency's postings stay together.
      return Number(b.salary.currency === mainCurrency) - Number(a.salary.currency === mainCurrency) || compareText(a.salary.currency, b.salary.currency);
    } else {
      const c = typeof va === "number" && typeof vb === "number" ? va - vb : compareText(String(va), String(vb));
      if (c !== 0) return c * dir;
    }
    if (sort.column === "stage") {
      const s = compareText(a.stage, b.stage);
      if (s !== 0) return s;
    }
    return compareText(a.company, b.company) || byPath(a, b);
  });
}

/** How many of each pay period a year holds: 2,080 working hours, 260 days, 52 weeks, 12 months. */
const PER_YEAR = { hour: 2080, day: 260, week: 52, month: 12, year: 1 } as const;

/** Pay times the number of its periods in a year. */
function yearly(salary: Posting["salary"], amount: number | null | undefined): number | null {
  return !salary || amount === null || amount === undefined ? null : amount * PER_YEAR[salary.period];
}

/** Postings per stage key, each column most recently changed first. */
export function groupByStage(postings: readonly Posting[]): Map<string, Posting[]> {
  const groups = new Map<string, Posting[]>();
  for (const p of postings) {
    const key = stageKey(p.stage);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(p);
  }
  for (const list of groups.values()) list.sort(byRecent);
  return groups;
}

/** A column's order: most recently changed first, then by path. */
function byRecent(a: Posting, b: Posting): number {
  return b.modified - a.modified || byPath(a, b);
}

/**
 * The postings that changed in place between two lists of the same notes in the same order, as
 * (before, after) pairs; null when the lists hold different notes or more than `max` changed.
 */
export function changedInPlace(before: readonly Posting[] | null, after: readonly Posting[], max = 32): [Posting, Posting][] | null {
  if (!before || before.length !== after.length) return null;
  const pairs: [Posting, Posting][] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a === b || !a || !b) continue;
    if (a.path !== b.path || pairs.length >= max) return null;
    pairs.push([a, b]);
  }
  return pairs;
}

/** True when `after` holds the notes of `before` in place and every posting that changed is `same` as before. */
export function sameInPlace(before: readonly Posting[] | null, after: readonly Posting[], same: (a: Posting, b: Posting) => boolean): boolean {
  const pairs = changedInPlace(before, after);
  return pairs !== null && pairs.every(([a, b]) => same(a, b));
}

/**
 * groupByStage for a dashboard that re-renders after each change: when only a few postings changed
 * in place, the groups they left and joined are patched and every other group is the same array as
 * before, so a view can tell which columns changed by identity.
 */
export class StageGrouping {
  private input: readonly Posting[] | null = null;
  private groups = new Map<string, Posting[]>();

  group(postings: readonly Posting[]): Map<string, Posting[]> {
    const pairs = changedInPlace(this.input, postings);
    this.input = postings;
    if (pairs === null) return (this.groups = groupByStage(postings));
    if (pairs.length === 0) return this.groups;
    const groups = new Map(this.groups);
    const copied = new Set<string>();
    const listOf = (key: string): Posting[] => {
      if (!copied.has(key)) {
        copied.add(key);
        groups.set(key, [...(groups.get(key) ?? [])]);
      }
      return groups.get(key) ?? [];
    };
    for (const [before, after] of pairs) {
      const from = listOf(stageKey(before.stage));
      const at = from.indexOf(before);
      if (at >= 0) from.splice(at, 1);
      const to = listOf(stageKey(after.stage));
      let lo = 0;
      let hi = to.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byRecent(to[mid] ?? after, after) < 0) lo = mid + 1;
        else hi = mid;
      }
      to.splice(lo, 0, after);
    }
    for (const key of copied) if (groups.get(key)?.length === 0) groups.delete(key);
    return (this.groups = groups);
  }
}

/** Where a posting is, as the table shows it: its location, or "Remote" for a remote job that names none. */
export function placeShown(p: Posting): string {
  return p.location || (p.remote ? "Remote" : "");
}
