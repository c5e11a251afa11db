import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";

/** The gate of every export download (and of the Import and export page): authors and admins
 * only, and the bank must exist. It runs before the response starts, so a refusal is a
 * 401/403/404 and not a broken download. */
export async function openBankExport(options: { actor: TActor | null; bankSlug: string }): Promise<{ slug: string; name: string; emoji: string }> {
  requireAuthor(options.actor);
  const bank = await db.bank.findUnique({ where: { slug: options.bankSlug }, select: { slug: true, name: true, emoji: true } });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${options.bankSlug}".`);
  return bank;
}
