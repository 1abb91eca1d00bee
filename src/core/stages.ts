// The pipeline of stages a posting moves through. Values are matched case-insensitively after
// trimming; a value that is not in the list is kept as written and sorts after the known ones.
import type { StageSetting } from "./settings";
import { withoutSmartQuotes } from "./wikilink";
import { lower, squish } from "./text";
import { unpackWords } from "./packed-text";

export interface StageMatch {
  /** The configured spelling for a known stage; the trimmed value as written otherwise. */
  name: string;
  known: boolean;
  closed: boolean;
  /** Position in the pipeline; unknown stages get the length of the pipeline. */
  order: number;
}

export function stageKey(value: string): string {
  // Every posting asks for its stage's key, and vaults hold a handful of stages: remember them.
  const known = stageKeys.get(value);
  if (known !== undefined) return known;
  // "🟢 Interview", "Rejected ❌", "Rejected.", "Applied" with a zero-width space pasted from the web:
  // the stage's words decide, not its decoration.
  // "phone-screen" and "Phone_screen" are "phone screen", as property names are; folded before the
  // closing marks go, so that "Offer -" and "Offer" have one key.
  let words = fold(value.normalize("NFKC").replace(INVISIBLE, "").replace(KEYCAP, keycap).replace(DECORATION, " "));
  // Quotes and closing marks in any order and depth ("‘Offer’.", "“Offer.”"): all go, so the key is its own key.
  for (let was = ""; was !== words; ) words = withoutSmartQuotes(withoutClosingMarks((was = words)));
  const key = lower(/[\p{L}\p{N}]/u.test(words) ? words : fold(value.normalize("NFKC")));
  if (stageKeys.size > 5_000) stageKeys.clear();
  stageKeys.set(value, key);
  return key;
}

const stageKeys = new Map<string, string>();
const fold = (text: string): string => text.replace(/[\s_-]+/g, " ").trim();

