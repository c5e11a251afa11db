import "server-only";
import { db } from "@/lib/server/db";

export type TPublishedBank = { slug: string; name: string; emoji: string };
export type TPublishedStructure = {
  questions: { id: string; bank: TPublishedBank; tags: { tag: string }[] }[];
  /** live quiz items per published question */
  itemsPerQuestion: Map<string, number>;
};

/** How long another server process may show mastery against what was published before an
 * author's change; the process that made the change forgets at once. The question page itself
 * is micro-cached for as long. */
export const PUBLISHED_STRUCTURE_TTL_MS = 60_000;

let cached: { at: number; value: Promise<TPublishedStructure> } | null = null;

/** The published questions with their banks and tags, and the live items each offers: the same
 * for every learner, and it changes only when an author publishes, archives, retires an item or
 * imports. Every /progress read used to load it again. */
export function readPublishedStructure(options: { now?: number } = {}): Promise<TPublishedStructure> {
  const now = options.now ?? Date.now();
  if (cached && now - cached.at < PUBLISHED_STRUCTURE_TTL_MS) return cached.value;
  const value = loadPublishedStructure();
  const entry = { at: now, value };
  cached = entry;
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (cached === entry) cached = null;
  });
  return value;
}

/** Called by every write that changes what is published. */
export function forgetPublishedStructure(): void {
  cached = null;
}

async function loadPublishedStructure(): Promise<TPublishedStructure> {
  const [questions, items] = await Promise.all([
    db.question.findMany({ where: { status: "published" }, select: { id: true, bank: { select: { slug: true, name: true, emoji: true } }, tags: { select: { tag: true } } } }),
    db.quizItem.groupBy({ by: ["questionId"], where: { retiredAt: null, questionVersion: { publishedBy: { status: "published" } } }, _count: { _all: true } }),
  ]);
  return { questions, itemsPerQuestion: new Map(items.map((row) => [row.questionId, row._count._all])) };
}
