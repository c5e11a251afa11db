import { Zip, ZipDeflate } from "fflate";

// Every entry carries the same modification time, so the same files always make the same bytes.
const ENTRY_TIME = new Date(2000, 0, 1);

/** Zips files as they arrive: each file is compressed when it comes and its bytes are handed on
 * before the next one is read, so a large bank never sits in memory as a whole archive. */
export async function* zipFiles(files: AsyncIterable<{ path: string; text: string }>): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const encoder = new TextEncoder();
  for await (const file of files) {
    const entry = new ZipDeflate(file.path, { level: 6 });
    entry.mtime = ENTRY_TIME;
    zip.add(entry);
    entry.push(encoder.encode(file.text), true);
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  zip.end();
  if (failure) throw failure;
  yield* ready.splice(0);
}
