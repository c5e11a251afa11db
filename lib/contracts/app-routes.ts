// The app's own JSON routes by name: what the browser's typed client calls. No zod here (the
// question page's components import this); the schemas of each route are in app-api.ts, which
// spreads these entries, so a path is written once.
import type { TRoute } from "./endpoint";

export const APP_ROUTES = {
  signUp: { method: "POST", path: "/api/auth/sign-up" },
  createSelfAssessment: { method: "POST", path: "/api/attempts" },
  answerPrediction: { method: "POST", path: "/api/predictions" },
  startQuiz: { method: "POST", path: "/api/quizzes" },
  getQuiz: { method: "GET", path: "/api/quizzes/{quizId}" },
  answerQuizItem: { method: "POST", path: "/api/quizzes/{quizId}/answers" },
  finishQuiz: { method: "POST", path: "/api/quizzes/{quizId}/finish" },
  retakeQuiz: { method: "POST", path: "/api/quizzes/{quizId}/retake" },
  getReviewQueue: { method: "GET", path: "/api/review" },
  answerReview: { method: "POST", path: "/api/review/answers" },
  undoReview: { method: "POST", path: "/api/review/undo" },
  getReviewHint: { method: "POST", path: "/api/review/hint" },
  getReviewSummary: { method: "GET", path: "/api/review/summary" },
  getReviewAnswer: { method: "GET", path: "/api/review/answer" },
  getProgress: { method: "GET", path: "/api/me/progress" },
  getQuestionProgress: { method: "GET", path: "/api/me/questions/{questionId}" },
  getStudySettings: { method: "GET", path: "/api/me/settings" },
  updateStudySettings: { method: "PUT", path: "/api/me/settings" },
  adoptTimeZone: { method: "POST", path: "/api/me/time-zone" },
  changePassword: { method: "POST", path: "/api/me/password" },
  signOutEverywhere: { method: "POST", path: "/api/me/sign-out-everywhere" },
  exportMyData: { method: "GET", path: "/api/me/export" },
  exportBank: { method: "GET", path: "/api/author/banks/{bank}/export" },
  listApiTokens: { method: "GET", path: "/api/me/tokens" },
  createApiToken: { method: "POST", path: "/api/me/tokens" },
  revokeApiToken: { method: "DELETE", path: "/api/me/tokens/{tokenId}" },
} as const satisfies Record<string, TRoute>;

export type TAppRouteName = keyof typeof APP_ROUTES;
