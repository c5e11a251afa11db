import "server-only";
import { revalidatePath } from "next/cache";

/** Learner pages are cached (the question page for a minute); an author's change shows at once.
 * `allQuestions` after a renumbering, which changes many question pages' numbers and neighbours. */
export function revalidateLearnerPages(options: { bankSlug: string; paths?: string[]; allQuestions?: boolean }): void {
  revalidatePath("/");
  revalidatePath(`/${options.bankSlug}`);
  for (const path of options.paths ?? []) revalidatePath(path);
  if (options.allQuestions) revalidatePath("/[bank]/[number]", "page");
}
