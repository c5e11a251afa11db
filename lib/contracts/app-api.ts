// The app's own JSON routes under /api (not the public API, which is api-v1.ts): signed in by the
// session cookie, called by the app's components through callApi (lib/client/request-json.ts).
// Each route handler under app/api binds one of these with handleRoute.
import { z } from "zod";
import { ZChangePasswordRequest, ZSignUpRequest } from "./account";
import { APP_ROUTES } from "./app-routes";
import { ZBankParams } from "./banks";
import { ZAttemptResult, ZQuestionProgress, ZQuestionProgressParams, ZSelfAssessment } from "./attempts";
import { defineEndpoint, type TEndpoint } from "./endpoint";
import { ZAnswerPrediction, ZPredictionResult } from "./predictions";
import { ZProgress } from "./progress";
import { ZAnswerQuizItem, ZQuizAnswerResult, ZQuizParams, ZQuizRef, ZQuizView, ZStartQuiz } from "./quizzes";
import {
  ZAnswerReview,
  ZReviewAnswerQuery,
  ZReviewAnswerResult,
  ZReviewHint,
  ZReviewHintRequest,
  ZReviewModelAnswer,
  ZReviewQuery,
  ZReviewQueue,
  ZReviewSummary,
  ZUndoResult,
  ZUndoReview,
} from "./review";
import { ZBrowserTimeZone, ZStoredStudySettings, ZStudySettings, ZTimeZoneAdoption } from "./settings";
import { ZApiTokenParams, ZApiTokenView, ZCreateApiToken, ZCreatedApiToken } from "./tokens";

const QUIZ_NOT_FOUND = "That quiz does not exist.";

