// Golden cases that are known not to pass yet (like clox's pass/skip map). Remove entries as
// features land; the golden test fails if a skipped case starts passing, so this list stays honest.
export const SKIP: Record<string, string> = {};

/** Whole areas not implemented yet. */
export const SKIP_AREAS: Record<string, string> = {};
