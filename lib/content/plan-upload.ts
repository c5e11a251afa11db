import { hashQuestion } from "./hash-question";
import type { TFileQuestion } from "./plan-import";
import type { TFileError } from "./front-matter";

// What a bank folder uploaded in the browser would change, decided before anything is written
// and shown to the author as a preview. An upload is an author's action on the database (the
// author sees every change and applies it), so unlike `content:import` it does not track files:
// the zip is a copy of a bank, and each file is matched to a question of the bank by its slug
// (the identity an export writes), or by its number when its slug is new to the bank and the
// question at that number is not archived and not named by any file (a slug changed on the other
// side).
//
// - a file that says what its question says now (the published or the newest version), at the
//   same number and slug, changes nothing;
// - a file that says something else becomes a new version on top of the newest one and is
//   published (a browser draft stays in the history below it);
// - a file of an archived question brings it back, published;
// - a file at another number moves its question there (its old number redirects, as a move in
//   the editor does);
// - a file matching no question creates one, published;
// - a published question no file names is archived (a draft that was never published is left
//   alone, and so is a question whose file is in the zip but broken);
// - a file asking for a number held by a question the upload leaves where it is is reported and
//   skipped, like a broken file.

export type TUploadStored = {
  id: string;
  number: number;
  slug: string;
  title: string;
  status: "draft" | "published" | "archived";
  publishedHash: string | null;
  headHash: string | null;
};

export type TUploadUpdate = {
  id: string;
  file: TFileQuestion;
  /** a new version with the file's text */
  newVersion: boolean;
  /** the question is archived and comes back */
  unarchive: boolean;
  /** the file's number, when it differs from the question's */
  moveFrom: number | null;
  /** the question's slug, when the file's differs */
  renameFrom: string | null;
};

export type TUploadPlan = {
  creates: TFileQuestion[];
  updates: TUploadUpdate[];
  archives: string[];
  unchanged: number;
  errors: TFileError[];
};

export function planUpload(input: { files: TFileQuestion[]; stored: TUploadStored[]; brokenPaths: string[] }): TUploadPlan {
  const plan: TUploadPlan = { creates: [], updates: [], archives: [], unchanged: 0, errors: [] };
  const bySlug = new Map(input.stored.map((q) => [q.slug, q]));
  const named = new Set(input.files.map((f) => f.slug));
  const linked = new Map<TFileQuestion, TUploadStored>();
  const taken = new Set<string>();
  for (const file of input.files) {
    const question = bySlug.get(file.slug) ?? input.stored.find((q) => q.number === file.number && q.status !== "archived" && !named.has(q.slug));
    if (question && !taken.has(question.id)) {
      linked.set(file, question);
      taken.add(question.id);
    }
  }

  let creates: TFileQuestion[] = [];
  let updates: TUploadUpdate[] = [];
  for (const file of input.files) {
    const question = linked.get(file);
    if (!question) {
      creates.push(file);
      continue;
    }
    const hash = hashQuestion(file);
    const sameText = (question.status === "published" && question.publishedHash === hash) || question.headHash === hash;
    const update: TUploadUpdate = {
      id: question.id,
      file,
      newVersion: question.headHash !== hash && !(question.status === "published" && question.publishedHash === hash),
      unarchive: question.status === "archived",
      moveFrom: question.number !== file.number ? question.number : null,
      renameFrom: question.slug !== file.slug ? question.slug : null,
    };
    if (sameText && !update.unarchive && update.moveFrom === null && update.renameFrom === null) plan.unchanged++;
    else updates.push(update);
  }

  const brokenNumbers = new Set(input.brokenPaths.map((path) => Number.parseInt(path.split("/").pop() ?? "", 10)));
  const archives = input.stored.filter((q) => !taken.has(q.id) && q.status === "published" && !brokenNumbers.has(q.number)).map((q) => q.id);

  // A number a file asks for must be free once the upload is done: held by no question that keeps
  // its number. Skipping a move keeps its question where it is, which may block another, so repeat.
  for (;;) {
    const moving = new Set(updates.filter((u) => u.moveFrom !== null).map((u) => u.id));
    const staying = input.stored.filter((q) => !moving.has(q.id));
    const blocked = (number: number, self: string | null) => staying.find((q) => q.number === number && q.id !== self);
    const rejected = new Set<TFileQuestion>();
    const reject = (file: TFileQuestion, holder: TUploadStored | undefined) => {
      if (!holder) return;
      rejected.add(file);
      plan.errors.push(numberTaken(file, holder));
    };
    for (const file of creates) reject(file, blocked(file.number, null));
    for (const update of updates) if (update.moveFrom !== null) reject(update.file, blocked(update.file.number, update.id));
    if (rejected.size === 0) break;
    creates = creates.filter((f) => !rejected.has(f));
    updates = updates.filter((u) => !rejected.has(u.file));
  }
  plan.creates = creates;
  plan.updates = updates;
  plan.archives = archives;
  return plan;
}

function numberTaken(file: TFileQuestion, holder: TUploadStored): TFileError {
  const why = holder.status === "archived" ? "an archived question, which keeps its number" : holder.status === "draft" ? "a draft, which the upload leaves alone" : "a question the upload keeps";
  return { path: file.path, line: 2, message: `number ${file.number} is held by “${holder.title}” (${why}); give the file another number, or move that question first` };
}
