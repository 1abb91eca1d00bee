// The settings tab. Rows are described once and rendered two ways: declaratively on Obsidian
// 1.13+ (so they show up in settings search) and through display() on older versions.
import { unpackWords } from "../core/packed-text";
import { normalizePath, PluginSettingTab, Setting, type App, type SettingDefinitionItem, type TAbstractFile } from "obsidian";
import { cleanFolderPath } from "../core/filename";
import { didYouMean, missingPath } from "../core/missing-folder";
import { isCurrencyCode } from "../core/salary";
import { fieldNameProblem, templateNotePath, type FieldNames } from "../core/settings";
import { formatPairLines, formatStageLines, parsePairLines, parseStageLines } from "../core/settings-text";
import type JobHuntPlugin from "../main";
import { PathSuggest } from "./path-suggest";
import { cssClass, divIn } from "../ui/css-class";
import { lower, upper } from "../core/text";
import { listen } from "../ui/listen";
import { blank } from "../core/frontmatter-fields";

interface Row {
  name: string;
  desc: string;
  render: (setting: Setting) => void;
}

function row(name: string, desc: string, render: (setting: Setting) => void): Row {
  return { name, desc, render };
}

interface Section {
  heading: string;
  rows: Row[];
}

const FIELD_LABELS: [keyof FieldNames, string][] = [
  ["company", "Company"],
  ["title", "Title"],
  ["stage", "Stage"],
  ["skills", "Skills"],
  ["salary", "Salary"],
  ["location", "Location"],
  ["remote", "Remote"],
  ["url", "Posting link"],
];

/** What to say when the folder a setting names is not in the vault ("" when it is, or none is set). */
export function folderWarning(app: App, setting: string, consequence: string): string {
  return sayMissing("folder", missingPath(setting, app.vault.getAllFolders(false).map((f) => f.path)), consequence);
}

function sayMissing(kind: string, missing: { folder: string; like: string } | null, consequence: string): string {
  return missing ? `There is no ${kind} "${missing.folder}" in this vault${consequence}.${didYouMean(missing)}` : "";
}

/**
 * Marks a field whose value cannot be saved, for the eye and for a screen reader, and says why
 * under it (`reason`; "" when the value is fine).
 */
function markInvalid(input: HTMLInputElement | HTMLTextAreaElement, note: HTMLElement, reason: string): void {
  input.toggleClass(cssClass("invalid"), reason !== "");
  input.setAttr("aria-invalid", String(reason !== ""));
  note.setText(reason === "" ? "" : `${reason} Until this is fixed, the last valid value stays saved.`);
}

/**
 * A field left marked invalid goes back to the value it last held when left valid, and that is
 * saved again: a value that was valid half-way through typing ("# Skill roadmaps" on the way from
 * "## Skill roadmaps" to "Skill roadmaps", "Compan" on the way to "Company") does not stay saved.
 * It runs after the field's own handlers, which mark it and save what they accept.
 */
function revertWhenLeftInvalid(input: HTMLInputElement | HTMLTextAreaElement): void {
  let good = input.value;
  listen(input, "change", () => {
    if (!input.hasClass(cssClass("invalid"))) good = input.value;
    else if (input.value !== good) {
      input.value = good;
      // Read as typed, then as left: a currency code saved only when the field is left is saved again too.
      for (const type of ["input", "change"]) input.dispatchEvent(new Event(type));
    }
  });
}

