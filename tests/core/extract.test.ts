// The pasted-description extractor, told through the kind of text people copy from job boards, careers
// pages and recruiters' e-mails: what a reader would type into the new-posting form after reading it.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPosting, type Extraction } from "../../src/core/extract";
import type { SalaryPeriod } from "../../src/core/salary";
import { BUILTIN_SKILLS } from "../../src/core/skill-vocabulary";
import { SkillCanon } from "../../src/core/skills";

const canon = new SkillCanon();
const extract = (text: string, vaultSkills?: string[]): Extraction =>
  extractPosting(text, { canon, defaultCurrency: "USD", vaultSkills });
const skills = (text: string): string[] => extract(text).skills;

describe("skills: every vocabulary name and alias in the text, as its canonical name", () => {
  test.each<[string, string[]]>([
    ["We use Python, Go and PostgreSQL on AWS.", ["Python", "Go", "PostgreSQL", "AWS"]],
    ["Must know C, C++ and C#; .NET and Node.js a plus.", ["C", "C++", "C#", ".NET", "Node.js"]],
    ["Experience with CI/CD (GitHub Actions), k8s and Terraform.", ["CI/CD", "GitHub Actions", "Kubernetes", "Terraform"]],
    ["Ruby on Rails, Sidekiq, Postgres", ["Ruby on Rails", "Sidekiq", "PostgreSQL"]],
    ["We write Ruby and Ruby on Rails", ["Ruby", "Ruby on Rails"]],
    ["golang, React.js, TS and JS", ["Go", "React", "TypeScript", "JavaScript"]],
    ["Spring Boot microservices in Java 17", ["Spring Boot", "Microservices", "Java"]],
    ["ML and AI research with PyTorch", ["Machine Learning", "AI", "PyTorch"]],
    ["Objective-C and Swift for iOS", ["Objective-C", "Swift", "iOS"]],
    ["Reporting in Excel, SAP and Tableau", ["Excel", "SAP", "Tableau"]],
    ["We deploy with Docker to Amazon EKS; infra as code with Terraform", ["Docker", "Amazon EKS", "Terraform"]],
    ["Front-end: TypeScript, Vue 3, Tailwind", ["Frontend", "TypeScript", "Vue.js", "Tailwind CSS"]],
    ["Event-driven architecture with Apache Kafka and RabbitMQ", ["Event-Driven Architecture", "Kafka", "RabbitMQ"]],
    ["T-SQL, PL/SQL and A/B testing", ["T-SQL", "PL/SQL", "A/B Testing"]],
    ["- Python\n- SQL\n- dbt\n- Snowflake", ["Python", "SQL", "dbt", "Snowflake"]],
    ["**Tech stack:** Kotlin · Jetpack Compose · GraphQL", ["Kotlin", "Jetpack Compose", "GraphQL"]],
  ])("%j", (text, expected) => {
    expect(skills(text)).toEqual(expected);
  });

  test("certifications and trade skills are found in jobs away from a desk", () => {
    const nurse = "Requirements\n- Active RN license\n- BLS and ACLS (ACLS within 30 days of hire)\n- Experience with electronic health records";
    expect(extract(nurse).skills).toEqual(["RN License", "BLS", "ACLS", "Electronic Health Records"]);
    const warehouse = "What you need\n- Forklift certification preferred\n- Experience with inventory control and cash handling";
    expect(extract(warehouse).skills).toEqual(["Forklift", "Inventory Management", "Cash Handling"]);
    expect(extract("Barclays PLC is hiring a Java developer.").skills).toEqual(["Java"]);
  });

  test("a language is a skill where the job asks the candidate to speak it", () => {
    expect(extract("What you bring\n- Fluent English; German is a plus\n- 3 years of Python").skills).toEqual(["English", "German", "Python"]);
    expect(extract("Sprachen: sehr gute Deutschkenntnisse und Englisch").skills).toEqual(["German", "English"]);
    expect(extract("We sell solar panels on German rooftops and ship to French customers.").skills).toEqual([]);
    expect(extract("- Polish the onboarding flow until it shines\n- English at B2 level or higher").skills).toEqual(["English"]);
    // However big the plus, and in the posting's own language.
    expect(extract("- Fluent English; Italian is a huge plus").skills).toEqual(["English", "Italian"]);
    expect(extract("Wymagania\n• język angielski na poziomie min. B2").skills).toEqual(["English"]);
    expect(extract("Vereisten\n- Goede beheersing van Engels en Duits").skills).toEqual(["English", "German"]);
    expect(extract("Kvalifikationer\n- Goda kunskaper i svenska i tal och skrift").skills).toEqual(["Swedish"]);
    expect(extract("Profil\n- Anglais professionnel").skills).toEqual(["English"]);
    expect(extract("Requirements\tReach truck certificate; Dutch and English").skills).toEqual(["Forklift", "Dutch", "English"]);
  });

  test("everyday skills of accounting, care, kitchens and shops by their names in other languages", () => {
    expect(skills("Ihre Aufgaben\n- Kreditorenbuchhaltung und Monatsabschluss\n- Kontenabstimmungen")).toEqual(["Accounts Payable", "Month-End Close", "Account Reconciliation"]);
    expect(skills("Ihre Aufgaben\n- Intensivpflege und Wundversorgung\n- Medikamentengabe nach ärztlicher Anordnung")).toEqual(["Critical Care", "Wound Care", "Medication Administration"]);
    expect(skills("Vos missions\n- Gestion des stocks et gestion de caisse")).toEqual(["Inventory Management", "Cash Handling"]);
    // Latin America's and Brazil's names, and a level after a skill's name ("Excel avançado").
    expect(skills("Enfermeiro(a)\nRequisitos\n- Administração de medicamentos e controle de infecção hospitalar;\n- Registro em prontuário eletrônico (Tasy).")).toEqual(["Medication Administration", "Infection Control", "Electronic Health Records"]);
    expect(skills("Requisitos\n- Licencia de conducción vigente\n- Excel avanzado")).toEqual(["Driver's License", "Excel"]);
    expect(skills("Requisitos:\n- Excel avançado e Power BI.")).toEqual(["Excel", "Power BI"]);
    expect(skills("Aufgaben\n- Zubereitung von Speisen\n- Finanzbuchhaltung")).toEqual(["Food Preparation", "Bookkeeping"]);
    // The company's own department, named in a duty, is no skill.
    expect(skills("Ihre Aufgaben\n- Enge Zusammenarbeit mit unserer Kreditorenbuchhaltung")).toEqual([]);
    // "Klantenservice" is often the department, "lideranças" the leaders: neither is read.
    expect(skills("Je helpt onze Klantenservice.\n• Apresentar resultados para lideranças")).toEqual([]);
  });

  test("forklift tickets by their names in several languages", () => {
    expect(extract("- Counterbalance FLT licence handy").skills).toEqual(["Forklift"]);
    expect(extract("• Staplerschein von Vorteil").skills).toEqual(["Forklift"]);
  });

  test("a skill's name used for a cook, a legal form, a person or a firm is not the skill", () => {
    expect(skills("Requirements\n- Experience with Chef and Ansible")).toEqual(["Chef", "Ansible"]);
    expect(skills("Kami mencari Sous Chef berpengalaman.\n- Membantu Executive Chef")).toEqual([]);
    expect(skills("Chef de rang H/F – Maison Verdier SAS – Paris")).toEqual([]);
    expect(skills("- SAS, SPSS or R for the analysis")).toEqual(["SAS", "SPSS", "R"]);
    expect(skills("Viele Grüße\nJulia Brandstätter\nApex Trucking")).toEqual([]);
    expect(skills("Senior Ruby Developer\n\n- Julia and R for statistics")).toEqual(["Ruby", "Julia", "R", "Statistics"]);
  });

  test("recruiting, payments and e-commerce count only where the job asks for them", () => {
    expect(skills("Acme Recruiting · Feb 20\nAcme does not charge any fee for recruitment.\n\nRequirements\n- Go")).toEqual(["Go"]);
    expect(skills("Requirements\n- Experience with payments and e-commerce platforms\n- Full-cycle recruiting experience")).toEqual(["Payments", "E-commerce", "Recruiting"]);
  });

  test("a legal sentence takes its own paragraph's words, not the list beside it", () => {
    expect(skills("Platform Engineer\nRequirements:\n- Go, Kafka and PostgreSQL\n- Docker\nEqual opportunity employer.")).toEqual(["Go", "Kafka", "PostgreSQL", "Docker"]);
    // Data protection as the work (GDPR) is asked for; a data protection notice is the page's legal text.
    expect(skills("Platform Engineer\nEqual opportunity employer.\nRequirements:\n- Go and PostgreSQL\n- Knowledge of GDPR and data protection\n- Docker")).toEqual(["Go", "PostgreSQL", "GDPR", "Docker"]);
    expect(skills("Requirements\n- Go\n\nRead our data protection notice to learn how we use Python and Docker in hiring.")).toEqual(["Go"]);
    expect(skills("Registered Nurse\nWe need BLS, ACLS and Epic experience. Apply by 12/31. We participate in E-Verify.")).toEqual(["BLS", "ACLS", "Epic"]);
    // The sentences of a legal paragraph after the one that names it are its own, wrapped or not.
    expect(skills("Requirements\n- Go\n\nAcme is an equal opportunity employer and values diversity.\nWe provide reasonable\naccommodation, recruiting support and accessibility tools on request.")).toEqual(["Go"]);
  });

  test("a site's footer links are not skills", () => {
    expect(extract("Requirements\n- SQL\n\nPrivacy · Cookies · Accessibility · Terms").skills).toEqual(["SQL"]);
    expect(extract("Requirements\n- SQL\n\nAbout\nAccessibility\nCareers\nPrivacy & Terms").skills).toEqual(["SQL"]);
    expect(extract("Requirements\n- SQL\n- Accessibility\n- Docker").skills).toEqual(["SQL", "Accessibility", "Docker"]);
    // LinkedIn's and Indeed's own footers.
    expect(extract("Requirements\n- SQL\n\nAbout\nTalent Solutions\nCareers\nMarketing Solutions\nPrivacy & Terms\nAd Choices\nAdvertising\nSales Solutions").skills).toEqual(["SQL"]);
    expect(extract("Requirements\n- SQL\n\n© 2025 Indeed  Your Privacy Choices  Accessibility at Indeed  Privacy Center and Ad Choices  Terms").skills).toEqual(["SQL"]);
  });

  test("in order of first appearance, each once, whatever the spelling", () => {
    expect(skills("Python python PYTHON, postgres and PostgreSQL, then Python again")).toEqual(["Python", "PostgreSQL"]);
  });

  describe("word boundaries", () => {
    test.each<[string, string[], string[]]>([
      ["Scalability matters to us", ["Scalability"], ["Scala"]],
      ["Our admin is built with CakePHP", ["CakePHP"], ["PHP"]],
      ["JavaScript everywhere", ["JavaScript"], ["Java"]],
      ["A reactive, curious mindset", [], ["React"]],
      ["Expressive, well-named APIs", [], ["Express.js"]],
      ["HTML, YAML and XML", ["HTML", "YAML", "XML"], ["Machine Learning"]],
      ["He said he aims for AIM certification", [], ["AI"]],
      ["We move swiftly and build trust.", [], ["Swift", "Rust"]],
      ["Interns join us this spring!", [], ["Spring"]],
      ["Spring 2025 internship", [], ["Spring"]],
      ["excellent written communication", ["Communication"], ["Excel"]],
      ["Excel in a fast-paced environment.", [], ["Excel"]],
      ["a sapling of an idea", [], ["SAP"]],
      ["React to incidents quickly", [], ["React"]],
      ["Less than 3 years is fine", [], ["Less"]],
      ["rest and relaxation", [], ["REST APIs"]],
      ["every node in the graph", [], ["Node.js"]],
      ["A solid foundation", [], ["SOLID"]],
      ["embedded in the product team", [], ["Embedded Systems"]],
      ["bi-weekly planning", [], ["Business Intelligence"]],
      ["TS/SCI clearance required", [], ["TypeScript"]],
      ["unity of purpose", [], ["Unity"]],
      ["Our office is near Phoenix, AZ", [], ["Phoenix"]],
      ["Lunch on Elm Street", [], ["Elm"]],
      ["Benefits: American Express corporate card", [], ["Express.js"]],
    ])("%j", (text, present, absent) => {
      const found = skills(text);
      for (const name of present) expect(found).toContain(name);
      for (const name of absent) expect(found).not.toContain(name);
    });
  });

  describe("Go: the language when capitalised and not a verb", () => {
    test.each([
      "Services written in Go.",
      "Go, Rust or Python",
      "Go (Golang)",
      "- Go\n- Rust",
      "Go is our main language.",
      "Senior Go Engineer",
      "golang microservices",
      "Languages: python, go and rust",
      "Experience with Go in production",
      // A line ends the phrase: the next line's first word is not the word after the skill.
      "- Python\n- Go\n\nWe are nice.",
      "Tech stack: Node.js, Go\nYour benefits: lunch",
    ])("%j has Go", (text) => {
      expect(skills(text)).toContain("Go");
    });
    test.each([
      "Going forward, this is our go-to tool.",
      "We go live in May and work on the go.",
      "Let go of perfection.",
      "Go above and beyond for customers.",
      "Go-to-market strategy",
      "We Go Above And Beyond",
      "Let's Go!",
      "GO TEAM",
      "Go for it",
      "We are willing to go\nthe extra mile.",
    ])("%j has no Go", (text) => {
      expect(skills(text)).not.toContain("Go");
    });
  });

  test("a skill that is also an everyday word, at a line's end, before a line starting with \"The\" or \"We\"", () => {
    expect(skills("* Bonus: experience with dbt, Airflow, Spark\n\nThe base salary range for this role is $176,000 - $228,000 USD.")).toContain("Spark");
    expect(skills("You know TypeScript and React\n\nWe are nice.")).toContain("React");
  });

  test("a Latin skill written against Japanese, Chinese or Korean with no space is found", () => {
    expect(skills("・Goを用いたバックエンド開発経験\n・MySQLなどのRDBの設計経験\n・Pythonでのデータ分析")).toEqual(expect.arrayContaining(["Go", "MySQL", "Python"]));
    expect(skills("熟悉Java和Spring Boot开发")).toEqual(expect.arrayContaining(["Java", "Spring Boot"]));
    expect(skills("React와 TypeScript 경험")).toEqual(expect.arrayContaining(["React", "TypeScript"]));
  });

  describe("R and C: one-letter languages only in a clear language context", () => {
    test.each<[string, string]>([
      ["R, Python, SQL", "R"],
      ["Statistics in R", "R"],
      ["R/Python", "R"],
      ["R programming", "R"],
      ["Languages: R", "R"],
      ["Python or R", "R"],
      ["C, C++", "C"],
      ["C/C++", "C"],
      ["Proficiency in C.", "C"],
      ["embedded C on ARM", "C"],
    ])("%j has %s", (text, name) => {
      expect(skills(text)).toContain(name);
    });
    test.each([
      "Our R&D budget and R&R days",
      "Plan B, option R",
      "C-level stakeholders at a Series C startup",
      "Grade C or better",
      "Brand(R) guidelines",
      "John C. Smith will call",
      "Section C below",
    ])("%j has neither", (text) => {
      const found = skills(text);
      expect(found).not.toContain("R");
      expect(found).not.toContain("C");
    });
  });

  test("short acronyms and everyday words must be written as the skill is; long names in any case", () => {
    expect(skills("AI")).toEqual(["AI"]);
    expect(skills("Ai")).toEqual([]);
    expect(skills("swift")).toEqual([]);
    expect(skills("Swift")).toEqual(["Swift"]);
    expect(skills("sql and aws")).toEqual(["SQL", "AWS"]);
    expect(skills("KUBERNETES and postgresql")).toEqual(["Kubernetes", "PostgreSQL"]);
    expect(skills("SWIFT payments network")).not.toContain("Swift");
    expect(skills("REST APIs and a RESTful design")).toEqual(["REST APIs"]);
  });

  test("Ruby on Rails alone is not also Ruby", () => {
    expect(skills("Significant experience with Ruby on Rails")).toEqual(["Ruby on Rails"]);
    expect(skills("Rails and Ruby")).toEqual(["Ruby on Rails", "Ruby"]);
  });

  test("C++, C#, .NET, Node.js and CI/CD keep their punctuation", () => {
    expect(skills("C++17, C#, ASP.NET Core, .NET 8, Node.js 20, CI/CD")).toEqual(["C++", "C#", "ASP.NET", ".NET", "Node.js", "CI/CD"]);
  });

  test("links, e-mail addresses and Markdown link targets are not read for skills", () => {
    expect(skills("See https://example.com/python/react and www.rust-lang.org, or mail go@golang.org")).toEqual([]);
    expect(skills("[our handbook](/handbook/engineering/ruby/graphql)")).toEqual([]);
  });

  test("the vault's own skills are found too, as whole words", () => {
    const vault = ["Pajamas Design System", "productivity", "REST Integrations", "postgres"];
    expect(extract("Build Pajamas Design System components; boost productivity. Postgres.", vault).skills).toEqual([
      "Pajamas Design System",
      "productivity",
      "PostgreSQL",
    ]);
    expect(extract("counterproductivity", vault).skills).toEqual([]);
  });

  test("the user's synonyms decide the canonical name", () => {
    const mine = new SkillCanon({ Pajamas: "Pajamas Design System", postgres: "Postgres" });
    const found = extractPosting("Pajamas Design System on postgres", { canon: mine, defaultCurrency: "USD", vaultSkills: ["Pajamas"] });
    expect(found.skills).toEqual(["Pajamas Design System", "Postgres"]);
  });

  test("the company's own name is not a skill of its job", () => {
    const found = extract("Stripe is hiring a Backend Engineer. Stripe builds payments APIs in Ruby.");
    expect(found.company).toBe("Stripe");
    expect(found.skills).not.toContain("Stripe");
    expect(found.skills).toEqual(expect.arrayContaining(["Backend", "Payments", "Ruby"]));
  });

  test("a negated mention of remote work is not the Remote Work skill", () => {
    expect(skills("This is an on-site role. Remote work is not possible.")).not.toContain("Remote Work");
  });
});

