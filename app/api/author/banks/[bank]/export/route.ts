import { APP_API } from "@/lib/contracts/app-api";
import { streamAnkiCsv } from "@/lib/exchange/anki";
import { streamGift } from "@/lib/exchange/gift";
import { streamItemsJson } from "@/lib/exchange/items-json";
import { zipFiles } from "@/lib/exchange/zip-files";
import { openBankExport } from "@/lib/server/data/exchange/open-bank-export";
import { streamBankFolder } from "@/lib/server/data/exchange/stream-bank-folder";
import { streamExportQuestions } from "@/lib/server/data/exchange/stream-export-questions";
import { handleRoute } from "@/lib/server/http/handle-route";
import { downloadStream } from "@/lib/server/http/stream-download";

export const dynamic = "force-dynamic";

// GET /api/author/banks/:bank/export?format=folder|gift|anki|json[&versions=newest]: a bank as a
// download, streamed. folder: a zip of the folder content:import reads; gift: Moodle; anki: a CSV
// of flashcards; json: the items for other tools (README "Banks in and out").
export const GET = handleRoute(APP_API.exportBank, async ({ actor, params, query }) => {
  const bank = await openBankExport({ actor, bankSlug: params.bank });
  const { format, versions } = query;
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
});

// The zip holds the bank's folder (python/bank.md, python/001-….md), as content/ does.
async function* prefixed(folder: string, files: AsyncIterable<{ path: string; text: string }>) {
  for await (const file of files) yield { path: `${folder}/${file.path}`, text: file.text };
}
