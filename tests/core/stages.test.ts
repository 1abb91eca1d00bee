import fc from "fast-check";
import { DEFAULT_STAGES, defaultSettings } from "../../src/core/settings";
import { StagePipeline, stageKey } from "../../src/core/stages";

const pipeline = new StagePipeline(defaultSettings().stages);

describe("stageKey", () => {
  test.each([
    ["Applied", "applied"],
    ["  APPLIED  ", "applied"],
    ["On   hold", "on hold"],
    ["On\thold", "on hold"],
    ["phone-screen", "phone screen"],
    ["Phone_Screen", "phone screen"],
    ["Ａｐｐｌｉｅｄ", "applied"],
    ["", ""],
    ["Offer -", "offer"],
    ["0:-", "0"],
    ["‘Offer‘.", "offer"],
    ["“‘Offer’”", "offer"],
  ])("%j -> %j", (value, expected) => {
    expect(stageKey(value)).toBe(expected);
  });

  test("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(stageKey(stageKey(s))).toBe(stageKey(s));
      }),
    );
  });

  test("is idempotent on any mix of marks, quotes, dashes and emoji", () => {
    const piece = fc.constantFrom("0", "a", "-", "_", ":", " ", ".", "“", "”", "‘", "’", "'", "!", "🟢", "\u200b", "1️⃣");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const s = pieces.join("");
        expect(stageKey(stageKey(s))).toBe(stageKey(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("StagePipeline: the default pipeline", () => {
  test("names in order", () => {
    expect(pipeline.names()).toEqual(["Research", "Applied", "Screening", "Interview", "Offer", "Accepted", "Rejected", "Withdrawn"]);
  });

  test("the first stage is Research", () => {
    expect(pipeline.first).toBe("Research");
  });

  test.each([
    ["Research", false],
    ["Offer", false],
    ["Accepted", true],
    ["rejected", true],
    [" WITHDRAWN ", true],
    ["On hold", false],
    ["", false],
  ])("%j closes a pursuit: %s", (name, closed) => {
    expect(pipeline.match(name).closed).toBe(closed);
  });
});

describe("StagePipeline.match", () => {
  test.each<[string, string, number, boolean]>([
    ["Research", "Research", 0, false],
    ["applied", "Applied", 1, false],
    ["  SCREENING  ", "Screening", 2, false],
    ["interview", "Interview", 3, false],
    ["oFFER", "Offer", 4, false],
    ["accepted", "Accepted", 5, true],
    ["Rejected", "Rejected", 6, true],
    ["withdrawn\t", "Withdrawn", 7, true],
    ["Ａｐｐｌｉｅｄ", "Applied", 1, false],
    ["on-site", "Interview", 3, false],
    ["Researching", "Research", 0, false],
    // Decorations are not part of the stage: emoji, a full stop, a zero-width space pasted from the web.
    ["🟢 Interview", "Interview", 3, false],
    ["Rejected ❌", "Rejected", 6, true],
    ["Accepted 🎉", "Accepted", 5, true],
    ["Rejected.", "Rejected", 6, true],
    ["Applied!", "Applied", 1, false],
    ["Applied\u200b", "Applied", 1, false],
    ["👍🏽 offer", "Offer", 4, false],
    ["Inter\u00adview", "Interview", 3, false],
    // A number in front only sorts the stages in a board: a keycap, "3.", "02 -", "4)".
    ["1️⃣ Applied", "Applied", 1, false],
    ["#️⃣ Offer", "Offer", 4, false],
    ["3. Interview", "Interview", 3, false],
    ["02 - Applied", "Applied", 1, false],
    ["4) Offer", "Offer", 4, false],
    ["7 Rejected", "Rejected", 6, true],
    // Other trackers' names, and the stages in other languages, accents or not.
    ["Wishlist", "Research", 0, false],
    ["Phone screen", "Screening", 2, false],
    ["Postulé", "Applied", 1, false],
    ["postule", "Applied", 1, false],
    ["Beworben", "Applied", 1, false],
    ["Entrevista", "Interview", 3, false],
    ["面接", "Interview", 3, false],
    ["Oferta", "Offer", 4, false],
    ["Hired", "Accepted", 5, true],
    ["Rechazado", "Rejected", 6, true],
    ["Refusée", "Rejected", 6, true],
    ["Abgelehnt", "Rejected", 6, true],
    ["不採用", "Rejected", 6, true],
    ["Zurückgezogen", "Withdrawn", 7, true],
    // One word in any gender or number.
    ["Rechazadas", "Rejected", 6, true],
    ["Entrevistas", "Interview", 3, false],
    ["Postulée", "Applied", 1, false],
    // A word that says the outcome decides a Japanese or Korean compound: failed the interview, withdrew.
    ["面接不合格", "Rejected", 6, true],
    ["応募辞退", "Withdrawn", 7, true],
    ["서류탈락", "Rejected", 6, true],
    ["입사포기", "Withdrawn", 7, true],
    ["面接調整中", "Interview", 3, false],
    // Chinese, simplified or traditional: a word that says the outcome decides here too.
    ["已投递", "Applied", 1, false],
    ["待投递", "Research", 0, false],
    ["笔试", "Screening", 2, false],
    ["二面面试", "Interview", 3, false],
    ["面試", "Interview", 3, false],
    ["面试未通过", "Rejected", 6, true],
    ["已录用", "Accepted", 5, true],
    ["放弃面试", "Withdrawn", 7, true],
    ["未录用", "Rejected", 6, true],
    ["不录用", "Rejected", 6, true],
    ["录用通知", "Offer", 4, false],
    ["放弃入职", "Withdrawn", 7, true],
    ["拒绝offer", "Withdrawn", 7, true],
    ["Recusado", "Rejected", 6, true],
    ["Présélection", "Screening", 2, false],
    ["preselection", "Screening", 2, false],
    // Quotes a phone types around a value.
    ["“Applied”", "Applied", 1, false],
    ["«Offer»", "Offer", 4, false],
    // A stage among other words: a round, a kind of interview, a note after it, a tag.
    ["Technical Interview", "Interview", 3, false],
    ["2nd interview", "Interview", 3, false],
    ["Interview (2nd round)", "Interview", 3, false],
    ["Final round", "Interview", 3, false],
    ["Take-home", "Interview", 3, false],
    ["Phone interview", "Screening", 2, false],
    ["Second phone interview", "Screening", 2, false],
    ["HR screen", "Screening", 2, false],
    ["Recruiter call", "Screening", 2, false],
    ["Offer received", "Offer", 4, false],
    ["Negotiating", "Offer", 4, false],
    ["Applied (via referral)", "Applied", 1, false],
    ["#applied", "Applied", 1, false],
    ["100 - Applied", "Applied", 1, false],
    ["Bookmarked", "Research", 0, false],
    ["Not started", "Research", 0, false],
    ["Primera entrevista", "Interview", 3, false],
    ["Entretien RH", "Interview", 3, false],
    ["Erstgespräch", "Interview", 3, false],
    ["Oferta recebida", "Offer", 4, false],
    ["一次面接", "Interview", 3, false],
    ["最終面接", "Interview", 3, false],
    ["一次選考", "Screening", 2, false],
    ["1차 면접", "Interview", 3, false],
    // A word that ends the pursuit wins over one that says how far it came.
    ["Rejected - after onsite", "Rejected", 6, true],
    ["Interview - rejected", "Rejected", 6, true],
    ["Offer accepted", "Accepted", 5, true],
    ["Rechazado por correo", "Rejected", 6, true],
    ["Declined", "Rejected", 6, true],
    ["Not selected", "Rejected", 6, true],
    ["Offer declined", "Withdrawn", 7, true],
    ["take-home task", "Interview", 3, false],
    // A word that closes wins over a part of a word that names a step: failed after the interview.
    ["Absage nach Gespräch", "Rejected", 6, true],
    ["Zweitgespräch abgelehnt", "Rejected", 6, true],
    ["面接落ち", "Rejected", 6, true],
    ["書類選考落ち", "Rejected", 6, true],
    ["Failed interview", "Rejected", 6, true],
    ["Offer rescinded", "Rejected", 6, true],
    ["Screened out", "Rejected", 6, true],
    // Two words that say it together, among others.
    ["Not selected after interview", "Rejected", 6, true],
    ["Non retenu après entretien", "Rejected", 6, true],
    ["Offer declined - took another job", "Withdrawn", 7, true],
    // "Accepted" beside a step is that step going ahead, not a job taken.
    ["Interview accepted", "Interview", 3, false],
    ["Entrevista aceptada", "Interview", 3, false],
    // An offer taken or turned down, in other languages: the job taken, or withdrawn from; not an open offer or a rejection.
    ["Oferta aceptada", "Accepted", 5, true],
    ["Proposta aceita", "Accepted", 5, true],
    ["Angebot angenommen", "Accepted", 5, true],
    ["Offre acceptée", "Accepted", 5, true],
    ["Angebot abgelehnt", "Withdrawn", 7, true],
    ["Offre refusée", "Withdrawn", 7, true],
    // An application sent is an application made.
    ["Application sent", "Applied", 1, false],
    ["CV sent", "Applied", 1, false],
    ["Sollicitatie verstuurd", "Applied", 1, false],
    ["Offer sent", "Offer", 4, false],
    ["Rejected - not interested", "Rejected", 6, true],
    // A "no" that denies only news is passed over: the stage named around it stands.
    ["Applied - no response", "Applied", 1, false],
    ["Interview - no decision yet", "Interview", 3, false],
    ["Sans réponse après entretien", "Interview", 3, false],
    ["No reply - ghosted", "Rejected", 6, true],
    ["Keine Antwort - Absage", "Rejected", 6, true],
    ["Interview - not moving forward", "Rejected", 6, true],
    // Names other trackers and templates give the stages.
    ["Interested", "Research", 0, false],
    ["Considering", "Research", 0, false],
    ["Backlog", "Research", 0, false],
    ["To do", "Research", 0, false],
    ["🔍 New", "Research", 0, false],
    ["Informational interview", "Research", 0, false],
    // Real vaults' own defaults: a template's "not-applied" (a posting not applied to is being looked
    // into), a generator's "idea", a tracker's "draft", a board's "OA" and "Dead".
    ["not-applied", "Research", 0, false],
    ["Not yet applied", "Research", 0, false],
    ["idea", "Research", 0, false],
    ["Draft", "Research", 0, false],
    ["Online Test", "Interview", 3, false],
    ["OA", "Interview", 3, false],
    ["Dead", "Rejected", 6, true],
    ["Not applied yet", "Research", 0, false],
    // The words Chinese, Japanese, Portuguese, French and German trackers use most.
    ["一面", "Interview", 3, false],
    ["HR面", "Interview", 3, false],
    ["终面", "Interview", 3, false],
    ["测评", "Interview", 3, false],
    ["简历筛选", "Screening", 2, false],
    ["カジュアル面談", "Screening", 2, false],
    ["投递", "Applied", 1, false],
    ["已拿offer", "Offer", 4, false],
    ["谈薪", "Offer", 4, false],
    ["感谢信", "Rejected", 6, true],
    ["已挂", "Rejected", 6, true],
    ["一面挂", "Rejected", 6, true],
    ["offer已接受", "Accepted", 5, true],
    ["不接受offer", "Withdrawn", 7, true],
    ["未投递", "Research", 0, false],
    ["准备投递", "Research", 0, false],
    ["Teste técnico", "Interview", 3, false],
    ["Proposition reçue", "Offer", 4, false],
    ["Relance", "Applied", 1, false],
    ["Eingangsbestätigung", "Applied", 1, false],
    ["Under review", "Applied", 1, false],
    ["Bewerbung gesendet", "Applied", 1, false],
    ["Shortlisted", "Screening", 2, false],
    ["Coding challenge", "Interview", 3, false],
    ["Technical test", "Interview", 3, false],
    ["Reference check", "Interview", 3, false],
    ["Superday", "Interview", 3, false],
    ["Sollicitatiegesprek", "Interview", 3, false],
    ["  Ghosted  ", "Rejected", 6, true],
    ["👻 Ghosted after applying", "Rejected", 6, true],
    ["Position filled", "Rejected", 6, true],
    ["Rejected offer", "Withdrawn", 7, true],
    ["I declined", "Withdrawn", 7, true],
    ["Expired", "Withdrawn", 7, true],
    ["Archived", "Withdrawn", 7, true],
    // The words people write in their own languages.
    ["In Bearbeitung", "Applied", 1, false],
    ["Bewerbung versendet", "Applied", 1, false],
    ["Envoyée", "Applied", 1, false],
    ["CV enviado", "Applied", 1, false],
    ["En revisión", "Applied", 1, false],
    ["Em análise", "Applied", 1, false],
    ["In valutazione", "Applied", 1, false],
    ["In behandeling", "Applied", 1, false],
    ["Telefoninterview", "Screening", 2, false],
    ["Einladung erhalten", "Interview", 3, false],
    ["Test technique", "Interview", 3, false],
    ["Prueba técnica", "Interview", 3, false],
    ["Desafio técnico", "Interview", 3, false],
    ["Uitgenodigd", "Interview", 3, false],
    ["Vertragsangebot", "Offer", 4, false],
    ["Embauché", "Accepted", 5, true],
    ["Contratada", "Accepted", 5, true],
    ["Aangenomen", "Accepted", 5, true],
    ["Abgesagt", "Rejected", 6, true],
    ["Descartado", "Rejected", 6, true],
    ["Pas retenu", "Rejected", 6, true],
    ["Não selecionado", "Rejected", 6, true],
    ["Non selezionato", "Rejected", 6, true],
    ["Afgevallen", "Rejected", 6, true],
    ["Rezygnacja", "Withdrawn", 7, true],
    // "Postular" is to apply: not done yet.
    ["Por postular", "Research", 0, false],
    ["Postular", "Research", 0, false],
    ["Pendiente de postular", "Research", 0, false],
    // Two words that name a stage together weigh as one word does: a closing word, or a later stage, wins.
    ["Technical test - rejected", "Rejected", 6, true],
    ["Coding challenge - failed", "Rejected", 6, true],
    ["Phone interview - rejected", "Rejected", 6, true],
    ["Under review - rejected", "Rejected", 6, true],
    ["Interview - under review", "Interview", 3, false],
    ["Offer under review", "Offer", 4, false],
    ["Offer (reference check)", "Offer", 4, false],
  ])("%j is the known stage %j", (value, name, order, closed) => {
    expect(pipeline.match(value)).toEqual({ name, known: true, closed, order });
  });

  test.each([
    // "Closed" says nothing of who ended it, or how, and a pause is no end: kept as written.
    ["Closed – hired", "Closed – hired"],
    ["On hold", "On hold"],
    ["Paused", "Paused"],
    ["Not interested", "Not interested"],
    // "Pending" and "Waiting" say nothing of what is awaited.
    ["Pending", "Pending"],
    ["Waiting for decision", "Waiting for decision"],
    ["Awaiting response", "Awaiting response"],
    // A Chinese word that denies is kept as written too: no offer yet.
    ["还没有offer", "还没有offer"],
    ["没拿到offer", "没拿到offer"],
    ["On    hold", "On hold"],
    ["🎉", "🎉"],
    ["Candidate", "Candidate"],
    ["Retired", "Retired"],
    ["2", "2"],
    // A value that says "not" or "no" is not read by the stage it names.
    ["No offer", "No offer"],
    ["Sin respuesta", "Sin respuesta"],
    ["Didn't get an interview", "Didn't get an interview"],
    ["Haven't applied", "Haven't applied"],
    ["Applied - not shortlisted", "Applied - not shortlisted"],
    ["Applied - no longer interested", "Applied - no longer interested"],
    ["Não aplicado", "Não aplicado"],
    ["Interviewed, no offer", "Interviewed, no offer"],
    ["Offer - not accepted yet", "Offer - not accepted yet"],
    ["Final round - didn't get the offer", "Final round - didn't get the offer"],
    ["Application accepted", "Application accepted"],
    ["Hired someone else", "Hired someone else"],
    // "意向" is an interest, not an offer.
    ["有意向", "有意向"],
  ])("%j is unknown and kept as written (trimmed): %j", (value, name) => {
    expect(pipeline.match(value)).toEqual({ name, known: false, closed: false, order: 8 });
  });

  test.each(["", "   ", "\t\n"])("an empty value %j is the first stage", (value) => {
    expect(pipeline.match(value)).toEqual({ name: "Research", known: true, closed: false, order: 0 });
  });

  test("a known match never depends on case or surrounding blanks", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEFAULT_STAGES.map((s) => s.name)), fc.boolean(), fc.string({ unit: fc.constantFrom(" ", "\t") }), (name, upper, pad) => {
        const written = pad + (upper ? name.toUpperCase() : name.toLowerCase()) + pad;
        expect(pipeline.match(written).name).toBe(name);
        expect(pipeline.match(written).known).toBe(true);
      }),
    );
  });

  test("a stage among words that name none is that stage; a closing one wins over the others; a denial keeps it as written", () => {
    const filler = fc.constantFrom("via", "referral", "Berlin", "2nd", "team", "lead", "(remote)", "-", "#", "2026-11-24", "💼");
    const open = fc.constantFrom("Research", "Applied", "Screening", "Interview", "Offer");
    const closing = fc.constantFrom("Rejected", "Withdrawn");
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 3 }), open, fc.array(filler, { maxLength: 3 }), closing, fc.boolean(), (before, stage, after, closed, withClosing) => {
        const words = [...before, stage, ...after];
        expect(pipeline.match(words.join(" ")).name).toBe(stage);
        if (withClosing) expect(pipeline.match([...words, closed].join(" ")).name).toBe(closed);
        // "Not applied" is the one denial that names a stage: Research.
        const denied = pipeline.match(["not", ...words].join(" "));
        if (stage === "Applied" && before.every((w) => !/[\p{L}\p{N}]/u.test(w))) expect(denied.name).toBe("Research");
        else expect(denied.known).toBe(false);
      }),
    );
  });

  test("match always gives a non-empty name", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const m = pipeline.match(value);
        expect(m.name.trim()).not.toBe("");
        expect(m.known ? pipeline.names().includes(m.name) : m.order === pipeline.names().length).toBe(true);
      }),
    );
  });
});

