// Ceilings on what a learner's answer may hold, shared by the schema and the answer inputs.

/** Longest short-text answer accepted and stored, in UTF-16 code units: answers are a phrase. */
export const SHORT_TEXT_MAX = 500;
