import "server-only";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { TFileError } from "@/lib/content/front-matter";
import { isQuestionFileName } from "@/lib/content/parse-question-file";
import type { TBankFile } from "@/lib/questions/read-bank";
import { AppError } from "@/lib/errors";

/** What an uploaded bank may unpack to. Counted while inflating: the sizes a zip's headers
 * declare are not trusted (yauzl also refuses an entry whose inflated size differs from its
 * header), so a zip bomb stops at the limit, whatever it claims. */
export const ZIP_LIMITS = { maxUnpackedBytes: 20 * 1024 * 1024, maxEntries: 2000 };

export type TBankZip = {
  /** the folder holding bank.md inside the zip ("" when bank.md is at the top) */
  root: string;
  bankFile: TBankFile;
  questionFiles: TBankFile[];
  /** entries that are not part of the bank (other files, other folders), left unread */
  ignored: string[];
  /** question files that could not be read as text */
  problems: TFileError[];
};

const MB = 1024 * 1024;

/** Reads a bank folder out of a zip: bank.md at the top or in one folder, and the question files
 * (`NNN-name.md`) beside it. Anything unsafe refuses the whole upload with a clear message and
 * nothing read: not a zip, too many entries, too much data once inflated, a path that leaves its
 * folder (`..`, absolute, a backslash), an encrypted entry. */
export async function readBankZip(bytes: Uint8Array, limits = ZIP_LIMITS): Promise<TBankZip> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.maxEntries) throw tooManyEntries(limits);
    const entries: Entry[] = [];
    for await (const entry of eachEntry(zip)) {
      entries.push(entry);
      if (entries.length > limits.maxEntries) throw tooManyEntries(limits);
    }
    const files = entries.filter((entry) => !entry.fileName.endsWith("/"));
    const banks = files.filter((entry) => /^(?:[^/]+\/)?bank\.md$/.test(entry.fileName));
    if (banks.length === 0) throw new AppError("VALIDATION", "The zip has no bank.md: zip the bank's folder (bank.md and its NNN-….md question files), as the export makes it.");
    if (banks.length > 1) throw new AppError("VALIDATION", `The zip holds ${banks.length} banks (${banks.map((b) => b.fileName).join(", ")}); upload one bank per zip.`);
    const bankEntry = banks[0] as Entry;
    const root = bankEntry.fileName.slice(0, -"bank.md".length);
    const budget = { left: limits.maxUnpackedBytes, limits };
    const bankFile = { path: bankEntry.fileName, text: decode(await inflate(zip, bankEntry, budget)) };
    if (bankFile.text === null) throw new AppError("VALIDATION", `${bankEntry.fileName} is not UTF-8 text.`);
    const questionFiles: TBankFile[] = [];
    const problems: TFileError[] = [];
    const ignored: string[] = [];
    for (const entry of files) {
      if (entry === bankEntry) continue;
      const name = entry.fileName.slice(root.length);
      if (!entry.fileName.startsWith(root) || name.includes("/") || !isQuestionFileName(name)) {
        ignored.push(entry.fileName);
        continue;
      }
      const text = decode(await inflate(zip, entry, budget));
      if (text === null) problems.push({ path: entry.fileName, line: 1, message: "the file is not UTF-8 text" });
      else questionFiles.push({ path: entry.fileName, text });
    }
    return { root: root.replace(/\/$/, ""), bankFile: { path: bankFile.path, text: bankFile.text }, questionFiles, ignored, problems };
  } finally {
    zip.close();
  }
}

async function openZip(bytes: Uint8Array): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    throw describeZipError(error);
  }
}

// yauzl validates each name before handing the entry over; its messages become ours.
async function* eachEntry(zip: ZipFile): AsyncGenerator<Entry> {
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw new AppError("VALIDATION", `${entry.fileName} is encrypted; upload a zip without a password.`);
      yield entry;
    }
  } catch (error) {
    throw describeZipError(error);
  }
}

async function inflate(zip: ZipFile, entry: Entry, budget: { left: number; limits: typeof ZIP_LIMITS }): Promise<Uint8Array> {
  let stream: NodeJS.ReadableStream & { destroy(): void };
  try {
    stream = (await zip.openReadStreamPromise(entry)) as typeof stream;
  } catch (error) {
    throw describeZipError(error);
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stream.destroy();
        throw tooLarge(budget.limits);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof AppError ? error : describeZipError(error);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const tooManyEntries = (limits: typeof ZIP_LIMITS) =>
  new AppError("VALIDATION", `The zip holds more than ${limits.maxEntries.toLocaleString("en")} entries; a bank folder needs far fewer.`);
const tooLarge = (limits: typeof ZIP_LIMITS) => new AppError("VALIDATION", `The zip unpacks to more than ${limits.maxUnpackedBytes / MB} MB; a bank's text is far smaller.`);

function describeZipError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const path = /^(?:invalid characters in fileName|absolute path|invalid relative path): (.*)$/.exec(message);
  if (/too many bytes in the stream/.test(message))
    return new AppError("VALIDATION", "An entry of the zip inflates to more than its header declares (a zip bomb?); nothing was read.");
  if (path)
    return new AppError(
      "VALIDATION",
      `The zip has a path that leaves its folder or is not portable: ${JSON.stringify(path[1])}. Paths must be relative, use /, and never go up with ..`,
    );
  if (/end of central directory record signature not found|invalid comment length|not enough bytes/i.test(message))
    return new AppError("VALIDATION", "The file is not a zip archive.");
  if (/too many length or distance symbols|invalid|incorrect|unexpected end|bad/i.test(message)) return new AppError("VALIDATION", `The zip is damaged (${message}).`);
  return new AppError("VALIDATION", `The zip could not be read (${message}).`);
}