describe("salary: only where the text states pay", () => {
  type Row = [text: string, min: number | null, max: number | null, currency: string, period: SalaryPeriod];
  test.each<Row>([
    ["Salary: $120,000 - $150,000 per year", 120_000, 150_000, "USD", "year"],
    ["Pay: $2,400 biweekly, paid every other Friday.", 1_200, 1_200, "USD", "week"],
    ["Pay: $3,000 semi-monthly", 6_000, 6_000, "USD", "month"],
    ["Monteur (m/w)\nEntlöhnung: CHF 4'900.– bis 5'400.– pro Monat, 13 Monatslöhne", 4_900, 5_400, "CHF", "month"],
    ["Sachbearbeiterin\nGehalt: 3.250,- bis 3.700,- € brutto im Monat", 3_250, 3_700, "EUR", "month"],
    ["Lønn fra kr 540 000 til kr 615 000 per år i 100 % stilling.", 540_000, 615_000, "NOK", "year"],
    ["Lugar de trabajo: Av. Santa Fe 4123, C1425 CABA\nSalario: $ 1.150.000 brutos mensuales", 1_150_000, 1_150_000, "ARS", "month"],
    ["Prevencionista de Riesgos\nLugar de trabajo: Región de Antofagasta\nRenta: $1.600.000 a $1.900.000 líquidos mensuales", 1_600_000, 1_900_000, "CLP", "month"],
    ["Backend Engineer\nLocation: Remote\nWe hire in Argentina, Brazil, Chile and Mexico.\nSalary: $150,000 - $180,000", 150_000, 180_000, "USD", "year"],
    ["Ingeniero/a DevOps\nFintech en Chile, modalidad híbrida.\nRenta: $2.800.000 - $3.300.000 líquidos mensuales", 2_800_000, 3_300_000, "CLP", "month"],
    ["Compensation: $140k–$175k + equity", 140_000, 175_000, "USD", "year"],
    ["The annual base salary range for this role is $180,000 - $230,000.", 180_000, 230_000, "USD", "year"],
    ["Pay: $45.00 - $60.00 per hour", 45, 60, "USD", "hour"],
    ["Asistente jurídico\nCiudad: Bogotá\nSalario: $3.200.000 mensuales", 3_200_000, 3_200_000, "COP", "month"],
    ["Technicien en génie civil\nLieu de travail : Hôtel de ville, Sainte-Adèle-du-Lac (Québec)\nTraitement : de 1 196,30 $ à 1 421,70 $ par semaine", 1_196.3, 1_421.7, "CAD", "week"],
    ["Químico Farmacéutico\nSueldo: S/ 4,200.00 (Mensual)", 4_200, 4_200, "PEN", "month"],
    ["Kế Toán Tổng Hợp\nThu nhập: 12 - 15 triệu/tháng", 12_000_000, 15_000_000, "VND", "month"],
    ["พนักงานขาย\nเงินเดือน 18,000 - 22,000 บาท", 18_000, 22_000, "THB", "month"],
    ["พนักงานขาย\nเงินเดือน 30,000 บาทต่อเดือน", 30_000, 30_000, "THB", "month"],
    ["社工員\n工作待遇　月薪 36,500~41,000元\n需具社會工作經驗", 36_500, 41_000, "TWD", "month"],
    ["社工\n薪资：月薪 8,000~12,000元", 8_000, 12_000, "CNY", "month"],
    // Chinese boards: pay in K, in yuan a month, with the year's count of payments, or under a label.
    ["高级Java开发工程师\n20-30K·14薪\n杭州 西湖区 3-5年 本科", 20_000, 30_000, "CNY", "month"],
    ["高级Java开发工程师\n薪资：20-30K·14薪\n工作地点：杭州", 20_000, 30_000, "CNY", "month"],
    ["Undersköterska\nLön: Från 28 500 kr/månad vid heltid", 28_500, null, "SEK", "month"],
    ["Hourly rate: $25/hr", 25, 25, "USD", "hour"],
    ["$60,000 - $80,000 a year - Full-time", 60_000, 80_000, "USD", "year"],
    ["$150K/yr - $200K/yr · Full-time · Mid-Senior level", 150_000, 200_000, "USD", "year"],
    ["Gehalt: 65.000 – 80.000 € brutto/Jahr", 65_000, 80_000, "EUR", "year"],
    ["Salaire : 45 000 € - 55 000 € par an", 45_000, 55_000, "EUR", "year"],
    ["£45,000 - £55,000 per annum + benefits", 45_000, 55_000, "GBP", "year"],
    ["Salary: CHF 120'000 – 140'000", 120_000, 140_000, "CHF", "year"],
    ["₹12,00,000 - ₹18,00,000 per annum", 1_200_000, 1_800_000, "INR", "year"],
    ["CTC: 12-18 LPA", 1_200_000, 1_800_000, "INR", "year"],
    ["Monthly salary: 5.000 € gross", 5_000, 5_000, "EUR", "month"],
    ["Salary: 4.500€ - 5.500€ brutto monatlich", 4_500, 5_500, "EUR", "month"],
    ["Compensation: 9,500 EUR / month", 9_500, 9_500, "EUR", "month"],
    ["Salary range (EUR): 55,000-65,000", 55_000, 65_000, "EUR", "year"],
    ["Salary: up to $150k", null, 150_000, "USD", "year"],
    ["Base salary of $140K+", 140_000, null, "USD", "year"],
    ["Vergütung: R$ 8.000 - R$ 10.000 por mês", 8_000, 10_000, "BRL", "month"],
    ["年収: ¥6,000,000〜¥8,000,000", 6_000_000, 8_000_000, "JPY", "year"],
    ["Salary: 98k - 210k", 98_000, 210_000, "USD", "year"],
    ["The pay is between $80k and $100k.", 80_000, 100_000, "USD", "year"],
    ["Salary: 40k-50k € per year", 40_000, 50_000, "EUR", "year"],
    ["Rate: £500/day (outside IR35)", 500, 500, "GBP", "day"],
    ["## Compensation\n\n- $130,000 – $160,000\n- Equity", 130_000, 160_000, "USD", "year"],
    ["Pay range\n$52,000—$78,000 USD", 52_000, 78_000, "USD", "year"],
    ["Compensation\n$150K – $200K • Offers Equity", 150_000, 200_000, "USD", "year"],
    ["💰 $100k – $130k", 100_000, 130_000, "USD", "year"],
    ["Budget is €85-95k plus VSOP.", 85_000, 95_000, "EUR", "year"],
    // A day rate said by its label, and a dollar said by its code
    ["Day rate: 550 GBP, inside IR35", 550, 550, "GBP", "day"],
    ["TJM : 650 € HT", 650, 650, "EUR", "day"],
    ["Vergütung: 800 €/Tag, Laufzeit 6 Monate", 800, 800, "EUR", "day"],
    ["Stawka: 800 zł dziennie (B2B)", 800, 800, "PLN", "day"],
    ["Salary: $120,000 - $150,000 CAD", 120_000, 150_000, "CAD", "year"],
    // A period after the amount that only some readers know, or on the line under it.
    ["Sueldo: $28,000 - $32,000 Mensual", 28_000, 32_000, "USD", "month"],
    ["Sueldo base $18,000 - $22,000 MXN mensuales brutos", 18_000, 22_000, "MXN", "month"],
    ["Wynagrodzenie: 22 000 – 28 000 PLN netto (+ VAT) / mies.", 22_000, 28_000, "PLN", "month"],
    ["Salary\n$6,000 to $8,500\nMonthly", 6_000, 8_500, "USD", "month"],
    // A bare "$" in a job in Australia or Canada is that country's dollar; one open to the US stays USD.
    ["Chef de Partie\nSaltmarsh Dining\nSurry Hills, Sydney NSW\n$70,000 – $75,000 per year + super", 70_000, 75_000, "AUD", "year"],
    ["Receptionist\nLocation: Toronto, ON\nWage: $20.50 - $22.00 per hour", 20.5, 22, "CAD", "hour"],
    ["iOS Engineer\nFully remote within US/Canada\nSalary: $165k–$190k base", 165_000, 190_000, "USD", "year"],
  ])("%j", (text, min, max, currency, period) => {
    expect(extract(text).salary).toMatchObject({ min, max, currency, period });
  });

  test("keeps the pay text as written", () => {
    expect(extract("Salary: $120,000 - $150,000 per year, plus bonus").salary?.text).toBe("$120,000 - $150,000 per year");
    // The period said before it stays in the text when the amount alone would read otherwise.
    expect(extract("Monthly salary: 50.000 € gross").salary?.text).toBe("Monthly salary: 50.000 € gross");
    expect(extract("Monthly salary: 5.000 € gross").salary).toMatchObject({ text: "5.000 € gross", period: "month" });
  });

  test.each([
    "We offer a 401(k) with a match up to 4%.",
    "Up to $20k signing bonus for the right candidate.",
    "Relocation of $10,000 is available.",
    "A $5,000 learning budget every year.",
    "10-15 hours per week, flexible.",
    "You'll join a team of 50 engineers.",
    "We raised a $40M Series B in 2024.",
    "Founded in 2024, we grew 300% last year.",
    "Call us at (555) 123-4567 or +1 415 555 0100.",
    "Equity: 0.1% - 0.25%.",
    "We have 2,000 customers and $10M ARR.",
    "Competitive salary and great benefits.",
    "A $1,000 home office stipend and $500 for conferences.",
    "€2,000 yearly home-office budget",
    "Apply at https://jobs.example.com/positions/120000-150000",
  ])("%j states no pay", (text) => {
    expect(extract(text).salary).toBeNull();
  });

  test("the base salary wins over bonuses, budgets and funding around it", () => {
    const text = [
      "We raised $40M last year and offer a $5,000 learning budget.",
      "Base salary: $150,000 - $180,000. Plus a $20k signing bonus and a 401(k) match up to 4%.",
    ].join("\n");
    expect(extract(text).salary).toMatchObject({ min: 150_000, max: 180_000, currency: "USD", period: "year" });
    expect(extract("Signing bonus: $10,000. Salary: $90k–$110k").salary).toMatchObject({ min: 90_000, max: 110_000 });
  });

  test("in a line of terms parted by dashes, a perk after the pay is not the pay's", () => {
    expect(extract("Warehouse Associate - Nights - $19.50/hr - Sign-On Bonus").salary).toMatchObject({ min: 19.5, max: 19.5, currency: "USD", period: "hour" });
    expect(extract("Delivery Driver – $22/hr – Relocation available").salary).toMatchObject({ min: 22, period: "hour" });
    // Without a period, or without the dash, the bonus is the amount's: no pay.
    for (const text of ["A $3,000 sign-on bonus for drivers.", "$3,000 – Sign-On Bonus", "Up to $10,000 - Sign On Bonus!", "$15,000 — retention bonus", "$2,500 - relocation assistance", "$500 - annual learning budget"]) {
      expect(extract(`Registered Nurse\nMercy Health\n${text}`).salary).toBeNull();
    }
  });

  test("the default currency applies when the text names none", () => {
    const found = extractPosting("Salary: 60,000 - 70,000 per year", { canon, defaultCurrency: "EUR" });
    expect(found.salary).toMatchObject({ min: 60_000, max: 70_000, currency: "EUR" });
  });
});

describe("title", () => {
  test.each<[string, string]>([
    ["# Senior Backend Engineer\n\nAbout us\nWe build things.", "Senior Backend Engineer"],
    ["Job Title: Data Analyst\nLocation: Remote", "Data Analyst"],
    ["Position: Senior Product Manager (m/f/d)\nCompany: Acme Robotics GmbH", "Senior Product Manager"],
    ["**Frontend Developer (f/m/x)** – Hybrid, Hamburg", "Frontend Developer"],
    ["🚀 Senior DevOps Engineer - Remote 🚀\n\nWe are Quillstack.", "Senior DevOps Engineer"],
    ["Senior Engineer at Acme\n\nAcme is a robotics company.", "Senior Engineer"],
    ["Backend Engineer | Acme Corp\n\nAcme Corp builds tools.", "Backend Engineer"],
    ["Job Application for Software Engineer at Kestrel Payments\nRemote (US)", "Software Engineer"],
    ["Cobalt AI hiring Applied Scientist, NLP in London, England, United Kingdom | LinkedIn", "Applied Scientist, NLP"],
    ["Backend-Entwickler (m/w/d)\nStandort: Hamburg", "Backend-Entwickler"],
    // A gender marker makes a line a title, whatever its role word.
    ["Magasinier cariste H/F\nTransports Durand\nVénissieux (69)", "Magasinier cariste"],
    ["Betonbauer (m/w/d)\nBau Kessler GmbH\nUlm", "Betonbauer"],
    // Hours a week ("h/w") are no gender marker.
    ["Warehouse Operative\nFull time, 37.5 h/w\nAcme Logistics", "Warehouse Operative"],
    // Terms after a title, joined by a word; a title whose role word is not known still loses them.
    ["Pflegehelfer (m/w/d) - Vollzeit oder Teilzeit\nSeniorenresidenz Lindenhof\nKassel", "Pflegehelfer"],
    ["Commessa - Part time 20h\nProfumeria Aurora\nTorino", "Commessa"],
    ["Dozentin - Teilzeit\nVolkshochschule Nordstadt", "Dozentin"],
    // A title line of many parts, ending in "!", is not a sentence.
    ["Flatbed Truck Driver - OTR - Home Weekends - $3,000 Sign-On Bonus!\nBluestem Carriers LLC\nDes Moines, IA", "Flatbed Truck Driver - OTR"],
    ["Subject: Senior .NET Developer opportunity\n\nHi Sam,\n\nRate: 500 GBP/day", "Senior .NET Developer"],
    ["Subject: Data Engineer role at Northwind\n\nHi Sam,", "Data Engineer"],
    ["Subject: Exciting contract - £600/day\n\nHi Sam,\n\nRole: Senior .NET Developer\nLocation: Leeds", "Senior .NET Developer"],
    ["Software Engineer - Payments\nNew York, NY", "Software Engineer - Payments"],
    ["Lead Designer (Remote, EU)", "Lead Designer"],
    ["Backend Engineer (Go)\nBerlin", "Backend Engineer (Go)"],
    ["**Site Reliability Engineer (12-month contract, extension likely)**\n\nWe run ports.", "Site Reliability Engineer"],
    ["Acme\nSenior Data Engineer\nAustin, TX", "Senior Data Engineer"],
    // A selling point with a cry after the dash, and a call before the role.
    ["Registered Nurse - ICU - Nights - $10K Sign On Bonus!!\nBanner Desert Medical Center\nMesa, AZ 85202", "Registered Nurse - ICU - Nights"],
    ["Hiring Now! Registered Nurse - ICU\nBanner Desert Medical Center\nMesa, AZ 85202", "Registered Nurse - ICU"],
    ["We're hiring!\n\nWe are a small bakery in Leeds.", ""],
    // Inclusive French, a Swiss share of a full week, a Czech or Slovak gender mark, Korean "hiring" and years.
    ["Électricien·ne de montage CFC à 80–100%\nÉtincelle Électricité SA", "Électricien de montage CFC"],
    ["Pflegefachperson HF Intensivpflege 80 – 100 %\nSpital Nord AG", "Pflegefachperson HF Intensivpflege"],
    ["Skladník – vodič VZV (m/ž), 3-zmenná prevádzka\nVčela s.r.o.", "Skladník - vodič VZV, 3-zmenná prevádzka"],
    ["[넥스톤게임즈] 3D 캐릭터 모델러 채용 (경력 3년↑)\n급여 월 380만원", "3D 캐릭터 모델러"],
    ["About the job\n\nWe're hiring a Senior Data Scientist to join our Berlin team.", "Senior Data Scientist"],
    ["Tidewater Logistics is looking for an experienced Site Reliability Engineer who loves automation.", "Site Reliability Engineer"],
    ["About the role\nAs a Staff Engineer, you will lead our platform work.", "Staff Engineer"],
    ["Hi Jane,\n\nI'd love to tell you about a Senior iOS Engineer role at Pocketwise. The team is great.\n\nBest,\nTom\nTalent Partner", "Senior iOS Engineer"],
    ["We're looking for a .NET Developer to join our Payments squad.", ".NET Developer"],
    ["Intermediate Backend Engineer, Plan RoR\n\nGitLab is the DevSecOps platform.", "Intermediate Backend Engineer, Plan RoR"],
    ["SENIOR FULL STACK DEVELOPER\n\nCOMPANY: Northwind Traders Ltd", "Senior Full Stack Developer"],
    ["Job Title\tMachine Learning Engineer\nDepartment\tAI Platform", "Machine Learning Engineer"],
    ["Développeur Backend Python H/F\nParis (75) - CDI", "Développeur Backend Python"],
    ["Subject: Opportunity: Lead Frontend Engineer (Vue) – Munich, hybrid\n\nHi there,", "Lead Frontend Engineer (Vue)"],
    // What boards and recruiters add to a title line: pay, terms, experience, bonuses.
    ["Warehouse Associate - Nights - $19.50/hr - $1,000 Sign-On Bonus\nHarbor Freight Lines", "Warehouse Associate - Nights"],
    ["Contract Data Engineer | Inside IR35 | £500/day | Leeds", "Data Engineer"],
    ["Desenvolvedor(a) Backend Sênior (Node.js) - PJ\nCobre Digital Pagamentos", "Desenvolvedor(a) Backend Sênior (Node.js)"],
    ["Lagermitarbeiter (m/w/d) im Wareneingang – Frühschicht\nHanseatische Kontraktlogistik GmbH\nHamburg-Billbrook", "Lagermitarbeiter im Wareneingang"],
    ["Python Developer opportunity - up to £70k\n\nHi Sam,", "Python Developer"],
    ["Solutions Architect - 5+ Yrs - Pune\nBluefin Systems", "Solutions Architect"],
    ["Line Cook - Full Time\nThe Salt House", "Line Cook"],
    ["Contract Manager\nMeadow Facilities", "Contract Manager"],
    // A bracket naming the role's kind stays; one with terms, a length or prose goes.
    ["Backend Engineer (Elixir)\nRemote", "Backend Engineer (Elixir)"],
    ["Game Programmer (Unreal / C++)\nMontréal, QC", "Game Programmer (Unreal / C++)"],
    ["Support Engineer (Tier 2)\nDublin, Ireland", "Support Engineer (Tier 2)"],
    ["Data Analyst (2 positions)\nDenver, CO", "Data Analyst"],
    ["Product Designer (80–100%)\nZürich", "Product Designer"],
    ["We're hiring a Platform Engineer (Rust) to join our infra team.", "Platform Engineer (Rust)"],
    ["About the job\nSprout helps gardens grow.\n\nWe're hiring a Sr. Product Designer - Growth to own our signup flow.", "Sr. Product Designer - Growth"],
    // A newsletter's featured job, under its greeting: the company after the dash is not part of the title.
    ["The Gradient Dispatch\nIssue #142\n\nHi all, quick one this week since half of you are at a conference. On to the jobs.\n\nFEATURED ROLE\n\nSenior Machine Learning Engineer, Ranking — Mosaic\nUnited Kingdom (Remote)\n\nMosaic is the app 3 million people use to find local classes.", "Senior Machine Learning Engineer, Ranking"],
    // Hacker News: "Company | Role | Place | terms | pay | link".
    ["Pinecrest Labs | Staff Backend Engineer | REMOTE (US) | Full-time | $180k-$220k | https://pinecrest.example/jobs", "Staff Backend Engineer"],
    ["CONTRACT ROLE: Salesforce Developer\nClient: Oakridge Insurance", "Salesforce Developer"],
    ["Truck Driver - Class A CDL\nRoadway Freight", "Truck Driver - Class A CDL"],
    // A site's menu line, a call to apply, a breadcrumb and decorations are not the title.
    ["Community  Jobs  Companies  Salaries  For Employers\n\nStaff Accountant\nPine Hollow Clinics\nCharlotte, NC", "Staff Accountant"],
    ["FERNDALE HAULING\nHome   Services   Drivers   About   Contact\n\nNow Hiring: Regional Driver\nHome every weekend", "Regional Driver"],
    ["Jobs > Accounting & Finance > Accounts Payable Clerk\n\nWe need a clerk.", "Accounts Payable Clerk"],
    ["Head of Operations - Quarry ☆\nFile  Edit  View  Insert  Format\n\nQuarry is a 40-person studio making tools for potters.", "Head of Operations"],
    ["Elementary Music Teacher (2026-27 School Year)\nMaple Valley School District", "Elementary Music Teacher"],
    ["Electrical Apprentice - 2027 Intake\nBrightline Electrical", "Electrical Apprentice"],
    // A search page's heading and a job board's name are not the title.
    ["Paralegal Jobs in Leeds\n\nResidential Conveyancing Paralegal\nHalden & Moss", "Residential Conveyancing Paralegal"],
    ["Hotel Receptionist jobs in York\nJob title: Night Receptionist", "Night Receptionist"],
    ["Vagas de Analista Contábil em Curitiba - PR\nAnalista Contábil Pleno\nConfidencial\nCuritiba - PR (1 vaga)", "Analista Contábil Pleno"],
    ["OCC\nIniciar sesión\n\nCoordinador(a) de Ventas\nGrupo Norte\nMonterrey, N.L.", "Coordinador(a) de Ventas"],
    ["[Hiring] WordPress Developer for small bakery chain - $40/hr, remote", "WordPress Developer"],
    // The sender's headline above an InMail is not the job.
    ["Dana Ortiz\nLead Talent Partner at Birchwood\nOct 2\n\nSenior Data Engineer opportunity at Birchwood – Denver (hybrid)\n\nHi Sam,", "Senior Data Engineer"],
    // A recruiter's own job, with no letter around it, is the title.
    ["Technical Recruiter at Hooli\n\nWe are looking for a Senior Backend Engineer to join our talent team as its first hire.", "Technical Recruiter"],
    // Nor when the role is named only in the letter: "partnering with Lumina Health, who are looking for a …".
    [
      "Priya Raman\nSenior Technical Recruiter at TalentBridge | Helping engineers find their next role\nHi Alex,\n\nI'm currently partnering with Lumina Health, a healthtech startup in Boston, who are looking for a Senior Data Engineer to join their platform team.",
      "Senior Data Engineer",
    ],
    // A page that lists its roles, then describes one below its introduction.
    ["Inkwell\nCareers at Inkwell\n\nHi! We're Inkwell — a small, fully remote team building an API for printing and posting letters, with customers in twelve countries.\n\nOpen roles\n▸ Developer Advocate\n\nDeveloper Advocate\nRemote — Europe", "Developer Advocate"],
  ])("%j", (text, title) => {
    expect(extract(text).title).toBe(title);
  });

  test.each(["", "Competitive salary and great benefits.", "$95K - $130K (Employer est.)\nFull-time", "📍 New York, NY"])(
    "no title in %j",
    (text) => {
      expect(extract(text).title).toBe("");
    },
  );
});

