import "server-only";
import { nextFreeNumber, planInsert } from "@/lib/authoring/renumber";
import { slugify } from "@/lib/content/slugify";
import type { TCreateQuestion } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { appendQuestionVersion } from "./append-question-version";
import { renumberQuestions } from "./renumber-questions";
import { writeDraftFrontMatter } from "./write-draft-front-matter";

const STARTER_BODY = "Write the model answer here.\n";

/** A new draft question (learners do not see it until it is published), at the next free number
 * or at the number asked for, which moves the questions from there on up by one. */
export async function createQuestion(options: { actor: TActor | null; input: TCreateQuestion }): Promise<{ id: string; number: number; href: string }> {
  const actor = requireAuthor(options.actor);
  const { input } = options;
  const slug = slugify(input.title);
  if (!slug) throw new AppError("VALIDATION", "The title needs at least one letter or digit.", { title: ["The title needs at least one letter or digit."] });
  return db.$transaction(async (tx) => {
    const bank = await tx.bank.findUnique({ where: { slug: input.bank }, select: { id: true, slug: true } });
    if (!bank) throw new AppError("NOT_FOUND", `No bank called "${input.bank}".`);
    const siblings = await tx.question.findMany({ where: { bankId: bank.id }, select: { id: true, number: true, slug: true } });
    if (siblings.some((q) => q.slug === slug)) throw new AppError("CONFLICT", `Another question in this bank already has the slug "${slug}"; change the title.`, { title: ["A question with this title already exists."] });
    const free = nextFreeNumber(siblings);
    const number = input.number ?? free;
    if (number > free) throw new AppError("VALIDATION", `Pick a number from 1 to ${free}.`, { number: [`Pick a number from 1 to ${free}.`] });
    await renumberQuestions({ tx, bankId: bank.id, moves: planInsert(siblings, number) });
    const question = await tx.question.create({ data: { bankId: bank.id, number, slug, title: input.title, difficulty: input.difficulty, status: "draft" }, select: { id: true } });
    const content = { title: input.title, difficulty: input.difficulty, tags: input.tags, bodyMarkdown: STARTER_BODY };
    await writeDraftFrontMatter({ tx, questionId: question.id, content });
    await appendQuestionVersion({
      tx,
      questionId: question.id,
      baseVersion: 0,
      content,
      authorId: actor.id,
      note: "Created",
      basedOn: null,
      countsAsEdit: true,
    });
    return { id: question.id, number, href: `/author/${bank.slug}/${number}` };
  });
}
