// The built-in skill vocabulary: each skill's proper spelling and the other ways people write it.
// Data, and the one call that reads it back where main.js carries it packed (packed-text.ts). An alias
// belongs to exactly one skill, and ambiguous short tokens are left out.
import { unpackText } from "./packed-text";
import { freeze } from "./objects";

export interface SkillVocabularyEntry {
  name: string;
  aliases: readonly string[];
}

/** The languages a job may ask you to speak, and their names in other languages; a level can follow one ("German B2"). */
const LANGUAGES = `English|englisch|englischkenntnisse|anglais|inglés|ingles|inglese|inglês|engels|engelse taal|engelska|engelsk|angielski|angielskiego|englanti|ingilizce|angličtina|angličtiny|英語|英语|영어
German|deutsch|deutschkenntnisse|allemand|alemán|aleman|tedesco|alemão|duits|duitse taal|tyska|niemiecki|niemieckiego|almanca|němčina|němčiny
French|français|francais|französisch|francés|frances|francese|francês
Spanish|español|espanol|castellano|spanisch|espagnol|spagnolo|espanhol
Italian|italiano|italienisch|italien|italiaans
Portuguese|português|portugues|portugiesisch|portugais|portugués
Dutch|nederlands|nederlandse taal|niederländisch|néerlandais|neerlandés|holenderski
Polish|polnisch|polonais|polaco|polskiego
Swedish|svenska
Danish|dansk
Norwegian|norsk
Finnish|suomi
Mandarin|mandarin chinese|putonghua|中文|普通话|中国語
Cantonese
Japanese|日本語
Korean|한국어
Arabic|arabisch|arabe|árabe
Hindi
Russian|russisch|russe|ruso|русский
Turkish
`;

/**
 * One skill a line: its name, then the other ways people write it, each after a "|" (with no
 * spaces around it, which would cost main.js some 2 KB). Kept as text because the table is the
 * largest part of main.js, and as text it is a quarter smaller than as calls; the groups are named
 * in comments between its parts, which the build joins into one text.
 */