export const APP_API = {
  signUp: defineEndpoint({
    ...APP_ROUTES.signUp,
    auth: "none",
    bodyLimit: "account",
    body: ZSignUpRequest,
    response: z.object({ email: z.string() }),
    status: 201,
    summary: "Create an account",
  }),
  createSelfAssessment: defineEndpoint({
    ...APP_ROUTES.createSelfAssessment,
    auth: "session",
    body: ZSelfAssessment,
    response: ZAttemptResult,
    status: 201,
    replayable: true,
    summary: "Record a self-assessment",
  }),
  answerPrediction: defineEndpoint({
    ...APP_ROUTES.answerPrediction,
    auth: "session",
    body: ZAnswerPrediction,
    response: ZPredictionResult,
    status: 201,
    replayable: true,
    summary: "Grade a prediction",
  }),
  startQuiz: defineEndpoint({ ...APP_ROUTES.startQuiz, auth: "session", body: ZStartQuiz, response: ZQuizRef, status: 201, summary: "Start a quiz" }),
  getQuiz: defineEndpoint({ ...APP_ROUTES.getQuiz, auth: "session", params: ZQuizParams, notFound: QUIZ_NOT_FOUND, response: ZQuizView, summary: "Read a quiz" }),
  answerQuizItem: defineEndpoint({
    ...APP_ROUTES.answerQuizItem,
    auth: "session",
    params: ZQuizParams,
    notFound: QUIZ_NOT_FOUND,
    body: ZAnswerQuizItem,
    response: ZQuizAnswerResult,
    status: 201,
    replayable: true,
    summary: "Answer a quiz item",
  }),
  finishQuiz: defineEndpoint({ ...APP_ROUTES.finishQuiz, auth: "session", params: ZQuizParams, notFound: QUIZ_NOT_FOUND, response: ZQuizRef, summary: "Finish a quiz" }),
  retakeQuiz: defineEndpoint({ ...APP_ROUTES.retakeQuiz, auth: "session", params: ZQuizParams, notFound: QUIZ_NOT_FOUND, response: ZQuizRef, summary: "Retake a quiz's mistakes" }),
  getReviewQueue: defineEndpoint({ ...APP_ROUTES.getReviewQueue, auth: "session", query: ZReviewQuery, response: ZReviewQueue, summary: "Today's review queue" }),
  answerReview: defineEndpoint({
    ...APP_ROUTES.answerReview,
    auth: "session",
    body: ZAnswerReview,
    response: ZReviewAnswerResult,
    status: 201,
    replayable: true,
    summary: "Answer a review item",
  }),
  undoReview: defineEndpoint({ ...APP_ROUTES.undoReview, auth: "session", body: ZUndoReview, response: ZUndoResult, summary: "Take back the last review rating" }),
  getReviewHint: defineEndpoint({ ...APP_ROUTES.getReviewHint, auth: "session", body: ZReviewHintRequest, response: ZReviewHint, summary: "A hint for a review item" }),
  getReviewSummary: defineEndpoint({ ...APP_ROUTES.getReviewSummary, auth: "session", query: ZReviewQuery, response: ZReviewSummary, summary: "The header's review count" }),
  getReviewAnswer: defineEndpoint({
    ...APP_ROUTES.getReviewAnswer,
    auth: "session",
    query: ZReviewAnswerQuery,
    response: ZReviewModelAnswer,
    summary: "A recall card's model answer",
  }),
  getProgress: defineEndpoint({ ...APP_ROUTES.getProgress, auth: "session", response: ZProgress, summary: "The progress dashboard" }),
  getQuestionProgress: defineEndpoint({
    ...APP_ROUTES.getQuestionProgress,
    auth: "session",
    params: ZQuestionProgressParams,
    notFound: "That question does not exist.",
    response: ZQuestionProgress,
    summary: "The learner's progress on one question",
  }),
  getStudySettings: defineEndpoint({ ...APP_ROUTES.getStudySettings, auth: "session", response: ZStoredStudySettings, summary: "Study settings" }),
  updateStudySettings: defineEndpoint({ ...APP_ROUTES.updateStudySettings, auth: "session", body: ZStudySettings, response: ZStoredStudySettings, summary: "Save study settings" }),
  adoptTimeZone: defineEndpoint({ ...APP_ROUTES.adoptTimeZone, auth: "session", body: ZBrowserTimeZone, response: ZTimeZoneAdoption, summary: "Take the browser's time zone" }),
  changePassword: defineEndpoint({
    ...APP_ROUTES.changePassword,
    auth: "session",
    bodyLimit: "account",
    body: ZChangePasswordRequest,
    response: z.object({ changed: z.literal(true) }),
    summary: "Change the password",
  }),
  signOutEverywhere: defineEndpoint({ ...APP_ROUTES.signOutEverywhere, auth: "session", response: z.object({ ended: z.literal(true) }), summary: "End every session" }),
  exportMyData: defineEndpoint({
    ...APP_ROUTES.exportMyData,
    auth: "session",
    query: z
      .object({
        data: z.enum(["attempts", "reviews"], { error: "Ask for data=attempts or data=reviews." }),
        format: z.enum(["csv", "json"], { error: "Ask for format=csv or format=json." }),
      })
      .strict(),
    summary: "Download my attempts or review log",
  }),
  exportBank: defineEndpoint({
    ...APP_ROUTES.exportBank,
    auth: "session",
    params: ZBankParams,
    notFound: "No such bank.",
    query: z
      .object({
        format: z.enum(["folder", "gift", "anki", "json"], { error: "Ask for format=folder, gift, anki or json." }),
        versions: z.enum(["published", "newest"], { error: "Ask for versions=published or versions=newest." }).default("published"),
      })
      .strict()
      .refine((q) => q.format === "folder" || q.versions === "published", "Only the folder export can include drafts."),
    summary: "Download a bank: its folder as a zip, Moodle GIFT, an Anki CSV or the items as JSON",
  }),
  listApiTokens: defineEndpoint({ ...APP_ROUTES.listApiTokens, auth: "session", response: z.array(ZApiTokenView), summary: "My personal access tokens" }),
  createApiToken: defineEndpoint({
    ...APP_ROUTES.createApiToken,
    auth: "session",
    body: ZCreateApiToken,
    response: ZCreatedApiToken,
    status: 201,
    summary: "Make a personal access token",
  }),
  revokeApiToken: defineEndpoint({
    ...APP_ROUTES.revokeApiToken,
    auth: "session",
    params: ZApiTokenParams,
    notFound: "That token does not exist.",
    response: z.object({ revoked: z.literal(true) }),
    summary: "Revoke a personal access token",
  }),
} satisfies Record<keyof typeof APP_ROUTES, TEndpoint>;

export type TAppApi = typeof APP_API;
