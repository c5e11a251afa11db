import type { TBankAnalysis, TItemAnalysis, TOptionLine, TQuestionAnalysis, TStatLine } from "@/lib/contracts/item-analysis";
import { ZQuizItem, type TQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import { flagItem } from "./flags";
import { countOptionPicks, discriminationOf, facilityOf, pointBiserialOf, scoreOf, splitGroups, type TGroups, type TLearnerCount, type TOptionPicks } from "./statistics";

// Turns the database's aggregates (grouped counts, never single attempts) into the analysis the
// author pages show. An item is its content key within a question: the rows of every version
// with that key are one item, so a question edited elsewhere keeps its items' history.

export type TRawAnalysis = {
  bank: TBankAnalysis["bank"];
  questions: { id: string; number: number; title: string; status: TQuestionAnalysis["status"]; publishedVersionId: string | null }[];
  items: { id: string; questionId: string; questionVersionId: string; payload: unknown; retiredAt: Date | null; createdAt: Date }[];
  retirements: { questionId: string; itemKey: string; reason: string; by: string | null; at: string }[];
  /** attempts on items per item row, learner and outcome, and per response for choice items */
  itemCounts: { quizItemId: string; userId: string; correct: boolean | null; response?: unknown; count: number }[];
  /** attempts on no item (self-assessments) per question, learner and outcome */
  unlinkedCounts: { questionId: string; userId: string; correct: boolean | null; count: number }[];
  /** answer times per item row, and per question for attempts on no item */
  itemTimes: { quizItemId: string; sum: number | null; count: number }[];
  unlinkedTimes: { questionId: string; sum: number | null; count: number }[];
};

const CHOICE_KINDS = new Set(["single_choice", "multiple_choice", "true_false"]);

export function assembleBankAnalysis(raw: TRawAnalysis): TBankAnalysis {
  const published = new Map(raw.questions.map((q) => [q.id, q.publishedVersionId]));
  // Item rows → (question, content key).
  const rows = new Map<string, { questionId: string; group: string; item: TQuizItem; current: boolean; live: boolean; createdAt: Date }>();
  for (const row of raw.items) {
    const item = ZQuizItem.safeParse(row.payload);
    if (!item.success) continue;
    rows.set(row.id, {
      questionId: row.questionId,
      group: `${row.questionId} ${cardKeyOf(item.data)}`,
      item: item.data,
      current: published.get(row.questionId) === row.questionVersionId,
      live: row.retiredAt === null,
      createdAt: row.createdAt,
    });
  }

  // A question's attempts are its items' attempts and those on no item.
  const linked = raw.itemCounts.flatMap((c) => {
    const row = rows.get(c.quizItemId);
    return row ? [{ ...c, row }] : [];
  });
  const questionCounts = foldCounts([
    ...linked.map((c) => ({ key: c.row.questionId, userId: c.userId, correct: c.correct, count: c.count })),
    ...raw.unlinkedCounts.map((c) => ({ key: c.questionId, userId: c.userId, correct: c.correct, count: c.count })),
  ]);
  const itemCounts = foldCounts(linked.map((c) => ({ key: c.row.group, userId: c.userId, correct: c.correct, count: c.count })));
  const totals = sumPerLearner([...questionCounts.values()].flat());
  const groups = splitGroups(totals);
  const totalScores = new Map(totals.map((t) => [t.learner, scoreOf(t)]));
  const timedItems = raw.itemTimes.flatMap((t) => {
    const row = rows.get(t.quizItemId);
    return row ? [{ row, sum: t.sum, count: t.count }] : [];
  });
  const questionTimes = foldTimes([
    ...timedItems.map((t) => ({ key: t.row.questionId, sum: t.sum, count: t.count })),
    ...raw.unlinkedTimes.map((t) => ({ key: t.questionId, sum: t.sum, count: t.count })),
  ]);
  const itemTimes = foldTimes(timedItems.map((t) => ({ key: t.row.group, sum: t.sum, count: t.count })));

  // The item shown for a key: the published version's row, else the newest row with that key.
  const shown = new Map<string, { item: TQuizItem; current: boolean; live: boolean; createdAt: Date }>();
  for (const row of rows.values()) {
    const seen = shown.get(row.group);
    const better = !seen || (row.current && (!seen.current || (row.live && !seen.live))) || (!seen.current && row.createdAt > seen.createdAt);
    if (better) shown.set(row.group, row);
  }
  const picks = foldPicks(linked, shown);
  const retired = new Map(raw.retirements.map((r) => [`${r.questionId} ${r.itemKey}`, r]));

  const questions = raw.questions.map((question): TQuestionAnalysis => {
    const items: TItemAnalysis[] = [];
    for (const [group, row] of shown) {
      if (!group.startsWith(`${question.id} `)) continue;
      const key = group.slice(question.id.length + 1);
      const counts = itemCounts.get(group) ?? [];
      const learnerPicks = picks.get(group);
      const options = CHOICE_KINDS.has(row.item.kind) ? optionLines(row.item, learnerPicks ?? [], groups) : null;
      const line = statLine(
        counts,
        groups,
        totalScores,
        itemTimes.get(group),
        options ? { item: row.item, options: optionCounts(row.item, learnerPicks ?? [], groups) } : undefined,
      );
      const retirement = retired.get(group) ?? null;
      // Items nobody answered that are no longer in the question are history without a story.
      if (!row.current && line.attempts === 0 && !retirement) continue;
      items.push({
        ...line,
        key,
        kind: row.item.kind,
        generator: row.item.generator,
        prompt: row.item.prompt,
        options,
        status: retirement ? "retired" : row.current ? "live" : "gone",
        retirement: retirement ? { reason: retirement.reason, by: retirement.by, at: retirement.at } : null,
      });
    }
    items.sort((a, b) => Number(a.status === "gone") - Number(b.status === "gone") || b.flags.length - a.flags.length || a.key.localeCompare(b.key));
    return {
      ...statLine(questionCounts.get(question.id) ?? [], groups, totalScores, questionTimes.get(question.id)),
      id: question.id,
      number: question.number,
      title: question.title,
      status: question.status,
      items,
    };
  });
  return { bank: raw.bank, learners: totals.length, groupSize: groups.size, questions };
}

function statLine(
  counts: TLearnerCount[],
  groups: TGroups,
  totals: ReadonlyMap<string, number>,
  time: { sum: number; count: number } | undefined,
  choice?: { item: TQuizItem; options: ReturnType<typeof optionCounts> },
): TStatLine {
  const attempts = counts.reduce((sum, c) => sum + c.attempts, 0);
  const facility = facilityOf(counts);
  const discrimination = discriminationOf(counts, groups);
  const { enoughData, flags } = flagItem({
    attempts,
    facility,
    discrimination,
    ...(choice ? { options: { labels: choice.item.options, answer: choice.item.answer as number[], picked: choice.options.all, upperPicked: choice.options.upper } } : {}),
  });
  return {
    attempts,
    learners: counts.length,
    facility,
    discrimination,
    pointBiserial: pointBiserialOf(counts, totals),
    averageMs: time && time.count > 0 ? time.sum / time.count : null,
    enoughData,
    flags,
  };
}

const optionCounts = (item: TQuizItem, picks: TOptionPicks[], groups: TGroups) => countOptionPicks(picks, item.options.length, groups);

function optionLines(item: TQuizItem, picks: TOptionPicks[], groups: TGroups): TOptionLine[] {
  const counted = optionCounts(item, picks, groups);
  return item.options.map((label, i) => ({
    label,
    right: item.answer.some((a) => a === i),
    learners: counted.all[i] ?? 0,
    share: counted.learners === 0 ? null : (counted.all[i] ?? 0) / counted.learners,
  }));
}

// Per key, each learner's attempts and right ones; ungraded attempts do not count.
function foldCounts(rows: { key: string; userId: string; correct: boolean | null; count: number }[]): Map<string, TLearnerCount[]> {
  const byKey = new Map<string, Map<string, TLearnerCount>>();
  for (const row of rows) {
    if (row.correct === null) continue;
    const learners = byKey.get(row.key) ?? new Map<string, TLearnerCount>();
    byKey.set(row.key, learners);
    const count = learners.get(row.userId) ?? { learner: row.userId, attempts: 0, correct: 0 };
    count.attempts += row.count;
    if (row.correct) count.correct += row.count;
    learners.set(row.userId, count);
  }
  return new Map([...byKey].map(([key, learners]) => [key, [...learners.values()]]));
}

// Each learner's counts over the whole bank.
function sumPerLearner(counts: TLearnerCount[]): TLearnerCount[] {
  const byLearner = new Map<string, TLearnerCount>();
  for (const c of counts) {
    const total = byLearner.get(c.learner) ?? { learner: c.learner, attempts: 0, correct: 0 };
    total.attempts += c.attempts;
    total.correct += c.correct;
    byLearner.set(c.learner, total);
  }
  return [...byLearner.values()];
}

function foldTimes(rows: { key: string; sum: number | null; count: number }[]): Map<string, { sum: number; count: number }> {
  const byKey = new Map<string, { sum: number; count: number }>();
  for (const row of rows) {
    const total = byKey.get(row.key) ?? { sum: 0, count: 0 };
    total.sum += row.sum ?? 0;
    total.count += row.count;
    byKey.set(row.key, total);
  }
  return byKey;
}

// A choice is stored as an index into the options of the row that was answered; versions may
// order options differently, so each pick is carried over to the shown item by its text.
function foldPicks(
  counts: { userId: string; response?: unknown; row: { group: string; item: TQuizItem } }[],
  shown: Map<string, { item: TQuizItem }>,
): Map<string, TOptionPicks[]> {
  const byGroup = new Map<string, Map<string, Set<number>>>();
  for (const count of counts) {
    const target = shown.get(count.row.group);
    if (!target || !CHOICE_KINDS.has(target.item.kind) || count.response === undefined) continue;
    const response = count.response as { choice?: unknown; choices?: unknown } | null;
    const indexes =
      typeof response?.choice === "number" ? [response.choice] : Array.isArray(response?.choices) ? response.choices.filter((c): c is number => typeof c === "number") : [];
    const learners = byGroup.get(count.row.group) ?? new Map<string, Set<number>>();
    byGroup.set(count.row.group, learners);
    const picked = learners.get(count.userId) ?? new Set<number>();
    learners.set(count.userId, picked);
    for (const index of indexes) {
      const at = target.item.options.indexOf(count.row.item.options[index] ?? "\u0000");
      if (at >= 0) picked.add(at);
    }
  }
  return new Map([...byGroup].map(([group, learners]) => [group, [...learners].map(([learner, options]) => ({ learner, options: [...options] }))]));
}
