// The accounts and rows the fuzzer and the role matrix act with, made through the real API: one
// learner, another learner (whose ids the first must not reach), an author, an admin and a spare
// learner for the requests that end sessions; each signed-in actor holds an active quiz, one to
// finish, a finished one and a review it can undo; the author owns a bank of its own, so the
// authoring writes never touch the banks other tests read.
import type { TDb } from "@/lib/db/create-client";
import type { TItemView } from "../lib/respond-to-view";
import { respondToView } from "../lib/respond-to-view";
import { jsonRequest, send, signIn, type TRawRequest, type TRawResponse } from "./http";

export type TActorName = "anonymous" | "learner" | "other" | "author" | "admin" | "spare" | "bogus";
export type TRole = "learner" | "author" | "admin";

export type TActor = {
  name: TActorName;
  role: TRole | null;
  email: string;
  password: string;
  /** the password a change-password request just sent, taken on once it succeeds */
  pendingPassword: string | null;
  /** a Cookie header; "" for anonymous */
  cookie: string;
  /** a personal access token for /api/v1 with every scope the role may hold; "" for anonymous */
  token: string;
  userId: string | null;
  quiz: { active: string; toFinish: string; finished: string } | null;
  /** an item of the actor's review queue, and the log of a review it may undo */
  review: { ref: string; entry: TItemView; logId: string } | null;
};

export type TContext = {
  base: string;
  db: TDb;
  runId: string;
  python: { questions: { id: string; number: number }[]; predictions: { questionId: string; itemKey: string; view: TItemView }[] };
  /** the author's own bank and its questions (ids; numbers and versions are read when needed) */
  bank: { slug: string; questionIds: string[] };
  actors: Record<TActorName, TActor>;
  /** sends as an actor, from the setup's addresses */
  as: (actor: TActor, request: TRawRequest) => Promise<TRawResponse>;
  /** signs `actor` in again (after a request ended its sessions or changed its password) */
  renew: (actor: TActor) => Promise<void>;
};

export const DRAFT_BODY = `A comparison the fuzzer's bank keeps:

| aspect | threads | processes |
| --- | --- | --- |
| memory | shared | separate |
| start-up cost | low | high |
| crash isolation | none | full |
`;

type TSetupOptions = { base: string; db: TDb; runId: string; hashPassword: (password: string) => Promise<string>; addresses: (i: number) => string };

export async function createFuzzContext(options: TSetupOptions): Promise<TContext> {
  const { base, db, runId } = options;
  let next = 0;
  const address = () => options.addresses(next++);
  const password = "fuzz-actor-password";
  const passwordHash = await options.hashPassword(password);
  const make = async (name: TActorName, role: TRole | null): Promise<TActor> => {
    const email = `fuzz-${name}-${runId}@example.com`;
    const actor: TActor = { name, role, email, password, pendingPassword: null, cookie: "", token: "", userId: null, quiz: null, review: null };
    if (role) {
      const user = await db.user.create({ data: { email, name: `Fuzz ${name}`, role, passwordHash }, select: { id: true } });
      actor.userId = user.id;
      actor.cookie = await signIn(base, address(), email, password);
    }
    return actor;
  };
  const actors = {
    anonymous: await make("anonymous", null),
    learner: await make("learner", "learner"),
    other: await make("other", "learner"),
    author: await make("author", "author"),
    admin: await make("admin", "admin"),
    spare: await make("spare", "learner"),
    bogus: await make("bogus", null),
  } satisfies Record<TActorName, TActor>;
  // A session token no server issued: garbage where a JWT should be.
  actors.bogus.cookie = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..bm90.YS10b2tlbg.eA";

  const as = (actor: TActor, request: TRawRequest) => send(base, address(), { ...request, headers: { ...request.headers, ...(actor.cookie ? { cookie: actor.cookie } : {}) } });
  const ok = async (actor: TActor, request: TRawRequest): Promise<{ data: never }> => {
    const res = await as(actor, request);
    if (res.status >= 300) throw new Error(`fuzz setup: ${request.method} ${request.path} as ${actor.name} → ${res.status} ${res.text.slice(0, 300)}`);
    return JSON.parse(res.text) as { data: never };
  };

  for (const actor of [actors.learner, actors.other, actors.author, actors.admin, actors.spare]) {
    const start = async () => ((await ok(actor, jsonRequest("POST", "/api/quizzes", { bank: "python", count: 3 }, ""))).data as { id: string }).id;
    const quiz = { active: await start(), toFinish: await start(), finished: await start() };
    await ok(actor, jsonRequest("POST", `/api/quizzes/${quiz.finished}/finish`, undefined, ""));
    actor.quiz = quiz;
    const queue = async () => ((await ok(actor, jsonRequest("GET", "/api/review", undefined, ""))).data as { entries: (TItemView & { ref: string })[] }).entries;
    const [first] = await queue();
    if (!first) throw new Error(`fuzz setup: ${actor.name} has nothing to review`);
    const answered = (await ok(actor, jsonRequest("POST", "/api/review/answers", { ref: first.ref, response: respondToView(first), idempotencyKey: crypto.randomUUID() }, "")))
      .data as { logId: string };
    const [entry] = await queue();
    if (!entry) throw new Error(`fuzz setup: ${actor.name}'s review queue is empty`);
    actor.review = { ref: entry.ref, entry, logId: answered.logId };
    const scopes = actor.role === "learner" ? ["read", "write"] : ["read", "write", "author"];
    actor.token = ((await ok(actor, jsonRequest("POST", "/api/me/tokens", { name: `Fuzz ${actor.name}`, scopes }, ""))).data as { token: string }).token;
  }

  const slug = `fz-${runId}`;
  await ok(actors.author, jsonRequest("POST", "/api/author/banks", { slug, name: `Fuzz ${runId}`, emoji: "🧪", description: "The fuzzer's own bank." }, ""));
  const questionIds: string[] = [];
  for (const title of ["Fuzz question one", "Fuzz question two", "Fuzz question three"]) {
    const created = (await ok(actors.author, jsonRequest("POST", "/api/author/questions", { bank: slug, title, difficulty: "easy", tags: ["fuzz"] }, ""))).data as { id: string };
    questionIds.push(created.id);
    await ok(
      actors.author,
      jsonRequest("POST", `/api/author/questions/${created.id}/draft`, { baseVersion: 1, content: { title, difficulty: "easy", tags: ["fuzz"], bodyMarkdown: DRAFT_BODY } }, ""),
    );
    await ok(actors.author, jsonRequest("POST", `/api/author/questions/${created.id}/publish`, { version: 2 }, ""));
  }

  const questions = await db.question.findMany({ where: { bank: { slug: "python" }, status: "published" }, select: { id: true, number: true }, orderBy: { number: "asc" } });
  const predictionRows = await db.quizItem.findMany({
    where: { key: { startsWith: "predict-" }, retiredAt: null, questionVersion: { publishedBy: { isNot: null } } },
    select: { key: true, kind: true, payload: true, questionVersion: { select: { questionId: true } } },
    take: 20,
  });
  const predictions = predictionRows.map((row) => {
    const payload = row.payload as { options?: string[]; items?: string[] };
    return {
      questionId: row.questionVersion.questionId,
      itemKey: row.key,
      view: { kind: row.kind as TItemView["kind"], options: payload.options ?? [], items: payload.items ?? null },
    };
  });

  return {
    base,
    db,
    runId,
    python: { questions, predictions },
    bank: { slug, questionIds },
    actors,
    as,
    renew: async (actor) => {
      if (actor.role) actor.cookie = await signIn(base, address(), actor.email, actor.password);
    },
  };
}
