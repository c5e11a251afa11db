import "server-only";
import { AppError } from "@/lib/errors";
import { ZRowId } from "@/lib/contracts/ids";

// The authoring pages' route handlers name a question in their path; the other routes parse
// their parameters through handleRoute's endpoint schemas.
export async function readQuestionId(params: Promise<{ questionId: string }>): Promise<string> {
  const parsed = ZRowId.safeParse((await params).questionId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That question does not exist.");
  return parsed.data;
}