describe("company", () => {
  test.each<[string, string]>([
    ["Company: Acme Robotics GmbH", "Acme Robotics"],
    ["Company: Quantiva Technologies Pvt. Ltd.", "Quantiva Technologies"],
    ["Company: Tata Consultancy Services Private Limited", "Tata Consultancy Services"],
    ["Company: Shenzhen Widget Co., Ltd.", "Shenzhen Widget"],
    ["Broken Corp builds scheduling software for plumbers.\nBroken Corp is hiring a Platform Engineer.", "Broken Corp"],
    ["About Fernweh Mobility\nFernweh Mobility builds the booking platform behind door-to-door trips.", "Fernweh Mobility"],
    ["At Lumen Health, we make primary care feel human.", "Lumen Health"],
    ["Join Quillstack and help teams ship faster.", "Quillstack"],
    ["Tidewater Logistics is hiring a Site Reliability Engineer.", "Tidewater Logistics"],
    ["GitLab is an open core software company.", "GitLab"],
    ["Senior Engineer at Acme\n\nWe build robots.", "Acme"],
    ["Acme Inc. is an equal opportunity employer.", "Acme"],
    ["Backend Engineers at GitLab work on our product.", "GitLab"],
    ["Senior Backend Engineer\nAcme Robotics · Berlin, Germany (Hybrid)\nReposted 2 weeks ago", "Acme Robotics"],
    ["Python Developer\nGreenfield Energy\nAustin, TX\n$45 - $60 an hour", "Greenfield Energy"],
    ["Bookseller (Part-Time)\nLittle Lantern Books — Portland, OR\n\nWe are an independent bookstore.", "Little Lantern Books"],
    ["Warehouse Associate - 2nd Shift\nFastFreight Logistics - Columbus, OH 43219\n\nJob details", "FastFreight Logistics"],
    ["Data Analyst\nContract - London\n\nWe are a consultancy.", ""],
    ["Pflegefachkraft (m/w/d)\nKlinikum Sonnenberg · Freiburg\n\nIhre Aufgaben:", "Klinikum Sonnenberg"],
    ["Kestrel Payments moves money for merchants. Kestrel is an equal opportunity employer.", "Kestrel Payments"],
    ["We are Cobalt AI, a research lab building language models.", "Cobalt AI"],
    ["Chez Qonto, nous simplifions la gestion financière des PME.", "Qonto"],
    ["About the company\nAcme Robotics\n12,345 followers", "Acme Robotics"],
    ["About Acme: we build data tools for retailers.", "Acme"],
    // A client named by a French agency wins; an agency that names no client gives no company.
    ["Préparateur de commandes H/F\nInterim Plus Lyon\nCorbas (69)\n\nVotre agence recrute pour son client ROVALIS, leader du transport frigorifique.", "ROVALIS"],
    ["Warehouse Operative\nBrightpath Recruitment\nNorthampton\n\nBrightpath Recruitment are hiring on behalf of our client, a leading parcel carrier.", ""],
    ["Lagerlogistiker (m/w/d)\nPersonalwerk Zürich AG\nSchlieren\n\nFür unseren Kunden, ein Handelsunternehmen im Limmattal, suchen wir einen Lagerlogistiker.", ""],
    ["Data Engineer\nQuarry Talent\nDublin\n\nQuarry Talent is acting as an Employment Agency in relation to this vacancy.", ""],
    // Not a company's own words about its work with others.
    ["Product Designer\nStripe\nDublin\n\nIn this role you will be partnering with a leading team of designers.", "Stripe"],
    ["Senior Consultant\nBrightlane Consulting\nLondon\n\nYou will be placed with our client, a major UK bank, for six months.", "Brightlane Consulting"],
    // The line under the title (careers pages, Indeed, NHS Jobs).
    ["Senior Java Engineer\nBrackenridge Health Systems\nRemote (UK) · Full-time", "Brackenridge Health Systems"],
    ["Staff Nurse - Cardiology\n\nWestfield NHS Foundation Trust\n\nDate posted: 3 March", "Westfield NHS Foundation Trust"],
    // A recruiter's client, not the recruiter.
    ["Our client, Harbour Analytics, builds risk models for insurers.\nSterling Search", "Harbour Analytics"],
    ["I'm reaching out on behalf of Pike Street Capital, a trading firm.\n\nSterling Search", "Pike Street Capital"],
    ["Priya Raman\nSenior Technical Recruiter at TalentBridge | Helping engineers find their next role\nHi Alex,\n\nI'm currently partnering with Lumina Health, who are looking for a Senior Data Engineer.", "Lumina Health"],
    ["Kestrel Recruitment is working with Moss & Fern, the garden retailer, on a contract.", "Moss & Fern"],
    ["CONTRACT ROLE: QA Engineer\nClient: Tessellate Labs\nRate: $70/hr", "Tessellate Labs"],
    ["Sunrise Home Care has an immediate need for a caregiver in Tucson.", "Sunrise Home Care"],
    // A careers page's heading, and a name in capitals.
    ["GREYLAG STUDIOS — CAREERS\n\nGameplay Programmer\nMontréal, QC", "Greylag Studios"],
    ["Careers at Northwind\n\nData Analyst\nSeattle, WA", "Northwind"],
    ["Pinecrest Labs | Staff Backend Engineer | REMOTE (US) | Full-time | $180k-$220k", "Pinecrest Labs"],
    // The name above the title, over a job board's own name and legal footer.
    ["Welcome to the Jungle\nSe connecter\n\nColibri\nDéveloppeur Frontend (H/F)\nCDI\nLyon", "Colibri"],
    ["XING\nJobs   Netzwerk   Nachrichten\n\nPflegefachkraft (m/w/d)\nKlinikum Nordhafen\nKiel\n\n© 2025 New Work SE", "Klinikum Nordhafen"],
    ["Warehouse Associate | Full-time\nCedar Logistics\n3.4 out of 5 stars\nSparks, NV 89431", "Cedar Logistics"],
    ["Accountant\nControl Sistemas S.L.\nMadrid", "Control Sistemas"],
    ["Embedded Engineer\nKestrel Microsystems Pte. Ltd.\nSingapore", "Kestrel Microsystems"],
    ["Store Manager\nOakhill Outfitters (Pty) Ltd\nCape Town", "Oakhill Outfitters"],
    ["Coordinador de Ventas\nGrupo Norte S.A. de C.V.\nMonterrey, N.L.", "Grupo Norte"],
    // A department beside the place is not the company; the name above the title is.
    ["Sandpoint Dental\n\nDental Hygienist\nClinical · Boise, ID\nLocation: Boise, Idaho", "Sandpoint Dental"],
    ["A Jabuti Pay é uma fintech que atende 2 milhões de clientes no Brasil.", "Jabuti Pay"],
    ["Das Klinikum Ostsee ist ein Haus der Schwerpunktversorgung.", "Klinikum Ostsee"],
    ["Research Associate\nEastmoor University - School of Physics\nEastmoor, UK", "Eastmoor University"],
  ])("%j", (text, company) => {
    expect(extract(text).company).toBe(company);
  });

  test.each<[string, string]>([
    ["Apply: https://boards.greenhouse.io/kestrelpayments/jobs/4001234\nKestrel Payments moves money.", "Kestrel Payments"],
    ["https://job-boards.greenhouse.io/gitlab/jobs/7631783002", "Gitlab"],
    ["https://jobs.lever.co/sparrow-labs/8c5e0c7a-1111-2222-3333-444455556666", "Sparrow Labs"],
    ["https://orbitalgames.wd3.myworkdayjobs.com/en-US/External/job/Montreal/Gameplay-Programmer_JR100\nOrbital Games makes games.", "Orbital Games"],
    ["Apply here: https://apply.workable.com/meridian-insights/j/ABC123DEF/", "Meridian Insights"],
    ["[Apply](https://jobs.ashbyhq.com/acme/1234-5678-90ab)", "Acme"],
  ])("from the posting's link: %j", (text, company) => {
    expect(extract(text).company).toBe(company);
  });

  test.each([
    "",
    "We are hiring!",
    "About the role\nYou will build things.",
    "The Team is small. Our Mission is big.",
    "Python is a plus. Kubernetes is a must.",
    "Hi Sam,\n\nJob Title: Senior .NET Developer\nLocation: London\nDay rate: 550 GBP",
    "Dear Maria,\nRole: Data Engineer\nLocation: Leeds",
    "Senior Backend Engineer\nFull-time\nRemote",
    "Registered Nurse - ICU - Nights\n4.1 out of 5 stars\nTucson, AZ",
    "Shift Lead\nr/forhire\n5h",
  ])("no company in %j", (text) => {
    expect(extract(text).company).toBe("");
  });
});

