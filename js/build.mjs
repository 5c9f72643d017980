// Builds the browser bundles that ship inside the Python package:
//   nbblocks/static/boot.js           the _esm of the page runtime model (one per kernel):
//                                     brings in runtime.js, from the Jupyter server or the kernel
//   nbblocks/static/runtime.js        the shared runtime, with the stylesheet every block needs
//   nbblocks/static/block.js          the _esm of every block model: a stub that mounts the
//                                     block through the page runtime
//   nbblocks/static/page.js           the web page's host: plays the widget manager's part
//                                     for runtime.js and block.js (docs/serving.md)
//   nbblocks/static/views/<view>.js   one self-contained ES module per built-in view, with
//                                     its own stylesheets; sent to a page once, when needed
//   nbblocks/static/libs/<name>.js    heavy libraries (plotly.js, vega-embed, highlight.js,
//                                     Temml) a view loads when it first needs one (ctx.loadLibrary)
//   nbblocks/static/manifest.json     the SHA-256 of every file above: the build's identity,
//                                     which the kernel names and the Jupyter server checks
// Run from the repository root: npm --prefix js ci && npm --prefix js run build
// The output is deterministic: same sources and lockfile give byte-identical files.

import { build, transform } from "esbuild";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, "..", "nbblocks", "static");
const viewsDir = path.join(here, "views");
const libsDir = path.join(here, "libs");
const target = ["es2020", "chrome100", "firefox100", "safari15"];

const modulesIn = async (dir) => (await readdir(dir))
  .filter((name) => name.endsWith(".js"))
  .map((name) => name.slice(0, -3))
  .sort();
const viewNames = await modulesIn(viewsDir);
const libNames = await modulesIn(libsDir);

// -- stylesheets --------------------------------------------------------------------------
// A view imports its stylesheets (`import inputs from "../styles/inputs.css"`); each import
// is `{name, rank, css}`. The runtime puts a stylesheet into a document once, where its
// rank says: ranks order the stylesheets so that every view's imports keep the order it
// lists them in (a view that needs files.css under editor.css imports files first), ties
// by name. So the cascade is the same whichever views a page happens to show first.

const CSS_IMPORT = /^\s*import\s+\w+\s+from\s+["']\.\.\/styles\/([\w-]+)\.css["']/gm;

async function stylesheetRanks() {
  const after = new Map(); // sheet -> sheets that must come before it
  const sheets = new Set();
  for (const name of viewNames) {
    const source = await readFile(path.join(viewsDir, `${name}.js`), "utf8");
    const listed = [...source.matchAll(CSS_IMPORT)].map((m) => m[1]);
    listed.forEach((sheet, i) => {
      sheets.add(sheet);
      if (!after.has(sheet)) after.set(sheet, new Set());
      if (i > 0) after.get(sheet).add(listed[i - 1]);
    });
  }
  const ranks = new Map();
  const ready = () => [...sheets].filter((s) => !ranks.has(s) && [...after.get(s)].every((b) => ranks.has(b))).sort();
  for (let next = ready(); next.length; next = ready()) ranks.set(next[0], ranks.size);
  const stuck = [...sheets].filter((s) => !ranks.has(s));
  if (stuck.length) throw new Error(`views import stylesheets in contradictory orders: ${stuck.join(", ")}`);
  return ranks;
}

const ranks = await stylesheetRanks();

const stylesheets = {
  name: "nbblocks-stylesheets",
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const name = path.basename(args.path, ".css");
      const { code } = await transform(await readFile(args.path, "utf8"), { loader: "css", minify: true, target });
      const sheet = { name, rank: ranks.get(name) ?? -1, css: code.trim() };
      return { contents: `export default ${JSON.stringify(sheet)};`, loader: "js" };
    });
  },
};

// -- bundles ------------------------------------------------------------------------------

const entryPoints = [
  { in: "runtime/boot.js", out: "boot" },
  { in: "runtime/index.js", out: "runtime" },
  { in: "runtime/block.js", out: "block" },
  { in: "page/host.js", out: "page" },
];
for (const name of viewNames) entryPoints.push({ in: `views/${name}.js`, out: `views/${name}` });
for (const name of libNames) entryPoints.push({ in: `libs/${name}.js`, out: `libs/${name}` });

// Start from clean folders so a removed view or library does not linger in the package.
for (const dir of ["views", "libs"]) {
  await rm(path.join(outdir, dir), { recursive: true, force: true });
  await mkdir(path.join(outdir, dir), { recursive: true });
}

const result = await build({
  absWorkingDir: here,
  metafile: true,
  entryPoints,
  outdir,
  bundle: true,
  splitting: false,
  format: "esm",
  platform: "browser",
  target,
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  plugins: [stylesheets],
  logLevel: "warning",
});

// A view, a library and the block stub are loaded from Blob URLs, where relative imports
// cannot resolve: refuse to ship one that still imports something (esbuild's metafile
// lists every import an output kept).
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  const name = path.relative(outdir, path.resolve(here, file));
  if (output.imports.length) {
    throw new Error(`${name} still imports ${output.imports.map((i) => i.path).join(", ")}`);
  }
}
// The manifest: every built file by its path under nbblocks/static and its SHA-256. The
// kernel names a build by the hash of this file; the Jupyter server extension serves a file
// of that build only when its own manifest has that hash and the file still matches it
// (nbblocks/jupyter_server.py, docs/frontend.md).
const files = {};
for (const file of Object.keys(result.metafile.outputs).sort()) {
  const name = path.relative(outdir, path.resolve(here, file)).split(path.sep).join("/");
  files[name] = createHash("sha256").update(await readFile(path.resolve(here, file))).digest("hex");
}
const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
await writeFile(path.join(outdir, "manifest.json"), JSON.stringify({ files: sorted }, null, 1) + "\n");

console.log(`built boot.js, runtime.js, block.js, ${viewNames.length} views and ${libNames.length} libraries into ${path.relative(process.cwd(), outdir) || "."}`);
