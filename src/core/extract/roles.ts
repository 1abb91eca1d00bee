// Role nouns in many languages: whether a piece of text names a job ("Engineer", "Entwickler", "Analista").
import { unpackWords } from "../packed-text";

const ROLE_NOUNS = unpackWords(
  "engineer|developer|programmer|architect|scientist|analyst|manager|director|designer|researcher|specialist|" +
  "consultant|administrator|admin|technician|lead|head|vp|vice president|president|officer|chief|cto|ceo|cfo|coo|cio|" +
  "ciso|cpo|intern|trainee|apprentice|associate|assistant|coordinator|representative|rep|executive|strategist|advisor|" +
  "adviser|recruiter|writer|editor|tester|owner|master|examiner|accountant|controller|auditor|attorney|lawyer|counsel|paralegal|" +
  "nurse|physician|therapist|teacher|tutor|instructor|lecturer|professor|marketer|copywriter|producer|artist|animator|" +
  "operator|agent|clerk|planner|buyer|supervisor|sre|sdet|swe|sde|dev|fellow|postdoc|student|expert|evangelist|advocate|" +
  "generalist|practitioner|hacker|partner|principal|werkstudent|praktikant|entwickler|ingenieur|berater|leiter|" +
  "architekt|referent|sachbearbeiter|mitarbeiter|développeur|développeuse|developpeur|ingénieur|chef de projet|" +
  "responsable|stagiaire|alternant|alternante|desarrollador|desarrolladora|ingeniero|ingeniera|programador|programadora|" +
  "analista|gerente|jefe|ejecutivo|ejecutiva|sviluppatore|sviluppatrice|ingegnere|responsabile|ontwikkelaar|medewerker|utvecklare|" +
  "programmerare|programista|inżynier|kierownik|specjalista|" +
  // Portuguese, Dutch and Nordic spellings.
  "desenvolvedor|desenvolvedora|engenheiro|engenheira|estagiário|estagiária|cientista|analist|adviseur|beheerder|" +
  "utvikler|udvikler|kehittäjä|konsult|konsulent",
);

/**
 * Jobs away from a desk: care, trades, hospitality, logistics, public service. Many are also surnames or
 * words in company names ("Baker Hughes", "Cook Medical", "Pilot Company"), so they name a role only at
 * the end of a phrase ("Line Cook", "Truck Driver - Class A") or before a small word ("Chef de Partie").
 */
const WIDE_ROLE_NOUNS = unpackWords(
  "rn|lpn|cna|midwife|paramedic|pharmacist|dentist|hygienist|surgeon|doctor|psychologist|counsellor|counselor|" +
  "caregiver|carer|social worker|care worker|support worker|worker|cook|chef|baker|barista|bartender|waiter|" +
  "waitress|dishwasher|housekeeper|cleaner|janitor|custodian|driver|courier|dispatcher|" +
  "electrician|plumber|carpenter|welder|mechanic|machinist|inspector|estimator|surveyor|" +
  "foreman|superintendent|cashier|teller|receptionist|secretary|bookkeeper|underwriter|actuary|economist|" +
  "statistician|chemist|biologist|pilot|attendant|guard|firefighter|librarian|translator|trainer|coach|" +
  "nanny|stylist|hairdresser|photographer|journalist|reporter|merchandiser|postdoctoral|" +
  "pflegefachkraft|krankenschwester|erzieher|fahrer|infirmier|infirmière|enfermero|enfermera|cocinero|" +
  "verpleegkundige|chauffeur|installer|fitter|labourer|laborer|operative|roofer|painter|decorator|glazier|bricklayer|" +
  "tiler|plasterer|joiner|scaffolder|groundworker|landscaper|gardener|assembler|packer|picker|lifeguard|concierge|handyman|" +
  "physiotherapist|phlebotomist|sonographer|radiographer|dietitian|optician|optometrist|technologist|caseworker|adjuster|" +
  "stocker|handler|team member|crew member|host|aide|" +
  // Spanish, Italian and French.
  "coordinador|coordinadora|técnico|técnica|auxiliar|asistente|vendedor|vendedora|cajero|cajera|camarero|camarera|" +
  "recepcionista|farmacista|infermiere|infermiera|cuoco|autista|commesso|commessa|impiegato|impiegata|magazziniere|" +
  "operaio|collaboratore|collaboratrice|réceptionniste|vendeur|vendeuse|caissier|caissière|serveur|serveuse|cuisinier|" +
  "comptable|pharmacien|électricien|mécanicien|technicien|plombier|soudeur|magasinier|opérateur|opératrice|conseiller|conseillère|" +
  // Spanish and Polish trades and shop floor.
  "operario|operaria|mozo|repartidor|repartidora|dependiente|dependienta|limpiador|limpiadora|soldador|soldadora|electricista|" +
  "fontanero|albañil|conductor|conductora|camionero|księgowy|księgowa|kierowca|magazynier|sprzedawca|kasjer|kasjerka|" +
  "pielęgniarka|pielęgniarz|nauczyciel|nauczycielka|spawacz|elektryk",
);

