// `npm run lint`: Next's recommended rules, typescript-eslint's recommended rules and the import
// boundaries of docs/ARCHITECTURE.md ("Layers"). A boundary is an error, never a warning.
import "./scripts/lint/classic-typescript.mjs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import interleave from "./scripts/lint/plugin.mjs";

// Libraries that know nothing about the web, the database or Node: they run in the browser, in
// worker threads and in Vitest alike.
const PURE = [
  "./lib/sandbox",
  "./lib/quiz",
  "./lib/content",
  "./lib/srs",
  "./lib/questions",
  "./lib/authoring",
  "./lib/exchange",
  "./lib/item-analysis",
  "./lib/csv",
  "./lib/hash-text.ts",
];

// Everything outside a library, as globs (a folder's own files may reach inside it).
const outside = (folder) => ["./app/**", "./components/**", "./scripts/**", "./tests/**", `./lib/!(${folder})/**`, "./lib/*.ts", "./*.ts"];

const zones = [
  {
    target: ["./app", "./components"],
    from: ["./lib/server/db.ts", "./lib/server/generated"],
    message: "Routes and components reach the database only through the data layer (lib/server/data).",
  },
  {
    target: PURE,
    from: ["./lib/server", "./lib/client", "./lib/db", "./app", "./components"],
    message: "Pure libraries import nothing from the server, the database layer or the app.",
  },
  {
    target: "./lib/content",
    from: ["./lib/quiz", "./lib/questions"],
    message: "lib/content sits below lib/quiz: what needs both (checking a whole question body, reading a bank) lives in lib/questions.",
  },
  { target: outside("sandbox"), from: "./lib/sandbox", except: ["./index.ts"], message: 'Import the sandbox through its index ("@/lib/sandbox").' },
  {
    target: outside("quiz"),
    from: "./lib/quiz",
    // Light entries beside the index keep bundles small: schemas (zod, no markdown stack) for
    // lib/contracts, limits (plain numbers) for the question page's components, run-prediction
    // (the VM, no markdown stack) for the server's sandbox thread.
    except: ["./index.ts", "./schemas.ts", "./limits.ts", "./run-prediction.ts"],
    message: 'Import the quiz library through "@/lib/quiz" (or its light entries: schemas, limits, run-prediction).',
  },
];

const pureRestrictedImports = {
  patterns: [
    { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "Pure libraries do not import Next." },
    { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "Pure libraries do not import React." },
    { group: ["@prisma/*", "server-only"], message: "Pure libraries do not touch the database or server-only code." },
  ],
};

export default defineConfig([
  globalIgnores([
    ".next/**",
    ".next-*/**",
    // bench:sandbox --against REF checks out lib/sandbox as of REF here
    ".bench/**",
    "data/**",
    "tmp/**",
    "lib/server/generated/**",
    "lib/sandbox/generated/**",
    "components/author/generated/**",
    "lib/sandbox/cases/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { interleave },
    rules: {
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones }],
      "interleave/no-server-in-client": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Module augmentation merges into next-auth's own interfaces; a type alias cannot.
    files: ["types/**/*.d.ts"],
    rules: { "@typescript-eslint/consistent-type-definitions": "off" },
  },
  {
    // The VM's `module` is a Python module object, not the CommonJS `module` this Next rule guards.
    files: ["lib/sandbox/**"],
    rules: { "@next/next/no-assign-module-variable": "off" },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "**/generated/sqlite/**", "**/generated/postgresql/**"], message: "No Prisma under app/ or components/: call lib/server/data." }] },
      ],
    },
  },
  {
    files: PURE.map((p) => (p.endsWith(".ts") ? p.slice(2) : `${p.slice(2)}/**`)),
    ignores: ["**/*.test.ts", "lib/sandbox/tests/**"],
    rules: {
      "no-restricted-imports": ["error", pureRestrictedImports],
      "import/no-nodejs-modules": "error",
    },
  },
]);
