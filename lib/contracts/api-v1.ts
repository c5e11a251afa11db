// The public API, /api/v1: every operation with its schemas. The route handlers under app/api/v1
// bind these with handleRoute, and the OpenAPI document (GET /api/v1/openapi.json) is generated
// from this list, so what is documented is what is parsed. Each key is the operation's
// operationId. Every request but the document's own carries a personal access token with the
// operation's scope.
import { z } from "zod";
import { ZAttemptResult, ZAttemptRow, ZSelfAssessment } from "./attempts";
import { ZCreateQuestion, ZDraftContent } from "./authoring";
import { ZBankDetail, ZBankParams, ZBankSummary } from "./banks";
import { defineEndpoint, type TEndpoint } from "./endpoint";
import { ZRowId } from "./ids";
import { pageOf, ZPageQuery } from "./paging";
import { ZProgress } from "./progress";
import { ZQuestionDetail, ZQuestionItems, ZQuestionListQuery, ZQuestionParams, ZQuestionSummary } from "./questions";
import { ZAnswerQuizItem, ZQuizAnswerResult, ZQuizParams, ZQuizRef, ZQuizView, ZStartQuiz } from "./quizzes";
import { ZAnswerReview, ZReviewAnswerResult, ZReviewQuery, ZReviewQueue } from "./review";

export const API_V1_BASE = "/api/v1";

const ZVersionNumber = z.number().int().min(1).max(1_000_000);

export const ZMe = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    role: z.enum(["learner", "author", "admin"]),
    token: z.object({ id: z.string(), scopes: z.array(z.enum(["read", "write", "author"])) }),
  })
  .meta({ id: "Me" });

export const ZQuestionDraft = z
  .object({
    questionId: z.string(),
    bank: z.string(),
    number: z.number().int(),
    status: z.enum(["draft", "published", "archived"]),
    headVersion: z.number().int().meta({ description: "the newest version: send it as baseVersion when saving" }),
    publishedVersion: z.number().int().nullable(),
    content: ZDraftContent,
  })
  .meta({ id: "QuestionDraft" });

export const ZSaveVersion = z
  .object({
    baseVersion: z.number().int().min(0).meta({ description: "the version this text was edited from; a newer one makes the save a 409" }),
    content: ZDraftContent,
    note: z.string().trim().max(200, "Keep the note under 200 characters.").optional(),
  })
  .strict()
  .meta({ id: "SaveVersion" });

