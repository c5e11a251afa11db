// The quiz library's light entry for schemas: item and response schemas and the answer limits,
// with nothing of the markdown stack or the sandbox behind them. lib/contracts imports them from
// here ("@/lib/quiz/schemas"), so a page that validates an answer does not bundle the item
// generators. A component that needs only a number imports "@/lib/quiz/limits" (no zod).
export { ZItemKind, ZGenerator, ZItemSource, ZMatchPair, ZAnswer, ZItemProgram, ZQuizItem, findItemProblem } from "./item-schema";
export type { TItemKind, TGenerator, TItemSource, TMatchPair, TAnswer, TItemProgram, TQuizItem } from "./item-schema";
export { ZResponse, ZRecallRating } from "./response-schema";
export type { TResponse, TRecallRating, TGradeResult } from "./response-schema";
export { SHORT_TEXT_MAX } from "./limits";
