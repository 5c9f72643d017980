// Builds the browser bundles that ship inside the Python package:
//   nbblocks/static/runtime.js        the shared anywidget runtime (every model's _esm)
//   nbblocks/static/views/<view>.js   one self-contained ES module per built-in view
//   nbblocks/static/libs/<name>.js    heavy libraries a view loads only when it needs them
// Run from the repository root: npm --prefix js ci && npm --prefix js run build
// The output is deterministic: same sources and lockfile give byte-identical files.

import { build } from "esbuild";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, "..", "nbblocks", "static");
const viewsDir = path.join(here, "views");
const libsDir = path.join(here, "libs");

const viewNames = (await readdir(viewsDir))
  .filter((name) => name.endsWith(".js"))
  .map((name) => name.slice(0, -3))
  .sort();

const libNames = (await readdir(libsDir))
  .filter((name) => name.endsWith(".js"))
  .map((name) => name.slice(0, -3))
  .sort();

const entryPoints = [{ in: "runtime/index.js", out: "runtime" }];
for (const name of viewNames) entryPoints.push({ in: `views/${name}.js`, out: `views/${name}` });
for (const name of libNames) entryPoints.push({ in: `libs/${name}.js`, out: `libs/${name}` });

// Start from clean folders so a removed view or library does not linger in the package.
for (const dir of ["views", "libs"]) {
  await rm(path.join(outdir, dir), { recursive: true, force: true });
  await mkdir(path.join(outdir, dir), { recursive: true });
}

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
for (const file of [...viewNames.map((n) => `views/${n}.js`), ...libNames.map((n) => `libs/${n}.js`)]) {
  const code = await readFile(path.join(outdir, file), "utf8");
  if (staticImport.test(code)) throw new Error(`${file} still contains an import statement`);
}
console.log(`built runtime.js, ${viewNames.length} views and ${libNames.length} libraries into ${path.relative(process.cwd(), outdir) || "."}`);
