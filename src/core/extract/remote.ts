// Whether the job can be done fully remotely, from what the text says and denies.

import { type Doc, LOCATION_LABELS, WORKPLACE_LABELS } from "./doc";
import { HYBRID_REMOTE } from "./places";
import { YES_REMOTE } from "../posting";
import { lower } from "../text";

const STRONG_REMOTE = [
  /\b(?:fully|100\s?%|completely|entirely|totally|full|permanently|exclusively)[ -]?remote\b/i,
  /\bremote[ -](?:first|only|native|friendly|global|worldwide)\b/i,
  /\bremote\s+(?:position|role|job(?!\s+sites?)|opportunity|contract|company|organi[sz]ation|team|employer|setup|environment|culture|work(?:ing)?\s+(?:position|role|environment))\b/i,
  /\b(?:role|position|job|opportunity|team|company|we)\s+(?:is|are|'re|can be|will be)\s+(?:a\s+|an\s+)?(?:\w+\s+)?remote\b/i,
  /\bwork(?:ing)? from anywhere\b/i,
  /\b(?:[Rr]emote|REMOTE)\s*(?:\(|-|–|—|,|:)\s*(?:\p{Lu}|[Gg]lobal|[Ww]orldwide|[Aa]nywhere)/u,
  /\b[Rr]emote\s+(?:anywhere\s+)?(?:in|within|from|across)\s+(?:the\s+)?\p{Lu}/u,
  /\b[Rr]emote\s+anywhere\b/u,
  /\b(?:all|most) (?:of )?our (?:roles|positions|jobs|team members) are remote\b/i,
  /^[ \t]*(?:[-*•#>][ \t]*)*(?:\*\*[ \t]*)?remote[ \t]*(?:\*\*[ \t]*)?$/im,
  /\b(?:full|100\s?%|totalement|completamente|komplett|vollständig|vollstaendig)\s+(?:remote|remoto|télétravail|teletrabajo)\b/i,
  /\b(?:trabajo|puesto) remoto\b|\b100\s?%\s*(?:télétravail|remoto|teletrabajo|zdaln)|\bda remoto\b|\bpraca zdalna\b/i,
  // "Monzo · London, UK · Remote": one of the terms in a line of them.
  // Not a board's filter bar ("On-site | Hybrid | Remote"), which names every work mode.
  /^(?![^\n]*\b(?:hybrid|on-?site|in[- ]office|presencial)\b)[^\n]*(?:^|[ \t][·•|/][ \t])(?:fully |100\s?% )?(?:remote|remoto|télétravail|teletrabajo)[ \t]*(?:$|[·•|/])/im,
];

const WEAK_REMOTE = /\b(?:work(?:ing)? remotely|remote work(?:ing)?|remote option|option to work remotely|remote (?:is )?possible|remote or hybrid|hybrid or remote|remote-eligible|remote eligible)\b/i;

const NO_REMOTE = [
  /\b(?:not|no|non|never|isn't|is not|cannot be|can't be|without)[ -](?:a\s+|an\s+)?(?:fully\s+|100\s?%\s+)?remote\b/i,
  /\bremote(?:\s+work(?:ing)?)?\s+(?:is|are)\s+not\s+(?:possible|available|an option|offered|supported|permitted|allowed)\b/i,
  /\bremote(?:\s+work(?:ing)?)?\s+(?:is|are)\s+(?:unfortunately\s+)?(?:impossible|unavailable|not possible)\b/i,
  /\b(?:on-?site|in-office|office-based)\s+only\b/i,
  /\bthis (?:role|position|job) is (?:100\s?%\s+|fully\s+)?(?:on-?site|in[- ]office|office[- ]based)\b/i,
  /\bnot (?:open to|eligible for|available for) remote\b/i,
  // "There is no option to work remotely", "you must live within commuting distance of London".
  /\b(?:no|not an?) option (?:to work|of working) (?:remotely|from home)\s*(?:[.,;!]|$)|\bcannot (?:be done|work) remotely\s*(?:[.,;!]|$)/im,
  /\b(?:must|will need to|have to|are required to|is required to) (?:live|be based|reside) within (?:a )?(?:commut\w+|reasonable|easy) (?:distance|reach)\b/i,
  /\b(?:kein|keine|nicht)\s+(?:remote|homeoffice)\b|\bpas de (?:télétravail|remote)\b|\bno (?:es )?remoto\b/i,
  // "Remote: No", "Remote work: not possible"; not "Remote: Non-US candidates welcome"
  /\bremote(?:\s+work(?:ing)?)?\s*:\s*(?:no|none|n\/a|nein|non|not\s+(?:possible|available|offered|an option))\s*(?:[.,;!]|$)/im,
  // "remote-first culture, but this role requires 4 days/week in our SF office"
  /\brequires?\s+(?:\d|one|two|three|four|five)\s+days?\s*(?:\/|a|per|each)\s*week\s+(?:(?:in|at)\s+(?:the|our|an?)\s+(?:[\w-]+\s+){0,3}office\b|on-?site\b|in[- ](?:person|office)\b)/i,
];

/** "Remote job" with "No" under it (USAJOBS), "Remote: No" in a table. */
const REMOTE_LABEL = /^(?:remote(?: job| work| working| position| option| eligible| possible| ok)?|hires remotely)$/;

export function remoteDenied(doc: Doc): boolean {
  // "No", "No (hybrid, 3 days in office)"; not "Non-US candidates welcome" or "None of our team commutes".
  const denial = /^(?:no|none|n\/a|nein|non|nee|nej|not (?:possible|available))(?:\s*[.!]?\s*$|\s*\(|\s+[-–—]\s)/i;
  if (doc.labels.some((l) => REMOTE_LABEL.test(l.key) && denial.test(l.value))) return true;
  return NO_REMOTE.some((re) => re.test(doc.head));
}

/** "up to 6 weeks per year working from anywhere in the EU": a perk of an office job, not a remote one. */
const PERK_ANYWHERE = /\b(?:weeks?|days?)\s+(?:per|a|each|every)\s+year[^.\n]{0,12}\bwork(?:ing)? from anywhere\b/gi;

export function findRemote(doc: Doc): boolean {
  const head = doc.head.replace(HYBRID_REMOTE, "hybrid").replace(PERK_ANYWHERE, " ");
  if (remoteDenied(doc)) return false;
  for (const label of doc.labels) {
    if (WORKPLACE_LABELS.has(label.key) || LOCATION_LABELS.has(label.key)) {
      if (/\bremote\b|\btélétravail\b|\bremoto\b/i.test(label.value) && !/\bhybrid\b|\bon[- ]?site\b|\bin[- ]office\b/i.test(label.value)) return true;
      if (label.key === "remote" && YES_REMOTE.test(lower(label.value.trim()))) return true;
    }
  }
  if (STRONG_REMOTE.some((re) => re.test(head))) return true;
  return WEAK_REMOTE.test(head) && !/\bhybrid\b|\bon-?site\b|\bin[- ]office\b|\boffice[- ]based\b|\bpresencial\b/i.test(head);
}