describe("location and remote", () => {
  test.each<[string, string, boolean]>([
    ["Location: Berlin, Germany", "Berlin, Germany", false],
    ["📍 New York, NY", "New York, NY", false],
    ["Senior Engineer\nRemote (US)", "Remote (US)", true],
    ["Location: Hybrid - Berlin", "Berlin", false],
    ["Location: Remote - EMEA", "Remote (EMEA)", true],
    ["Location: Berlin, Berlin, Germany", "Berlin, Germany", false],
    ["Data Engineer\nlocations\nToronto, ON\ntime type\nFull time", "Toronto, ON", false],
    ["Standort: München", "München", false],
    ["Product Designer\nSan Francisco, CA · Hybrid", "San Francisco, CA", false],
    ["This position is on-site in Pittsburgh, with relocation support.", "Pittsburgh", false],
    ["Based in Austin, TX, our team ships weekly.", "Austin, TX", false],
    ["We're hiring a Data Scientist to join our Berlin team.", "Berlin", false],
    ["Salary: $135,000. Remote anywhere in the US or Canada.", "Remote (US or Canada)", true],
    ["Lead Designer (Remote, EU)", "Remote (EU)", true],
    ["This is a fully remote position.", "Remote", true],
    ["Location: Remote (US) or New York, NY", "Remote (US)", true],
    ["Location: US-Remote", "Remote (US)", true],
    // A town the word lists do not know, under the company's line, with its postcode or department.
    ["Kommissionierer (m/w/d)\nRheintal Logistik AG\n9435 Heerbrugg\nPensum: 100%", "Heerbrugg", false],
    ["Teaching Assistant\nMeadowbank Primary School\nHitchin, Hertfordshire, SG4 9AB\nContract: Permanent", "Hitchin, Hertfordshire", false],
    ["Préparateur de commandes H/F\nEntrepôts Rhodaniens\nCorbas (69)\nCDI", "Corbas", false],
    // A firm, or a name, and a town the word lists do not know, as LinkedIn writes them under the title.
    ["Pflegefachkraft (m/w/d)\nKlinikum Sonnenberg gGmbH · Freiburg im Breisgau\n\nIhre Aufgaben:", "Freiburg im Breisgau", false],
    ["Pflegefachkraft (m/w/d)\nKlinikum Sonnenberg · Freiburg\n\nIhre Aufgaben:", "Freiburg", false],
    // A six-digit postcode (Singapore, India) and a number in a building's name; a district after an en dash.
    ["Data Analyst\nMerlion Freight Pte. Ltd.\nTampines Grande Tower 2, Singapore 528765\nFull time", "Singapore", false],
    ["Datový inženýr\nVltava Data\nBrno – Královo Pole\nHybridní práce", "Brno", false],
    // A word and a number under the company are not a place and its postcode.
    ["Software Engineering Intern\nHalden Robotics\nSummer 2026\n\nPython and C++.", "", false],
    // A time zone's code after a comma is not a country.
    ["Vorteile: 30 Tage Urlaub, CET-Zeitzone, Jobrad.\nAvantages : 10 % ICCP, CET à 5 %, prime de panier.", "", false],
    // A town in capitals is a department, a town written as a name is a town.
    ["Location: Slough / Maidenhead, Berkshire", "Slough", false],
    ["Location: Anywhere in the world", "Remote", true],
    ["Location: New York City (3 days/week in office)", "New York City", false],
    ["Locations: Toronto, ON | Vancouver, BC", "Toronto, ON", false],
    ["Location: Redmond, Washington, United States", "Redmond, WA", false],
    ["Location: Munich, Bavaria, Germany", "Munich, Germany", false],
    ["TORONTO / ENGINEERING – MOBILE / FULL-TIME / HYBRID", "Toronto", false],
    ["Paris (75) - CDI - Télétravail partiel", "Paris", false],
    ["Job Title\tData Engineer\nLocation\tRemote (Europe)", "Remote (Europe)", true],
    ["Location: Austin, TX (on-site; relocation offered)", "Austin, TX", false],
    ["Location: London, UK (hybrid; 2 days)", "London, UK", false],
    ["Location: Berlin (Mitte); Hamburg", "Berlin (Mitte)", false],
    ["Product Designer\nFernhill Studio\nSan Francisco, CA\n\nWe have a remote-first culture, but this role requires 4 days/week in our SF office.", "San Francisco, CA", false],
    ["Frontend Developer (React) (m/w/d)\nVollzeit · Festanstellung · Hamburg · Teilweise Homeoffice", "Hamburg", false],
    ["Chef de Partie\nSaltmarsh Dining\nSurry Hills, Sydney NSW", "Surry Hills, Sydney NSW", false],
    ["Backend Engineer\nLocation: United States\nThis is a fully remote position.", "Remote (United States)", true],
    ["IT Specialist\nLocation\nLakewood, CO\nRemote job\nNo\nTelework eligible\nYes", "Lakewood, CO", false],
    // Places the word lists do not know, where job boards put them; codes and addresses.
    ["Data Entry Administrator\nHollybank Logistics\nWarrington, Cheshire\n£12.50 per hour", "Warrington, Cheshire", false],
    ["Dental Nurse (Part-Time)\nHarbourside Dental\nKinsale\nPosted 2 days ago", "Kinsale", false],
    ["Paralegal\nLocation: US-IL-Springfield", "Springfield, IL", false],
    ["Specialist Pharmacist\nJob locations: Kingsmead Hospital, Oxford Road, Newbury, RG14 1XX", "Newbury", false],
    ["Data Engineer\nLocation: Leeds, LS1 4DY, United Kingdom", "Leeds, United Kingdom", false],
    ["Data Engineer\n📍 Bristol BS1 6QH (hybrid)", "Bristol", false],
    ["Data Engineer\nLocation: 12 Market Street, Manchester M1 1AE", "Manchester", false],
    ["Data Engineer\nLocation: Toronto, ON M5V 2T6", "Toronto, ON", false],
    ["Data Engineer\nLocation: Amsterdam, 1017 AB", "Amsterdam", false],
    ["Data Engineer\nLocation: 1017 AB Amsterdam", "Amsterdam", false],
    ["Store Manager\nJob Location: 14 King Street, Covent Garden, London, WC2E 8HN, UK", "London, UK", false],
    ["Barista\nLocation: 2316 SE Belmont St, Portland, OR 97214", "Portland, OR", false],
    ["CNC Machinist\nLocation: 1450 Progress Rd, Dayton, OH 45414, USA", "Dayton, OH", false],
    // A British line of where and how: the town, not "Hybrid" or "office".
    ["Senior DevOps Engineer\nLocation: Manchester, hybrid - 1 day a week on site", "Manchester", false],
    ["Senior DevOps Engineer\nLocation: London, hybrid (2 days in office)", "London", false],
    ["Senior DevOps Engineer\nLocation: Manchester city centre", "Manchester", false],
    ["Line Cook\nMile High Kitchen\nDenver City Center\n", "Denver", false],
    ["Line Cook\nLocation: Denver city center", "Denver", false],
    // A city whose name ends in "City" keeps it.
    ["Cook\nAcme Diner\nLocation: Jersey City Center", "Jersey City Center", false],
    ["Cook\nAcme Diner\nLocation: Salt Lake City Centre", "Salt Lake City Centre", false],
    // Only a place offered beside remote work: not a sentence, nor a department.
    ["Data Engineer\nAcme\n\nBased in London or remote? Either works. This is a remote role.", "Remote", true],
    ["Data Engineer\nAcme\nEngineering / Remote\n\nWe use Python.", "Remote", true],
    // A town offered beside remote work is where the job is, not an office to leave out.
    ["Senior Data Engineer\nAcme Analytics\nLondon or remote (UK)\n\nAbout the role", "London", true],
    ["Senior Data Engineer\nAcme Analytics · London or remote (UK) · Full-time", "London", true],
    ["Backend Developer\nNordwind\nBerlin or remote within the EU", "Berlin", true],
    ["Backend Developer\nNordwind\nLondon / Remote (UK)", "London", true],
    ["", "", false],
  ])("%j", (text, location, remote) => {
    const found = extract(text);
    expect(found.location).toBe(location);
    expect(found.remote).toBe(remote);
  });

  test.each([
    "This is a fully remote position.",
    "We're a remote-first company.",
    "Location: Remote",
    "Work from anywhere!",
    "100% remote, async by default",
    "Ability to thrive in a fully remote organization",
  ])("%j is remote", (text) => {
    expect(extract(text).remote).toBe(true);
  });

  test.each([
    "This role is not remote.",
    "No remote work, sorry.",
    "Remote work is not possible.",
    "Hybrid: 3 days in the office",
    "Our remote sensing team builds satellites in Munich.",
    "Location: Hybrid - Berlin",
    "Fully remote? Not this one: this role is on-site only.",
    "Python Developer at Clairvoyance\nLocation: Berlin\nRemote: No",
    "Location: Berlin\nRemote: None.",
    "Location: Berlin\nRemote work: not possible",
    "On site: Work must be done at our store. There is no option to work remotely.",
    "Hires remotely\nNo\nLocation\nBoston, MA",
    "Remote ok: No",
  ])("%j is not remote", (text) => {
    expect(extract(text).remote).toBe(false);
  });

  test("remote-first with a commute is not remote, and its place is the city", () => {
    const found = extract("Product Manager\nLocation: London - remote-first, but you must live within commuting distance of London");
    expect(found).toMatchObject({ remote: false, location: "London" });
  });

  test.each([
    "Location: Remote (US)\n\nThis role requires you to be in the office once a quarter for planning.",
    "Location: Remote\nRemote: Non-US candidates welcome",
    "Remote: None of our team commutes. Location: Remote",
    "Location: Remote (US)\n\nThe role requires 2 days a week of overlap with our London office hours.",
  ])("%j is still remote", (text) => {
    expect(extract(text).remote).toBe(true);
  });

  describe("rules that must not reach too far", () => {
    test.each<[string, Partial<Extraction>]>([
      // Names holding a word for a job away from a desk are still names.
      ["Quality Engineer at Cook Medical\nBloomington, IN", { company: "Cook Medical", title: "Quality Engineer" }],
      ["Baker Hughes hiring Senior Data Scientist in Houston, TX | LinkedIn", { company: "Baker Hughes", title: "Senior Data Scientist" }],
      ["Job title: Senior Data Scientist\nCompany: Baker Hughes\nLocation: Houston, TX", { company: "Baker Hughes" }],
      ["Marketing Manager\nChef Works\nSan Diego, CA", { company: "Chef Works", title: "Marketing Manager" }],
      ["Coach\nStore Manager\nNew York, NY", { title: "Store Manager" }],
      ["Company: Upwork\nRole: Senior Frontend Engineer", { company: "Upwork" }],
      ["Senior Backend Engineer\nNVIDIA\nSanta Clara, CA\n\nNVIDIA is hiring.", { company: "NVIDIA" }],
      ["Barista\nLa Colombe\nPhiladelphia, PA\n\nLa Colombe is hiring baristas.", { company: "La Colombe" }],
      // Parts of a title that are its name, not terms.
      ["Analyst - Equity Research\nBrookfield Capital", { title: "Analyst - Equity Research" }],
      ["Manager – Competitive Intelligence\nOrbit Labs", { title: "Manager - Competitive Intelligence" }],
      ["Contract Specialist II\nDepartment of Veterans Affairs\nWashington, DC", { title: "Contract Specialist II", company: "Department of Veterans Affairs" }],
      ["Permanent Makeup Artist\nBrow Studio\nAustin, TX", { title: "Permanent Makeup Artist" }],
      ["Developer (backend)\nQuarry Labs", { title: "Developer (backend)" }],
      ["Registered Nurse in the emergency department\nMercy Clinic", { title: "Registered Nurse in the emergency department" }],
      ["Senior  Backend  Engineer  II\nQuarry Labs\nAustin, TX", { title: "Senior Backend Engineer II", company: "Quarry Labs" }],
      ["Store Manager\nMotel 6\nDallas, TX", { company: "Motel 6" }],
      // A state's letters after a name are a legal form when no comma comes before them.
      ["Litigation Associate\nCarlton Fields PA\nTampa, FL", { location: "Tampa, FL" }],
      ["Backend Engineer\nSpotify AB\nStockholm, Sweden", { location: "Stockholm, Sweden" }],
      // Prose that only looks like a company's name.
      ["Backend Engineer\n\nYou are working with React and TypeScript every day. Apply at jobs@fernhill.io", { company: "Fernhill" }],
      ["Pflegefachkraft (m/w/d)\n\nDas Unternehmen ist ein Haus der Grundversorgung.", { company: "" }],
      ["Claims Adjuster\nThe Hartford\nHartford, CT\n\nThe Hartford is an insurance company.", { company: "The Hartford" }],
      ["Home Chef\nSoftware Engineer II\nChicago, IL", { company: "Home Chef", title: "Software Engineer II" }],
      ["Bartender\nCoach & Horses\nBristol", { company: "Coach & Horses", title: "Bartender" }],
      ["Driving Examiner\nDriver and Vehicle Standards Agency\nBristol", { title: "Driving Examiner" }],
      ["Receptionist\nHarbor Vets\nVeterinary receptionist needed for busy clinic\nPortland, ME", { title: "Receptionist" }],
      ["Warehouse Supervisor\nBarber Foods Careers", { company: "Barber Foods" }],
      ["Nights - Registered Nurse - ICU\nMercy Clinic", { title: "Nights - Registered Nurse - ICU" }],
      ["Retirement Plan Administrator - 401k\nHarbor Benefits", { title: "Retirement Plan Administrator - 401k" }],
      ["Teacher of Reading\nBerks Academy\nReading, PA", { title: "Teacher of Reading" }],
      ["Software Engineer\nGateway Health\nSt. Louis, MO, USA", { location: "St. Louis, MO" }],
      ["Housing Officer\nOakmere Housing\nTenancy Services\n\nWe are a housing association in Leeds.", { location: "Leeds" }],
      // A letter's signature is the sender's job.
      ["Hey Chris - we're looking for someone to help build our backend in Elixir, and I thought of you straight away.\n\n--\nNadia Karim\nFounder & CEO, Beamline", { title: "" }],
      ["Hi Sam,\n\nI came across your profile and I think you would be a great fit for one of our open roles; could we talk this week?\n\nBest,\nJane Doe\nEngineering Manager\nQuarry Labs", { title: "" }],
    ])("%j", (text, expected) => {
      expect(extract(text)).toMatchObject(expected);
    });

    test("a dollar in a US place stays the US dollar, and so does one the text says is USD", () => {
      expect(extract("Nurse\nPresbyterian Health\nAlbuquerque, New Mexico\n$38 - $52 per hour").salary?.currency).toBe("USD");
      expect(extract("Engineer\nAcme\nVancouver, WA\nSalary: $120,000 - $140,000 per year").salary?.currency).toBe("USD");
      expect(extract("Engineer\nAcme\nToronto, ON\nCompensation: $140,000 - $170,000 (paid in US dollars)").salary?.currency).toBe("USD");
    });

    test("a dollar in a Canadian province or an Australian state is that country's; a peso salary must be one", () => {
      expect(extract("Analyst\nAcme\nToronto, Ontario\nSalary: $90,000 - $105,000").salary?.currency).toBe("CAD");
      expect(extract("Warehouse Lead\nInland Supply Co\nSpokane WA\n$21 - $24 per hour").salary?.currency).toBe("USD");
      expect(extract("Senior Developer\nLocation: Mexico\nSalary: $4,000 - $5,500 per month").salary?.currency).toBe("USD");
    });

    test("remote is denied only by what denies it", () => {
      expect(extract("Senior Data Engineer\nBrightwell\nRemote (UK)\n\nThis is a fully remote role. You don't need to live within commuting distance of an office.").remote).toBe(true);
      expect(extract("Location: Remote (UK)\nWe're a remote-first company. There is no option to work remotely from outside the UK.").remote).toBe(true);
      expect(extract("Location: Leeds\nRemote: No (hybrid, 3 days in office)").remote).toBe(false);
    });

    test("a business word is a skill where the job itself or its requirements name it", () => {
      expect(extract("Payroll Analyst\nHalvorsen Group\n\nAs Payroll Analyst you will run payroll for 3,000 employees.").skills).toContain("Payroll");
      expect(extract("Full Stack Engineer\nLedgerly\n\nWhat you'll build\n- Accounts receivable reminders\n- Ruby on Rails and React").skills).not.toContain("Accounts Receivable");
      expect(extract("Pharmacy Technician\n\nRequirements\n- BLS and ACLS within 30 days of hire").skills).toEqual(["BLS", "ACLS"]);
    });

    test("a list's heading is found past one sentence that leads into it", () => {
      const text = "Store Manager\n\nThe role\nAs Store Manager you'll lead a team of 20 colleagues across two floors.\n- Keep visual merchandising and stock management to the brand's standards\n- Plan rotas";
      expect(extract(text).skills).toEqual(expect.arrayContaining(["Visual Merchandising", "Inventory Management"]));
      // Past that sentence, the list before it is another section's.
      expect(extract("Requirements\n- Python\n\nOn top of the salary we offer a few things to everyone who joins us.\n- Free German lessons").skills).toEqual(["Python"]);
    });

    test("a duty is work the person does, unless it builds software for the domain", () => {
      const accountant = "Management Accountant\n\nKey responsibilities\n- Prepare monthly management accounts and support the month-end close process\n- Balance sheet reconciliations, accruals and prepayments";
      expect(extract(accountant).skills).toContain("Month-End Close");
      const engineer = "Backend Engineer\n\nResponsibilities\n- Build payroll features and APIs for our customers\n- Python and Django";
      expect(extract(engineer).skills).not.toContain("Payroll");
      expect(extract("Backend Engineer\n\nResponsibilities\n- Build payroll features in Go").skills).not.toContain("Payroll");
      expect(extract("Product Engineer\n\nAbout us\n- We process payroll for 2,000 firms\n\nRequirements\n- Go").skills).not.toContain("Payroll");
      // The department a developer works with is no skill of theirs, in any language.
      const de = "Softwareentwickler\n\nIhre Aufgaben:\n- Sie arbeiten eng mit unserer Buchhaltung zusammen\n- Java und Spring";
      expect(extract(de).skills).not.toContain("Accounting");
      expect(extract("Java Developer\n\nResponsibilities\n- Work closely with our accounting team\n- Java").skills).not.toContain("Accounting");
    });

    test("a language under a Languages label of a job board's table is asked for", () => {
      expect(extract("Industrial electrician\n\nOverview\nLanguages\nEnglish\nEducation\nTrade certificate").skills).toContain("English");
      expect(extract("Backend Engineer\n\nWe ship to customers in English and Spanish markets.").skills).not.toContain("English");
    });

    test("a language in a bullet under the requirements is asked for, in any language; a plain-English explanation is not", () => {
      expect(extract("Desenvolvedor Java\n\nRequisitos\n- Java e Spring Boot\n- Inglês técnico para leitura").skills).toEqual(expect.arrayContaining(["Java", "English"]));
      expect(extract("Bordro Uzmanı\n\nAranan Nitelikler\n- Excel\n- İyi derecede İngilizce").skills).toContain("English");
      expect(extract("Datový inženýr\n\nCo od vás očekáváme\n- SQL\n- Angličtina na komunikativní úrovni").skills).toContain("English");
      expect(extract("IT Support\n\nRequirements\n- Windows\n- A plain-English way of explaining technology").skills).not.toContain("English");
    });

    test("a language said to be spoken, a plus or at a middle level, in Dutch and Spanish", () => {
      expect(extract("Magazijnmedewerker\n\nWat vragen wij\n- Je spreekt Nederlands\n- Duits is een pluspunt").skills).toEqual(expect.arrayContaining(["Dutch", "German"]));
      expect(extract("Desarrollador Backend\n\nRequisitos\n- Inglés intermedio\n- Python").skills).toEqual(expect.arrayContaining(["English", "Python"]));
    });

    test("soft skills and trades in other languages", () => {
      expect(extract("Verkäufer (m/w/d)\n\nIhr Profil\n- Erfahrung im Vertrieb\n- Teamgeist und Kommunikationsstärke").skills).toEqual(expect.arrayContaining(["Sales", "Collaboration", "Communication"]));
      expect(extract("Księgowa\n\nWymagania\n- Doświadczenie w księgowości").skills).toContain("Accounting");
      expect(extract("Desenvolvedor Backend\n\nRequisitos\n- Experiência com microsserviços").skills).toContain("Microservices");
    });

    test("skills written in the description's own language", () => {
      const fr = "Développeur Full Stack\n\nProfil recherché\n- Tests unitaires et tests end-to-end\n- Revues de code et intégration continue";
      expect(extract(fr).skills).toEqual(expect.arrayContaining(["Unit Testing", "E2E Testing", "Code Review", "CI/CD"]));
      expect(extract("Analista de Dados\n\nRequisitos\n- Análise de dados e visualização de dados\n- Estatística").skills).toEqual(
        expect.arrayContaining(["Data Analysis", "Data Visualization", "Statistics"]),
      );
    });

    test("a job board's similar-jobs panel is not this job", () => {
      const text = "Site Reliability Engineer\nBellwether Insurance\nMinneapolis, MN\n\nThis position is hybrid and requires in-office presence at our Minneapolis headquarters three days per week. You will run our Kubernetes platform and keep our claims systems healthy for millions of customers across the Midwest.\n\nSimilar jobs\nPlatform Engineer - Remote - USA - $150k - $180k";
      expect(extract(text)).toMatchObject({ remote: false, location: "Minneapolis, MN", salary: null });
    });

    test("a short paste's similar-jobs panel is not this job either, once a sentence comes before it", () => {
      const text = "Data Engineer\nFoo Analytics · Berlin\n\nAbout the role\nYou will build pipelines with Python, Spark and Airflow on GCP.\n\nSimilar jobs\n\nGo Developer\nBar GmbH · Munich\n€90,000 - €110,000 a year\n\nRust Engineer\nBaz AG · Remote\n€95k";
      const found = extract(text);
      expect(found).toMatchObject({ remote: false, location: "Berlin", salary: null });
      expect(found.skills).not.toContain("Go");
      expect(found.skills).not.toContain("Rust");
      // In a site's menu at the top, the words are the menu's, and the job after it is read.
      expect(extract("Home\nSimilar jobs\nSaved\n\nData Engineer\nFoo Analytics\n€70,000 - €80,000 a year").salary).toMatchObject({ min: 70_000, max: 80_000 });
    });

    test.each([
      "Explore similar jobs",
      "Other open roles",
      "More jobs from this employer",
      "People also searched:",
      "See similar jobs",
      "Avisos similares",
    ])("the jobs under %j are not this job", (heading) => {
      const text = `Warehouse Associate\nFastFreight Logistics\nGroveport, OH 43125\n\nPick and pack orders. Forklift experience a plus. This is an on-site role.\n\n${heading}\nCustomer Success Manager\nRemotely Inc\nRemote\n$20.50 an hour\nSalesforce admin, Python`;
      const found = extract(text);
      expect(found).toMatchObject({ salary: null, remote: false, location: "Groveport, OH" });
      expect(found.skills).toEqual(["Forklift"]);
    });

    test.each(["Physiotherapist", "Crew Member", "Phlebotomist", "Package Handler", "Home Health Aide", "Diagnostic Sonographer", "Claims Adjuster", "Night Stocker"])(
      "a job away from a desk under its company's name, as LinkedIn lays it out, is the title: %j",
      (title) => {
        const text = `Northgate Health\nShare\nShow more options\n${title}\nLeeds, England, United Kingdom · 3 days ago · 45 applicants\n£32,000/yr - £38,000/yr  On-site  Full-time\nApply\nSave\n\nAbout the job\nNorthgate Health is hiring to join our outpatient team.`;
        expect(extract(text)).toMatchObject({ company: "Northgate Health", title });
      },
    );

    test.each([
      ["Starbucks\nTeam Member\nAtlanta, GA", "Starbucks", "Team Member"],
      ["Team Member\nChick-fil-A\nAtlanta, GA", "Chick-fil-A", "Team Member"],
      ["Chick-fil-A\nTeam Member\nAtlanta, GA\n\nWe are hiring team members for our restaurant.", "Chick-fil-A", "Team Member"],
      ["Crew Member\nMcDonald's\nAtlanta, GA", "McDonald's", "Crew Member"],
      ["Sales Associate\nMacy's\nNew York, NY", "Macy's", "Sales Associate"],
      ["Cashier\n\nJoin the team at Trader Joe's! We are hiring cashiers.", "Trader Joe's", "Cashier"],
    ])("a shop's job under or over its name: %j", (text, company, title) => {
      expect(extract(`${text}\n\nPay: $15 - $17 an hour.`)).toMatchObject({ company, title });
    });

    test("a company's 's is its possessive where the text says so, or writes the name without it", () => {
      expect(extract("Backend Engineer\n\nJoin Acme's engineering team in Berlin. We use Go.").company).toBe("Acme");
      expect(extract("Backend Engineer\nAcme's\n\nAcme is a fintech. We use Go.").company).toBe("Acme");
    });

    test("a company's short name stays a skill where the ad asks for it, and a product in the title is not the company", () => {
      expect(extract("iOS Engineer\nSwift Labs\nPhoenix, AZ\n\nSwift Labs builds apps. Swift is our main language and we love SwiftUI.").skills).toContain("Swift");
      expect(extract("Backend Engineer\nGo Systems\nBerlin\n\nUsing Go, we build fast services.").skills).toContain("Go");
      expect(extract("Software Engineer - Apple Pay\nApple\nCupertino, CA\n\nWe use Swift.")).toMatchObject({ company: "Apple", title: "Software Engineer - Apple Pay" });
      expect(extract("Product Manager - Uber Eats\nUber\nSan Francisco, CA\n").company).toBe("Uber");
    });

    test("a recruiter's client with an 's wins over the agency; a possessive still joins the longer name", () => {
      const letter = "Store Manager\nBrightPath Recruitment\nLeeds\n\nMy client, McDonald's, is hiring a store manager in Leeds.\nBrightPath Recruitment is hiring for many clients.";
      expect(extract(letter).company).toBe("McDonald's");
      expect(extract("Backend Engineer\n\nJoin Acme's engineering team in Berlin. Acme Corp builds payments. We use Go.").company).toBe("Acme Corp");
      expect(extract("Barista\nJoe's\nLeeds\n\nJoe's Coffee is hiring baristas.").company).toBe("Joe's Coffee");
    });

    test("a phone number is no pay, where the pay is written in words", () => {
      const chat = "[14/02/2026, 19:42] Dave: Office cleaners wanted in Manchester\nPay is thirteen pound an hour, paid weekly\n[14/02/2026, 19:43] Dave: message me on here or call 07700 900 732";
      expect(extract(chat).salary).toBeNull();
      expect(extract(chat.replace("thirteen pound", "£13")).salary).toMatchObject({ min: 13, currency: "GBP", period: "hour" });
      expect(extract("Data Analyst\nAcme\n\nSalary: 30 000 - 40 000 € per year").salary).toMatchObject({ min: 30000, max: 40000 });
      expect(extract(chat.replace("07700 900 732", "06-12345678 or 07700.900.732")).salary).toBeNull();
      expect(extract("Data Analyst\nAcme\n\nCTC: 05 - 08 LPA").salary).toMatchObject({ min: 500000, max: 800000, currency: "INR" });
    });

    test("boards' own ways: a store's street address, NHS Jobs' Town, Seek's Casual, ticks as bullets, a Required: list", () => {
      const indeed = "Sales Associate - Part Time\nHarbor Outfitters\n4.1 out of 5 stars\n8117 S Memorial Dr, Tulsa, OK 74133\n$14.50 - $16.00 an hour - Part-time\n\nApply now";
      expect(extract(indeed)).toMatchObject({ title: "Sales Associate", company: "Harbor Outfitters", location: "Tulsa, OK" });
      expect(extract("Healthcare Assistant\nLeeds Teaching Hospitals NHS Trust\n\nSite: St James's University Hospital\nTown: Leeds\nSalary: £24,071 - £25,674 a year").location).toBe("Leeds");
      const seek = "Aged Care Worker (Cert III) - Casual & Part Time\nBanksia Gardens Aged Care\n\nAbout you\n✅ Certificate III in Individual Support\n✅ First Aid & CPR (HLTAID011)\n✅Current flu vaccination";
      expect(extract(seek)).toMatchObject({ title: "Aged Care Worker (Cert III)", skills: ["First Aid", "CPR"] });
      expect(extract("Cook\nAcme\n\nAbout you\n✅First Aid certificate").skills).toEqual(["First Aid"]);
      // A post's first line after an emoji is still its title.
      expect(extract("👉 Backend Developer\nAcme Ltd\nLondon").title).toBe("Backend Developer");
      expect(extract("🔹 Senior Java Developer 🔹\nAcme Ltd\nLondon\n\nWe need Java.").title).toBe("Senior Java Developer");
      expect(extract("Registered Nurse - ICU\nSt. Brigid Health\n\nRequired:\n- Active RN license\n- BLS and ACLS (AHA) at hire").skills).toEqual(["RN License", "BLS", "ACLS"]);
    });

    test("Singapore's AWS (a wage supplement) is no cloud, a Naukri place's brackets are spaced, a link line is no title", () => {
      expect(extract("Security Officer\nCertis\n\nBenefits\n- Annual bonus (AWS)\n- 13th month AWS + VB\n\nRequirements\n- Access control").skills).not.toContain("AWS");
      expect(extract("DevOps Engineer\nGrab\n\nRequirements\n- AWS and Terraform\n\nBenefits\n- AWS + VB").skills).toContain("AWS");
      expect(extract("Developer\nAcme\n\nRequirements: experience with C#, AWS and VB.NET.").skills).toEqual(["C#", "AWS", "VB.NET"]);
      expect(extract("Data Analyst\nFinverse Technologies\n3 - 6 Yrs\nBengaluru( HSR Layout )\n\nSQL and Python.").location).toBe("Bengaluru (HSR Layout)");
      const slack = "#jobs-board\nMaya  10:27 AM\nHiring! We're looking for a contract Product Designer at Lumen Notes (the note-taking app for researchers, ~40k users)\n\nDM me or apply here → https://lumennotes.com/careers/product-designer-contract";
      expect(extract(slack).title).toBe("Product Designer");
    });

    test("a head count is no part of a title ('2 x'), a '10x Engineer' is one", () => {
      expect(extract("2 x Warehouse Operatives\nAcme Logistics\nLeeds\n").title).toBe("Warehouse Operatives");
      expect(extract("10x Engineer\nAcme\nLondon").title).toBe("10x Engineer");
    });

    test("a line of tags under the company's line is no place", () => {
      for (const tags of ["Salesforce · Apex · LWC", "Nights · 40 hours · Forklift", "Breakfast · Lunch · Weekends"]) {
        expect(extract(`Developer\nAcme Corp\n${tags}\n\nWe build things.`).location).toBe("");
      }
    });

    test("a nurse's licence and certificates, and a construction site's White Card, are skills", () => {
      expect(extract("Registered Nurse - ICU\nSt. Mary's Hospital\n\nRequirements: Current RN license, BLS and ACLS, CCRN preferred.").skills).toEqual(["RN License", "BLS", "ACLS", "CCRN"]);
      expect(extract("Labourer\nBuildCo Pty Ltd\nSydney NSW\n\nMust hold a White Card and own transport.").skills).toEqual(["White Card"]);
    });

    test("a surname that is also a trade (Porter, Butcher) is no title", () => {
      expect(extract("James Porter\nRecruitment Consultant at Hays\nLondon\n\nWe place people in finance jobs across the South East.").title).toBe("Recruitment Consultant");
    });

    test("a licence, a food safety certificate and PLCs are skills of jobs away from a desk; a firm's PLC and listed PLCs are not", () => {
      const text = "Maintenance Technician\nBarclays PLC\nLeeds\n\nBarclays PLC is hiring, as are Tesco plc and Acme Holdings plc.\n\nRequirements\n- Full UK driving licence\n- HACCP Level 2\n- Audits of FTSE 250 PLCs and SCADA\n- CSCS card";
      expect(extract(text).skills).toEqual(["Driver's License", "Food Safety", "SCADA", "CSCS Card"]);
      expect(extract(text.replace("Audits of FTSE 250 PLCs", "Experience with PLCs")).skills).toContain("PLC Programming");
      expect(extract(text.replace(/\n\nRequirements[^]*$/, "")).skills).toEqual([]);
    });

    test("a recruiter's 'Our client, X, is looking for' names the client, over the agency's own page", () => {
      expect(extract("Senior DevOps Engineer\nHays\nManchester\n\nOur client, Halden Insurance Group, is looking for a Senior DevOps Engineer.").company).toBe("Halden Insurance Group");
    });

    test("a contractor's customer is not its employer", () => {
      const booz = "Data Engineer\nBooz Allen Hamilton\nMcLean, VA\n\nBooz Allen Hamilton is hiring a Data Engineer to build tools for our client, Department of Veterans Affairs, across the country.";
      expect(extract(booz).company).toBe("Booz Allen Hamilton");
      const text = "Systems Engineer\nLeidos\nHuntsville, AL\n\nLeidos is seeking a Systems Engineer to support our customer, NASA, at Marshall Space Flight Center.";
      expect(extract(text).company).toBe("Leidos");
    });

    test("a recruiter's e-mail, with the agency in its header and signature, names the client as the company", () => {
      const email = "From: Tom Whitfield <tom.whitfield@bluecrest-recruitment.co.uk>\nSent: 14 March 2025 09:12\nSubject: DevOps contract - Manchester\n\nHi Alex,\n\nMy client, Halden Insurance Group, is looking for a Senior DevOps Engineer to help migrate their platform to Azure.\n\nRole: Senior DevOps Engineer (Contract)\nLocation: Manchester\n\nKind regards,\n\nTom Whitfield\nSenior Recruitment Consultant\nBluecrest Recruitment Ltd\nwww.bluecrest-recruitment.co.uk";
      expect(extract(email).company).toBe("Halden Insurance Group");
      const working = "Hi Sam,\n\nI'm working with Halden Insurance Group, who are hiring a Senior Data Engineer in Leeds.\n\nKind regards,\nTom\nBluecrest Recruitment Ltd\nwww.bluecrest-recruitment.co.uk";
      expect(extract(working).company).toBe("Halden Insurance Group");
    });

    test.each([
      ["Customer Service Advisor - Work From Home", "Customer Service Advisor", true],
      ["Mechanical Engineer III - Req #48213", "Mechanical Engineer III", false],
      ["Mechanical Engineer III - Req ID 48213", "Mechanical Engineer III", false],
      ["Sales Rep - Hybrid, work from home Fridays", "Sales Rep", false],
    ])("a work mode or a requisition number after a title is not part of it: %j", (line, title, remote) => {
      expect(extract(`${line}\nAcme Group Ltd\nToronto, ON\n\nAbout the role\nAnswer customer calls.`)).toMatchObject({ title, remote });
    });

    test("'Other roles & responsibilities' and a 'Salary estimate:' label are the job's own, not other jobs", () => {
      const para = "We are a growing team building products for customers across the region, and we care about quality and shipping often. You will work closely with product and design.\n\n";
      const roles = extract(`Backend Developer\nAcme Tech\nPune\n\n${para}Other Roles & Responsibilities:\n- Build services in Java, Kafka and Kubernetes\n\nSalary: ₹18-24 LPA\n`);
      expect(roles.skills).toEqual(expect.arrayContaining(["Java", "Kafka", "Kubernetes"]));
      expect(roles.salary).toMatchObject({ min: 1_800_000, max: 2_400_000, currency: "INR" });
      const estimate = extract(`Data Analyst\nAcme Tech\nAustin, TX\n\n${para}Salary estimate: $72,553 - $94,317 per year\n\nRequirements\n- Excel\n- SQL\n`);
      expect(estimate.salary).toMatchObject({ min: 72_553, max: 94_317 });
      expect(estimate.skills).toEqual(expect.arrayContaining(["Excel", "SQL"]));
      // A heading over a board's estimate, singular or with a colon, is still the board's.
      for (const heading of ["Salary estimate", "Salary estimates:"]) {
        expect(extract(`Data Analyst\nAcme Tech\nAustin, TX\n\n${para}${heading}\n$62K - $74K /yr (Glassdoor est.)`).salary).toBeNull();
      }
    });

    test("a perk to work from home now and then does not make a hybrid job remote; a title that says so does", () => {
      expect(extract("Data Analyst\nAcme Tech\nLondon\nHybrid\n\nPerks\n- Work from home\n- Pension").remote).toBe(false);
      expect(extract("Data Analyst\nAcme Tech\nBristol, on-site\n\nOccasional working from home (WFH)").remote).toBe(false);
      expect(extract("Customer Service Advisor (WFH)\nAcme Group Ltd\n\nAbout the role\nAnswer calls.").remote).toBe(true);
      // One pattern says both: the suffix leaves the title, and the job is remote.
      expect(extract("Customer Service Advisor - Working From Home\nAcme Group Ltd\n\nAbout the role\nAnswer calls.")).toMatchObject({ title: "Customer Service Advisor", remote: true });
    });

    test("a rate's 'basic' is not the base beside a range: the range stays the pay", () => {
      const text = "Warehouse Operative\nAcme Logistics\nDaventry\n£13.10 - £14.60 an hour\n\nPay: £13.10 per hour basic, rising to £14.60 per hour after 12 weeks.\n\nPay: £13.10-£14.60 per hour";
      expect(extract(text).salary).toMatchObject({ min: 13.1, max: 14.6, period: "hour" });
    });

    test("a board's own salary estimate below the job is not its pay", () => {
      const text = "Harlan & Pierce CPAs\nStaff Accountant I\nChicago, IL\n$68K - $78K (Employer provided)\n\nJob description\nWe're looking for a Staff Accountant I to join our Client Accounting Services team in the Loop.\n\nSalary estimates\nBase pay range\n$62K - $74K /yr (Glassdoor est.)\n";
      expect(extract(text).salary).toMatchObject({ min: 68_000, max: 78_000, period: "year" });
    });

    test.each([
      ["OTE £60,000 (£35,000 base)", 35_000, 35_000],
      ["£35k base, £70k OTE", 35_000, 35_000],
      ["Basic salary £30,000 - £35,000, OTE £55,000", 30_000, 35_000],
      ["Base: £90,000 - £110,000 | OTE: £180,000 - £220,000", 90_000, 110_000],
      ["OTE £180k-£220k, base £90k-£110k.", 90_000, 110_000],
      ["£28,000 basic + uncapped commission, OTE £45,000", 28_000, 28_000],
      ["Earn £70k OTE in year one.", 70_000, 70_000],
      ["£150k-£180k OTE", 150_000, 180_000],
      ["Basic: £30k, OTE: £50k", 30_000, 30_000],
      ["OTE: £50k | Basic: £30k", 30_000, 30_000],
      ["OTE £50,000 (basic £30,000)", 30_000, 30_000],
      ["£24,000 per annum basic, OTE £30,000", 24_000, 24_000],
      ["You'll close contracts of £30k-£60k ACV with mid-market buyers.\n\nOTE: £90,000", 90_000, 90_000],
    ])("of a base and an OTE, the base is the pay: %j", (line, min, max) => {
      const salary = extract(`Acme Ltd\nSales Executive\nLondon\n\n${line}\n`).salary;
      expect(salary).toMatchObject({ min, max, currency: "GBP", period: "year" });
      // The text is the pay's own, without the other amount's label.
      expect(salary?.text).not.toMatch(/, OTE|\| OTE/);
    });

    test("pay per shift is a day's pay, and pay per mile no salary", () => {
      expect(extract("Acme Care Ltd\nBank Nurse\nLeeds\n\n£95 - £110 per shift (12 hours)\n").salary).toMatchObject({ min: 95, max: 110, period: "day" });
      expect(extract("Acme Care Ltd\nBank Nurse\nLeeds\n\nPay: $180/shift\n").salary).toMatchObject({ min: 180, period: "day" });
      expect(extract("Acme Care Ltd\nBank Nurse\nLeeds\n\nEarn $250 a shift plus tips\n").salary).toMatchObject({ min: 250, period: "day" });
      // A shift differential is no pay, and a shift named without "per" no period.
      expect(extract("Acme Care Ltd\nBank Nurse\nLeeds\n\nUp to $3 shift differential for nights.\n").salary).toBeNull();
      expect(extract("Acme Care Ltd\nBank Nurse\nLeeds\n\nPay: $25/hr, night shift\n").salary).toMatchObject({ min: 25, period: "hour" });
      expect(extract("Swift Haul Inc\nCDL-A OTR Truck Driver\nDallas, TX\n\nPay: $0.62 - $0.70 CPM\n").salary).toBeNull();
    });

    test("a word of the company's name is no skill unless the text asks for it elsewhere, in any spelling", () => {
      expect(extract("Backend Engineer\nGO-JEK\nJakarta\n\nRequirements\n- 3+ years with Golang").skills).toContain("Go");
      expect(extract("Gameplay Programmer\nUnity Technologies\nCopenhagen\n\nRequirements\n- Unity3D\n- C#").skills).toContain("Unity");
      const driver = "CDL-A Truck Driver - Regional\nSwift Transportation\nPhoenix, AZ\n\nSwift Transportation is hiring regional drivers.\n\nRequirements\n- Valid Class A CDL";
      expect(extract(driver).skills).toEqual(["CDL"]);
      const ios = "iOS Engineer\nSwift Labs\nPhoenix, AZ\n\nSwift Labs is hiring. You will write Swift and SwiftUI every day.";
      expect(extract(ios).skills).toEqual(expect.arrayContaining(["Swift", "SwiftUI"]));
      expect(extract(ios.replace("Swift Labs is hiring.", "At Swift, we build apps.")).skills).toEqual(expect.arrayContaining(["Swift", "SwiftUI"]));
    });

    test("the company's short name ('At Swift, we …') is its name: no skill, and the title's part gives the full name", () => {
      const found = extract("Truck Driver - Swift Transportation\n\nAt Swift, we value our drivers. Swift's drivers get home weekly. Swift is hiring now.\n\nRequirements\n- Valid Class A CDL");
      expect(found).toMatchObject({ company: "Swift Transportation", title: "Truck Driver", skills: ["CDL"] });
    });

    test("a team is no skill: the leadership team, the customer success team; team-building leadership still is", () => {
      expect(extract("Team Lead\nAcme\nLondon\n\nRequirements\n- Strong leadership team-building skills").skills).toContain("Leadership");
      const text = "Account Manager\nAcme\nBoston, MA\n\nYou will present to our leadership team and support the customer success team. Leadership experience and customer success skills are a must.";
      const skills = extract(text).skills;
      expect(skills).toEqual(expect.arrayContaining(["Leadership", "Customer Success"]));
      expect(extract(text.replace(/ Leadership experience.*$/, "")).skills).not.toEqual(expect.arrayContaining(["Leadership"]));
      expect(extract(text.replace(/ Leadership experience.*$/, "")).skills).not.toEqual(expect.arrayContaining(["Customer Success"]));
    });

    test("an hourly wage in kronor ('kr/tim') wins over a yearly allowance on its line", () => {
      const text = "Lagermedarbetare\n\nLön och ersättning\nTimlön enligt kollektivavtal, ca 165 kr/tim, plus kylersättning på 6,50 kr/tim. Friskvårdsbidrag 3 000 kr per år.";
      expect(extract(text).salary).toMatchObject({ min: 165, max: 165, currency: "SEK", period: "hour", text: "165 kr/tim" });
    });

    test("a range a PDF copy broke over two lines is one range, written on one line", () => {
      const text = "Store Manager\n\nCompensation & Benefits\n•   Base salary: $62,000 –\n    $70,000 CAD annually, plus a quarterly bonus of up to 15% of\n    base salary";
      expect(extract(text).salary).toEqual({ min: 62_000, max: 70_000, currency: "CAD", period: "year", text: "$62,000 – $70,000 CAD annually" });
    });

    test("a bonus paid annually is not the pay", () => {
      const text = "QA Engineer\nSalary\n£45,000 – £55,000 depending on experience\n\nBenefits\n- Employee ownership bonus (paid annually, tax-free up to £3,600)";
      expect(extract(text).salary).toMatchObject({ min: 45_000, max: 55_000, currency: "GBP" });
    });

    test("names with van der, and job boards' own names", () => {
      expect(extract("Magazijnmedewerker\nVan der Linden Transport\nVenlo").company).toBe("Van der Linden Transport");
      expect(extract("Culinary Agents\n\nLine Cook\nBaker Street Bistro\nPortland, OR").title).toBe("Line Cook");
    });

    test("a details table's one-word role gives way to the heading that says more", () => {
      const text = "Teacher of Mathematics\nRavenscroft Academy\nNorwich, Norfolk\n\nJob details\nJob role: Teacher\nSubject: Mathematics";
      expect(extract(text)).toMatchObject({ title: "Teacher of Mathematics", location: "Norwich, Norfolk" });
      expect(extract("Barista - Morning Shift\n\njob title: Barista\ncompensation: $17.50/hr").title).toBe("Barista");
    });

    test("a benefit that mentions on-site is not the place, and no pay is per hour at 55K", () => {
      expect(extract("Data Analyst\n\nBenefits\n- Free on-site parking and a cycle-to-work scheme").location).toBe("");
      expect(extract("Analytics Engineer (F/H)\nSalaire : 55K à 65K €").salary).toMatchObject({ min: 55_000, max: 65_000, period: "year" });
    });

    test("a note beside a company's name, an ampersand in a board's link, and 'opportunity' as a title part", () => {
      expect(extract("Data Engineer\nClient: Keystone Rail (train operating company, Midlands)").company).toBe("Keystone Rail");
      expect(extract("Company: Orbit — B2B logistics SaaS\nRole: SRE").company).toBe("Orbit");
      expect(extract("Apply: https://boards.greenhouse.io/marlowefinch/jobs/123\nMarlowe & Finch is a studio.").company).toBe("Marlowe & Finch");
      expect(extract("Subject: Contract opportunity – Databricks Data Engineer – Keystone Rail – £550/day\n\nHi Sam,\n\nClient: Keystone Rail (train operating company)").title).toBe("Databricks Data Engineer");
    });

    test("a period under the pay must stand alone", () => {
      expect(extract("Salary: £28,000 - £32,000\nDaily\nstandups at 10am.").salary).toMatchObject({ period: "year" });
    });

    test("what a business does is not a skill it asks for", () => {
      const text = "Senior Backend Engineer\n\nHarbor builds payroll software for small businesses, and our point of sale app handles inventory management for restaurants. Data from the BLS shows demand is growing.\n\nRequirements\n- Go and Kafka";
      expect(extract(text).skills).toEqual(["Backend", "Go", "Kafka"]);
    });
  });

  test("the last two items of a site's menu, on a line of their own, are not the title", () => {
    const text = "IrishJobs\nFind jobs   Companies   Career advice   Salary calculator   Upload CV\nRecruiters   Sign in\n\nManagement Accountant\nCorrib Valley Foods Ltd\nGalway";
    expect(extract(text).title).toBe("Management Accountant");
    // A title pasted with wide spaces, with no menu above it, is still the title.
    expect(extract("Senior   Backend Engineer\nAcme\nBerlin").title).toBe("Senior Backend Engineer");
  });

  test("a cookie banner at the top does not hide the header under it", () => {
    const text = "We value your privacy\nWe and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic.\nAccept all cookies\nManage preferences\n\ntotaljobs\nSearch jobs\nSign in / Register\n\nSales Assistant - Part Time (16 hrs)\nHalden & Bright\nLeeds, West Yorkshire\n£12.60 per hour";
    expect(extract(text)).toMatchObject({ title: "Sales Assistant", company: "Halden & Bright", location: "Leeds, West Yorkshire" });
  });

  test("German job names built on a role word are titles, and working hours after them are not part of them", () => {
    const text = "Stellenangebot\nFinanzbuchhalter (m/w/d) in Vollzeit oder Teilzeit\n\nRommelsbacher Präzisionsteile GmbH & Co. KG\nArbeitsort: 70565 Stuttgart";
    expect(extract(text)).toMatchObject({ title: "Finanzbuchhalter", company: "Rommelsbacher Präzisionsteile" });
    expect(extract("Vendeur à temps partiel\nMaison Roux\nLyon\n\nRejoignez-nous.").title).toBe("Vendeur");
  });

  test("a job board's Job Role that names a category is no title", () => {
    const text = "Chef de Partie - Pastry\nAzure Crescent Hotel\nDubai\n\nWe need a pastry chef.\n\nJob Details\nJob Role\nHospitality and Tourism\nEmployment Type\nFull time";
    expect(extract(text).title).toBe("Chef de Partie - Pastry");
    expect(extract("Job Role: Teacher\nSchool: Hillcrest\n\nTeach maths.").title).toBe("Teacher");
  });

  test("a company's rating between its name and the title does not part them", () => {
    const text = "Search jobs\nLocation\n\nNorthlight Energy\n3.9 ★\nData Analyst\nManchester\n£38K - £46K (Employer provided)\nEasy Apply";
    expect(extract(text)).toMatchObject({ company: "Northlight Energy", title: "Data Analyst", location: "Manchester" });
  });

  test("a recruiter's 'my client' is the company, and leaves the title", () => {
    const text = "Subject: Freelance Data Engineer – Veldmaat Logistics – Amsterdam (hybrid)\n\nHi Sam,\n\nMy client, Veldmaat Logistics, is one of the largest cold-chain providers in the Benelux.\n\nJoris\nBrightwave Talent";
    expect(extract(text)).toMatchObject({ company: "Veldmaat Logistics", title: "Data Engineer" });
  });

  test("a shouted 'URGENT HIRING' is no part of the title, and a city's district is a place", () => {
    const text = "🚨🔥 URGENT HIRING 🔥🚨 Family Law Paralegal | Sydney CBD | $85K–$95K + Super | Immediate Start 🚀⚖️\n\nMy client is a boutique firm.";
    expect(extract(text)).toMatchObject({ title: "Family Law Paralegal", location: "Sydney CBD" });
    expect(extract("Urgent Care Nurse\nAcme Health\nLeeds\n\nJoin us.").title).toBe("Urgent Care Nurse");
    expect(extract("Now hiring Line Cooks\nAcme Diner\nLeeds\n\nJoin us.").title).toBe("Line Cooks");
  });

  test("a recruiter's client named in another language is the company, over the agency's own name", () => {
    const it = "Impiegato contabile\nFiliale: Lavoro Facile S.p.A.\n\nLavoro Facile S.p.A., filiale di Modena, ricerca per conto di Ceramiche del Secchia S.p.A., azienda storica.\n\nLavoro Facile S.p.A. – Agenzia per il Lavoro";
    expect(extract(it).company).toBe("Ceramiche del Secchia");
    const de = "Betreff: IT-Administrator (m/w/d)\n\nHallo Frau Kaya,\n\nwie besprochen die Details: Es handelt sich um die Elbtal Spedition GmbH & Co. KG, einen Logistiker.\n\nViele Grüße\nTalentwerk Personalberatung";
    expect(extract(de).company).toBe("Elbtal Spedition");
  });

  test("'Es handelt sich um' names a client only with its legal form, and never over a labelled company", () => {
    expect(extract("Sachbearbeiter Buchhaltung (m/w/d)\nMüller Logistik GmbH\nHamburg\n\nEs handelt sich um die Nachbesetzung einer langjährigen Kollegin.").company).toBe("Müller Logistik");
    expect(extract("Unternehmen: Müller Logistik GmbH\nPosition: Buchhalter\n\nEs handelt sich um Teilzeit oder Vollzeit.").company).toBe("Müller Logistik");
  });

  test("pay words and signs of other languages only where they are meant", () => {
    // "od", "fra", "da" are "from" only as words: not the end of "period" or "neighborhood".
    expect(extract("Data Analyst\nAcme\nSalary per pay period $2,500 - $3,000").salary).toMatchObject({ min: 2_500, max: 3_000, text: "$2,500 - $3,000" });
    expect(extract("Data Analyst\nAcme\nThe salary for this role in our neighborhood 120,000 USD").salary).toMatchObject({ min: 120_000, max: 120_000 });
    // An allowance, a bonus or revenue in millions of dong is no pay, even under a pay heading.
    expect(extract("Kế toán\nCông ty ABC\nMức lương: Thỏa thuận\nHỗ trợ ăn trưa 1 triệu/tháng").salary).toBeNull();
    expect(extract("Kế toán\nCông ty ABC\nCông ty có doanh thu 500 triệu mỗi năm").salary).toBeNull();
    // Yuan named as such stay yuan on a page in traditional characters.
    expect(extract("工程師\n上海某公司\n月薪：RMB 15,000\n需要相關工作經驗").salary?.currency).toBe("CNY");
    // A province a remote job lists is not where its dollars come from; an address "(Québec)" is.
    expect(extract("Support Engineer\nAcme\nRemote / Open to candidates in the US, Ontario or Quebec\nPay: $60 - $80 per hour").salary?.currency).toBe("USD");
    // "S/12", "S/4HANA": no sol without a dot or a space after the slash.
    expect(extract("Consultant\nAcme\nGrade S/12 salary $80,000").salary?.currency).toBe("USD");
  });

  test("a cookie settings heading in Danish is no title; a company with Cookies in its name stays the company", () => {
    const dk = "Spring til hovedindhold\nNordlyd Careers\n      Dansk ▾     Log ind     Søg efter job\n\nIndstillinger for cookies\nVi bruger cookies til at forbedre din oplevelse.\n[Accepter alle]   [Indstillinger]\n\nEmbedded Softwareudvikler\n\n[Ansøg]    [Ansøg med LinkedIn]\n\nNordlyd Audio A/S\nBallerup";
    expect(extract(dk).title).toBe("Embedded Softwareudvikler");
    expect(extract("Shift Supervisor\nInsomnia Cookies\nPhiladelphia, PA").company).toBe("Insomnia Cookies");
    expect(extract("Crumbl Cookies\nShift Lead\nProvo, UT")).toMatchObject({ company: "Crumbl Cookies", title: "Shift Lead" });
    expect(extract("Packer for cookies\nSweet Crumbs Bakery\nLeeds").title).toBe("Packer for cookies");
  });

  test("a title's count of posts and the place found in brackets after it are not the title", () => {
    expect(extract("Sagana Hills Hospital\nVACANCY\nMedical Laboratory Technologist (2 Posts)\nNanyuki, Kenya").title).toBe("Medical Laboratory Technologist");
    expect(extract("Químico Farmacéutico - Director Técnico (Arequipa)\nFarmacias Misti S.A.C.\nUbicación: Arequipa").title).toBe("Químico Farmacéutico - Director Técnico");
  });

  test("a cookie company, a lone 'Where' heading and 'such as Chef' are what they are", () => {
    expect(extract("Shift Supervisor\nInsomnia Cookies · Philadelphia, PA (On-site)\n\nJoin us.").company).toBe("Insomnia Cookies");
    expect(extract("Senior Backend Engineer\nAcme GmbH\nWhere\nBerlin, Germany").location).toBe("Berlin, Germany");
    expect(skills("- Experience with configuration management tools such as Chef or Puppet")).toEqual(["Chef", "Puppet"]);
    expect(skills("- Apex Triggers and Visualforce")).toContain("Apex");
    expect(extract("Barista - Open till Close\nAcme Coffee\nLeeds").title).toBe("Barista - Open till Close");
    expect(extract("Job Title: SDE-2\nCompany: Acme").title).toBe("SDE-2");
  });

  test("a paste of a hundred thousand footer lines is still read", () => {
    const text = "Data Analyst\nAcme Corp\nBerlin\n\nRequirements\n- SQL\n\n" + "Legal\nHelp\n".repeat(150_000);
    expect(extract(text)).toMatchObject({ title: "Data Analyst", skills: ["SQL"] });
  });

  test("a public body's long name is kept whole", () => {
    expect(extract("Staff Nurse\nNorth Dales Teaching Hospitals NHS Foundation Trust\nHarrogate").company).toBe("North Dales Teaching Hospitals NHS Foundation Trust");
    expect(extract("Employer name: West Fen District Council\nJob title: Planning Officer").company).toBe("West Fen District Council");
  });

  test("a breadcrumb is not the company", () => {
    const text = "Drivers   Owner-Operators   Shippers   About   Contact\n\nHome › Driving Jobs › Regional\n\nRegional CDL-A Truck Driver\nDallas, TX Terminal | Home Weekly";
    expect(extract(text).company).not.toMatch(/›/);
  });

  test("a company named like a greeting is still the company; only a letter's greeting line is not", () => {
    expect(extract("Company: Hey\nRole: Product Designer").company).toBe("Hey");
    expect(extract("Backend Engineer at Hello Alfred").company).toBe("Hello Alfred");
  });

  test("a title ending in Opportunity keeps it; only an e-mail subject loses it", () => {
    expect(extract("Job Title: Business Development Opportunity").title).toBe("Business Development Opportunity");
  });

  test("a site's menu with account links is not the title, whatever separates its items", () => {
    expect(extract("JobsNorth\nBrowse Jobs   Salary Guide   Recruiters   Log in / Register\n\nPayroll Clerk\nFjord Freight AS\nBergen").title).toBe("Payroll Clerk");
    expect(extract("Find Work - Recruiters - Advice - Sign In - Register\n\nPayroll Clerk\nFjord Freight AS\nBergen").title).toBe("Payroll Clerk");
    // A title with terms after it is not a menu.
    expect(extract("Recruiter | Contract | London\n\nWe are Acme.").title).toBe("Recruiter");
  });

  test("a job board's search form is the reader's search, not the job", () => {
    const text = "What\nwelder\nWhere\nLeeds\nFind jobs\n\nPipe Fitter - job post\nOrrin Engineering Ltd\nHunslet, Leeds LS10 1AB\n£15 an hour";
    expect(extract(text)).toMatchObject({ title: "Pipe Fitter", company: "Orrin Engineering", location: "Hunslet, Leeds" });
  });

  test("a chat's senders and times are not part of the message; a greeting is no title", () => {
    const text = "[07:15, 02/09/2025] Dee Marsh: Morning all, please pass this on to any cleaners you know\n[07:16, 02/09/2025] Dee Marsh: *OFFICE CLEANER – EARLY SHIFT*\n*Sparkle Facilities Ltd* – Leeds\n£12.50 an hour";
    expect(extract(text)).toMatchObject({ title: "Office Cleaner - Early Shift", company: "Sparkle Facilities" });
    expect(extract("02/09/2025, 07:16 - Dee Marsh: Post: Office Cleaner\n02/09/2025, 07:17 - Dee Marsh: Company: Sparkle Facilities").title).toBe("Office Cleaner");
  });

  test("a title from a label lower down still has the company and the place under the page's heading", () => {
    const text = "Secondary Mathematics Teacher (MYP/DP) – August 2025\nAmstel International School · Amsterdam, North Holland, Netherlands · 1 week ago · 37 applicants\n\nAbout the job\nAmstel International School is an IB World School offering the PYP, MYP and DP to 1,100 students of more than 70 nationalities.\n\nPosition: Secondary Mathematics Teacher (MYP & DP)\nStart date: 18 August 2025";
    expect(extract(text)).toMatchObject({ title: "Secondary Mathematics Teacher (MYP & DP)", company: "Amstel International School", location: "Amsterdam, Netherlands" });
  });

  test("a work mode in a place's label gives way to a place said in prose; Swedish 'Kommun' is a place's label", () => {
    const text = "Senior React Developer (Contract)\nBrightwater Energy\n\n*Where:* hybrid – 2 days/wk in our office in Shoreditch, London (EC2A), rest from home.";
    expect(extract(text).location).toBe("Shoreditch, London");
    expect(extract("Lagermedarbetare\nNordfrakt Logistik AB\nLagerarbetare\nKommun: Göteborg\n\nVi söker dig.").location).toBe("Göteborg");
    expect(extract("Elettricista\nSede di lavoro: Di persona\n\nCerchiamo un elettricista.").location).toBe("On-site");
  });

  test("'Job:' and 'Stellenangebot:' label a title that names a role; karriere and open-positions links are the posting's", () => {
    expect(extract("Stellenangebot: Frontend-Entwickler (m/w/d)\nFirma: Nordlicht GmbH\nStandort: Hamburg\n\nhttps://nordlicht.de/karriere/frontend-entwickler")).toMatchObject({
      title: "Frontend-Entwickler",
      url: "https://nordlicht.de/karriere/frontend-entwickler",
    });
    expect(extract("Job: Frontend Developer\nCompany: Nordlicht\n\nApply at https://nordlicht.io/open-positions/frontend")).toMatchObject({
      title: "Frontend Developer",
      url: "https://nordlicht.io/open-positions/frontend",
    });
    // Taleo's "Job:" is the category, and an ID is no title.
    expect(extract("Job: Quality Assurance\nTitle: Senior QA Automation Engineer").title).toBe("Senior QA Automation Engineer");
    expect(extract("Stellenangebot: Stellen-ID 1284567\n\nBauingenieur Straßen- und Tiefbau (m/w/d)\nStadt Altenbrück").title).not.toContain("1284567");
  });

  test("'Remote possible' in a title is an option, not the place; a hybrid job's city stays", () => {
    const text = "Senior Data Engineer (f/m/d) - Remote possible\nZalando SE · Berlin, Germany · Hybrid\nAbout the job\nWe are looking for a Senior Data Engineer.";
    expect(extract(text)).toMatchObject({ title: "Senior Data Engineer", location: "Berlin, Germany", remote: false });
  });

  test("a pay table's header row is no labelled title", () => {
    const text = "Hollister Precision\nCNC Machinist\n1450 Progress Rd, Dayton, OH 45414, USA\n\nWe are adding experienced machinists to our second shift, running Haas mills and lathes in aluminium.\n\nPay (DOE):\nPosition          | Base rate           | 2nd shift premium\nCNC Machinist     | $24.00 – $31.00/hr  | +$1.75/hr";
    expect(extract(text)).toMatchObject({ title: "CNC Machinist", location: "Dayton, OH" });
  });

  test("a logo's text names the company and is no title; trades are roles", () => {
    const text = "Kestrel Roofing Co. logo\nCareers\n\nRoofer\nInstallation · Denver, CO";
    expect(extract(text)).toMatchObject({ title: "Roofer", company: "Kestrel Roofing Co" });
    expect(extract("Careers\n\nSolar Panel Installer\nDenver, CO").title).toBe("Solar Panel Installer");
  });

  test("terms with a note, and a part of town, are not part of the title", () => {
    expect(extract("Delivery Driver - Part Time (Leeds Depot)\nAcme\n\nDrive.").title).toBe("Delivery Driver");
    expect(extract("Security Officer - Midtown Area\nAcme\n\nGuard.").title).toBe("Security Officer");
    expect(extract("Platform Engineer - 6 month contract - Inside/Outside IR35\n\nBuild.").title).toBe("Platform Engineer");
  });

  test("an e-mail subject names the role only when it names a job", () => {
    const text = "Subject: Re: Lovely to meet you at the meetup!\n\nHi Jo,\n\nAs promised: we're hiring a Staff Data Engineer to lead our platform team.";
    expect(extract(text).title).toBe("Staff Data Engineer");
    expect(extract("Subject: Site Engineer opportunity - growing Shoreditch practice\n\nHi Jo,").title).toBe("Site Engineer");
  });

  test("a reference number is no title; a label that names the job is", () => {
    expect(extract("Vacancy\tREQ-4471\nJob title\tStore Manager\nEmployer\tAcme B.V.").title).toBe("Store Manager");
    expect(extract("Post: Field Sales Executive\nCompany: Acme").title).toBe("Field Sales Executive");
  });

  test("Nordic job names and boards: the board is no title, the employer after 'till' is no part of it", () => {
    const text = "Arbetsförmedlingen\nPlatsbanken\n\nSjuksköterska till Vårdcentralen Norr i Umeå\nRegion Västerbotten\nArbetsort: Umeå";
    expect(extract(text).title).toBe("Sjuksköterska");
  });

  test("a note on the first end of a range does not break the range, and is left out of the text", () => {
    expect(extract("The base salary for this role is $140,000 (entry level) to $185,000 (senior).").salary).toMatchObject({ min: 140000, max: 185000, text: "$140,000 to $185,000" });
    expect(extract("Salary: £40k (London) - £48k").salary).toMatchObject({ min: 40000, max: 48000, currency: "GBP" });
  });

  test("a bare dollar or krona takes its country from a benefit or the posting's language", () => {
    expect(extract("Site Engineer\nTauranga\n$90,000 - $105,000 + KiwiSaver").salary?.currency).toBe("NZD");
    expect(extract("Bookkeeper\n$70K - $80K + super").salary?.currency).toBe("AUD");
    expect(extract("Lärare\nLön: 32 000 kr/månad").salary).toMatchObject({ min: 32000, currency: "SEK", period: "month" });
    expect(extract("Sykepleier\nLønn: 52 000 kr per måned").salary?.currency).toBe("NOK");
    // In the US, or with a currency written, nothing changes.
    expect(extract("Engineer\nAustin, TX\n$120k + super benefits").salary?.currency).toBe("USD");
    expect(extract("Lärare\nLön: 3 000 EUR/månad").salary?.currency).toBe("EUR");
    // A benefit only Australia's jobs carry wins over a state code that is also an American one.
    expect(extract("Heavy Diesel Fitter\nKalgoorlie, Goldfields WA\n$55 – $62 per hour + super\nPosted 4d ago").salary).toMatchObject({ currency: "AUD", period: "hour" });
    expect(extract("Fitter\nKalgoorlie WA\nPay: $55 per hour + 11.5% super").salary?.currency).toBe("AUD");
    // Elsewhere in the US, a word about another country's offices or benefits leaves the dollar American.
    expect(extract("Engineer\nSan Francisco, CA\n$150,000 - $180,000\nOffices in CDMX").salary?.currency).toBe("USD");
    expect(extract("Engineer\nAustin, TX\n$150,000 - $180,000\nRRSP matching").salary?.currency).toBe("USD");
    // A Mexican company's legal form, or the capital's short name, with no place found.
    expect(extract("Ejecutivo de Ventas B2B\n$18,000 - $22,000 Mensual\nDistribuidora Técnica del Bajío, S.A. de C.V.").salary).toMatchObject({ min: 18000, currency: "MXN", period: "month" });
  });

  test("pay with no sign, on a page that writes its other amounts in euros only, is in euros", () => {
    expect(extract("Financial Controller\nCosa offriamo\n• RAL 48-56K in base all'esperienza\n• Buoni pasto da 8 €/giorno").salary).toMatchObject({ min: 48000, max: 56000, currency: "EUR", period: "year" });
    // Dollars or pounds on the page too: the default currency stays.
    expect(extract("Analyst\nSalary: 48-56K\nLunch £10/day, bonus 5 €").salary?.currency).toBe("USD");
    // A currency the pay names in letters or its own sign stays.
    expect(extract("Dev\nWarszawa\nWynagrodzenie: 15 000 - 20 000 zł brutto\nBenefit 50 €").salary?.currency).toBe("PLN");
    expect(extract("Dev\nPraha\n60 000 - 80 000 Kč\nBonus 100 €").salary?.currency).toBe("CZK");
    expect(extract("Engineer\n年収600万～800万円\nTravel 20 €").salary?.currency).toBe("JPY");
    expect(extract("Dev\nKuala Lumpur\nRM 8,000 - RM 10,000\nBonus 20 €").salary?.currency).toBe("MYR");
  });

  test("a US government site's banner is no title, and a profession ending in -ologist is a role", () => {
    const text = "An official website of the United States government   Here's how you know\nUSAJOBS\nSearch   Help   Sign in\n\nHydrologist\nDepartment of the Interior\n\nSalary\n$78,592 - $122,851 per year\n\nLocation\n1 vacancy in the following location:\nLakewood, CO";
    expect(extract(text)).toMatchObject({ title: "Hydrologist", location: "Lakewood, CO", salary: { min: 78592, max: 122851 } });
  });

  test("Canada's Job Bank: labels on their own line, and pay written after the number in French", () => {
    const text = "Gouvernement du Canada\nGuichet-Emplois\n\nÉlectricien/électricienne en construction\nNuméro de l'offre d'emploi : 2934871\n\nEmployeur\nÉlectro-Boréal inc.\n\nLieu de travail\nLaval (QC)\nH7L 5W8\n\nSalaire\n38,50 $ de l'heure\n40 heures par semaine";
    expect(extract(text)).toMatchObject({ title: "Électricien/électricienne en construction", location: "Laval (QC)", salary: { min: 38.5, max: 38.5, currency: "CAD", period: "hour" } });
    expect(extract(text).company).toMatch(/^Électro-Boréal inc/);
    // A province in brackets is a place; a US state's or a country's code in brackets after a name is not.
    expect(extract("Engineer\nHooli (CA)\n$150,000 - $180,000").location).not.toBe("Hooli (CA)");
  });

  test("currency signs written before the amount in letters, tips and the minimum wage, a period said once", () => {
    expect(extract("DevOps Engineer\nzł 15 000 – 20 000 brutto / mies.").salary).toMatchObject({ min: 15000, max: 20000, currency: "PLN", period: "month" });
    expect(extract("Sous Chef\nRp 9.000.000 - Rp 11.000.000 per bulan").salary).toMatchObject({ min: 9000000, max: 11000000, currency: "IDR", period: "month" });
    expect(extract("Lecturer\nSalary: R 650 000 – R 780 000 per annum").salary).toMatchObject({ min: 650000, max: 780000, currency: "ZAR" });
    expect(extract("Barista\nWe start at $24.50/hr. Plus tips split weekly (usually $40-60 a week). Min wage is $23.15.").salary).toMatchObject({ min: 24.5, period: "hour" });
    expect(extract("Supervisor\nS$3,800 - S$4,600 monthly\n\nWhat we offer\n- Basic salary S$3,800 - S$4,600\n- Annual bonus").salary).toMatchObject({ min: 3800, max: 4600, period: "month" });
    expect(extract("Ingeniero DevOps\nProvidencia, Santiago, Chile\nRenta: $2.800.000 – $3.300.000 líquidos mensuales").salary).toMatchObject({ min: 2800000, max: 3300000, currency: "CLP", period: "month" });
    expect(extract("Policy Analyst\nGovernment of Canada\n$80,587 to $87,215").salary?.currency).toBe("CAD");
  });

  test("the place in a line of terms under the title, and in a hybrid job's arrangement", () => {
    expect(extract("Boekhouder (24-32 uur)\nHoutwal · 24 - 32 uur per week · MBO · Vast contract\n\nWij zoeken een boekhouder.").location).toBe("Houtwal");
    expect(extract("Electricista\nTorrejón (Polígono)  |  Presencial  |  Contrato indefinido\n\nBuscamos electricista.").location).toBe("Torrejón (Polígono)");
    expect(extract("Pflegefachkraft\nVollzeit  |  unbefristet  |  Standort Augsburg-Haunstetten  |  ab sofort\n\nWir suchen dich.").location).toBe("Augsburg-Haunstetten");
    expect(extract("Data Engineer\nLocation: London EC3 – hybrid, 1 day a week on site (usually Wednesdays), rest remote\n\nGreat role.")).toMatchObject({ location: "London", remote: false });
    expect(extract("Contabile\nSede di lavoro: Sasso Marconi (BO)\n\nCerchiamo un contabile.").location).toBe("Sasso Marconi (BO)");
    // A company's name with its legal form is no place.
    expect(extract("Analista de Datos\nGrupo Norte, S.A. de C.V.\nMonterrey, Nuevo León").location).toBe("Monterrey, Nuevo León");
  });

  test("a few weeks a year of working from anywhere does not make an office job remote", () => {
    expect(extract("Engineer\nBerlin\n\n- Hybrid: 2 days a week in our office, plus up to 6 weeks per year working from anywhere in the EU").remote).toBe(false);
    expect(extract("Engineer\n\nWe are a distributed team: work from anywhere in Europe.").remote).toBe(true);
  });

  test("Nordic place labels, and a building's name before the town", () => {
    expect(extract("Lärare\nSkolan AB\nArbetsort: Västerås").location).toBe("Västerås");
    expect(extract("Care Assistant\nRose Court, Ripon, North Yorkshire\nRef: 1234").location).toBe("Ripon, North Yorkshire");
  });

  test("'skip to content' in any language, cookie banners in any language, and one-line search forms are not the header", () => {
    const text = "Pular para o conteúdo principal\nUsamos cookies para melhorar sua experiência e analisar o tráfego do site.\n\nAcme Pagamentos S.A.\nDesenvolvedor Backend Sênior\nSão Paulo";
    expect(extract(text).title).toBe("Desenvolvedor Backend Sênior");
    expect(extract("Aller au contenu principal\nQuoi ? serveur   Où ? Lyon   Rechercher\n\nServeur H/F\nBistrot Lumière\nLyon").title).toBe("Serveur");
    expect(extract("¿Qué puesto buscas?  cajero   ¿Dónde?  Madrid   Buscar\n\nCajero/a\nSúper Sol\nMadrid").title).toBe("Cajero/a");
  });

  test("a site's menu copied one item a line is not the header, nor is 'skip to content' in Czech, French or Swedish", () => {
    const seek = "Skip to content\nSEEK\nJob search\nProfile\nCareer advice\nCompany reviews\nSign in\nEmployer site\n\nKeywords\nplumber\nClassification\nAny classification\nWhere\nSydney\n\nLicensed Plumber\nHarbourside Plumbing\nManly, Sydney NSW";
    expect(extract(seek)).toMatchObject({ title: "Licensed Plumber", location: "Manly, Sydney NSW" });
    const cz = "Přeskočit na obsah\nJobs.cz\nNabídky práce\nFirmy\nBrigády\nPoradna\n\nSkladník\nLogistika Praha s.r.o.\nHostivice";
    expect(extract(cz).title).toBe("Skladník");
    expect(extract("Passer au contenu principal\n\nDéveloppeur Full-Stack Senior\nNantes").title).toBe("Développeur Full-Stack Senior");
    // A career site's menu with a staff login, a cookie banner in Dutch, and the team before the place.
    const nl = "Groenhart Distributie\nVacatures\nOver ons\nWerken bij\nLocaties\nContact\nInloggen voor medewerkers\n\nWe gebruiken cookies om je ervaring te verbeteren.\nAlles accepteren\nInstellingen\n\nMagazijnmedewerker Nachtdienst\nLogistiek · Tilburg · Fulltime\n\nSolliciteer nu";
    expect(extract(nl)).toMatchObject({ title: "Magazijnmedewerker Nachtdienst", location: "Tilburg" });
    // The career site's name above its menu is the company, and a Dutch compound names the role.
    const site = "Van der Veen Transport\nVacatures\nOver ons\nOns wagenpark\nContact\nSolliciteer direct\n\nVrachtwagenchauffeur CE distributie\nZwolle, Overijssel, Nederland\n\nBij Van der Veen Transport ben je elke avond thuis.";
    expect(extract(site)).toMatchObject({ company: "Van der Veen Transport", title: "Vrachtwagenchauffeur CE distributie" });
    // Links between bars, one of them a site's menu item.
    const campus = "Wolverton State University\nCareer Center\nStudents | Alumni | Employers | Faculty & Staff\nMy Account | Log out\n\nSTUDENT BARISTA\nPosting ID: SE-2025-0318\nLocation: Wolverton, OH";
    expect(extract(campus).title).toBe("Student Barista");
    // A chat post's "VAGA:" (Portuguese for the job) names it, not the channel above it.
    expect(extract("# vagas-dev\nPoste aqui vagas de tecnologia.\n\nlari.tucano — Hoje às 14:32\n🚀 **VAGA: Desenvolvedor(a) Front-end Pleno** 🚀\n\n🏢 **Empresa:** Tucano Labs").title).toBe("Desenvolvedor(a) Front-end Pleno");
    // A job's own short header lines under a "Share" button stay.
    expect(extract("Harbor logo\nHarbor\nShare\nShow more options\nSenior Backend Engineer (Go)\nUnited States").title).toBe("Senior Backend Engineer (Go)");
  });

  test("pay in thousands of euros, złoty, koruna, lira, lei and đồng", () => {
    expect(extract("Senior Java Developer\nGehalt: 68–82 T€ brutto").salary).toMatchObject({ min: 68000, max: 82000, currency: "EUR", period: "year" });
    expect(extract("Skladník\nMzda: 35 000 – 42 000 Kč měsíčně").salary).toMatchObject({ min: 35000, max: 42000, currency: "CZK", period: "month" });
    expect(extract("Yazılım Geliştirici\nMaaş: 90.000 TL - 120.000 TL net / ay").salary).toMatchObject({ min: 90000, max: 120000, currency: "TRY", period: "month" });
    expect(extract("QA Engineer\nLương: 35 - 45 triệu VND gross/tháng").salary).toMatchObject({ min: 35000000, max: 45000000, currency: "VND", period: "month" });
  });

  test("a breadcrumb with slashes gives its last step; a path through categories is no title", () => {
    expect(extract("Oferty pracy / Księgowość / Gdańsk / Główny Księgowy\n\nAcme sp. z o.o.").title).toBe("Główny Księgowy");
    expect(extract("UX / UI / Product Designer\nAcme\nBerlin").title).toBe("UX / UI / Product Designer");
    expect(extract("Find Work > Design & Creative > Logo Design\n\nLogo designer for a bakery\n\nWe need a logo designer.").title).not.toMatch(/>/);
  });

  test("hours and schedules in other languages are not part of the title", () => {
    expect(extract("Administratief Medewerker (24-32 uur)\nAcme B.V.\nUtrecht").title).toBe("Administratief Medewerker");
    expect(extract("Operario de Producción - Turno rotativo\nAcme\nValencia").title).toBe("Operario de Producción");
    expect(extract("OTR Truck Driver - Home Weekly\nAcme Freight\nDallas, TX").title).toBe("OTR Truck Driver");
  });

  test("a Hacker News job under the thread's rules: its line gives the title, the rules no remote answer", () => {
    const text =
      "Ask HN: Who is hiring? (April 2025)\n1084 points by whoishiring 11 days ago | hide | past | favorite | 712 comments\n" +
      "Please state the location and include REMOTE for remote work, REMOTE (US) or similar if the country is restricted, and ONSITE when remote work is not an option.\n" +
      "Please only post if you personally are part of the hiring company—no recruiting firms or job boards. One post per company.\n\n" +
      "mhollander 11 days ago | next [–]\n\nGrove (https://grove.build) | Senior Rust Engineer | REMOTE (US/Canada) or ONSITE (Boston, MA) | Full-time | $170k-$210k + equity\n\n" +
      "We're hiring a senior engineer to work on our edge agent, written in Rust.";
    expect(extract(text)).toMatchObject({ title: "Senior Rust Engineer", remote: true });
  });

  test("a Japanese or Korean page: role words inside longer words, 万 and 만 units, labels with full-width colons", () => {
    const ja = "株式会社メルカリ\nソフトウェアエンジニア（バックエンド / Go）※リモート併用・フレックス\n\n勤務地：東京都港区六本木\n給与：想定年収700万円～1,200万円\n月給40万円～60万円（固定残業代45時間分・8万円～12万円を含む）";
    expect(extract(ja)).toMatchObject({ title: "ソフトウェアエンジニア(バックエンド / Go)", location: "東京都港区", salary: { min: 7_000_000, max: 12_000_000, currency: "JPY", period: "year" } });
    expect(extract("Webエンジニア（バックエンド）/Ruby on Rails/リモート併用/年間休日125日\n\n会社名：ミライテック株式会社").title).toBe("Webエンジニア(バックエンド)");
    const ko = "시니어 프론트엔드 개발자\n추천인 50만원 · 지원자 50만원\n\n• 연봉: 6,000만원 ~ 8,000만원 (경력 및 역량에 따라 협의)";
    expect(extract(ko)).toMatchObject({ title: "시니어 프론트엔드 개발자", salary: { min: 60_000_000, max: 80_000_000, currency: "KRW", period: "year" } });
    expect(extract("3D 캐릭터 모델러\n급여     월 380만원 ~ 450만원").salary).toMatchObject({ min: 3_800_000, max: 4_500_000, currency: "KRW", period: "month" });
    // A hire's referral reward and a self-development allowance are no pay; nor is a company's size.
    expect(extract("프로덕트 디자이너\n합격보상금 100만원\n합격자 50만원\n추천인 50만원").salary).toBeNull();
    expect(extract("회계팀 경력사원\n급여 회사내규에 따름\n복리후생\n연차, 경조휴가, 자기계발비 연 100만원").salary).toBeNull();
    // Pay said to be for employees is pay.
    expect(extract("Engineer\nThe base salary range for employees in New York is $140,000 - $170,000 per year.").salary).toMatchObject({ min: 140_000, max: 170_000 });
    // A place label on its own line, and a street address cut to its prefecture, city and ward.
    expect(extract("간호사\n근무지역\n서울 강남구")).toMatchObject({ company: "", location: "서울 강남구" });
    expect(extract("営業\n勤務地\n大阪府大阪市北区梅田1-2-3 本社ビル").location).toBe("大阪府大阪市北区");
    expect(extract("経理スタッフ\n勤務地：東京都千代田区神田錦町3-20").location).toBe("東京都千代田区");
    expect(extract("仓库管理员\n工作地点：广州市白云区太和镇大源北路88号顺途物流园").location).toBe("广州市白云区");
    // English asked for in Chinese or Japanese, with no space after the language's name; a section heading is no company.
    expect(extract("财务经理\n任职要求：\n1. 英语读写流利\n2. Excel")).toMatchObject({ company: "", skills: ["English", "Excel"] });
    expect(extract("経理\n【歓迎】\n・英語\n・Excel").skills).toEqual(["English", "Excel"]);
    expect(extract("ソフトウェアエンジニア\n必須スキル\n・英語（ビジネスレベル）")).toMatchObject({ company: "", skills: ["English"] });
    expect(extract("英语老师\n我们是一家培训机构。").skills).toEqual([]);
    // The employer with its legal form above the job, as doda and Green head a page.
    expect(extract("株式会社ミナトフードサービス\n経理（月次・年次決算）※リモート併用可／年間休日125日\n気になる\n応募する")).toMatchObject({ company: "ミナトフードサービス", title: "経理(月次・年次決算)" });
    expect(extract("Green\n株式会社ノットウェーブ\nフロントエンドエンジニア\nhttps://www.green-japan.com/company/9921/job/183004")).toMatchObject({ company: "ノットウェーブ", title: "フロントエンドエンジニア" });
    // A board's menu in Chinese, Japanese or Korean, with its name above it, gives neither company nor title;
    // a legal form in brackets goes whole ("㈜" reads as "(주)").
    expect(extract("BOSS直聘\n首页\n职位\n公司\n校园\nAPP\n登录/注册\n高级Java开发工程师\n20-30K·14薪\n杭州 西湖区 3-5年 本科")).toMatchObject({ company: "", title: "高级Java开发工程师" });
    expect(extract("사람인\n채용정보\n기업정보\n커뮤니티\n로그인\n회원가입\n(의)서울한빛병원\n병동 간호사 채용 (경력 1년↑)\n스크랩").company).toBe("서울한빛병원");
    expect(extract("JOBKOREA\n채용정보\n로그인\n회원가입\n㈜그린테크솔루션\n[그린테크솔루션] 회계팀 경력사원 채용 (결산/세무)")).toMatchObject({ company: "그린테크솔루션" });
    // A menu item with a count does not end a menu; a list of places and a note under a place label stay as they are.
    expect(extract("Harbor & Pine Construction\nHome\nJobs (12)\nAbout us\nContact\n\nSite Supervisor\nPortland, OR").company).toBe("Harbor & Pine Construction");
    expect(extract("経理\n勤務地：東京都、大阪府、福岡県").location).toBe("東京都、大阪府、福岡県");
    expect(extract("経理\n勤務地\n転勤なし").location).toBe("");
    expect(extract("Ingeniero\nRequisitos\n- Spring intermediate exams passed").skills).toEqual([]);
  });

  test("Portuguese and Spanish pages: the place in a line of terms, 'mil', section headings and the apply link", () => {
    const pt = "Desenvolvedor(a) Front-end Pleno\niFood · Osasco, SP · Remoto\n\nRequisitos\n- React\n\nSalário: R$ 9 mil a R$ 12 mil por mês\nCandidate-se: https://carreiras.ifood.com.br/vaga/12345";
    expect(extract(pt)).toMatchObject({ company: "iFood", remote: true, salary: { min: 9000, max: 12000, currency: "BRL", period: "month" }, url: "https://carreiras.ifood.com.br/vaga/12345" });
    expect(extract(pt).location).not.toBe("React");
    expect(extract("Ingeniero de Datos\nCabify · Madrid\n\n- Salario: 50-60 mil euros brutos anuales").salary).toMatchObject({ min: 50000, max: 60000, currency: "EUR", period: "year" });
    expect(extract("Développeur Java H/F\nQonto\n\nProfil\n- Java").location).toBe("");
  });

  test("'Remote' among the terms under the title is a remote job; another job's card below is not", () => {
    expect(extract("Senior Data Engineer\nMonzo · London, UK · Remote\n\nAbout the role").remote).toBe(true);
    const naukri = `DevOps Engineer\nAcme · Bengaluru\n\n${"You will run our AWS platform with Terraform and Kubernetes, on call one week in six. ".repeat(3)}\n\nJobs you might be interested in\nPlatform Engineer\nMysore Data Labs\n6 - 10 Yrs | Not disclosed | Remote`;
    expect(extract(naukri).remote).toBe(false);
  });

  test("lakhs without a rupee sign are pay, and no company; 'we pay you $300' is no salary", () => {
    expect(extract("Senior Java Developer\nZentrix Technologies\n3.7\n214 Reviews\n5 - 9 years\n18-28 Lacs P.A.\nHybrid - Bengaluru")).toMatchObject({
      company: "Zentrix Technologies",
      salary: { min: 1_800_000, max: 2_800_000, currency: "INR", period: "year" },
    });
    const hn = "Lantern | Staff Backend Engineer | REMOTE (US, Canada) | Full-time | $175k–$215k + equity\n\nInterview process: a take-home we pay you $300 for.";
    expect(extract(hn).salary).toMatchObject({ min: 175_000, max: 215_000, currency: "USD", period: "year" });
  });

  test("a Hacker News line's range beats a rate in a reply; 'remote job sites' and 'Op locatie' say nothing of remote work or place", () => {
    const hn = "Quillstack | Senior Backend Engineer (Elixir) | REMOTE (anywhere) | Full-time | $150k-$185k USD + equity\n\nA paid take-home (4h, we pay $400).\n\n    Contractor rates are set on the same band, so roughly $72-$89/hr depending on country.";
    expect(extract(hn).salary).toMatchObject({ min: 150_000, max: 185_000, currency: "USD", period: "year" });
    expect(extract("Construction Project Manager\nAcme Builders\nHouston, TX\n\nYou will travel between remote job sites across Texas.").remote).toBe(false);
    expect(extract("Magazijnmedewerker Heftruck\nBDC\nTilburg\n\nWerklocatie: Op locatie").location).toBe("Tilburg");
    expect(extract("Senior QA Automation Engineer-2400321\nMeridian Analytics\nBengaluru").title).toBe("Senior QA Automation Engineer");
  });

  test("what the readers of other pages must not take: a filter bar, English abbreviations, a table row, a Japanese role after a slash", () => {
    expect(extract("Nurse\nAcme\nWorkplace: On-site\nOn-site | Hybrid | Remote\n\nCare for patients.").remote).toBe(false);
    expect(extract("We need a Registered Nurse, RN with 2 years of experience.\n\nEducation: Economics, BA or BS.").location).toBe("");
    expect(extract("Hi Sam,\n\nWe are looking for a Staff Engineer to lead our platform team.\n\n| Team | Role | City |\n|---|---|---|\n| Platform | Engineering Manager | Berlin |").title).toBe("Staff Engineer");
    expect(extract("フロントエンド/バックエンドエンジニア(リモート可)\n株式会社テスト").title).toBe("フロントエンド/バックエンドエンジニア(リモート可)");
    expect(extract("サーバーサイド/インフラエンジニア/フルリモート\n株式会社テスト").title).toBe("サーバーサイド/インフラエンジニア");
    for (const [text, title] of [["Benefits Analyst\nAcme Health\nChicago, IL", "Benefits Analyst"], ["Mission Systems Engineer\nLockheed Martin\nDenver, CO", "Mission Systems Engineer"]]) {
      expect(extract(text ?? "").title).toBe(title);
    }
  });

  test("more page furniture: 'skip to content' in Indonesian, a Print button, Reddit's 'Go to', a similar offer's work mode", () => {
    expect(extract("Lewati ke konten\n\nGuru Bahasa Inggris SMP\nSekolah Cendekia Nusantara\nSurabaya").title).toBe("Guru Bahasa Inggris SMP");
    expect(extract("Print\nShare\n\nIT Specialist (INFOSEC)\nDepartment of the Treasury\nOgden, UT").location).toBe("Ogden, UT");
    expect(extract("r/forhire\nGo to forhire\n\n[Hiring] Shopify developer for theme work\nHiring - Remote").title).not.toMatch(/forhire/);
    const offers = `QA Automation Engineer\nAcme\nKraków\nHybrid\n\n${"You will automate our tests in Java and Selenium across the product. ".repeat(4)}\n\nCheck similar offers\nSenior QA Engineer\nVistula Tech\nFully remote`;
    expect(extract(offers).remote).toBe(false);
  });

  test("a board's 'Role' among its category fields is a category, not the title", () => {
    const text = "Lead Android Engineer - Payments\nAcme Fintech\nPune\n\nJob description\nBuild our app.\n\nRole: Mobile Developer\nIndustry Type: FinTech\nRole Category: Software Development";
    expect(extract(text).title).toBe("Lead Android Engineer - Payments");
  });

  test("acronyms in a shouted title stay in capitals", () => {
    expect(extract("CLASS 2 HGV DRIVER\nAcme Haulage\nHull").title).toBe("Class 2 HGV Driver");
  });

});

