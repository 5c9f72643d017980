// Builds the browser bundles that ship inside the Python package:
//   nbblocks/static/runtime.js        the shared anywidget runtime (every model's _esm)
//   nbblocks/static/views/<view>.js   one self-contained ES module per built-in view
// Run from the repository root: npm --prefix js ci && npm --prefix js run build
// The output is deterministic: same sources and lockfile give byte-identical files.

import { build } from "esbuild";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, "..", "nbblocks", "static");
const viewsDir = path.join(here, "views");

const viewNames = (await readdir(viewsDir))
  .filter((name) => name.endsWith(".js"))
  .map((name) => name.slice(0, -3))
  .sort();

const entryPoints = [{ in: "runtime/index.js", out: "runtime" }];
for (const name of viewNames) entryPoints.push({ in: `views/${name}.js`, out: `views/${name}` });

// Start from a clean views folder so a removed view does not linger in the package.
await rm(path.join(outdir, "views"), { recursive: true, force: true });
await mkdir(path.join(outdir, "views"), { recursive: true });

await build({
  absWorkingDir: here,
  entryPoints,
  outdir,
  bundle: true,
  splitting: false,
  format: "esm",
  platform: "browser",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  loader: { ".css": "text" },
  logLevel: "warning",
});

// A view is loaded from a Blob URL, where relative imports cannot resolve: refuse to
// ship a view that still imports something.
const staticImport = /(^|[;}\s])import\s*(["'{*]|[\w$]+\s*(,|from))/;
for (const name of viewNames) {
  const code = await readFile(path.join(outdir, "views", `${name}.js`), "utf8");
  if (staticImport.test(code)) throw new Error(`views/${name}.js still contains an import statement`);
}
console.log(`built runtime.js and ${viewNames.length} views into ${path.relative(process.cwd(), outdir) || "."}`);
