// The import boundaries of eslint.config.mjs, checked on imports written for the purpose: each
// case lints a few lines as if they lived at a path in the project, and expects the rule that
// must refuse them (or none).
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const BOUNDARY_RULES = new Set(["import/no-restricted-paths", "no-restricted-imports", "import/no-nodejs-modules", "interleave/no-server-in-client"]);
let eslint: ESLint;

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2 && m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId)).map((m) => m.ruleId ?? "");
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
}, 60_000);

describe("lint: import boundaries", () => {
  it.each([
    ["a component importing the Prisma client", "components/quiz/x.tsx", 'import { db } from "@/lib/server/db";\nexport const x = db;', "import/no-restricted-paths"],
    [
      "a route importing a generated client",
      "app/api/x/route.ts",
      'import { PrismaClient } from "../../../lib/server/generated/sqlite/client";\nexport const x = PrismaClient;',
      "import/no-restricted-paths",
    ],
    ["a page importing @prisma/client", "app/x/page.tsx", 'import { Prisma } from "@prisma/client";\nexport const x = Prisma;', "no-restricted-imports"],
    [
      "a client component importing a server type",
      "components/quiz/x.tsx",
      '"use client";\nimport type { TQuizView } from "@/lib/server/data/quizzes/get-quiz";\nexport type X = TQuizView;',
      "interleave/no-server-in-client",
    ],
    [
      "a client component reaching lib/server by a relative path",
      "components/quiz/x.tsx",
      '"use client";\nimport { env } from "../../lib/server/env";\nexport const x = env;',
      "interleave/no-server-in-client",
    ],
    [
      "a pure library importing the data layer",
      "lib/srs/x.ts",
      'import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";\nexport const x = getReviewQueue;',
      "import/no-restricted-paths",
    ],
    ["a pure library importing React", "lib/quiz/x.ts", 'import { useState } from "react";\nexport const x = useState;', "no-restricted-imports"],
    ["a pure library importing Next", "lib/content/x.ts", 'import { notFound } from "next/navigation";\nexport const x = notFound;', "no-restricted-imports"],
    ["a pure library importing a Node builtin", "lib/sandbox/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;', "import/no-nodejs-modules"],
    ["lib/content importing lib/quiz", "lib/content/x.ts", 'import { gradeResponse } from "@/lib/quiz";\nexport const x = gradeResponse;', "import/no-restricted-paths"],
    [
      "the data layer reaching inside lib/quiz",
      "lib/server/data/x.ts",
      'import { buildHint } from "@/lib/quiz/build-hint";\nexport const x = buildHint;',
      "import/no-restricted-paths",
    ],
    ["a script reaching inside lib/sandbox", "scripts/x.ts", 'import { Program } from "../lib/sandbox/program";\nexport const x = Program;', "import/no-restricted-paths"],
  ])("refuses %s", async (_name, filePath, code, rule) => {
    expect(await boundaryErrors(filePath, code)).toContain(rule);
  });

  it.each([
    ["a server component calling the data layer", "components/quiz/x.tsx", 'import { getQuiz } from "@/lib/server/data/quizzes/get-quiz";\nexport const x = getQuiz;'],
    [
      "the data layer importing Prisma and the quiz index",
      "lib/server/data/x.ts",
      'import { db } from "@/lib/server/db";\nimport { buildHint } from "@/lib/quiz";\nexport const x = [db, buildHint];',
    ],
    [
      "a client component importing the quiz limits and schema types",
      "components/quiz/x.tsx",
      '"use client";\nimport { SHORT_TEXT_MAX } from "@/lib/quiz/limits";\nimport type { TResponse } from "@/lib/quiz/schemas";\nexport const x: TResponse | number = SHORT_TEXT_MAX;',
    ],
    [
      "lib/quiz importing lib/content and its own files",
      "lib/quiz/x.ts",
      'import { parseMarkdown } from "../content/parse-markdown";\nimport { buildHint } from "./build-hint";\nexport const x = [parseMarkdown, buildHint];',
    ],
    [
      "lib/questions composing content and quiz",
      "lib/questions/x.ts",
      'import { parseMarkdown } from "@/lib/content/parse-markdown";\nimport { parseAuthoredItems } from "@/lib/quiz";\nexport const x = [parseMarkdown, parseAuthoredItems];',
    ],
    ["a script importing the sandbox index", "scripts/x.ts", 'import { runProgram } from "../lib/sandbox";\nexport const x = runProgram;'],
    ["a test of a pure library reading its golden files", "lib/quiz/x.test.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
  ])("allows %s", async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
