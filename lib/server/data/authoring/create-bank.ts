import "server-only";
import type { TCreateBank } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";

/** A new, empty bank. A content folder with the same slug added later fills the same bank. */
export async function createBank(options: { actor: TActor | null; input: TCreateBank }): Promise<{ slug: string; href: string }> {
  requireAuthor(options.actor);
  const { input } = options;
  const taken = await db.bank.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", `A bank called "${input.slug}" already exists.`, { slug: ["This slug is taken."] });
  try {
    await db.bank.create({ data: { slug: input.slug, name: input.name, emoji: input.emoji, description: input.description } });
  } catch (error) {
    // Two authors creating the same slug at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", `A bank called "${input.slug}" already exists.`, { slug: ["This slug is taken."] });
    throw error;
  }
  return { slug: input.slug, href: `/author/${input.slug}` };
}