describe("hard skills away from a desk", () => {
  test.each<[string, string[]]>([
    ["Requirements:\n- 2 years charting in Epic or Cerner\n- BLS and ACLS", ["Epic", "Cerner", "BLS", "ACLS"]],
    ["Erfahrung mit HPLC, LIMS und GMP-Dokumentation; PCR von Vorteil.", ["HPLC", "LIMS", "GMP", "PCR"]],
    ["Experience with SCADA, KNX and HVAC controls, and with ArcGIS or QGIS.", ["SCADA", "KNX", "HVAC", "ArcGIS", "QGIS"]],
    ["Sehr gute Kenntnisse in DATEV und Sage.", ["DATEV", "Sage"]],
  ])("%j", (text, expected) => {
    expect(skills(text)).toEqual(expect.arrayContaining(expected));
  });

  test("the everyday words stay words, and a business's trade is no skill it asks for", () => {
    expect(skills("It was an epic journey, and sage advice helped.")).toEqual([]);
    expect(skills("Beacon is a platform used by 6,000 HVAC and plumbing companies.")).not.toContain("HVAC");
  });
});

describe("a job board's page: its name, menu, cookie banner, buttons and path above the job", () => {
  test.each<[string, string, string, string]>([
    [
      "the site's address over its menu, then the path",
      "JOBS.bg\nОбяви за работа    Работодатели    Заплати    Кариерни съвети\n\nТози сайт използва бисквитки, за да подобри вашето преживяване. Продължавайки, вие се съгласявате.\n[Приемам всички]  [Само необходимите]  [Настройки]\n\nНачало › Счетоводство, одит, финанси › София\n\nОперативен счетоводител\nЗора Логистик ЕООД\n📍 София\n",
      "Оперативен счетоводител",
      "Зора Логистик ЕООД",
    ],
    [
      "the site's name over its menu, and the employer under the job, in capitals",
      "Apec\nCandidats    Recruteurs    Jeunes diplômés    Offres d'emploi\n\nAccueil > Offres d'emploi > Contrôleur de gestion industriel H/F\n\nContrôleur de gestion industriel H/F\nMAILLON INDUSTRIES\n📍 Villeurbanne - 69\nCDI\n",
      "Contrôleur de gestion industriel",
      "Maillon Industries",
    ],
    [
      "the employer first under the path",
      "Nabídky práce › Doprava, logistika › Skladník › Středočeský kraj\nDEPOTRANS CZ s.r.o.\nSkladník/skladnice s VZV – třísměnný provoz\nHostivice, Praha-západ\n",
      "Skladník/skladnice s VZV - třísměnný provoz",
      "Depotrans CZ",
    ],
    [
      "a menu line ending in a way into an account in another language, over an Italian cookie banner",
      "LavoroSubito.it  |  Offerte  |  Aziende  |  Accedi\nQuesto sito utilizza cookie di profilazione. Accetta tutti   Rifiuta\n\nMagazziniere\nLogistica Brenta S.r.l.\nPadova (PD)\n",
      "Magazziniere",
      "Logistica Brenta",
    ],
    [
      "a German menu with its sign-in item, and a sign-in line alone",
      "Stellenportal Nord - Jobs - Firmen - Anmelden\nZaloguj się\n\nLagerist (m/w/d)\nNordhafen Logistik GmbH\nBremen\n",
      "Lagerist",
      "Nordhafen Logistik",
    ],
  ])("%s", (_, text, title, company) => {
    const e = extract(text);
    expect(e.title).toBe(title);
    expect(e.company).toBe(company);
  });

  test("a site's address heading the page is not the company; a company named like one still is", () => {
    expect(extract("eJobs.ro\n\nȘofer profesionist categoria C+E\n").company).toBe("");
    expect(extract("Company: Last.fm\nTitle: Software Engineer\n").company).toBe("Last.fm");
  });

  test.each<[string, string, string]>([
    // A role over a menu is the title, not the site's name; a menu of two items is one only when both are account links.
    ["Registered Nurse\nMenu    Sign in    Register\nSt. Mary Hospital\nPhoenix, AZ", "Registered Nurse", "St. Mary Hospital"],
    ["Sales Associate - Register\nAcme Stores\nAustin, TX", "Sales Associate - Register", "Acme Stores"],
    // A biscuit line is a job, not a cookie banner; a Japanese tag in brackets is no company.
    ["Оператор на линия за бисквитки\nЗора ЕООД\nСофия", "Оператор на линия за бисквитки", "Зора ЕООД"],
  ])("%j", (text, title, company) => {
    const e = extract(text);
    expect(e.title).toBe(title);
    expect(e.company).toBe(company);
  });

  test("a Japanese or Chinese tag in brackets before the title is neither title nor company", () => {
    const e = extract("【急募】Webエンジニア\n株式会社さくら\n東京都港区");
    expect(e.title).toBe("Webエンジニア");
    expect(e.company).not.toBe("急募");
    expect(extract("[急聘] 前端工程师\nABC科技有限公司").company).not.toBe("急聘");
  });

  test("a cry after a line that names no role is no title", () => {
    expect(extract("Great team - great benefits!\n\nWe are a bakery.").title).not.toBe("Great team - great benefits");
  });
});