const TABLE =
  // Programming languages
  `JavaScript|js|ecmascript|es6|es2015|vanilla js|vanilla javascript
TypeScript|ts
Python|python3|python 3|py
Java|java se|java ee|jakarta ee|core java
C|c language|ansi c|c programming
C++|cpp|c plus plus|cplusplus|modern c++
C#|csharp|c sharp|c#.net
Objective-C|objc|obj c
Go|golang|go lang
Rust|rustlang|rust lang
Ruby|ruby lang|ruby language
PHP|php8|php 8|php7
Swift|swift lang
Kotlin
Scala
R|r language|r programming|rlang
MATLAB
Perl
Lua
Haskell
Elixir
Erlang
Clojure
F#|fsharp|f sharp
OCaml
Dart
Julia
Groovy
VB.NET|visual basic|visual basic .net
VBA|visual basic for applications|excel vba
COBOL
Fortran
Assembly|assembly language|asm
Solidity
Zig
Elm
Lisp|common lisp
Delphi
Apex|salesforce apex
ABAP|sap abap
Bash|bash scripting|bash script
Shell Scripting|shell|shell scripts|shell script|unix shell
PowerShell|pwsh
SQL|structured query language|sql queries
PL/SQL|plsql
T-SQL|tsql|transact sql
HTML|html5
CSS|css3
Sass|scss
Less|less css
WebAssembly|wasm
` +
  // Front-end
  `React|reactjs|react.js|react js
Vue.js|vue|vuejs|vue js|vue 3|vue3
Angular|angular 2+|angular2
AngularJS|angular.js|angular 1
Svelte|sveltejs
SvelteKit
Next.js|nextjs|next js
Nuxt.js|nuxt|nuxtjs|nuxt js
Gatsby|gatsbyjs
Remix|remix run
Astro
Ember.js|ember|emberjs
Backbone.js|backbone|backbonejs
jQuery
Redux|redux toolkit
MobX
RxJS
Tailwind CSS|tailwind|tailwindcss
Bootstrap|twitter bootstrap
Material UI|mui
Three.js|threejs
D3.js|d3|d3js
Webpack
Vite|vitejs
Babel
ESLint
npm
Yarn
pnpm
Storybook
Web Components
HTMX
` +
  // Back-end frameworks and runtimes
  `Node.js|nodejs|node|node js
Deno
Bun|bun.js
Express.js|express|expressjs|express js
NestJS|nest.js|nest js
Ruby on Rails|rails|ror|ruby on rails framework|rails framework
Sinatra
Django|django framework
Django REST Framework|drf
Flask
FastAPI|fast api
Spring|spring framework
Spring Boot|springboot
Hibernate
Laravel
Symfony
CakePHP|cake php
CodeIgniter
WordPress|wp
Drupal
Magento|adobe commerce
Shopify
.NET|dotnet|dot net|.net core|.net framework|dotnet core
ASP.NET|asp.net core|asp.net mvc|aspnet
Entity Framework|ef core|entity framework core
Blazor
Phoenix|phoenix framework
Active Record|activerecord
Sequelize
Prisma
TypeORM
SQLAlchemy
Sidekiq
Celery
Resque
` +
  // Mobile
  `iOS|ios development
Android|android development
SwiftUI
UIKit
Jetpack Compose
Flutter
React Native|reactnative
Xamarin
.NET MAUI|maui
Ionic
Mobile Development|mobile app development|mobile apps
` +
  // Databases and data stores
  `PostgreSQL|postgres|psql|postgre|postgresql database|postgres sql
MySQL
MariaDB
SQLite|sqlite3
Microsoft SQL Server|sql server|mssql|ms sql|ms sql server
Oracle Database|oracle|oracle db
MongoDB|mongo|mongo db
Redis
Memcached
Cassandra|apache cassandra
DynamoDB|amazon dynamodb|aws dynamodb
Couchbase
CouchDB
Neo4j
Elasticsearch|elastic search
OpenSearch
Solr|apache solr
ClickHouse
Snowflake
BigQuery|google bigquery|big query
Redshift|amazon redshift|aws redshift
Databricks
Firebase
Firestore|cloud firestore
Supabase
CockroachDB
InfluxDB
TimescaleDB
Vector Databases|vector database|vector db
NoSQL
RDBMS|relational databases|relational database|relational database management system
Database Design|database modeling|schema design
Data Modeling|data modelling|modelování dat|modelowanie danych|modelagem de dados|データモデリング|데이터 모델링
Data Migration|data migrations
Database Administration|dba
` +
  // Messaging and streaming
  `Kafka|apache kafka
RabbitMQ
ActiveMQ
NATS
Amazon SQS|sqs|aws sqs
Amazon SNS|sns|aws sns
Google Pub/Sub|pub/sub|pubsub|cloud pub/sub
` +
  // Cloud platforms and services
  `AWS|amazon web services|amazon aws
Google Cloud|gcp|google cloud platform|gcloud
Azure|microsoft azure|ms azure|azure cloud
Oracle Cloud|oci|oracle cloud infrastructure
IBM Cloud
Alibaba Cloud
DigitalOcean|digital ocean
Heroku
Vercel
Netlify
Cloudflare
Amazon EC2|ec2|aws ec2
Amazon S3|s3|aws s3
AWS Lambda|lambda|amazon lambda
Amazon ECS|ecs|aws ecs
Amazon EKS|eks|aws eks
Amazon RDS|rds|aws rds
AWS Fargate|fargate
CloudFormation|aws cloudformation
CloudWatch|aws cloudwatch|amazon cloudwatch
CloudFront|aws cloudfront|amazon cloudfront
API Gateway|aws api gateway|amazon api gateway
Google Kubernetes Engine|gke
Cloud Run|google cloud run
Cloud Functions|google cloud functions
Azure Kubernetes Service|aks
Azure Functions
Azure DevOps|vsts
Serverless|serverless architecture|serverless computing
Cloud Computing|cloud|cloud infrastructure
` +
  // DevOps, infrastructure and operations
  `Docker|docker compose
Kubernetes|k8s|kube|k8
Helm|helm charts
OpenShift|red hat openshift
Terraform|hashicorp terraform
Pulumi
Ansible
Puppet
Chef
Vagrant
Packer
Consul
HashiCorp Vault
Istio
Service Mesh
Argo CD|argocd
Jenkins
GitHub Actions|gh actions
GitLab CI|gitlab ci/cd|gitlab pipelines
CircleCI|circle ci
Travis CI|travis
TeamCity
Bamboo
CI/CD|cicd|ci cd|ci/cd pipelines|ci/cd pipeline|continuous integration|continuous delivery|continuous deployment|intégration continue|integración continua|integração contínua
DevOps
DevSecOps
SRE|site reliability engineering|site reliability
Infrastructure as Code|iac
Observability
Monitoring|system monitoring
Prometheus
Grafana
Datadog|data dog
New Relic|newrelic
Splunk
CISSP
OSCP
ITIL
CompTIA A+
Intune|microsoft intune
Kibana
Logstash
ELK Stack|elk|elastic stack
Sentry
PagerDuty
OpenTelemetry|otel
Jaeger
Nginx
HAProxy
Linux|gnu/linux|linux administration
Unix
Ubuntu
Windows Server
System Administration|sysadmin|systems administration|systemadministration|administration système|administration systèmes|administración de sistemas|amministrazione di sistema|systeembeheer|administracja systemami
Virtualization|virtualisierung|virtualisation|virtualización|virtualizzazione|virtualisatie|wirtualizacja
VMware|vsphere
Networking|computer networking|network engineering|netzwerktechnik|réseaux informatiques|redes informáticas|reti informatiche|netwerkbeheer|sieci komputerowe
TCP/IP
DNS
HTTP|http/2|https
Load Balancing|load balancers
Caching
CDN|content delivery network
Incident Management|incident response|on-call
` +
  // Version control and collaboration tools
  `Git|git scm
GitHub
GitLab
Bitbucket
Subversion|svn
Jira|atlassian jira
Confluence|atlassian confluence
Trello
Asana
Notion
Obsidian|obsidian.md
Slack
Markdown
LaTeX
` +
  // APIs, protocols and formats
  `REST APIs|rest|restful|rest api|restful api|restful apis|restful services|rest services
GraphQL|graph ql
gRPC|grpc api
SOAP|soap api
WebSockets|websocket|web sockets
OpenAPI|swagger|openapi spec
Protocol Buffers|protobuf|protobufs
JSON
YAML
XML
Apollo|apollo graphql|apollo client|apollo server
tRPC
Webhooks|webhook
API Design|api development|api設計|api 설계
OAuth|oauth2|oauth 2.0|oauth 2
OpenID Connect|oidc
JWT|json web tokens|json web token
SAML
SSO|single sign-on
` +
  // Architecture and engineering practice
  `Software Architecture|software architect|application architecture
System Design|systems design
Microservices|microservice|microservices architecture|microservice architecture|microsserviços|microservicios|microservizi|mikroserwisy|マイクロサービス|마이크로서비스
Distributed Systems|distributed computing|distributed system
Event-Driven Architecture|event driven|event-driven systems
Domain-Driven Design|ddd
Design Patterns|software design patterns
Object-Oriented Programming|oop|object oriented|object-oriented design|ood
Functional Programming
SOLID|solid principles
Clean Code
Data Structures
Algorithms
Concurrency|multithreading|multi-threading|parallel programming
Performance Optimization|performance tuning|performance engineering|performance optimisation|optimisation des performances|optimización del rendimiento|パフォーマンスチューニング|성능 최적화
Scalability
High Availability
Backend|back-end|backend development|back-end development|server-side|バックエンド|백엔드
Frontend|front-end|frontend development|front-end development|client-side|フロントエンド|프론트엔드
Full-Stack|fullstack|full stack development
Web Development|web dev|web applications
Embedded Systems|embedded|embedded software
Firmware
IoT|internet of things
Blockchain
Web3
Smart Contracts|smart contract
Game Development|gamedev|game dev
Unity|unity3d|unity 3d
Unreal Engine|unreal|ue5|ue4
Godot
OpenGL
Vulkan
Open Source|open-source software|oss
Code Review|code reviews|revue de code|revues de code|revisión de código|revisiones de código|revisão de código|revisões de código|コードレビュー|코드 리뷰
Pair Programming
Technical Debt
Technical Writing
` +
  // Testing and quality
  `TDD|test-driven development
BDD|behavior-driven development|behaviour-driven development
Unit Testing|unit tests|unit test|tests unitaires|pruebas unitarias|testes unitários
Integration Testing|integration tests|tests d'intégration|pruebas de integración|testes de integração
E2E Testing|end-to-end testing|e2e tests|end-to-end tests|tests end-to-end|tests e2e|tests de bout en bout
Test Automation|automated testing|automation testing|testes automatizados|pruebas automatizadas|tests automatisés|testautomatisierung|テスト自動化|테스트 자동화
QA|quality assurance|software testing
Jest|jestjs
Mocha
Vitest
Cypress|cypress.io
Playwright
Selenium|selenium webdriver
Puppeteer
JUnit
TestNG
Appium
REST Assured
pytest|py.test
RSpec
Minitest
Capybara
PHPUnit
Cucumber|gherkin
Postman
JMeter|apache jmeter
Load Testing|performance testing|stress testing
` +
  // Data, analytics, AI and machine learning
  `Machine Learning|ml|machine learning engineering
Deep Learning|deep neural networks
AI|artificial intelligence|a.i.
LLMs|llm|large language models|large language model
Generative AI|genai|gen ai
Prompt Engineering
RAG|retrieval-augmented generation
NLP|natural language processing
Computer Vision
Reinforcement Learning
Recommender Systems|recommendation systems|recommendation engines
Neural Networks|neural network
MLOps|ml ops
Data Science|data scientist
Data Analysis|data analytics|análise de dados|análisis de datos|analyse de données|datenanalyse
Data Engineering|data engineer
Data Visualization|data viz|dataviz|data visualisation|visualização de dados|visualización de datos|visualisation de données|datenvisualisierung
Big Data
ETL|elt|etl pipelines|extract transform load
Data Pipelines|data pipeline
Data Warehousing|data warehouse|data warehouses
Data Lakes|data lake|lakehouse
Data Governance
Statistics|statistical analysis|statistical modeling|estatística|estadística|statistiques|statistik
A/B Testing|ab testing|split testing|a/b tests|a/b test|ab tests|tests a/b|testes a/b|pruebas a/b
PyTorch|torch
CUDA
TensorFlow|tensor flow
Keras
scikit-learn|sklearn|scikit
Pandas
NumPy
SciPy
Jupyter|jupyter notebook|jupyter notebooks|jupyterlab
Hugging Face|huggingface|hugging face transformers
LangChain
LlamaIndex
OpenAI API|openai|chatgpt api
XGBoost
OpenCV
MLflow
Kubeflow
Spark|apache spark|spark sql
PySpark
Hadoop|apache hadoop|hdfs
Hive|apache hive
Flink|apache flink
Airflow|apache airflow
dbt|data build tool|dbt core
Fivetran
Tableau
Power BI|powerbi|microsoft power bi
Looker|looker studio
Metabase
Excel|microsoft excel|ms excel|advanced excel
Google Sheets
SAS
SPSS|ibm spss
` +
  // Design
  `Figma
Sketch
Adobe XD
Photoshop|adobe photoshop
Illustrator|adobe illustrator
InDesign|adobe indesign
After Effects|adobe after effects
Premiere Pro|adobe premiere|adobe premiere pro
Adobe Creative Suite|adobe creative cloud|adobe cc
Canva
Blender
UI Design|ui|user interface design
UX Design|ux|user experience|user experience design
UI/UX Design|ui/ux|ux/ui|ux/ui design
UX Research|user research
Interaction Design|ixd
Visual Design
Graphic Design
Web Design
Product Design
Design Systems|design system|デザインシステム|디자인 시스템
Wireframing|wireframes
Prototyping|prototypes
Responsive Design|responsive web design
Accessibility|a11y|web accessibility|wcag|barrierefreiheit|accessibilité|accesibilidad|acessibilidade|アクセシビリティ|웹 접근성
` +
  // Security
  `Cybersecurity|cyber security|information security|infosec
Application Security|appsec
Network Security
Cloud Security
Penetration Testing|pentesting|pen testing|pentest
OWASP|owasp top 10
Cryptography|encryption
IAM|identity and access management
Zero Trust
Threat Modeling|threat modelling
Vulnerability Management
SIEM
SOC 2|soc2|soc ii
ISO 27001
GDPR
HIPAA
PCI DSS|pci|pci compliance
Active Directory
` +
  // Methods and ways of working
  `Agile|agile methodologies|agile methodology|agile development
Scrum
Kanban
Lean
SAFe|scaled agile framework
Waterfall
OKRs|okr
` +
  // Business, product and other job skills
  `Project Management|project manager|gestión de proyectos|gestion de projet|gestão de projetos|projektmanagement
Product Management|product manager
Program Management|program manager
Engineering Management|engineering manager
People Management|team management|personalführung|mitarbeiterführung|gestion d'équipe|management d'équipe|gestión de equipos|gestione del personale
Leadership|team leadership|technical leadership|führungserfahrung|führungskompetenz
Mentoring|mentorship|mentoria|mentorat
Communication|communication skills|written communication|verbal communication|kommunikationsfähigkeit|kommunikationsstärke|capacità comunicative|habilidades de comunicación|compétences en communication
Collaboration|teamwork|teamfähigkeit|teamgeist|travail d'équipe|trabajo en equipo|lavoro di squadra|trabalho em equipe
Problem Solving|problem-solving skills
Stakeholder Management
Requirements Gathering|requirements analysis
Business Analysis|business analyst
Business Intelligence|bi
Product Strategy
Roadmapping|product roadmaps
Customer Success
Customer Support|customer service|atención al cliente|assistenza clienti|atendimento ao cliente|obsługa klienta
Technical Support|it support|help desk|helpdesk
Sales|b2b sales|vertrieb|ventas|vendas|vendita|vendite|sprzedaż
Account Management|account manager
Business Development
Marketing
Digital Marketing|online marketing
Content Marketing
Social Media Marketing|social media
Email Marketing
Growth Marketing|growth hacking
SEO|search engine optimization|search engine optimisation
SEM|search engine marketing|ppc
Copywriting|copy writing
Content Writing
Editing|copyediting|proofreading
Google Analytics|ga4
Amplitude
Mixpanel
Google Ads|adwords|google adwords
HubSpot
Marketo
Salesforce|sfdc|salesforce crm
SAP|sap erp|sap s/4hana
Zendesk
CRM|customer relationship management
ERP|enterprise resource planning
E-commerce|ecommerce
Stripe|stripe api
Payments|payment processing|payment systems
Financial Modeling|financial modelling
Accounting|contabilidad|comptabilité|contabilidade|buchhaltung|contabilità|boekhouding|księgowość|księgowości
QuickBooks
Budgeting|presupuesto|presupuestos|suivi budgétaire|budgetplanung|orçamento
Recruiting|recruitment|talent acquisition|işe alım|reclutamiento|recrutement|recrutamento|rekrutacja|personalbeschaffung
Public Speaking
Negotiation|negotiation skills|verhandlungsgeschick|négociation|negociación|negoziazione
Microsoft Office|ms office|office 365|microsoft 365|o365
PowerPoint|microsoft powerpoint|ms powerpoint
Microsoft Word|ms word
Google Workspace|g suite|gsuite
Remote Work|remote collaboration
` +
  // Finance and accounting
  `GAAP|us gaap|generally accepted accounting principles
IFRS
General Ledger|general ledger accounting|hauptbuchhaltung|grootboek|grand livre|comptabilité générale|libro mayor|contabilità generale|księga główna|huvudbok
Accounts Payable|kreditorenbuchhaltung|crediteurenadministratie|comptabilité fournisseurs|cuentas por pagar|contas a pagar|contabilità fornitori|rozrachunki z dostawcami|leverantörsreskontra
Accounts Receivable|debitorenbuchhaltung|debiteurenadministratie|comptabilité clients|cuentas por cobrar|contas a receber|contabilità clienti|rozrachunki z odbiorcami|kundreskontra
Account Reconciliation|account reconciliations|bank reconciliation|bank reconciliations|balance sheet reconciliations|kontenabstimmung|kontenabstimmungen|rapprochement bancaire|rapprochements bancaires|conciliación bancaria|conciliaciones bancarias|riconciliazione bancaria|riconciliazioni bancarie|conciliação bancária|conciliações contábeis|conciliação contábil|conciliación contable
Month-End Close|month-end closing|monatsabschluss|monatsabschlüsse|maandafsluiting|clôture mensuelle|clôtures mensuelles|cierre mensual|chiusura mensile|chiusure mensili|fechamento mensal|månadsbokslut
Financial Reporting
FP&A|financial planning and analysis
Payroll|payroll processing|lohnabrechnung|gehaltsabrechnung|salarisadministratie|gestion de la paie|nóminas|folha de pagamento|elaborazione paghe|lönehantering|bordro|mzdy|płace
Bookkeeping|finanzbuchhaltung
Xero
NetSuite|oracle netsuite
Auditing|internal audit|external audit
Sage
DATEV
` +
  // Health and care
  `BLS|basic life support
ACLS|advanced cardiovascular life support|advanced cardiac life support
PALS|pediatric advanced life support|paediatric advanced life support
CPR|cpr certification
RN License|rn licence|registered nurse license|registered nurse licence|nursing license|nursing licence
CCRN
First Aid|first aid certification
Patient Care|patientenversorgung|soins aux patients|atención al paciente|assistenza al paziente|patiëntenzorg|opieka nad pacjentem
Critical Care|intensive care|icu nursing|intensivpflege|intensivmedizin|soins intensifs|cuidados intensivos|terapia intensiva|intensive zorg|intensivvård
Medication Administration|medikamentengabe|medikamentenverabreichung|administration des médicaments|administración de medicamentos|somministrazione di farmaci|somministrazione farmaci|administração de medicamentos
Electronic Health Records|ehr|emr|electronic medical records|electronic health record|prontuário eletrônico|historia clínica electrónica
Phlebotomy|venipuncture
ECG|ekg
Epic
Cerner
Safeguarding
HPLC
GMP|cgmp|good manufacturing practice
LIMS
PCR|qpcr
ELISA
Infection Control|infection prevention|infektionsprävention|prévention des infections|control de infecciones|controllo delle infezioni|infectiepreventie|controle de infecção
Wound Care|wundversorgung|wundmanagement|soins des plaies|cura delle ferite|wondzorg
Physiotherapy|physical therapy
` +
  // Hospitality, retail, logistics and the trades
  `Cash Handling|kassenführung|gestion de caisse|manejo de caja|manejo de efectivo|gestione cassa|kassahantering
Point of Sale|pos system|pos systems
Food Safety|food hygiene|food handling|lebensmittelhygiene|hygiène alimentaire|seguridad alimentaria|manipulador de alimentos|sicurezza alimentare|voedselveiligheid|haccp|appcc
Food Preparation|food prep|preparación de alimentos|elaboración de platos|zubereitung von speisen|speisenzubereitung|préparation culinaire|preparo de alimentos
Inventory Management|inventory control|stock control|stock management|lagerverwaltung|bestandsmanagement|bestandsführung|gestion des stocks|gestión de inventario|gestión de inventarios|control de inventario|gestione del magazzino|gestione scorte|voorraadbeheer|gestão de estoque|lagerhantering
Visual Merchandising|merchandising
Forklift|forklift certification|forklift operation|forklift license|forklift licence|flt licence|flt license|counterbalance flt|counterbalance truck|counterbalance forklift|reach truck|staplerschein|gabelstaplerschein|gabelstapler|heftruck|heftruckcertificaat|cariste|carretillero|carretilla elevadora|empilhadeira|wózek widłowy|wózków widłowych
CDL|commercial driver's license|commercial drivers license|class a cdl|cdl-a|cdl class a
Driver's License|driving licence|driving license|drivers license|driver's licence|führerschein|permis b|carnet de conducir|licencia de conducir|licencia de conducción|licencia de manejo|carteira de habilitação
CSCS Card|cscs
White Card|general construction induction card|construction induction card
Hazmat|hazmat endorsement|hazardous materials
OSHA|osha 10|osha 30
Welding|soldadura|soudage|schweißen|soldagem
Blueprint Reading|reading blueprints|lectura de planos|interpretación de planos|lecture de plans|leitura de plantas
AutoCAD
Revit|autodesk revit
SolidWorks
PLC Programming|plcs
SCADA
KNX
HVAC
Pneumatics|pneumatik|neumática
Hydraulics|hydraulik|hidráulica
CNC
GD&T
ISO 9001
Six Sigma
WMS
ArcGIS
QGIS
GIS
BIM
SketchUp
Procore
Cost Estimating|construction estimating
` +
  // Languages a job asks for: LANGUAGES, above
  LANGUAGES +
  // Teaching, law and sales
  `Lesson Planning|lesson plans
Classroom Management
Curriculum Development|curriculum design
Google Classroom
Due Diligence
Contract Drafting|drafting contracts
Legal Research
Litigation
Conveyancing
M&A|mergers and acquisitions
Lead Generation
Prospecting
Cold Calling
`;

/** What each sign in the packed tables of main.js stands for; the build fills it in (cli/pack-text.ts). The sources' tables are not packed. */
const PACK_KEY = "";

function entries(table: string): SkillVocabularyEntry[] {
  const out: SkillVocabularyEntry[] = [];
  for (const line of unpackText(table, PACK_KEY).split("\n")) {
    if (line === "") continue;
    const [name = "", ...aliases] = line.split("|");
    out.push(freeze({ name, aliases: freeze(aliases) }));
  }
  return out;
}

export const BUILTIN_SKILLS: readonly SkillVocabularyEntry[] = freeze(entries(TABLE));

/** The languages a job may ask you to speak: each a skill above, and one that a level can follow ("German B2"). */
export const LANGUAGE_SKILLS: ReadonlySet<string> = new Set(entries(LANGUAGES).map((e) => e.name));
