// Role nouns in many languages: whether a piece of text names a job ("Engineer", "Entwickler", "Analista").

const ROLE_NOUNS =
  "engineer|developer|programmer|architect|scientist|analyst|manager|director|designer|researcher|specialist|" +
  "consultant|administrator|admin|technician|lead|head|vp|vice president|president|officer|chief|cto|ceo|cfo|coo|cio|" +
  "ciso|cpo|intern|trainee|apprentice|associate|assistant|coordinator|representative|rep|executive|strategist|advisor|" +
  "adviser|recruiter|writer|editor|tester|owner|master|accountant|controller|auditor|attorney|lawyer|counsel|paralegal|" +
  "nurse|physician|therapist|teacher|tutor|instructor|lecturer|professor|marketer|copywriter|producer|artist|animator|" +
  "operator|agent|clerk|planner|buyer|supervisor|sre|sdet|swe|sde|dev|fellow|postdoc|student|expert|evangelist|advocate|" +
  "generalist|practitioner|hacker|partner|principal|werkstudent|praktikant|entwickler|ingenieur|berater|leiter|" +
  "architekt|referent|sachbearbeiter|mitarbeiter|développeur|développeuse|developpeur|ingénieur|ingenieur|chef de projet|" +
  "responsable|stagiaire|alternant|alternante|desarrollador|desarrolladora|ingeniero|ingeniera|programador|programadora|" +
  "analista|gerente|jefe|sviluppatore|sviluppatrice|ingegnere|responsabile|ontwikkelaar|medewerker|utvecklare|" +
  "programmerare|programista|inżynier|kierownik|specjalista";

const ROLE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${ROLE_NOUNS})(?:s|es|in|innen|e|ne)?(?![\\p{L}])`, "iu");

const ROLE_SUFFIX_RE = /(?:entwickler|ingenieur|berater|leiter|architekt|referent|manager)(?:in)?(?![\p{L}])/iu;

export function hasRole(s: string): boolean {
  return ROLE_RE.test(s) || ROLE_SUFFIX_RE.test(s);
}