test("an area of work named for the team or the product is no skill; one asked for is", () => {
  const found = skills("Web Developer\nAcme\n\nWe build tools for Marketing and Sales teams.\nYou will work with our backend engineers and the UX Design group.\n\nRequirements\n- Frontend development experience\n");
  expect(found).toContain("Frontend");
  for (const name of ["Marketing", "Sales", "Backend", "UX Design"]) expect(found).not.toContain(name);
});

describe("other languages' pages: tails, role words, tags and places", () => {
  test("a Turkish page's similar listings (Benzer İlanlar) are not the job; İstanbul is a place", () => {
    const text = "Kıdemli Backend Geliştirici\nAnadolu Yazılım A.Ş.\nİstanbul\n\nGo ve PostgreSQL deneyimi.\n\nBenzer İlanlar\nFrontend Geliştirici\nMarmara Teknoloji\nAnkara\n";
    expect(extract(text)).toMatchObject({ title: "Kıdemli Backend Geliştirici", location: "İstanbul" });
  });

  test("a Nordic compound role (Systemutvecklare) names the job", () => {
    const text = "Platsbanken\nArbetsförmedlingen\n\nSystemutvecklare .NET\nFjällström Data AB\nArbetsort: Göteborg\n\nVi söker en erfaren utvecklare.\n";
    expect(extract(text).title).toBe("Systemutvecklare .NET");
  });

  test("a Polish remote job, a Dutch on-site label, Polish and Czech legal forms, a Japanese company and German hours in a title", () => {
    expect(extract("Starszy Inżynier Danych\nTatra Data sp. z o.o.\nKraków\n\nPraca zdalna. Python i SQL.\n")).toMatchObject({ company: "Tatra Data", remote: true });
    expect(extract("Analytik dat\nVltava pojišťovna, a.s.\nPraha\n\nSQL a Python.\n").company).toBe("Vltava pojišťovna");
    expect(extract("Chauffeur C/E\nWerklocatie: In persoon\nStandplaats: Tilburg\n").location).not.toBe("In persoon");
    expect(extract("会社名：株式会社ハナペイ\n職種：バックエンドエンジニア\n").company).toBe("ハナペイ");
    expect(extract("Pflegefachkraft (m/w/d) – Voll- oder Teilzeit\nKlinik am See\nKonstanz\n").title).toBe("Pflegefachkraft");
  });

  test("a recruiter's \"we need a …\" names the job; a role written in a sentence gets its capitals", () => {
    expect(extract("Hi Sam,\n\nI'm working with a fintech in Leeds who need an experienced Senior React Developer for a 6 month contract.\n").title).toBe("Senior React Developer");
    // A Slack channel's name over the post is not the title.
    expect(extract("#hiring\n\nDana Cole  9:15 AM\nWe're Tidewell and we need a part-time data engineer for our pipelines.\n").title).toBe("Data Engineer");
    expect(extract("#jobs\n\nWe're hiring a freelance ML engineer to help with our ranking models.\n").title).toBe("ML Engineer");
    expect(extract("Teams who need a designer come to us for brand work.\n").title).toBe("");
  });

  test("practices named in Japanese, Korean, Turkish, Czech and Portuguese", () => {
    expect(skills("必須スキル\n- Goでのバックエンド開発経験\n- マイクロサービスの設計\n- コードレビュー")).toEqual(expect.arrayContaining(["Backend", "Microservices", "Code Review"]));
    expect(skills("자격요건\n- 프론트엔드 개발 경험\n- 테스트 자동화\n- 웹 접근성에 대한 이해")).toEqual(expect.arrayContaining(["Frontend", "Test Automation", "Accessibility"]));
    expect(skills("Aranan Nitelikler\n- İşe alım ve bordro süreçlerinde deneyim")).toEqual(expect.arrayContaining(["Recruiting", "Payroll"]));
    expect(skills("Co od vás očekáváme\n- Modelování dat a SQL")).toEqual(expect.arrayContaining(["Data Modeling", "SQL"]));
    expect(skills("Requisitos\n- Testes automatizados com JUnit")).toEqual(expect.arrayContaining(["Test Automation", "JUnit"]));
  });

  test("\"100% remoto\" after the title is a work mode, not the title's", () => {
    expect(extract("Desarrollador/a Frontend React – 100% remoto\nNubeluz · Madrid\n\nBuscamos experiencia en React.\n").title).toBe("Desarrollador/a Frontend React");
  });
});

