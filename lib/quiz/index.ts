// The public surface of the quiz library; import from "@/lib/quiz".
export { ZItemKind, ZGenerator, ZItemSource, ZMatchPair, ZAnswer, ZQuizItem, findItemProblem } from "./item-schema";
export type { TItemKind, TGenerator, TItemSource, TMatchPair, TAnswer, TQuizItem } from "./item-schema";
export { ZResponse, ZRecallRating } from "./response-schema";
export type { TResponse, TRecallRating, TGradeResult } from "./response-schema";
export { gradeResponse } from "./grade-response";
export { generateItemsFromMarkdown, ITEM_CAPS } from "./generate-items";
export { extractComparisonTables, ZComparisonTable, ZComparisonRow } from "./extract-comparison-tables";
export type { TComparisonTable, TComparisonRow } from "./extract-comparison-tables";
export { parseAuthoredItems } from "./parse-authored-items";
export type { TAuthoredResult, TAuthoredError } from "./parse-authored-items";
export { normalizeText } from "./normalize-text";
