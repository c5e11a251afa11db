import { z } from "zod";

// Row ids are cuids (letters and digits). Holding every id in a request or path to that shape
// means a lone surrogate, a NUL or a 1 MB string never reaches a query as a key.
export const ZRowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown id.");