const ROLE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${ROLE_NOUNS})(?:s|es|in|innen|e|ne)?(?![\\p{L}])`, "iu");

const WIDE_ROLE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${WIDE_ROLE_NOUNS})(?:s|es|in|innen|e|ne)?(?![\\p{L}])`, "giu");

/** A wide role noun at the end of a phrase, or before a lower-case word; "Baker Hughes" and "Cook Medical" are names. */
function wideRole(t: string): boolean {
  for (const m of t.matchAll(WIDE_ROLE_RE)) {
    const rest = t.slice((m.index ?? 0) + m[0].length);
    if (/^\s*$|^\s*[-–—(),/|:]|^\s+(?!and\b)\p{Ll}/u.test(rest)) return true;
  }
  return false;
}

const ROLE_SUFFIX_RE =
  new RegExp(unpackWords("(?:entwickler|ingenieur|berater|leiter|architekt|referent|manager|buchhalter|sachbearbeiter|techniker|mechaniker|mechatroniker|elektriker|elektroniker|monteur|helfer|assistent|verkäufer|pfleger|lehrer)(?:in)?(?![\\p{L}])|(?:lärare|sköterska|ingenjör|tekniker|handläggare|säljare|utvecklare|utvikler|udvikler|arkitekt)(?![\\p{L}])|(?:kaufmann|kauffrau|fachkraft|ologists?)(?![\\p{L}])|(?:medewerker|chauffeur|verkoper|beheerder|ontwikkelaar|begeleider|verpleegkundige|leidinggevende)(?:s|ster)?(?![\\p{L}])"), "iu");

/** "Ridgeline Health Partners", "Barlow & Whitcombe Associates": a firm's name, not a role. */
const FIRM_END = /\s(?:partners|associates|consultants|advisors|advisers|solicitors|architects)\s*$/i;

/** Whether text names a job: a desk job's noun anywhere, another job's at the end of a phrase. */
/** A job title's gender marker at the end of a line: "Cariste H/F", "Koch (m/w/d)", "Tischler (m/w/x)*"; not a path to it ("Accueil > … > Cariste H/F"). */
const GENDER_MARKED = /^[^>›»]*[\s(](?:m ?\/ ?[wfd]|[wf] ?\/ ?m|h ?\/ ?f|f ?\/ ?h)(?: ?\/ ?[dxi])?\)?\*?$/i;

export function hasRole(s: string): boolean {
  return hasCoreRole(s) || wideRole(s.replace(FIRM_END, "")) || GENDER_MARKED.test(s);
}

/** Japanese, Chinese and Korean role words, written inside longer words with no space ("ソフトウェアエンジニア", "백엔드 개발자"). */
const CJK_ROLE =
  /エンジニア|デザイナー|マネージャー|マネジャー|アナリスト|コンサルタント|プログラマ|ディレクター|アーキテクト|スペシャリスト|看護師|薬剤師|開発者|研究員|講師|工程师|設計師|设计师|经理|經理|分析师|开发|개발자|엔지니어|디자이너|매니저|기획자|연구원|간호사|분석가/u;

/** A job away from a desk with its qualifier: "Staff Pharmacist (Part-Time)", "Line Cook - Nights". */
export function roleWithQualifier(s: string): boolean {
  for (const m of s.matchAll(WIDE_ROLE_RE)) if (/^\s*[(–—-]/.test(s.slice((m.index ?? 0) + m[0].length))) return true;
  return false;
}

/** Whether text names a desk job; a company's name may hold another job's word ("Home Chef", "Coach & Horses"). */
export function hasCoreRole(s: string): boolean {
  const t = s.replace(FIRM_END, "");
  return ROLE_RE.test(t) || ROLE_SUFFIX_RE.test(t) || CJK_ROLE.test(t);
}