describe("StagePipeline: a custom pipeline", () => {
  test("uses the configured spelling and closed flags", () => {
    const p = new StagePipeline([
      { name: "wishlist", closed: false },
      { name: "Got It", closed: true },
    ]);
    expect(p.first).toBe("wishlist");
    expect(p.match("WISHLIST")).toEqual({ name: "wishlist", known: true, closed: false, order: 0 });
    expect(p.match("got  it")).toEqual({ name: "Got It", known: true, closed: true, order: 1 });
    // Dashes and underscores part words as spaces do.
    expect(p.match("got-it")).toMatchObject({ name: "Got It", known: true });
    expect(p.match("Applied")).toEqual({ name: "Applied", known: false, closed: false, order: 2 });
    expect(p.match("")).toMatchObject({ name: "wishlist", known: true });
  });

  test("numbered stage names match the stage written with or without its number", () => {
    const p = new StagePipeline([
      { name: "1. Applied", closed: false },
      { name: "2. Interview", closed: false },
    ]);
    expect(p.match("Interview")).toEqual({ name: "2. Interview", known: true, closed: false, order: 1 });
    expect(p.match("1. applied")).toEqual({ name: "1. Applied", known: true, closed: false, order: 0 });
    expect(p.match("2) Applied")).toEqual({ name: "1. Applied", known: true, closed: false, order: 0 });
  });

  test("other names find a default stage only where its English name is in the list; a stage of your own wins", () => {
    const p = new StagePipeline([
      { name: "Bewerbung", closed: false },
      { name: "Absage", closed: true },
      { name: "Rejected", closed: true },
    ]);
    expect(p.match("absage")).toEqual({ name: "Absage", known: true, closed: true, order: 1 });
    expect(p.match("Abgelehnt")).toEqual({ name: "Rejected", known: true, closed: true, order: 2 });
    expect(p.match("Beworben")).toMatchObject({ name: "Beworben", known: false });
  });

  test("two numbered stages of one name stay two stages", () => {
    const p = new StagePipeline([
      { name: "1. Interview", closed: false },
      { name: "2. Interview", closed: false },
      { name: "Offer", closed: false },
    ]);
    expect(p.match("2. Interview")).toMatchObject({ name: "2. Interview", order: 1 });
    expect(p.match("1. interview")).toMatchObject({ name: "1. Interview", order: 0 });
    expect(p.match("3. Offer")).toMatchObject({ name: "Offer", order: 2 });
    // Which of the two a bare "Interview" means cannot be told: it keeps its own column.
    expect(p.match("Interview")).toMatchObject({ name: "Interview", known: false });
  });

  test("of two stages that differ only in case, the first wins", () => {
    const p = new StagePipeline([
      { name: "Applied", closed: false },
      { name: "APPLIED", closed: true },
    ]);
    expect(p.match("applied")).toEqual({ name: "Applied", known: true, closed: false, order: 0 });
  });

  test("keeps its own copy of the stages", () => {
    const stages = [{ name: "Applied", closed: false }];
    const p = new StagePipeline(stages);
    stages[0] = { name: "Changed", closed: true };
    stages.push({ name: "More", closed: false });
    expect(p.names()).toEqual(["Applied"]);
    expect(p.match("Applied").known).toBe(true);
  });

  test("names() is a copy", () => {
    const names = pipeline.names();
    names.push("Mine");
    expect(pipeline.names()).not.toContain("Mine");
  });

  test("an empty pipeline starts at Research and knows no stage", () => {
    const p = new StagePipeline([]);
    expect(p.first).toBe("Research");
    expect(p.names()).toEqual([]);
    expect(p.match("Applied")).toEqual({ name: "Applied", known: false, closed: false, order: 0 });
    expect(p.match("")).toMatchObject({ name: "Research", known: false });
    expect(p.match("Applied").closed).toBe(false);
  });
});