export class JobHuntSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: JobHuntPlugin,
  ) {
    super(app, plugin);
  }

  /** Settings closed with a field still focused: leaving it first lets a half-typed value go back. */
  override hide(): void {
    const focused = activeDocument.activeElement;
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) focused.blur();
    super.hide();
  }

  /**
   * Text saved only when `read` accepts it (its value to save), and marked invalid while it does
   * not. `read` is asked with `typing` true on each keystroke, and false when the field is left.
   */
  /** `reason`: what a value must be, said under the field while it is not. */
  private checkedRow(name: string, desc: string, key: "fileNamePattern" | "defaultCurrency" | "sectionHeading", reason: string, read: (value: string, typing: boolean) => string | null): Row {
    return row(name, desc, (setting) => {
      const note = divIn(setting.descEl, "warning");
      setting.addText((text) => {
        const save = (typing: boolean): void => {
          const value = text.getValue();
          markInvalid(text.inputEl, note, read(value, false) === null ? reason : "");
          const saved = read(value, typing);
          if (saved !== null) this.plugin.updateSettings((x) => (x[key] = saved));
        };
        text.setValue(this.plugin.settings[key]).onChange(() => save(true));
        listen(text.inputEl, "change", () => save(false));
        revertWhenLeftInvalid(text.inputEl);
      });
    });
  }

  /** Lines of `name = value` pairs. */
  private pairsRow(name: string, desc: string, key: "skillSynonyms" | "roadmapMappings"): Row {
    return row(name, desc, (setting) => {
      setting.addTextArea((area) => {
        area.setValue(formatPairLines(this.plugin.settings[key]));
        area.onChange((value) => this.plugin.updateSettings((x) => (x[key] = parsePairLines(value))));
      });
    });
  }

  private toggleRow(name: string, desc: string, key: "stageHistory" | "createMissingRoadmaps" | "skillLinksInFrontmatter"): Row {
    return row(name, desc, (setting) => {
      setting.addToggle((t) => t.setValue(this.plugin.settings[key]).onChange((v) => this.plugin.updateSettings((x) => (x[key] = v))));
    });
  }

  /**
   * A folder (empty: the whole vault) or a template note (empty: the built-in template), suggested
   * from the vault. One that is not there is said under the field at once, not only when the
   * dashboard stays empty or the next note is made; `consequence` says what that means.
   */
  private pathRow(name: string, desc: string, key: "jobsFolder" | "roadmapFolder" | "postingTemplate" | "roadmapTemplate", consequence: string): Row {
    const folder = key.endsWith("Folder");
    const { vault } = this.app;
    const paths = (): TAbstractFile[] => (folder ? vault.getAllFolders(false) : vault.getMarkdownFiles());
    return row(name, desc, (setting) => {
      const warning = divIn(setting.descEl, "warning");
      const warn = (): void => {
        const value = this.plugin.settings[key];
        const missing = missingPath(folder ? value : templateNotePath(value), paths().map((f) => f.path));
        warning.setText(sayMissing(folder ? "folder" : "note", missing, consequence));
      };
      setting.addText((text) => {
        text.setPlaceholder(folder ? "Whole vault" : "Built-in template").setValue(this.plugin.settings[key]);
        new PathSuggest(this.app, text.inputEl, paths);
        text.onChange((value) => {
          // The same cleaning as where notes are created ("../Jobs" is "Jobs"), so the folder read is the folder written.
          const clean = folder ? cleanFolderPath(value) : value.trim();
          this.plugin.updateSettings((x) => (x[key] = clean === "" ? "" : normalizePath(clean)));
          warn();
        });
      });
      warn();
    });
  }

  private sections(): Section[] {
    const s = this.plugin.settings;
    return [
      {
        heading: "Postings",
        rows: [
          this.pathRow(
            "Jobs folder",
            unpackWords("Only notes in this folder and its subfolders count as postings. Leave empty to use the whole vault."),
            "jobsFolder",
            ", so no note counts as a posting",
          ),
          row(
            "Stages",
            unpackWords("One stage per line, in pipeline order. Add (closed) after a stage that ends a pursuit, such as Rejected (closed). An empty list is not saved."),
            (setting) => {
              const note = divIn(setting.descEl, "warning");
              setting.addTextArea((area) => {
                area.setValue(formatStageLines(s.stages));
                area.inputEl.rows = 9;
                area.onChange((value) => {
                  const stages = parseStageLines(value);
                  // An empty list is not saved: the pipeline needs a stage.
                  markInvalid(area.inputEl, note, stages.length === 0 ? "The pipeline needs at least one stage." : "");
                  if (stages.length > 0) this.plugin.updateSettings((x) => (x.stages = stages));
                });
                revertWhenLeftInvalid(area.inputEl);
              });
            },
          ),
          this.pathRow(
            "Posting template",
            unpackWords("The note new postings are made from. Placeholders: {{company}}, {{title}}, {{url}}, {{stage}}, {{salary}}, {{location}}, {{skills}}, {{skillLinks}}, {{description}}, {{date}}, {{date:yyyy-MM-dd}}, {{time}}, {{id}}. Leave empty for the built-in template."),
            "postingTemplate",
            ", so the built-in template is used",
          ),
          this.checkedRow(
            "File name pattern",
            unpackWords("How new posting notes are named, such as {{company}} - {{title}}. Characters no file system allows are left out."),
            "fileNamePattern",
            "A file name pattern cannot be empty.",
            (value) => (blank(value) ? null : value.trim()),
          ),
          this.toggleRow(
            "Record stage changes",
            unpackWords("When Job Hunt moves a posting to another stage, add a dated line such as 2026-11-23 Applied to its Stage_History property."),
            "stageHistory",
          ),
          this.checkedRow(
            "Default currency",
            unpackWords("The three-letter currency code used when a salary names no currency, such as USD or EUR."),
            "defaultCurrency",
            "Use a three-letter currency code, such as EUR.",
            // While typing, only a code the salary reader knows: "Dollars" is no "DOL" on its way.
            (value, typing) => {
              const code = upper(value.trim());
              return /^[A-Z]{3}$/.test(code) && (!typing || isCurrencyCode(code)) ? code : null;
            },
          ),
        ],
      },
      {
        heading: "Skills and roadmaps",
        rows: [
          this.pathRow(
            "Roadmap folder",
            unpackWords("Roadmap notes in this folder win over notes with the same name elsewhere. Leave empty to look in the whole vault."),
            "roadmapFolder",
            "",
          ),
          this.pathRow(
            "Roadmap template",
            unpackWords("The note new roadmap notes are made from. Use {{skill}}, {{postingLinks}} and {{date}} in it. Leave empty for the built-in template."),
            "roadmapTemplate",
            ", so the built-in template is used",
          ),
          this.checkedRow(
            "Skill roadmaps heading",
            unpackWords("The heading of the section that linking skills to roadmaps writes in each posting, such as ## Skill roadmaps."),
            "sectionHeading",
            unpackWords("Start with one to six # and a space, then the heading's text: ## Skill roadmaps."),
            (value) => (/^#{1,6}\s+\S/.test(value.trim()) ? value.trim() : null),
          ),
          this.toggleRow(
            "Create missing roadmap notes",
            unpackWords("When linking skills to roadmaps, create a roadmap note from the template for each skill that has none. Off: the skill is listed as having no roadmap yet."),
            "createMissingRoadmaps",
          ),
          this.toggleRow(
            "Skills as links in properties",
            unpackWords("When linking skills to roadmaps, also write the skills property as links, so the properties panel makes them clickable."),
            "skillLinksInFrontmatter",
          ),
          this.pairsRow("Skill synonyms", unpackWords("One per line as what you write = the skill it means, such as gql = GraphQL. These add to the built-in list."), "skillSynonyms"),
          this.pairsRow(
            "Roadmap notes",
            unpackWords("One per line as skill = note path, for a skill whose roadmap note has another name, such as Go = Learning/Golang plan.md."),
            "roadmapMappings",
          ),
        ],
      },
      {
        heading: "Property names",
        rows: FIELD_LABELS.map(([key, label]) =>
          row(label, `The name of the ${lower(label)} property. Names match whatever their case, and spaces, dashes and underscores are the same.`, (setting) => {
            const note = divIn(setting.descEl, "warning");
            setting.addText((text) => {
              text.setValue(s.fieldNames[key]).onChange((value) => {
                const problem = fieldNameProblem(this.plugin.settings.fieldNames, key, value);
                markInvalid(text.inputEl, note, problem ?? "");
                if (problem === null) this.plugin.updateSettings((x) => (x.fieldNames[key] = value.trim()));
              });
              revertWhenLeftInvalid(text.inputEl);
            });
          }),
        ),
      },
    ];
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return this.sections().map((section) => ({
      type: "group",
      heading: section.heading,
      items: section.rows.map((row) => ({
        name: row.name,
        desc: row.desc,
        render: (setting: Setting) => {
          setting.setName(row.name).setDesc(row.desc);
          row.render(setting);
        },
      })),
    }));
  }

  /** For Obsidian versions before 1.13, which do not render setting definitions. */
  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const section of this.sections()) {
      new Setting(containerEl).setName(section.heading).setHeading();
      for (const row of section.rows) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
    }
  }
}