test("certifications and tools of security, IT, testing and product analytics are skills", () => {
  const found = skills("Requirements\n- CISSP or OSCP\n- ITIL and CompTIA A+\n- Intune\n- Appium, TestNG and REST Assured\n- CUDA\n- Amplitude or Mixpanel\n");
  expect(found).toEqual(expect.arrayContaining(["CISSP", "OSCP", "ITIL", "CompTIA A+", "Intune", "Appium", "TestNG", "REST Assured", "CUDA", "Amplitude", "Mixpanel"]));
});

describe("work modes written other ways", () => {
  test("\"Hybrid (3 days) · Berlin\": the place after the work mode", () => {
    expect(extract("Senior Backend Engineer\nLumen Health\nHybrid (3 days) · Berlin\n\nWe use Go.\n").location).toBe("Berlin");
  });

  test("\"on site\" with a space is no remote job", () => {
    const found = extract("Data Analyst\nHarbour Insurance\nLocation: London, EC3 - 2 days a week on site, rest remote\n\nSQL and Excel.\n");
    expect(found.remote).toBe(false);
    expect(found.location).not.toBe("Remote");
  });

  test("a Lever header's terms between slashes: REMOTE makes the job remote", () => {
    expect(extract("Senior Software Engineer, Studio\nLOS GATOS, CALIFORNIA / ENGINEERING – STUDIO / FULL-TIME / REMOTE\n\nGo and Java.\n").remote).toBe(true);
    expect(extract("Data Engineer\nAUSTIN, TX / DATA / FULL-TIME / HYBRID\n\nSQL.\n").remote).toBe(false);
  });

  test("a werkenbij. or karriere. address is the posting's link", () => {
    expect(extract("Verpleegkundige\nZiekenhuis Rijnland\n\nSolliciteer via https://werkenbij.rijnland.nl/vacatures/verpleegkundige-ic\nof bel ons.\n").url).toBe(
      "https://werkenbij.rijnland.nl/vacatures/verpleegkundige-ic",
    );
  });
});

