// The languages of gr.Code (Gradio 6.31's `Code.languages`), as CodeMirror 6 extensions.
// Only these are bundled into the Code view; each is built the first time it is shown.

import { LanguageDescription, StreamLanguage } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { markdown } from "@codemirror/lang-markdown";
import { json } from "@codemirror/lang-json";
import { html } from "@codemirror/lang-html";
import { css } from "@codemirror/lang-css";
import { javascript } from "@codemirror/lang-javascript";
import { c, cpp } from "@codemirror/legacy-modes/mode/clike";
import { stex } from "@codemirror/legacy-modes/mode/stex";
import { jinja2 } from "@codemirror/legacy-modes/mode/jinja2";
import { yaml } from "@codemirror/legacy-modes/mode/yaml";
import { dockerFile } from "@codemirror/legacy-modes/mode/dockerfile";
import { shell } from "@codemirror/legacy-modes/mode/shell";
import { r } from "@codemirror/legacy-modes/mode/r";
import {
  standardSQL, msSQL, mySQL, mariaDB, sqlite, cassandra, plSQL, hive, pgSQL, gql, gpSQL, sparkSQL, esper,
} from "@codemirror/legacy-modes/mode/sql";

const stream = (mode) => () => StreamLanguage.define(mode);

const SQL = { standardSQL, msSQL, mySQL, mariaDB, sqlite, cassandra, plSQL, hive, pgSQL, gql, gpSQL, sparkSQL, esper };

// Fenced code in Markdown is highlighted too ("```python").
const fenced = () => [
  LanguageDescription.of({ name: "python", alias: ["py"], load: async () => python() }),
  LanguageDescription.of({ name: "javascript", alias: ["js"], load: async () => javascript() }),
  LanguageDescription.of({ name: "typescript", alias: ["ts"], load: async () => javascript({ typescript: true }) }),
  LanguageDescription.of({ name: "json", load: async () => json() }),
  LanguageDescription.of({ name: "html", load: async () => html() }),
  LanguageDescription.of({ name: "css", load: async () => css() }),
  LanguageDescription.of({ name: "sql", load: async () => StreamLanguage.define(standardSQL) }),
  LanguageDescription.of({ name: "shell", alias: ["sh", "bash", "console"], load: async () => StreamLanguage.define(shell) }),
  LanguageDescription.of({ name: "yaml", alias: ["yml"], load: async () => StreamLanguage.define(yaml) }),
];

const FACTORIES = {
  python: () => python(),
  c: stream(c),
  cpp: stream(cpp),
  markdown: () => markdown({ codeLanguages: fenced() }),
  latex: stream(stex),
  json: () => json(),
  html: () => html(),
  css: () => css(),
  javascript: () => javascript(),
  jinja2: stream(jinja2),
  typescript: () => javascript({ typescript: true }),
  yaml: stream(yaml),
  dockerfile: stream(dockerFile),
  shell: stream(shell),
  r: stream(r),
  sql: stream(standardSQL),
  ...Object.fromEntries(Object.entries(SQL).filter(([name]) => name !== "standardSQL").map(([name, mode]) => [`sql-${name}`, stream(mode)])),
};

/** Gradio's language names, in its order. */
export const LANGUAGES = Object.keys(FACTORIES);

const built = new Map();

/** The CodeMirror extension of a language name (`[]` for None or an unknown name). */
export function languageExtension(name) {
  const factory = typeof name === "string" ? FACTORIES[name] : undefined;
  if (!factory) return [];
  if (!built.has(name)) built.set(name, factory());
  return built.get(name);
}

/** The download's file extension, as Gradio names it ("file.py"); "txt" otherwise. */
const EXTENSIONS = {
  python: "py", markdown: "md", json: "json", html: "html", css: "css", javascript: "js", typescript: "ts",
  yaml: "yaml", dockerfile: "dockerfile", shell: "sh", r: "r", c: "c", cpp: "cpp", latex: "tex",
};

export function fileExtension(name) {
  return (typeof name === "string" && EXTENSIONS[name]) || "txt";
}
