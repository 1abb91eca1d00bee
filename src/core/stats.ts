// What the dashboard and the report show, derived from the index: pipeline counts in stage
// order, skill demand with roadmap progress, salary ranges per currency and period.
import type { TaskCounts } from "./note-reader";
import type { Posting } from "./posting";
import { salaryMidpoint, type Salary, type SalaryPeriod } from "./salary";
import { compareNames } from "./tally";

export interface StageCount {
  name: string;
  count: number;
  /** False for a stage that is not in the configured pipeline (shown in its own column). */
  known: boolean;
  closed: boolean;
}

export interface SkillDemand {
  key: string;
  name: string;
  /** Postings that ask for the skill. */
  count: number;
  /** Of those, postings in an open stage. */
  active: number;
  /** Of those, postings in a closed stage. */
  closed: number;
  /** Path of the skill's roadmap note, or null when it has none. */
  roadmap: string | null;
  progress: TaskCounts | null;
}

export interface SalaryGroup {
  currency: string;
  period: SalaryPeriod;
  /** Postings with at least one amount in this currency and period. */
  count: number;
  /** Lowest, median and highest of the postings' midpoints. */
  min: number;
  median: number;
  max: number;
}

export interface DashboardStats {
  revision: number;
  total: number;
  active: number;
  closed: number;
  stages: StageCount[];
  skills: SkillDemand[];
  salaries: SalaryGroup[];
}

/** Skills by demand, then name. */
export function sortSkills(skills: SkillDemand[]): SkillDemand[] {
  return skills.sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Group {
  currency: string;
  period: SalaryPeriod;
  mids: number[];
  sorted: boolean;
}

/** Midpoints of one currency and period, kept sorted as postings come and go. */
export class SalaryGroupTally {
  /** By currency, then period: two lookups with the salary's own strings, no key built per posting. */
  private readonly groups = new Map<string, Map<SalaryPeriod, Group>>();
  /** While true, add() appends and sorting waits until a group is read: a full load sorts once, not once per posting. */
  private appending = false;

  /** Appends from now on; the next read or removal sorts what was appended. */
  startBulk(): void {
    this.appending = true;
  }

  /** Back to keeping each group sorted as postings come and go. */
  endBulk(): void {
    this.appending = false;
  }

  private sortedMids(g: Group): number[] {
    if (!g.sorted) {
      // A typed array sorts numbers natively, with no comparison function called per pair; after a
      // full load this sorts every midpoint at once.
      const sorted = Float64Array.from(g.mids).sort();
      for (let i = 0; i < sorted.length; i++) g.mids[i] = sorted[i] as number;
      g.sorted = true;
    }
    return g.mids;
  }

  private group({ currency, period }: Salary, create: boolean): Group | undefined {
    let periods = this.groups.get(currency);
    if (!periods) {
      if (!create) return undefined;
      this.groups.set(currency, (periods = new Map<SalaryPeriod, Group>()));
    }
    let g = periods.get(period);
    if (!g && create) periods.set(period, (g = { currency, period, mids: [], sorted: true }));
    return g;
  }

  private static position(mids: number[], value: number): number {
    let lo = 0;
    let hi = mids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mids[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(p: Posting): void {
    const salary = p.salary;
    const mid = salary && salaryMidpoint(salary);
    if (!salary || mid === null) return;
    const g = this.group(salary, true) as Group;
    if (this.appending) {
      if (g.sorted && g.mids.length > 0 && mid < (g.mids[g.mids.length - 1] ?? 0)) g.sorted = false;
      g.mids.push(mid);
    } else {
      const mids = this.sortedMids(g);
      mids.splice(SalaryGroupTally.position(mids, mid), 0, mid);
    }
  }

  remove(p: Posting): void {
    const salary = p.salary;
    const mid = salary && salaryMidpoint(salary);
    if (!salary || mid === null) return;
    const g = this.group(salary, false);
    if (!g) return;
    const mids = this.sortedMids(g);
    const i = SalaryGroupTally.position(mids, mid);
    if (mids[i] === mid) mids.splice(i, 1);
    if (g.mids.length === 0) {
      const periods = this.groups.get(g.currency);
      periods?.delete(g.period);
      if (periods?.size === 0) this.groups.delete(g.currency);
    }
  }

  /** The groups of the postings added, without touching them again. */
  groupsNow(): SalaryGroup[] {
    return [...this.groups.values()]
      .flatMap((periods) => [...periods.values()])
      .map((g) => {
        const mids = this.sortedMids(g);
        return { currency: g.currency, period: g.period, count: mids.length, min: mids[0] ?? 0, median: median(mids), max: mids[mids.length - 1] ?? 0 };
      })
      .sort((a, b) => b.count - a.count || compareNames(a.currency + a.period, b.currency + b.period));
  }
}

/** Salary midpoints grouped by currency and period, largest groups first. */
export function salaryGroups(postings: Iterable<Posting>): SalaryGroup[] {
  const tally = new SalaryGroupTally();
  tally.startBulk();
  for (const p of postings) tally.add(p);
  return tally.groupsNow();
}
