import "server-only";
import { AppError } from "@/lib/errors";

/** The largest zip a bank upload may send. The route reads the body itself, counting while it
 * streams in, so an oversized upload is refused before it is held in memory. (JSON routes have a
 * much smaller limit; a shared body parser with a limit parameter can replace this once there is
 * one.) */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export async function readUploadBody(request: Request, maxBytes = UPLOAD_LIMIT_BYTES): Promise<Uint8Array> {
  const tooLarge = () => new AppError("VALIDATION", `The upload is larger than ${maxBytes / (1024 * 1024)} MB; a bank's zip is far smaller.`);
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (!request.body) throw new AppError("VALIDATION", "The request has no body: send the zip file.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (size === 0) throw new AppError("VALIDATION", "The request has no body: send the zip file.");
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
