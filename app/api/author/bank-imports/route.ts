import { revalidatePath } from "next/cache";
import { AUTHOR_API } from "@/lib/contracts/author-api";
import { AppError } from "@/lib/errors";
import { applyBankImport } from "@/lib/server/data/exchange/apply-bank-import";
import { previewBankImport } from "@/lib/server/data/exchange/preview-bank-import";
import { UPLOAD_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { handleRoute } from "@/lib/server/http/handle-route";
import { readBodyBytes } from "@/lib/server/http/read-body";

export const dynamic = "force-dynamic";

// POST /api/author/bank-imports[?into=<bank>][&apply=<token>], body: the zip (Content-Type
// application/zip, at most 20 MB, else 413). Without `apply`: the preview, nothing written. With the
// preview's token: the import, exactly as previewed. `into` updates that bank; without it the zip
// makes a new bank. handleRoute checks Origin and turns learners away before the body is read, so
// a learner's 20 MB upload costs nothing; the zip media type keeps cross-site forms out as well,
// since a form cannot send it without a CORS preflight this route does not answer.
export const POST = handleRoute(AUTHOR_API.importBank, async ({ request, actor, query }) => {
  if (request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() !== "application/zip") {
    throw new AppError("VALIDATION", "Send the zip file itself as the body, with Content-Type: application/zip.");
  }
  const bytes = await readBodyBytes(request, UPLOAD_BODY_LIMIT);
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "The request has no body: send the zip file.");
  const target = { into: query.into ?? null };
  if (!query.apply) return previewBankImport({ actor, input: { ...target, bytes } });
  const result = await applyBankImport({ actor, input: { ...target, bytes, token: query.apply } });
  revalidatePath("/");
  revalidatePath(`/${result.bank}`);
  revalidatePath("/[bank]/[number]", "page");
  return result;
});
