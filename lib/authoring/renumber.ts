// Question numbers within a bank: where a new question goes and how a move shifts the others.
// A bank's numbers are usually 1..N without gaps, but gaps are allowed (a file bank may have
// them), so a shift only moves the run of consecutive numbers it runs into: a gap absorbs it.

export type TNumbered = { id: string; number: number };
export type TRenumber = { id: string; from: number; to: number };

/** The number a new question gets when the author does not pick one. */
export function nextFreeNumber(questions: readonly TNumbered[]): number {
  return questions.reduce((max, q) => Math.max(max, q.number), 0) + 1;
}

/** Inserting a new question at `at`: the question there and the consecutive ones after it move up
 * by one, up to the first free number. Returns the moves, highest number first. */
export function planInsert(questions: readonly TNumbered[], at: number): TRenumber[] {
  if (!Number.isInteger(at) || at < 1) throw new RangeError(`a question number is a whole number from 1, got ${at}`);
  const byNumber = new Map(questions.map((q) => [q.number, q]));
  const moves: TRenumber[] = [];
  for (let n = at; byNumber.has(n); n++) {
    const q = byNumber.get(n) as TNumbered;
    moves.push({ id: q.id, from: n, to: n + 1 });
  }
  return moves.reverse();
}

/** Moving one question to `to`. A free `to` is a plain move. Otherwise the questions between
 * shift by one towards the number the question left, as in a list where one entry is dragged:
 * moving Q5 to 2 makes old Q2..Q4 into Q3..Q5. */
export function planMove(questions: readonly TNumbered[], id: string, to: number): TRenumber[] {
  if (!Number.isInteger(to) || to < 1) throw new RangeError(`a question number is a whole number from 1, got ${to}`);
  const moving = questions.find((q) => q.id === id);
  if (!moving) throw new RangeError(`no question ${id} in this bank`);
  if (moving.number === to) return [];
  const byNumber = new Map(questions.filter((q) => q.id !== id).map((q) => [q.number, q]));
  const moves: TRenumber[] = [];
  const step = to < moving.number ? 1 : -1;
  // Walk from `to` away from the target (up when moving up the list, down when moving down)
  // while numbers are taken; the number the moving question leaves is free, so the walk stops
  // there at the latest.
  for (let n = to; byNumber.has(n); n += step) {
    const q = byNumber.get(n) as TNumbered;
    moves.push({ id: q.id, from: n, to: n + step });
  }
  moves.push({ id, from: moving.number, to });
  return moves;
}

/** Applies moves to a list, for checking a plan and for tests. */
export function applyMoves<T extends TNumbered>(questions: readonly T[], moves: readonly TRenumber[]): T[] {
  const target = new Map(moves.map((m) => [m.id, m.to]));
  return questions.map((q) => ({ ...q, number: target.get(q.id) ?? q.number })).sort((a, b) => a.number - b.number);
}