export const API_V1 = {
  getOpenApi: defineEndpoint({
    method: "GET",
    path: "/api/v1/openapi.json",
    auth: "none",
    tag: "Account",
    summary: "This document",
    description: "OpenAPI 3.1, generated from the schemas the routes parse with. No token needed.",
  }),
  getMe: defineEndpoint({
    method: "GET",
    path: "/api/v1/me",
    auth: "token",
    scope: "read",
    response: ZMe,
    tag: "Account",
    summary: "Who the token belongs to",
  }),
  listBanks: defineEndpoint({
    method: "GET",
    path: "/api/v1/banks",
    auth: "token",
    scope: "read",
    query: ZPageQuery.strict(),
    response: pageOf(ZBankSummary),
    tag: "Banks",
    summary: "List the banks",
    description: "Banks with at least one published question, by slug.",
  }),
  getBank: defineEndpoint({
    method: "GET",
    path: "/api/v1/banks/{bank}",
    auth: "token",
    scope: "read",
    params: ZBankParams,
    notFound: "No such bank.",
    response: ZBankDetail,
    tag: "Banks",
    summary: "One bank, with its tags",
  }),
  listQuestions: defineEndpoint({
    method: "GET",
    path: "/api/v1/questions",
    auth: "token",
    scope: "read",
    query: ZQuestionListQuery,
    response: pageOf(ZQuestionSummary),
    tag: "Questions",
    summary: "List published questions",
    description: "Filtered by bank, tag, difficulty and words in the title; ordered by bank slug, then number.",
  }),
  getQuestion: defineEndpoint({
    method: "GET",
    path: "/api/v1/questions/{questionId}",
    auth: "token",
    scope: "read",
    params: ZQuestionParams,
    notFound: "That question does not exist.",
    response: ZQuestionDetail,
    tag: "Questions",
    summary: "One published question with its model answer",
    description: "The published version's markdown and the same sanitized HTML the question page shows.",
  }),
  listQuestionItems: defineEndpoint({
    method: "GET",
    path: "/api/v1/questions/{questionId}/items",
    auth: "token",
    scope: "read",
    params: ZQuestionParams,
    notFound: "That question does not exist.",
    response: ZQuestionItems,
    tag: "Questions",
    summary: "The quiz items of a published question, without answers",
  }),
  startQuiz: defineEndpoint({
    method: "POST",
    path: "/api/v1/quizzes",
    auth: "token",
    scope: "write",
    body: ZStartQuiz,
    response: ZQuizRef,
    status: 201,
    tag: "Quizzes",
    summary: "Start a quiz",
    description: "Unseen items first, then the weakest, spread over questions. Read it with getQuiz.",
  }),
  getQuiz: defineEndpoint({
    method: "GET",
    path: "/api/v1/quizzes/{quizId}",
    auth: "token",
    scope: "read",
    params: ZQuizParams,
    notFound: "That quiz does not exist.",
    response: ZQuizView,
    tag: "Quizzes",
    summary: "A quiz: its items, what is answered, the score",
  }),
  answerQuizItem: defineEndpoint({
    method: "POST",
    path: "/api/v1/quizzes/{quizId}/answers",
    auth: "token",
    scope: "write",
    params: ZQuizParams,
    notFound: "That quiz does not exist.",
    body: ZAnswerQuizItem,
    response: ZQuizAnswerResult,
    status: 201,
    replayable: true,
    errors: ["CONFLICT"],
    tag: "Quizzes",
    summary: "Answer the item at a position",
    description: "The server grades. 409 when the item was answered already, the quiz is finished, or the idempotency key was used for another answer.",
  }),
  finishQuiz: defineEndpoint({
    method: "POST",
    path: "/api/v1/quizzes/{quizId}/finish",
    auth: "token",
    scope: "write",
    params: ZQuizParams,
    notFound: "That quiz does not exist.",
    response: ZQuizRef,
    tag: "Quizzes",
    summary: "Finish a quiz",
    description: "Idempotent. Unanswered items count as not correct; a deferred quiz's marks show from now on.",
  }),
  createAttempt: defineEndpoint({
    method: "POST",
    path: "/api/v1/attempts",
    auth: "token",
    scope: "write",
    body: ZSelfAssessment,
    response: ZAttemptResult,
    status: 201,
    replayable: true,
    errors: ["CONFLICT"],
    tag: "Attempts",
    summary: "Record a self-assessment of a question",
  }),
  listAttempts: defineEndpoint({
    method: "GET",
    path: "/api/v1/attempts",
    auth: "token",
    scope: "read",
    query: ZPageQuery.extend({ questionId: ZRowId.optional().meta({ description: "only attempts on this question" }) }).strict(),
    response: pageOf(ZAttemptRow),
    tag: "Attempts",
    summary: "The token user's attempts, newest first",
  }),
  getReviewQueue: defineEndpoint({
    method: "GET",
    path: "/api/v1/review",
    auth: "token",
    scope: "read",
    query: ZReviewQuery,
    response: ZReviewQueue,
    tag: "Review",
    summary: "Today's review queue",
    description: "Due cards and today's new items, in the order to answer them, at most 40 at a time: ask again when done.",
  }),
  answerReview: defineEndpoint({
    method: "POST",
    path: "/api/v1/review/answers",
    auth: "token",
    scope: "write",
    body: ZAnswerReview,
    response: ZReviewAnswerResult,
    status: 201,
    replayable: true,
    errors: ["NOT_FOUND", "CONFLICT"],
    tag: "Review",
    summary: "Answer a review item",
    description: "Graded by the server; the card moves by the rating the answer earns. 409 when the item is not due or changed since the queue was read.",
  }),
  getProgress: defineEndpoint({
    method: "GET",
    path: "/api/v1/progress",
    auth: "token",
    scope: "read",
    response: ZProgress,
    tag: "Progress",
    summary: "The token user's progress summary",
  }),
  createQuestion: defineEndpoint({
    method: "POST",
    path: "/api/v1/banks/{bank}/questions",
    auth: "token",
    scope: "author",
    params: ZBankParams,
    notFound: "No such bank.",
    body: ZCreateQuestion.omit({ bank: true }).meta({ id: "CreateQuestion" }),
    response: z.object({ id: z.string(), number: z.number().int(), href: z.string() }),
    status: 201,
    errors: ["CONFLICT"],
    tag: "Authoring",
    summary: "Create a draft question",
    description: "At the next free number, or at `number`, moving the questions from there up by one. Learners see it once a version is published.",
  }),
  getQuestionDraft: defineEndpoint({
    method: "GET",
    path: "/api/v1/questions/{questionId}/draft",
    auth: "token",
    scope: "author",
    params: ZQuestionParams,
    notFound: "That question does not exist.",
    response: ZQuestionDraft,
    tag: "Authoring",
    summary: "The newest version of a question, draft or published",
  }),
  saveQuestionVersion: defineEndpoint({
    method: "POST",
    path: "/api/v1/questions/{questionId}/versions",
    auth: "token",
    scope: "author",
    params: ZQuestionParams,
    notFound: "That question does not exist.",
    body: ZSaveVersion,
    bodyLimit: "authoring",
    response: z.object({ version: z.number().int(), unchanged: z.boolean() }),
    status: 201,
    replayable: true,
    errors: ["CONFLICT"],
    tag: "Authoring",
    summary: "Save a draft version",
    description:
      "Versions are never changed: a save adds version baseVersion + 1. 409 when someone saved a newer version since baseVersion; 200 when the text equals the newest version.",
  }),
  publishQuestionVersion: defineEndpoint({
    method: "POST",
    path: "/api/v1/questions/{questionId}/publish",
    auth: "token",
    scope: "author",
    params: ZQuestionParams,
    notFound: "That question does not exist.",
    body: z.object({ version: ZVersionNumber.meta({ description: "must be the newest version" }) }).strict(),
    response: z.object({ version: z.number().int(), href: z.string() }),
    errors: ["CONFLICT"],
    tag: "Authoring",
    summary: "Publish the newest version",
    description: "After the checks an import applies; its quiz items are made and review cards follow. 400 lists what to fix.",
  }),
} satisfies Record<string, TEndpoint>;

export type TApiV1 = typeof API_V1;
