import "server-only";
import type { TMasteryRow } from "@/lib/contracts/progress";
import { computeMastery, type TMasteryGroup } from "@/lib/srs/mastery";
import { toCard } from "@/lib/server/data/reviews/record-review";
import type { TPublishedBank as TBank, TPublishedStructure } from "./read-published-structure";

type TMasteryCard = Parameters<typeof toCard>[0] & { questionId: string };

/** Mastery per bank and per tag (lib/srs/mastery.ts), from the learner's cards and the number of
 * live items each published question offers. */
export function measureMastery(options: { cards: TMasteryCard[]; published: TPublishedStructure; now: Date; desiredRetention: number }) {
  const { cards, published } = options;
  const { questions, itemsPerQuestion } = published;
  const banks = new Map<string, { bank: TBank; ids: string[] }>();
  const tags = new Map<string, { bank: TBank; tag: string; ids: string[] }>();
  for (const q of questions) {
    const bank = banks.get(q.bank.slug) ?? { bank: q.bank, ids: [] };
    bank.ids.push(q.id);
    banks.set(q.bank.slug, bank);
    for (const { tag } of q.tags) {
      const key = `tag:${q.bank.slug}:${tag}`;
      const group = tags.get(key) ?? { bank: q.bank, tag, ids: [] };
      group.ids.push(q.id);
      tags.set(key, group);
    }
  }
  const measure = (groups: TMasteryGroup[]) =>
    computeMastery({
      cards: cards.map((c) => ({ ...toCard(c), questionId: c.questionId })),
      itemsPerQuestion,
      groups,
      now: options.now,
      desiredRetention: options.desiredRetention,
    });
  const bankRows: TMasteryRow[] = measure([...banks].map(([slug, b]) => ({ key: `bank:${slug}`, label: b.bank.name, questionIds: b.ids }))).map((m) => ({
    ...m,
    bank: banks.get(m.key.slice("bank:".length))!.bank,
    tag: null,
  }));
  const tagRows: TMasteryRow[] = measure([...tags].map(([key, t]) => ({ key, label: t.tag, questionIds: t.ids }))).map((m) => ({
    ...m,
    bank: tags.get(m.key)!.bank,
    tag: tags.get(m.key)!.tag,
  }));
  const liveItems = [...itemsPerQuestion.values()].reduce((a, b) => a + b, 0);
  return { banks: bankRows, tags: tagRows, liveItems, studiedItems: cards.length };
}