describe("url: the posting's own link", () => {
  test.each<[string, string]>([
    [
      "Read our handbook https://about.gitlab.com/handbook/ and apply at https://job-boards.greenhouse.io/gitlab/jobs/7631783002",
      "https://job-boards.greenhouse.io/gitlab/jobs/7631783002",
    ],
    ["Apply at https://acme.com/careers/123-senior-engineer.", "https://acme.com/careers/123-senior-engineer"],
    ["https://www.linkedin.com/jobs/view/3812345678/", "https://www.linkedin.com/jobs/view/3812345678/"],
    ["[Apply](https://jobs.ashbyhq.com/acme/1234-5678-90ab)", "https://jobs.ashbyhq.com/acme/1234-5678-90ab"],
    ["(see https://jobs.lever.co/acme/abc-123)", "https://jobs.lever.co/acme/abc-123"],
    ["Careers: https://acme.com/careers/ - this role: https://boards.greenhouse.io/acme/jobs/123456", "https://boards.greenhouse.io/acme/jobs/123456"],
    ["https://www.indeed.com/viewjob?jk=3f2a1b0c9d8e7f6a", "https://www.indeed.com/viewjob?jk=3f2a1b0c9d8e7f6a"],
    ["See https://about.gitlab.com/handbook/ for our values", ""],
    ["Follow us: https://www.linkedin.com/company/acme", ""],
    ["No links here at all", ""],
    // A board's page in other words and languages; a careers site under "www.jobs." too.
    ["Ilmoituksen osoite: https://duunitori.fi/tyopaikat/tyo/kokki-ravintola-kulma-17893452", "https://duunitori.fi/tyopaikat/tyo/kokki-ravintola-kulma-17893452"],
    ["Odkaz na nabídku: https://www.jobs.cz/rpd/2000456789/", "https://www.jobs.cz/rpd/2000456789/"],
    ["https://www.catho.com.br/vagas/consultor-de-vendas-externo/28765432/", "https://www.catho.com.br/vagas/consultor-de-vendas-externo/28765432/"],
    ["https://arc.dev/remote-jobs/j/senior-react-native-developer-q8x1mz", "https://arc.dev/remote-jobs/j/senior-react-native-developer-q8x1mz"],
    ["https://interamt.de/koop/app/stelle?id=1284567", "https://interamt.de/koop/app/stelle?id=1284567"],
    ["See https://github.com/acme/background-jobs and https://acme.it/stelle-michelin", ""],
    // A careers site's "recruit" path; "Ansök här" and "応募はこちら" as the link's label.
    ["Entry: https://www.kitsune-foods.co.jp/recruit/2026/kitchen-staff", "https://www.kitsune-foods.co.jp/recruit/2026/kitchen-staff"],
    ["Ansök här: https://mitt.lund.se/ansokan?id=4471", "https://mitt.lund.se/ansokan?id=4471"],
    ["応募はこちら：https://hana-pay.jp/form/8123", "https://hana-pay.jp/form/8123"],
  ])("%j", (text, url) => {
    expect(extract(text).url).toBe(url);
  });
});

describe("whole descriptions, as copied from where people find jobs", () => {
  const pastes: Array<[string, string, Extraction]> = [
    [
      "LinkedIn, copied with the page around it",
      `Acme Robotics
Share
Show more options
Senior Machine Learning Engineer
Pittsburgh, PA · 3 weeks ago · 87 applicants
Promoted by hirer · Actively reviewing applicants

On-site
Full-time
Mid-Senior level

Easy Apply
Save
Save Senior Machine Learning Engineer at Acme Robotics

Use AI to assess how you fit
Show match details

Meet the hiring team
Priya Raman
Engineering Manager at Acme Robotics

About the job
At Acme Robotics, our perception team turns camera and lidar data into a 3D picture of the warehouse.

What You'll Do
- Train and ship perception models in PyTorch
- Optimize inference in C++ and CUDA

What We're Looking For
- MS or PhD in CS, or equivalent experience
- Strong Python; experience with computer vision

The salary for this role starts at $140K depending on level, plus equity.

About the company
Acme Robotics
12,345 followers
Robotics Engineering
201-500 employees
`,
      {
        company: "Acme Robotics",
        title: "Senior Machine Learning Engineer",
        skills: ["Machine Learning", "PyTorch", "C++", "CUDA", "Python", "Computer Vision"],
        salary: { min: 140000, max: null, currency: "USD", period: "year", text: "starts at $140K" },
        location: "Pittsburgh, PA",
        remote: false,
        url: "",
      },
    ],
    [
      "LinkedIn, the job panel",
      `Senior Backend Engineer
Acme Robotics · Berlin, Germany (Hybrid)
Reposted 2 weeks ago · Over 100 applicants

About the job

Acme Robotics builds the robots that move parcels through Europe's busiest warehouses. We're a team of 120 and raised a $40M Series B last year.

What you'll do
• Build and run services in Go and Python on Kubernetes
• Own our PostgreSQL schemas and Kafka pipelines
• Go above and beyond for our customers — reactive, not passive

What you bring
• 5+ years of backend experience
• Experience with gRPC, Docker and CI/CD
• Nice to have: Rust, C/C++ for the firmware team

Salary: €70,000 – €90,000 per year, plus a €2,000 learning budget
`,
      {
        company: "Acme Robotics",
        title: "Senior Backend Engineer",
        skills: ["Backend", "Go", "Python", "Kubernetes", "PostgreSQL", "Kafka", "gRPC", "Docker", "CI/CD", "Rust", "C", "C++", "Firmware"],
        salary: { min: 70000, max: 90000, currency: "EUR", period: "year", text: "€70,000 – €90,000 per year" },
        location: "Berlin, Germany",
        remote: false,
        url: "",
      },
    ],
    [
      "Greenhouse, with the application form",
      `Back to jobs
Product Manager, Growth
New York, New York, United States

Apply

Figma is growing our team of passionate creatives and builders on a mission to make design accessible to all.

What you'll do at Figma:
- Define the roadmap for our growth team
- Partner with engineering, design, data science and marketing

We'd love to hear from you if you have:
- 5+ years of product management experience
- Experience running A/B tests and working with SQL

At Figma, one of our values is Grow as you go.

The base pay range for this role in San Francisco or New York is: $168,000—$300,000 USD

Apply for this job
* indicates a required field
First Name *
Last Name *
Email *
Phone
Resume/CV *
LinkedIn Profile
Website
Are you legally authorized to work in the United States? *
`,
      {
        company: "Figma",
        title: "Product Manager, Growth",
        // Marketing is a team the job works with, not a skill it asks for.
        skills: ["Product Management", "Data Science", "A/B Testing", "SQL"],
        salary: { min: 168000, max: 300000, currency: "USD", period: "year", text: "$168,000—$300,000 USD" },
        location: "New York, NY",
        remote: false,
        url: "",
      },
    ],
    [
      "Greenhouse, short",
      `Staff Software Engineer, Payments
Remote - US

Stripe is a financial infrastructure platform for businesses. Millions of companies use Stripe to accept payments.

## What you'll do
- Design APIs used by millions of developers (Ruby, Java, Scala)
- Improve the scalability and reliability of our payments platform

## Who you are
- 8+ years of experience building distributed systems
- Strong in Java or Go; experience with AWS, Terraform

The annual US base salary range for this role is $180,000 - $230,000. This role may be eligible for equity, a sign-on bonus of up to $20k, and a 401(k) match up to 4%.

Apply for this job: https://job-boards.greenhouse.io/stripe/jobs/5123456
`,
      {
        company: "Stripe",
        title: "Staff Software Engineer, Payments",
        skills: ["Payments", "Ruby", "Java", "Scala", "Scalability", "Distributed Systems", "Go", "AWS", "Terraform"],
        salary: { min: 180000, max: 230000, currency: "USD", period: "year", text: "$180,000 - $230,000" },
        location: "Remote (US)",
        remote: true,
        url: "https://job-boards.greenhouse.io/stripe/jobs/5123456",
      },
    ],
    [
      "Lever",
      `Lumen Health - Frontend Engineer
San Francisco, CA
Engineering – Web /
Full-time /
Hybrid

At Lumen Health, we make primary care feel human. Our web app is built with React, TypeScript and Next.js, backed by a Node.js API and GraphQL.

Responsibilities:
* Ship features in React and TypeScript
* Collaborate with designers in Figma
* Write tests with Jest and Playwright

Compensation: $140k–$175k + equity

https://jobs.lever.co/lumenhealth/1f2e3d4c-aaaa-bbbb-cccc-123456789012
`,
      {
        company: "Lumen Health",
        title: "Frontend Engineer",
        skills: ["Frontend", "React", "TypeScript", "Next.js", "Node.js", "GraphQL", "Figma", "Jest", "Playwright"],
        salary: { min: 140000, max: 175000, currency: "USD", period: "year", text: "$140k–$175k" },
        location: "San Francisco, CA",
        remote: false,
        url: "https://jobs.lever.co/lumenhealth/1f2e3d4c-aaaa-bbbb-cccc-123456789012",
      },
    ],
    [
      "Lever, with the category line",
      `Sparrow Labs
Android Engineer
TORONTO / ENGINEERING – MOBILE / FULL-TIME / HYBRID

Sparrow Labs builds apps that help independent pharmacies stay in touch with their patients.

What you will do
- Build features in Kotlin and Jetpack Compose
- Migrate older screens written in Java and XML layouts

The base salary for this role is CA$120,000 – CA$145,000.

Apply for this job
`,
      {
        company: "Sparrow Labs",
        title: "Android Engineer",
        skills: ["Android", "Kotlin", "Jetpack Compose", "Java", "XML"],
        salary: { min: 120000, max: 145000, currency: "CAD", period: "year", text: "CA$120,000 – CA$145,000" },
        location: "Toronto",
        remote: false,
        url: "",
      },
    ],
    [
      "Workday",
      `Data Engineer
locations
New York, NY
time type
Full time
posted on
Posted 30+ Days Ago
job requisition id
R-12345

Harbor Bank is one of the largest banks on the East Coast. Our Data team builds pipelines with Spark, Airflow and dbt on Snowflake.

Qualifications
- SQL and Python; Scala a plus
- Experience with Excel and Tableau for stakeholders
- Excellent communication skills

Pay range: $120,000-$150,000 annually. Harbor Bank offers a $5,000 annual learning budget and relocation of $10,000.
https://harborbank.wd1.myworkdayjobs.com/en-US/Careers/job/New-York-NY/Data-Engineer_R-12345
`,
      {
        company: "Harbor Bank",
        title: "Data Engineer",
        skills: ["Data Engineering", "Spark", "Airflow", "dbt", "Snowflake", "SQL", "Python", "Scala", "Excel", "Tableau", "Communication"],
        salary: { min: 120000, max: 150000, currency: "USD", period: "year", text: "$120,000-$150,000 annually" },
        location: "New York, NY",
        remote: false,
        url: "https://harborbank.wd1.myworkdayjobs.com/en-US/Careers/job/New-York-NY/Data-Engineer_R-12345",
      },
    ],
    [
      "Indeed",
      `Python Developer
Greenfield Energy
Austin, TX
$45 - $60 an hour - Contract

Job details
Pay: $45.00 - $60.00 per hour
Job type: Contract
Schedule: 10-15 hours per week

Full job description
Greenfield Energy is looking for a Python developer to automate our solar-farm reports. You'll use Python, pandas and Django. Experience with R is a plus. We do R&D on battery chemistry.
`,
      {
        company: "Greenfield Energy",
        title: "Python Developer",
        skills: ["Python", "Pandas", "Django", "R"],
        salary: { min: 45, max: 60, currency: "USD", period: "hour", text: "$45.00 - $60.00 per hour" },
        location: "Austin, TX",
        remote: false,
        url: "",
      },
    ],
    [
      "Indeed, hourly",
      `Warehouse Associate
Amazon
Phoenix, AZ 85043
Pay: From $18.00 per hour
Job type: Full-time

Benefits:
- 401(k)
- Dental insurance

Schedule:
- 10 hour shift
- Monday to Friday

Work Location: In person
`,
      {
        company: "Amazon",
        title: "Warehouse Associate",
        skills: [],
        salary: { min: 18, max: null, currency: "USD", period: "hour", text: "From $18.00 per hour" },
        location: "Phoenix, AZ",
        remote: false,
        url: "",
      },
    ],
    [
      "a recruiter's e-mail",
      `Hi Jane,

I came across your profile and wanted to reach out about a Senior iOS Engineer role at Pocketwise, a fintech startup in London. The role is hybrid (2 days in office) and pays £80k-£95k + equity.

Stack: Swift, SwiftUI, Combine, GraphQL. They ship swiftly and trust their engineers.

Let me know if you'd like to chat! My number is +44 20 7946 0958.

Best,
Tom
Talent Partner, Hays
`,
      {
        company: "Pocketwise",
        title: "Senior iOS Engineer",
        skills: ["iOS", "Swift", "SwiftUI", "GraphQL"],
        salary: { min: 80000, max: 95000, currency: "GBP", period: "year", text: "£80k-£95k" },
        location: "London",
        remote: false,
        url: "",
      },
    ],
    [
      "a recruiter's e-mail with headers",
      `From: Anna Schmidt <anna@talentbridge.io>
Subject: Opportunity: Lead Frontend Engineer (Vue) – Munich, hybrid

Hi there,

hope you're well! I'm recruiting for a Lead Frontend Engineer at a fast-growing climate-tech scale-up in Munich. They use Vue 3, Nuxt, TypeScript and Tailwind. Budget is €85-95k plus VSOP.

Happy to share more on a quick call?

Anna Schmidt
Senior Recruiter | TalentBridge
+49 89 1234 5678
`,
      {
        company: "TalentBridge",
        title: "Lead Frontend Engineer (Vue)",
        skills: ["Frontend", "Vue.js", "Nuxt.js", "TypeScript", "Tailwind CSS"],
        salary: { min: 85000, max: 95000, currency: "EUR", period: "year", text: "€85-95k" },
        location: "Munich",
        remote: false,
        url: "",
      },
    ],
    [
      "German, Markdown",
      `# Backend-Entwickler (m/w/d) – Go / Kubernetes

**Standort:** München
**Gehalt:** 65.000 – 80.000 € brutto/Jahr

Fernweh Mobility GmbH baut die Buchungsplattform für Reisen quer durch Europa.

## Deine Aufgaben
- Du entwickelst Services in Go und betreibst sie auf Kubernetes
- PostgreSQL, Kafka, gRPC

## Was wir bieten
- 30 Tage Urlaub, Homeoffice an 2 Tagen pro Woche (hybrid)
`,
      {
        company: "Fernweh Mobility",
        title: "Backend-Entwickler - Go / Kubernetes",
        skills: ["Backend", "Go", "Kubernetes", "PostgreSQL", "Kafka", "gRPC"],
        salary: { min: 65000, max: 80000, currency: "EUR", period: "year", text: "65.000 – 80.000 € brutto/Jahr" },
        location: "München",
        remote: false,
        url: "",
      },
    ],
    [
      "French",
      `Développeur Backend Python H/F
Paris (75) - CDI - Télétravail partiel

Chez Qonto, nous simplifions la gestion financière des PME.

Vos missions
- Concevoir des APIs en Python (Django, FastAPI)
- Travailler avec PostgreSQL, Redis et Kubernetes

Salaire : 50 - 60 k€ brut annuel
`,
      {
        company: "Qonto",
        title: "Développeur Backend Python",
        skills: ["Backend", "Python", "Django", "FastAPI", "PostgreSQL", "Redis", "Kubernetes"],
        salary: { min: 50000, max: 60000, currency: "EUR", period: "year", text: "50 - 60 k€ brut annuel" },
        location: "Paris",
        remote: false,
        url: "",
      },
    ],
    [
      "Spanish",
      `Desarrollador/a Full Stack (React + Node)
Madrid, España · Híbrido

En Cabify buscamos un/a desarrollador/a para nuestro equipo de pagos.

Requisitos
- Experiencia con React, Node.js y TypeScript
- Conocimientos de AWS y Docker

Salario: 40.000 € - 50.000 € brutos anuales
`,
      {
        company: "Cabify",
        title: "Desarrollador/a Full Stack (React + Node)",
        skills: ["Full-Stack", "React", "Node.js", "TypeScript", "AWS", "Docker"],
        salary: { min: 40000, max: 50000, currency: "EUR", period: "year", text: "40.000 € - 50.000 € brutos anuales" },
        location: "Madrid, España",
        remote: false,
        url: "",
      },
    ],
    [
      "a careers page",
      `Careers at Northwind Analytics

Data Engineer
Remote · Full-time

Northwind Analytics helps retailers forecast demand.

Responsibilities
- Build ELT pipelines with Airflow and dbt
- Model data in BigQuery

Salary: Competitive, plus a $2,000 annual bonus.
`,
      {
        company: "Northwind Analytics",
        title: "Data Engineer",
        skills: ["Data Engineering", "ETL", "Airflow", "dbt", "BigQuery"],
        salary: null,
        location: "Remote",
        remote: true,
        url: "",
      },
    ],
    [
      "a careers page with labels",
      `Job Description

Title: Senior Software Engineer II
Company: Contoso
Location: Redmond, Washington, United States
Employment type: Full-time
Job number: 1765432

Overview
Microsoft's Contoso team is looking for engineers with C#, .NET and Azure experience. Knowledge of C/C++ is a plus.

Qualifications
- Bachelor's Degree in Computer Science AND 4+ years technical engineering experience with coding in languages including, but not limited to, C, C++, C#, Java, JavaScript, or Python

Software Engineering IC4 - The typical base pay range for this role across the U.S. is USD $117,200 - $229,200 per year.
`,
      {
        company: "Contoso",
        title: "Senior Software Engineer II",
        skills: ["C#", ".NET", "Azure", "C", "C++", "Java", "JavaScript", "Python"],
        salary: { min: 117200, max: 229200, currency: "USD", period: "year", text: "$117,200 - $229,200 per year" },
        location: "Redmond, WA",
        remote: false,
        url: "",
      },
    ],
  ];
  test.each(pastes)("%s", (_where, text, expected) => {
    expect(extract(text)).toEqual(expected);
  });
});

describe("the seed description, as pasted", () => {
  const seed = readFileSync(join(__dirname, "..", "fixtures", "seed-description.txt"), "utf8");
  const found = extract(seed);

  test("reads like the GitLab posting it is", () => {
    expect(found.company).toBe("GitLab");
    expect(found.title).toBe("Intermediate Backend Engineer");
    expect(found.location).toBe("Remote");
    expect(found.remote).toBe(true);
    expect(found.url).toBe("");
    expect(found.salary).toBeNull(); // "grade 6", "30 minute", "Tier 2" are not pay
  });

  test("finds the skills it asks for, and no false friends", () => {
    expect(found.skills).toEqual(
      expect.arrayContaining(["Ruby on Rails", "Backend", "Code Review", "Agile", "Open Source", "Communication", "Technical Debt"]),
    );
    for (const wrong of ["Ruby", "Go", "R", "C", "Java", "Rust", "GitLab", "Excel", "Remote Work"]) {
      expect(found.skills).not.toContain(wrong);
    }
    expect(found.skills[0]).toBe("Backend");
  });
});

describe("any input", () => {
  const SHAPE = ["company", "title", "skills", "salary", "location", "remote", "url"];

  function checkShape(found: Extraction): void {
    expect(Object.keys(found)).toEqual(SHAPE);
    for (const key of ["company", "title", "location", "url"] as const) expect(typeof found[key]).toBe("string");
    expect(typeof found.remote).toBe("boolean");
    expect(Array.isArray(found.skills)).toBe(true);
    const keys = found.skills.map((s) => canon.canonical(s)?.key);
    for (const s of found.skills) expect(canon.canonical(s)?.name).toBe(s);
    expect(new Set(keys).size).toBe(keys.length);
    if (found.salary) {
      const { min, max } = found.salary;
      for (const n of [min, max]) if (n !== null) expect(Number.isFinite(n) && n > 0).toBe(true);
      if (min !== null && max !== null) expect(min).toBeLessThanOrEqual(max);
    }
  }

  test.each<[string, unknown]>([
    ["empty", ""],
    ["whitespace", " \n\t\u00a0\u2028 "],
    ["binary junk", "\u0000\u0001\uffff\ud800\udfff\ud83d" + String.fromCharCode(...Array.from({ length: 200 }, (_, i) => i))],
    ["a script tag", "<script>alert('Go, Rust, $120k')</script><b>Senior Engineer</b>"],
    ["right-to-left text", "مهندس برمجيات أول — Python, Go — الراتب: 20,000 ريال شهريًا"],
    ["emoji only", "🚀🔥💼📍💰".repeat(100)],
    ["not a string", 42],
    ["null", null],
  ])("%s never throws and keeps the shape", (_name, input) => {
    checkShape(extractPosting(input as string, { canon, defaultCurrency: "USD" }));
  });

  test("bad options never throw either", () => {
    const found = extractPosting("Go, Rust", { canon, defaultCurrency: 7 as unknown as string, vaultSkills: [null, 3, "Go"] as unknown as string[] });
    checkShape(found);
    expect(found.skills).toEqual(["Go", "Rust"]);
  });

  test("arbitrary strings: never throws, always the right shape, canonical skills without duplicates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        checkShape(extract(text));
      }),
      { numRuns: 300 },
    );
  });

  const pieces = [
    ...BUILTIN_SKILLS.slice(0, 200).flatMap((s) => [s.name, ...s.aliases.slice(0, 1)]),
    "Go", "go", "R", "C", "R&D", "$", "€", "120k", "$80,000", "-", "–", "to", "per year", "/hr", "salary", "bonus",
    "Remote", "not remote", "Hybrid", "Location:", "Company:", "\n", "\n# ", "- ", ", ", ". ", "(", ")", "https://", "jobs.lever.co/",
    "At ", "About ", " is hiring a ", "Engineer", "Berlin, Germany", "📍", "**", "401(k)", "%",
  ];
  test("posting-like strings: canonical skills without duplicates, sane salaries", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.array(fc.constantFrom(" ", "", "\n", ", "), { maxLength: 60 }), (parts, seps) => {
        const text = parts.map((p, i) => p + (seps[i] ?? " ")).join("");
        checkShape(extract(text, ["Pajamas Design System", "go"]));
      }),
      { numRuns: 300 },
    );
  });

  // Read to the end, with no pattern that backtracks for ever (the test's time limit would stop it).
  // How long it takes is no test's business: on a busy machine a clock in a test fails for nothing.
  test("5 MB of text is read to the end", () => {
    const seed = readFileSync(join(__dirname, "..", "fixtures", "seed-description.txt"), "utf8");
    const big = seed.repeat(Math.ceil(5_000_000 / seed.length)).slice(0, 5_000_000);
    const oneLine = "Go, R, C, Swift. $120k - $150k salary, 401(k). ".repeat(110_000).slice(0, 5_000_000);
    for (const text of [big, oneLine, "a".repeat(5_000_000), ("1".repeat(5000) + " ").repeat(1000)]) checkShape(extract(text));
    expect(extract(oneLine).skills).toEqual(expect.arrayContaining(["Go", "Swift"]));
  });
});
