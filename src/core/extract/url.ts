// The posting's own link: the job board or careers page URL among the text's links.

import { unpackWords } from "../packed-text";
import { type Doc, URL_LABELS, trimUrl } from "./doc";
import { lower } from "../text";

export const JOB_HOSTS =
  new RegExp(unpackWords("(?:^|\\.)(?:greenhouse\\.io|lever\\.co|myworkdayjobs\\.com|myworkdaysite\\.com|workday\\.com|ashbyhq\\.com|workable\\.com|smartrecruiters\\.com|bamboohr\\.com|personio\\.(?:de|com)|recruitee\\.com|breezy\\.hr|applytojob\\.com|teamtailor\\.com|icims\\.com|jobvite\\.com|rippling\\.com|wellfound\\.com|angel\\.co|pinpointhq\\.com|comeet\\.com|join\\.com|jobs\\.personio\\.de|successfactors\\.(?:com|eu)|taleo\\.net|oraclecloud\\.com|dover\\.com|gem\\.com|jazzhr\\.com|recruiterbox\\.com|jobscore\\.com|workforcenow\\.adp\\.com|ultipro\\.com|paylocity\\.com|stepstone\\.\\w+|xing\\.com|welcometothejungle\\.com|otta\\.com|glassdoor\\.\\w+|indeed\\.\\w+|linkedin\\.com|monster\\.\\w+|ziprecruiter\\.com|dice\\.com|builtin\\.com|weworkremotely\\.com|remoteok\\.com|remotive\\.com|hired\\.com|seek\\.com\\.au|naukri\\.com|jobs\\.ch|karriere\\.at|arbeitnow\\.com)$"), "i");

export const JOB_PATH =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|stellenangebote?|stellen|karriere|open-positions|empleos?|emplois?|offres?|postings?|apply|requisitions?|req|o|viewjob|job-listing|rc\/clk|jobs\/view|recruit)(?:[/?#._-]|$)/i;

/** A job board's page in other words and languages ("/remote-jobs/", "/vagas/", "/praca/", "/stelle?id="): a posting's link, though not a careers site's that names the company. */
const BOARD_PATH = /\/(?:[a-z]+-jobs|vagas?|trabajos?|trabajo-empleo|praca|prace|tyopaikat|lavoro|offert[ae]|vacatures?|ofertas?|stelle|stillinger?|jobb|jobsearchdetail)(?:[/?#._-]|$)/i;

const NOT_A_POSTING = /\/(?:handbook|privacy|policy|policies|legal|terms|blog|press|news|benefits|about|eeo|accommodation|cookie|team|values|mission|company\/(?!.*\/jobs?\/))/i;

export function findUrl(doc: Doc): string {
  let best = "";
  let bestScore = 0;
  for (const label of doc.labels) {
    if (!URL_LABELS.has(label.key)) continue;
    const m = /https?:\/\/\S+/i.exec(label.value);
    if (m) {
      const score = urlScore(trimUrl(m[0])) + 3;
      if (score > bestScore) [best, bestScore] = [trimUrl(m[0]), score];
    }
  }
  for (const { url } of doc.links.slice(0, 2000)) {
    const score = urlScore(url);
    if (score > bestScore) [best, bestScore] = [url, score];
  }
  return bestScore >= 2 ? best : "";
}

export function urlScore(url: string): number {
  const m = /^https?:\/\/([^/?#:]+)(?::\d+)?([^?#]*)([?#].*)?$/i.exec(url);
  if (!m) return 0;
  const host = lower(m[1] ?? "");
  const path = m[2] ?? "";
  if (NOT_A_POSTING.test(path) && !/\/jobs?\/\w/i.test(path)) return 0;
  let score = 0;
  const board = JOB_HOSTS.test(host);
  if (board) score += 3;
  if (/^(?:www\.)?(?:jobs?|careers?|apply|boards|job-boards|recruiting|talent|werkenbij|karriere)\./i.test(host)) score += 2;
  // A board's path word counts on a known board, or with the job's number after it ("/remote-jobs/j/…-q8x1mz"); a repository's "/background-jobs" is no job.
  if (JOB_PATH.test(path) || (BOARD_PATH.test(path) && (board || /\d/.test(path.slice(path.search(BOARD_PATH)) + (m[3] ?? ""))))) score += 2;
  if (/\d{4,}|[0-9a-f]{8}-[0-9a-f]{4}/i.test(path + (m[3] ?? ""))) score += 1;
  if (/linkedin\.com$/i.test(host) && !/\/jobs\/view|\/jobs\//i.test(path)) return 0;
  if (board && (path === "" || path === "/")) score -= 2;
  return score;
}
