import { revalidatePath } from "next/cache";
import { ZBankImportQuery } from "@/lib/contracts/exchange";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { applyBankImport } from "@/lib/server/data/exchange/apply-bank-import";
import { previewBankImport } from "@/lib/server/data/exchange/preview-bank-import";
import { UPLOAD_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { assertSameOrigin } from "@/lib/server/http/check-origin";
import { readBodyBytes } from "@/lib/server/http/read-body";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

export const dynamic = "force-dynamic";

// POST /api/author/bank-imports[?into=<bank>][&apply=<token>], body: the zip (Content-Type
// application/zip, at most 20 MB, else 413). Without `apply`: the preview, nothing written. With the
// preview's token: the import, exactly as previewed. `into` updates that bank; without it the zip
// makes a new bank. Other sites are kept out twice: the Origin check, and the zip media type,
// which a cross-site form cannot send without a CORS preflight this route does not answer.
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const parsed = ZBankImportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "Unknown query parameters.");
    // Refused before the body is read: a learner's 20 MB upload costs nothing.
    const actor = requireAuthor(await getActor());
    if (request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() !== "application/zip") {
      throw new AppError("VALIDATION", "Send the zip file itself as the body, with Content-Type: application/zip.");
    }
    const bytes = await readBodyBytes(request, UPLOAD_BODY_LIMIT);
    if (bytes.byteLength === 0) throw new AppError("VALIDATION", "The request has no body: send the zip file.");
    const target = { into: parsed.data.into ?? null };
    if (!parsed.data.apply) return respondJson(await previewBankImport({ actor, input: { ...target, bytes } }));
    const result = await applyBankImport({ actor, input: { ...target, bytes, token: parsed.data.apply } });
    revalidatePath("/");
    revalidatePath(`/${result.bank}`);
    revalidatePath("/[bank]/[number]", "page");
    return respondJson(result);
  } catch (error) {
    return respondError(error);
  }
}
