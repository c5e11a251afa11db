// The quiz library's light entry: item and response schemas and the answer limits, with nothing
// of the markdown stack or the sandbox behind them. lib/contracts and the browser import these
// from here ("@/lib/quiz/schemas"), so a page that validates an answer does not bundle the item
// generators.
export { ZItemKind, ZGenerator, ZItemSource, ZMatchPair, ZAnswer, ZItemProgram, ZQuizItem, findItemProblem } from "./item-schema";
export type { TItemKind, TGenerator, TItemSource, TMatchPair, TAnswer, TItemProgram, TQuizItem } from "./item-schema";
export { ZResponse, ZRecallRating } from "./response-schema";
export type { TResponse, TRecallRating, TGradeResult } from "./response-schema";
export { SHORT_TEXT_MAX } from "./limits";
