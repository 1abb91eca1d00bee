// The in-memory test double of the `obsidian` module: jest maps `obsidian` here, and the browser
// preview bundles it. Only what Job Hunt uses is modelled, and it behaves as Obsidian does.
export { Component, Events, type EventRef } from "./events";
export { FileManager, MetadataCache, TAbstractFile, TFile, TFolder, Vault, metadataFor } from "./vault";
export { ItemView, MarkdownView, View, Workspace, WorkspaceLeaf, type PaneType, type ViewState } from "./workspace";
export { App, Plugin, PluginSettingTab, type Command, type PluginManifest } from "./app";
// Obsidian's parseYaml throws on invalid YAML and returns plain values; the yaml package does the same.
export { parseYamlPackage as parseYaml } from "../../cli/parse-yaml";
export {
  AbstractInputSuggest,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  FuzzySuggestModal,
  Keymap,
  Menu,
  MenuItem,
  Modal,
  Notice,
  Platform,
  Setting,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  debounce,
  normalizePath,
  setIcon,
  setIconResolver,
  setTooltip,
  SuggestModal,
  type Debouncer,
  type FuzzyMatch,
  type IconResolver,
} from "./ui";
