import "server-only";
import { createHash } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { sortFiles, startBankReader, type TReadBankResult } from "@/lib/questions/read-bank";
import { RESERVED_BANK_SLUGS } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import type { TFenceRunner } from "@/lib/content/run-fence";
import { runFencePrograms, runPredictPrograms, type TProgramRunner } from "@/lib/server/data/authoring/run-draft-programs";
import { readBankZip, type TBankZip } from "@/lib/server/exchange/read-bank-zip";

export type TBankUpload = { zip: TBankZip; read: TReadBankResult & { bank: NonNullable<TReadBankResult["bank"]> }; run: TProgramRunner; runFence: TFenceRunner; zipHash: string };

/** An uploaded zip, read as content:import reads a folder: the same checks, the same errors. The
 * predict blocks and the fences the page would run go to the sandbox worker threads first, and the
 * files are parsed one at a time with a turn of the event loop between them, so a large bank does
 * not hold up other requests. */
export async function readBankUpload(bytes: Uint8Array): Promise<TBankUpload> {
  const zip = await readBankZip(bytes);
  const texts = zip.questionFiles.map((file) => file.text);
  const [run, runFence] = await Promise.all([runPredictPrograms(texts), runFencePrograms(texts)]);
  const reader = startBankReader(zip.bankFile, { run, runFence });
  for (const file of sortFiles(zip.questionFiles)) {
    reader.add(file);
    await nextTurn();
  }
  const read = reader.finish();
  if (!read.bank) {
    const error = read.errors[0];
    throw new AppError("VALIDATION", `${error?.path ?? "bank.md"}:${error?.line ?? 1}: ${error?.message ?? "bank.md is not valid"}; nothing was imported.`);
  }
  if (RESERVED_BANK_SLUGS.includes(read.bank.slug)) throw new AppError("VALIDATION", `The bank's slug "${read.bank.slug}" is a page of the site; change it in bank.md.`);
  return { zip, read: { ...read, bank: read.bank }, run, runFence, zipHash: createHash("sha256").update(bytes).digest("hex") };
}
