// Skill demand across postings, counted per canonical skill object: the canon hands out one shared,
// frozen answer per spelling, so a full load counts by object identity, with no string keys to
// hash. Answers are grouped by skill key only when the dashboard reads them.
import type { SkillRef } from "./skills";
import { mostUsed } from "./tally";

export interface SkillCount {
  key: string;
  /** The spelling most postings used; on a tie, the one that sorts first. */
  name: string;
  /** Postings that ask for the skill. */
  count: number;
  /** Of those, postings in an open stage. */
  active: number;
}

interface Counts {
  all: number;
  active: number;
}

export class SkillTally {
  private readonly counts = new Map<SkillRef, Counts>();

  /** Counts one posting's skills (`by` -1 takes them away again). */
  add(skills: readonly SkillRef[], active: boolean, by: 1 | -1 = 1): void {
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i] as SkillRef;
      let c = this.counts.get(skill);
      if (c === undefined) {
        if (by < 0) continue;
        this.counts.set(skill, (c = { all: 0, active: 0 }));
      }
      c.all += by;
      if (active) c.active += by;
      if (c.all <= 0) this.counts.delete(skill);
    }
  }

  remove(skills: readonly SkillRef[], active: boolean): void {
    this.add(skills, active, -1);
  }

  /** One entry per skill key, in no particular order. */
  groups(): SkillCount[] {
    const byKey = new Map<string, { count: number; active: number; spellings: Map<string, number> }>();
    for (const [skill, c] of this.counts) {
      let g = byKey.get(skill.key);
      if (!g) byKey.set(skill.key, (g = { count: 0, active: 0, spellings: new Map() }));
      g.count += c.all;
      g.active += c.active;
      g.spellings.set(skill.name, (g.spellings.get(skill.name) ?? 0) + c.all);
    }
    const out: SkillCount[] = [];
    for (const [key, g] of byKey) {
      out.push({ key, name: mostUsed(g.spellings), count: g.count, active: g.active });
    }
    return out;
  }
}
