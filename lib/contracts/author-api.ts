// The authoring routes under /api/author (besides the bank export, which is in app-api.ts with the
// other downloads): each route handler binds one of these with handleRoute, so an author's request
// is parsed, refused and answered exactly like a learner's. `role: "author"` has handleRoute turn
// learners away (403) before a body is read; the data layer checks again.
import { z } from "zod";
import {
  ZCreateBank,
  ZCreateQuestion,
  ZMoveQuestion,
  ZPreviewDraft,
  ZPublishVersion,
  ZRestoreVersion,
  ZSaveConflict,
  ZSaveDraft,
  ZSetArchived,
  type TDraftPreview,
  type TPublishResult,
  type TQuestionStatus,
  type TRestoreResult,
  type TSaveConflict,
  type TSaveResult,
  type TVersionDiffView,
} from "./authoring";
import { defineEndpoint } from "./endpoint";
import { ZBankImportQuery, type TBankImportPreview, type TBankImportResult } from "./exchange";
import { ZRowId } from "./ids";
import { ZRetireItem, ZUnretireItem } from "./item-analysis";

const ZQuestionParams = z.object({ questionId: ZRowId });
const question = { auth: "session", role: "author", params: ZQuestionParams, notFound: "That question does not exist." } as const;

const ZVersionParam = z
  .string()
  .regex(/^[1-9]\d{0,6}$/, "Ask for two version numbers: ?from=1&to=2.")
  .transform(Number);
export const ZDiffQuery = z.object({ from: ZVersionParam, to: ZVersionParam }, { error: "Ask for two version numbers: ?from=1&to=2." }).strict();

export const ZRetireRequest = z.discriminatedUnion("retired", [
  ZRetireItem.omit({ questionId: true })
    .extend({ retired: z.literal(true) })
    .strict(),
  ZUnretireItem.omit({ questionId: true })
    .extend({ retired: z.literal(false) })
    .strict(),
]);

// The responses are the data layer's own types; nothing parses them at run time.
const answer = <T>() => z.custom<T>();

export const AUTHOR_API = {
  createBank: defineEndpoint({
    method: "POST",
    path: "/api/author/banks",
    auth: "session",
    role: "author",
    bodyLimit: "authoring",
    body: ZCreateBank,
    response: answer<{ slug: string; href: string }>(),
    status: 201,
    summary: "Create a bank",
  }),
  createQuestion: defineEndpoint({
    method: "POST",
    path: "/api/author/questions",
    auth: "session",
    role: "author",
    bodyLimit: "authoring",
    body: ZCreateQuestion,
    response: answer<{ id: string; number: number; href: string }>(),
    status: 201,
    summary: "Create a question",
  }),
  saveDraft: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/draft",
    bodyLimit: "authoring",
    body: ZSaveDraft.omit({ questionId: true }),
    response: answer<TSaveResult>(),
    summary: "Save a draft on top of a base version (409 when another save came first)",
  }),
  previewDraft: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/preview",
    bodyLimit: "authoring",
    body: ZPreviewDraft.omit({ questionId: true }),
    response: answer<TDraftPreview>(),
    summary: "Render a draft with its quiz items and problems; stores nothing",
  }),
  explainConflict: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/conflict",
    bodyLimit: "authoring",
    body: ZSaveConflict.omit({ questionId: true }),
    response: answer<TSaveConflict>(),
    summary: "After a refused save: what the other author changed and what the refused text would change",
  }),
  publishVersion: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/publish",
    body: ZPublishVersion.omit({ questionId: true }),
    response: answer<TPublishResult>(),
    summary: "Publish a version",
  }),
  restoreVersion: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/restore",
    body: ZRestoreVersion.omit({ questionId: true }),
    response: answer<TRestoreResult>(),
    summary: "Copy an old version into a new draft",
  }),
  setArchived: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/archive",
    body: ZSetArchived.omit({ questionId: true }),
    response: answer<{ status: TQuestionStatus; bankSlug: string }>(),
    summary: "Archive a question or bring it back",
  }),
  moveQuestion: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/move",
    body: ZMoveQuestion.omit({ questionId: true }),
    response: answer<{ number: number; href: string }>(),
    summary: "Move a question to another number",
  }),
  retireItem: defineEndpoint({
    ...question,
    method: "POST",
    path: "/api/author/questions/{questionId}/retire-item",
    body: ZRetireRequest,
    response: answer<{ itemKey: string; retired: boolean }>(),
    summary: "Retire a quiz item or offer it again",
  }),
  diffVersions: defineEndpoint({
    ...question,
    method: "GET",
    path: "/api/author/questions/{questionId}/diff",
    query: ZDiffQuery,
    response: answer<TVersionDiffView>(),
    summary: "Two versions compared",
  }),
  importBank: defineEndpoint({
    method: "POST",
    path: "/api/author/bank-imports",
    auth: "session",
    role: "author",
    query: ZBankImportQuery,
    response: answer<TBankImportPreview | TBankImportResult>(),
    summary: "Preview a bank's zip, or import it as previewed (the body is the zip itself)",
  }),
};
