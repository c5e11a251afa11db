import "server-only";
import { formatCsvRow, type TCsvValue } from "@/lib/csv/format-csv";

const encoder = new TextEncoder();

function streamOf(chunks: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Streams any text or bytes as a download: each chunk is produced when the client reads the
 * previous one. */
export function downloadStream(chunks: AsyncIterable<string | Uint8Array>, fileName: string, contentType: string): Response {
  return download(streamOf(chunks), fileName, contentType);
}

function download(body: ReadableStream<Uint8Array>, fileName: string, contentType: string): Response {
  return new Response(body, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "private, no-store" },
  });
}

/** Streams rows as a CSV file, header first; text fields are guarded against spreadsheet formulas. */
export function downloadCsv<T>(rows: AsyncIterable<T>, columns: readonly string[], toValues: (row: T) => TCsvValue[], fileName: string): Response {
  async function* lines() {
    yield formatCsvRow(columns);
    for await (const row of rows) yield formatCsvRow(toValues(row), { guardFormulas: true });
  }
  return download(streamOf(lines()), fileName, "text/csv; charset=utf-8");
}

/** Streams rows as one JSON array. */
export function downloadJson<T>(rows: AsyncIterable<T>, fileName: string): Response {
  async function* parts() {
    let first = true;
    yield "[";
    for await (const row of rows) {
      yield `${first ? "\n" : ",\n"}${JSON.stringify(row)}`;
      first = false;
    }
    yield "\n]\n";
  }
  return download(streamOf(parts()), fileName, "application/json; charset=utf-8");
}
