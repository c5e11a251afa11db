// typescript-eslint parses through the TypeScript compiler API, which TypeScript 7 (the native
// compiler `tsc` here is) does not ship. The lint process alone resolves "typescript" to
// TypeScript 6.0, installed under the alias typescript-classic; the type check keeps TypeScript 7.
// Imported first by eslint.config.mjs, before any parser loads.
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";

const classicRoot = dirname(createRequire(import.meta.url).resolve("typescript-classic/package.json"));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveClassicTypescript(request, ...rest) {
  const redirected = request === "typescript" || request.startsWith("typescript/") ? classicRoot + request.slice("typescript".length) : request;
  return resolveFilename.call(this, redirected, ...rest);
};
