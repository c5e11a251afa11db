// The public surface of the quiz library; import from "@/lib/quiz". Lighter entries exist for
// bundles that must stay small: "@/lib/quiz/schemas" (zod schemas and limits, for lib/contracts),
// "@/lib/quiz/limits" (plain numbers, for the question page's components) and
// "@/lib/quiz/run-prediction" (the sandbox run behind a prediction, for the server's worker
// thread). The lint refuses any other path into this folder.
export * from "./schemas";
export { gradeResponse } from "./grade-response";
export { clipStoredResponse } from "./clip-stored-response";
export { derivePredictionAnswer, gradePrediction } from "./grade-prediction";
export type { TPredictionTruth } from "./grade-prediction";
export { buildRightResponse, buildWrongResponse } from "./build-response";
export { buildHint } from "./build-hint";
export type { THint } from "./build-hint";
export { buildVersionItems, RECALL_ITEM_ID } from "./build-version-items";
export { generateItemsFromMarkdown, ITEM_CAPS } from "./generate-items";
export { extractComparisonTables, ZComparisonTable, ZComparisonRow, MIN_ROWS, MIN_SUBJECTS } from "./extract-comparison-tables";
export type { TComparisonTable, TComparisonRow } from "./extract-comparison-tables";
export { collectTableFacts } from "./table-facts";
export type { TTableFacts, TFactRow, TFact } from "./table-facts";
export { parseAuthoredItems } from "./parse-authored-items";
export type { TAuthoredResult, TAuthoredError } from "./parse-authored-items";
export { buildPredictItems } from "./generators/predict";
export type { TPredictError } from "./generators/predict";
export { runForPrediction, PREDICTION_SETTINGS, splitOutputLines, formatVirtualTime } from "./run-prediction";
export type { TProgramRun } from "./run-prediction";
export { createRandom } from "./seeded-random";
export { pickReviewSample, formatReviewItem, formatReviewKey } from "./review-sample";
export type { TReviewEntry } from "./review-sample";
export { normalizeText } from "./normalize-text";