/** Emoji, their modifiers and variation selectors: a space, as they may part words. */
const DECORATION = /\p{ExtPict}|\p{EMod}|[\u{1F1E6}-\u{1F1FF}]|\uFE0E|\uFE0F|\u20E3/gu;
/** A keycap emoji ("1️⃣ Applied") is its digit. */
const KEYCAP = /([0-9#*])\uFE0F?\u20E3/gu;
const keycap = (_m: string, c: string): string => (c >= "0" && c <= "9" ? `${c} ` : " ");
/** One or two digits and a separator before the stage's first letter. */
const ORDINAL = /^\s*\d{1,2}(?:\s*[.):\-–—]\s*|\s+)(?=\p{L})/u;
/** Invisible format characters (a zero-width space, a soft hyphen): nothing, as they sit inside words. */
const INVISIBLE = /\p{Cf}/gu;

/** The text without spaces and closing punctuation at its end; a loop, as a pattern would retry each run. */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && " .!?,;:".includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

export class StagePipeline {
  private readonly byKey = new Map<string, StageMatch>();
  /**
   * The stages of the list without the number in front that orders them ("2. Interview" is found as
   * "Interview"); null where two numbered stages share a name ("1. Interview", "2. Interview").
   */
  private readonly unnumbered = new Map<string, StageMatch | null>();
  /** Other names for the stages, read on the first stage that is not in the list, not when the plugin loads. */
  private others: Others | null = null;
  /** What each stage key not in the list matched among the other names. */
  private readonly named = new Map<string, StageMatch | null>();
  readonly stages: readonly StageSetting[];

  constructor(stages: readonly StageSetting[]) {
    this.stages = stages.map((s) => ({ name: s.name, closed: s.closed }));
    this.stages.forEach((s, order) => {
      const key = stageKey(s.name);
      if (this.byKey.has(key)) return;
      const stage = { name: s.name, known: true, closed: s.closed, order };
      this.byKey.set(key, stage);
      const bare = key.replace(ORDINAL, "");
      if (bare !== key) this.unnumbered.set(bare, this.unnumbered.has(bare) ? null : stage);
    });
  }

  /** The first stage, where a posting without a stage starts. */
  get first(): string {
    return this.stages[0]?.name ?? "Research";
  }

  match(value: string): StageMatch {
    const key = stageKey(value);
    const known = this.byKey.get(key) ?? this.otherName(key);
    if (known) return known;
    const name = squish(value.trim());
    if (name === "") return this.match(this.first);
    return { name, known: false, closed: false, order: this.stages.length };
  }

  /** A stage of the list under another name, remembered per key: most postings' stages are in the list. */
  private otherName(key: string): StageMatch | undefined {
    let found = this.named.get(key);
    if (found === undefined) {
      // A number in front ("3. Interview", "02 - Applied") only orders the stages on a board or in a list.
      const bare = key.replace(ORDINAL, "");
      const others = (this.others ??= this.readOthers());
      const folded = withoutAccents(bare);
      found =
        this.unnumbered.get(key) ??
        this.byKey.get(bare) ??
        this.unnumbered.get(bare) ??
        others.parts.find(([part]) => folded.includes(part))?.[1] ??
        this.inWords(folded, others);
      if (this.named.size < 1_000) this.named.set(key, found);
    }
    return found ?? undefined;
  }

  /**
   * A stage named among other words: "Technical interview", "2nd round", "Offer received", "Applied
   * (via referral)", "#applied". A word that closes a pursuit wins ("Interview - rejected"); else the
   * stage furthest along. A value that says "not" or "no" is left as written ("No offer"), unless
   * what it denies is only news ("Applied - no response").
   */
  private inWords(folded: string, others: Others): StageMatch | null {
    // "Not yet applied" says what "Not applied" does.
    const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && w !== "yet");
    const one = (w: string): StageMatch | undefined =>
      this.byKey.get(w) ?? others.words.get(w) ?? others.stems.find(([stem]) => stem.test(w))?.[1] ?? others.inside.find(([part]) => w.includes(part))?.[1];
    // "Interview accepted" and "Application accepted" are steps on the way, not a job taken.
    const taken = this.byKey.get("accepted");
    let best: StageMatch | null = null;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? "";
      // Two words that say it together ("not selected", "offer declined", "coding challenge") count as one.
      const pair = others.words.get(`${w} ${words[i + 1] ?? ""}`);
      if (pair) i++;
      // "No response", "keine Antwort": no news, passed over ("Applied - no response" is Applied).
      else if (NEGATION.has(w) && NO_NEWS.test(words[i + 1] ?? "")) i++;
      // "No offer", "Didn't get an interview", "Applied - not shortlisted": a value that says "not"
      // or "no" of anything else is left as written.
      // So is a Chinese word that starts by denying ("还没有offer", "没拿到offer"), unless it names Research ("未投递").
      else if (NEGATION.has(w) || (/^(?:还?没|未|无|不|暂)/.test(w) && one(w)?.order !== 0)) return null;
      const stage = pair ?? one(w);
      if (stage === taken && !pair && words.length > 1) continue;
      if (stage?.closed) return stage;
      if (stage && (best === null || stage.order > best.order)) best = stage;
    }
    return best;
  }

  /** A default stage's other names, for the stages of that name in the list. */
  private readOthers(): Others {
    const words = new Map<string, StageMatch>();
    const parts: Array<[string, StageMatch]> = [];
    const inside: Array<[string, StageMatch]> = [];
    const stems: Array<[RegExp, StageMatch]> = [];
    for (const [english, list] of STAGE_WORDS) {
      const stage = this.byKey.get(english);
      if (stage === undefined) continue;
      const own: string[] = [];
      for (const word of list.split("|")) {
        if (word.endsWith("*")) own.push(word.slice(0, -1));
        // A part that closes a pursuit decides the whole value ("面接不合格" failed the interview);
        // another decides a word it is in, after the words that close one ("Absage nach Gespräch").
        else if (word.startsWith("~")) (stage.closed ? parts : inside).push([word.slice(1), stage]);
        else if (!this.byKey.has(word) && !words.has(word)) words.set(word, stage);
      }
      if (own.length > 0) stems.push([new RegExp(`^(?:${own.join("|")})\\S*$`, "u"), stage]);
    }
    // The longest part first: "未录用" (not hired) is not "录用" (hired).
    for (const list of [parts, inside]) list.sort((a, b) => b[0].length - a[0].length);
    return { words, parts, stems, inside };
  }

  names(): string[] {
    return this.stages.map((s) => s.name);
  }
}

/** What "no" or "not" says of no step: no response, no decision yet, no news, in a few languages. */
const NO_NEWS = /^(?:response|reply|replies|answer|news|feedback|word|decision|respuesta|reponse|antwort|risposta|resposta|reactie|odpowiedzi)$/;

/** Words that deny what follows; "didn't" and "haven't" are split at their apostrophe. */
const NEGATION = new Set("not no non never kein keine nicht ohne pas sans sin sem senza nie niet ikke inte nao didn haven hasn wasn isn".split(" "));

interface Others {
  words: Map<string, StageMatch>;
  /** Parts of a word that close a pursuit, looked for first: "面接不合格" (failed the interview) is a rejection. */
  parts: Array<[string, StageMatch]>;
  stems: Array<[RegExp, StageMatch]>;
  /** Parts of a word that name an open stage ("Erstgespräch", "一次面接"), looked for word by word. */
  inside: Array<[string, StageMatch]>;
}

