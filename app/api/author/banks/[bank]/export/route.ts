import { z } from "zod";
import { AppError } from "@/lib/errors";
import { streamAnkiCsv } from "@/lib/exchange/anki";
import { streamGift } from "@/lib/exchange/gift";
import { streamItemsJson } from "@/lib/exchange/items-json";
import { zipFiles } from "@/lib/exchange/zip-files";
import { getActor } from "@/lib/server/auth/get-actor";
import { openBankExport } from "@/lib/server/data/exchange/open-bank-export";
import { streamBankFolder } from "@/lib/server/data/exchange/stream-bank-folder";
import { streamExportQuestions } from "@/lib/server/data/exchange/stream-export-questions";
import { parseBankParam } from "@/lib/server/data/questions/parse-question-params";
import { respondError } from "@/lib/server/http/respond";
import { downloadStream } from "@/lib/server/http/stream-download";

export const dynamic = "force-dynamic";

const ZExportQuery = z
  .object({ format: z.enum(["folder", "gift", "anki", "json"]), versions: z.enum(["published", "newest"]).default("published") })
  .strict()
  .refine((q) => q.format === "folder" || q.versions === "published", "Only the folder export can include drafts.");

// GET /api/author/banks/:bank/export?format=folder|gift|anki|json[&versions=newest]: a bank as a
// download, streamed. folder: a zip of the folder content:import reads; gift: Moodle; anki: a CSV
// of flashcards; json: the items for other tools (README "Banks in and out").
export async function GET(request: Request, { params }: { params: Promise<{ bank: string }> }) {
  try {
    const slug = parseBankParam((await params).bank);
    if (!slug) throw new AppError("NOT_FOUND", "No such bank.");
    const parsed = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("VALIDATION", "Ask for format=folder|gift|anki|json, and versions=published|newest with the folder.");
    const bank = await openBankExport({ actor: await getActor(), bankSlug: slug });
    const { format, versions } = parsed.data;
    switch (format) {
      case "folder": {
        const files = prefixed(bank.slug, streamBankFolder({ bankSlug: bank.slug, versions }));
        return downloadStream(zipFiles(files), `${bank.slug}${versions === "newest" ? "-with-drafts" : ""}.zip`, "application/zip");
      }
      case "gift":
        return downloadStream(streamGift(bank, streamExportQuestions({ bankSlug: bank.slug })), `${bank.slug}-moodle-gift.txt`, "text/plain; charset=utf-8");
      case "anki":
        return downloadStream(streamAnkiCsv(bank, streamExportQuestions({ bankSlug: bank.slug })), `${bank.slug}-anki.csv`, "text/csv; charset=utf-8");
      case "json":
        return downloadStream(streamItemsJson(bank, streamExportQuestions({ bankSlug: bank.slug })), `${bank.slug}-items.json`, "application/json; charset=utf-8");
    }
  } catch (error) {
    return respondError(error);
  }
}

// The zip holds the bank's folder (python/bank.md, python/001-….md), as content/ does.
async function* prefixed(folder: string, files: AsyncIterable<{ path: string; text: string }>) {
  for await (const file of files) yield { path: `${folder}/${file.path}`, text: file.text };
}