/** Latin letters without their accents ("postulé" is "postule"); other scripts' marks stay. */
function withoutAccents(key: string): string {
  return /[\u00c0-\u024f]/.test(key) ? key.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC") : key;
}

/**
 * Other names for the default stages (lower case, Latin letters without accents): the words other trackers use, and the stages in Spanish,
 * Portuguese, French, German, Italian, Dutch, Polish, the Nordic languages, Chinese, Japanese and Korean.
 * A word ending in "*" is a stem, for a one-word stage in any gender or number ("rechaz*": Rechazado,
 * Rechazadas); one starting with "~" decides a word it is part of, before any stem ("~不合格"). A stage list of your own keeps its names; these find a stage only where its English
 * name is in it. One text, a stage per part ("research=wishlist|…#applied=…"), which the build packs.
 */
export const STAGE_WORDS: ReadonlyArray<readonly [string, string]> = unpackWords(
  "research=wishlist|saved|bookmarked|applying|not applied|idea|draft|postular|por postular|de postular|not started|to apply|interested|considering|prospect|backlog|todo|to do|new|informational interview|research*|investig*|pesquis*|recherch*|ricerc*|onderzo*|por aplicar|a postuler|zu bewerben|da candidare|気になる|~待投递|~未投递|~准备投递|~暂不投递|관심#" +
  "applied=submitted|sent|under review|in review|in bearbeitung|versendet|verschickt|envoyee|enviad*|inviat*|en revision|em analise|in valutazione|in behandeling|verstuurd|verzonden|gesendet|eingereicht|postul*|aplicad*|candidatad*|candidatura enviada|candidatura inviata|candidature envoyee|beworben|gesolliciteerd|aplikowa*|wysłan*|ansokt|søkt|ansøgt|応募*|~投递|已申请|relance|eingangsbestatigung|지원 완료#" +
  "screening=screen*|shortlist*|call|telefoninterview|phone interview|preselec*|~選考|~笔试|~筛选|~カジュアル面談|triagem|vorauswahl|selekcja|서류*#" +
  "interview=interview*|onsite|on site|round|take home|assessment|coding challenge|technical test|tech test|online test|oa|einladung|test technique|prueba tecnica|desafio tecnico|prova tecnica|zadanie rekrutacyjne|uitgenodigd|reference check|background check|superday|panel|entrevist*|entretien*|~gesprach|~面|~测评|teste tecnico|colloqui*|~gesprek|rozmow*|intervju*|면접*#" +
  "offer=offered|negotiat*|vertragsangebot|ofert*|propost*|offre*|angebot*|aanbod|erbjudande|tilbud|内定|オファー|意向书|~offer|~谈薪|proposition|~录用通知|오퍼#" +
  "accepted=hired|offer accepted|embauch*|contratad*|aangenomen|zatrudnion*|accepted offer|oferta aceptada|oferta aceita|proposta aceita|angebot angenommen|offre acceptee|offerta accettata|acept*|aceit*|accepte|acceptee|angenommen|zusage|accettat*|geaccepteerd|zaakceptowan*|accepterat|accepteret|入社*|录用|~已接受offer|~offer已接受|~已录用|~被录用|~入职|입사*#" +
  "rejected=~不合格|~感谢信|~已挂|~挂了|~面挂|~失败|~不採用|~お見送り|~落選|~탈락|~불합격|~落ち|~お祈り|~未通过|~未录用|~不录用|~拒绝|~淘汰|rejection|denied|declined|failed|dead|not moving|ghosted|position filled|role filled|abgesagt|descartad*|pas retenu|nao selecionado|non selezionato|afgevallen|rescinded|screened out|not selected|non retenu|non retenue|no seleccionado|rechaz*|rejeit*|reprovad*|recusad*|refus*|abgelehnt|absage|rifiutat*|scartat*|afgewezen|odrzucon*|avslag|avvis*|afvis*#" +
  "withdrawn=~辞退|~放弃|~不接受offer|~未接受offer|~没接受offer|~放弃入职|~拒绝offer|~포기|~지원 취소|withdrew|i declined|rezygnacja|offer declined|declined offer|rejected offer|expired|archived|dropped|angebot abgelehnt|oferta rechazada|oferta recusada|proposta recusada|offre refusee|offerta rifiutata|retirad*|desist*|retiree|zuruckgezogen|ritirat*|ingetrokken|wycofa*|aterkallad|trukket",
)
  .split("#")
  .map((line): [string, string] => {
    const at = line.indexOf("=");
    return [line.slice(0, at), line.slice(at + 1)];
  });
