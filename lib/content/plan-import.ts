import { hashText } from "../hash-text";
import { hashQuestion } from "./hash-question";
import type { TParsedQuestion } from "./parse-question-file";
import type { TFileError } from "./front-matter";

// What `content:import` does with one bank folder, decided before anything is written. The rule
// (content/README.md): once a question exists, the database is the source of truth. A file is
// applied only when it changed since it was last imported; when the question was also changed in
// the browser since then, that is a conflict and both are left as they are, unless the import
// prefers files (then the file becomes a new version on top of the browser's history).

export type TFileQuestion = TParsedQuestion & { path: string };

export type TStoredQuestion = {
  id: string;
  number: number;
  slug: string;
  title: string;
  status: "draft" | "published" | "archived";
  sourcePath: string | null;
  importedHash: string | null;
  importedNumber: number | null;
  editCount: number;
  importedEditCount: number;
  /** content hash of the published version, if any */
  publishedHash: string | null;
  /** content hash of the newest version (a browser draft may be newer than the published one) */
  headHash: string | null;
};

export type TImportConflict = { path: string; number: number; message: string };

export type TImportPlan = {
  creates: TFileQuestion[];
  /** files applied to their question: a new published version when the content differs, and the
   * number the question ends up with (the file's only when the file's number changed) */
  applies: { id: string; file: TFileQuestion; number: number; overBrowserEdits: boolean }[];
  /** questions whose file matches them but whose fingerprint or path is not recorded yet (imported
   * before files were fingerprinted, a renamed file, or a file brought up to date with the
   * browser's newest version): only those are recorded */
  adopts: { id: string; file: TFileQuestion; catchesUp: boolean }[];
  unchanged: number;
  archives: string[];
  /** archived questions (or ones archived now) whose slug a file takes: they give it up */
  releaseSlugs: string[];
  conflicts: TImportConflict[];
  errors: TFileError[];
};

/** What a file said when it was last imported, besides its number: a changed slug or content is
 * a change. The number is kept apart because authors renumber in the browser: a file whose own
 * number did not change must not pull its question back. */
export function fingerprintQuestionFile(file: TParsedQuestion): string {
  return hashText(JSON.stringify([file.slug, hashQuestion(file)]));
}

export function planImport(input: {
  files: TFileQuestion[];
  stored: TStoredQuestion[];
  /** files of this folder that failed to parse: their questions stay as they are */
  brokenPaths: string[];
  preferFile: boolean;
  /** the bank folder's path, as the files' paths start: only questions imported from this folder
   * follow its renamed and deleted files */
  folder: string;
}): TImportPlan {
  const plan: TImportPlan = { creates: [], applies: [], adopts: [], unchanged: 0, archives: [], releaseSlugs: [], conflicts: [], errors: [] };
  const presentPaths = new Set([...input.files.map((f) => f.path), ...input.brokenPaths]);
  const brokenNumbers = new Set(input.brokenPaths.map((path) => Number.parseInt(path.split("/").pop() ?? "", 10)));
  const fromThisFolder = (q: TStoredQuestion): q is TStoredQuestion & { sourcePath: string } => q.sourcePath !== null && folderOf(q.sourcePath) === input.folder;
  const linked = new Map<string, TStoredQuestion>();
  const taken = new Set<string>();
  // A file belongs to the question last imported from its path; a file under a new name takes over
  // the question of this folder whose file is gone and had the same number in it (a renamed file).
  for (const file of input.files) {
    const question =
      input.stored.find((q) => q.sourcePath === file.path) ??
      input.stored.find((q) => (q.importedNumber ?? q.number) === file.number && fromThisFolder(q) && !presentPaths.has(q.sourcePath) && !taken.has(q.id));
    if (question && !taken.has(question.id)) {
      linked.set(file.path, question);
      taken.add(question.id);
    }
  }
  // A file that says exactly what a question of another origin says now (created in the browser,
  // uploaded, or imported from another folder: an exported copy of the bank) is that question, and
  // there is nothing to do. Nothing is recorded either: the question stays with its own origin.
  const identical = new Set<string>();
  for (const file of input.files) {
    if (linked.has(file.path)) continue;
    const hash = hashQuestion(file);
    const question = input.stored.find(
      (q) => !taken.has(q.id) && !fromThisFolder(q) && q.status !== "archived" && q.number === file.number && q.slug === file.slug && (q.publishedHash === hash || q.headHash === hash),
    );
    if (!question) continue;
    identical.add(file.path);
    taken.add(question.id);
    plan.unchanged++;
  }

  const changedInBrowser = (q: TStoredQuestion) => q.editCount !== q.importedEditCount;
  const writes: { file: TFileQuestion; question: TStoredQuestion | null; number: number; overBrowserEdits: boolean }[] = [];
  for (const file of input.files) {
    if (identical.has(file.path)) continue;
    const question = linked.get(file.path) ?? null;
    if (!question) {
      writes.push({ file, question: null, number: file.number, overBrowserEdits: false });
      continue;
    }
    const fingerprint = fingerprintQuestionFile(file);
    const renumbered = question.importedNumber !== file.number;
    if (question.importedHash === fingerprint && !renumbered) {
      // A renamed file that says the same: the question only learns its new path.
      if (question.sourcePath !== file.path) plan.adopts.push({ id: question.id, file, catchesUp: false });
      else plan.unchanged++;
      continue;
    }
    if (question.importedHash === null && matchesStored(file, question) && !changedInBrowser(question)) {
      plan.adopts.push({ id: question.id, file, catchesUp: false });
      continue;
    }
    // A file copied from the browser's newest version says what the database already says.
    if (!renumbered && question.slug === file.slug && question.headHash === hashQuestion(file)) {
      // The browser's edits are in the file now: later changes to it apply again.
      plan.adopts.push({ id: question.id, file, catchesUp: true });
      continue;
    }
    if (changedInBrowser(question) && !input.preferFile) {
      plan.conflicts.push({
        path: file.path,
        number: question.number,
        message: `the file changed since it was last imported, and question ${question.number} was also edited in the browser since then; both are left as they are (--prefer-file applies the file as a new version)`,
      });
      continue;
    }
    writes.push({ file, question, number: renumbered ? file.number : question.number, overBrowserEdits: changedInBrowser(question) });
  }

  // Questions whose file is gone are archived, unless an author worked on them since.
  const archiving = new Set<string>();
  for (const q of input.stored) {
    if (taken.has(q.id) || !fromThisFolder(q) || presentPaths.has(q.sourcePath) || brokenNumbers.has(q.number) || q.status !== "published") continue;
    if (changedInBrowser(q) && !input.preferFile) {
      plan.conflicts.push({ path: q.sourcePath, number: q.number, message: `the file was deleted, but question ${q.number} was edited in the browser since it was last imported; it stays (--prefer-file archives it)` });
      continue;
    }
    archiving.add(q.id);
  }

  // A number or slug a file asks for must not belong to a question this import leaves where it
  // is; such a file is reported and skipped, which may free or keep other numbers, so repeat.
  let accepted = writes;
  for (;;) {
    const moving = new Set(accepted.flatMap((w) => (w.question ? [w.question.id] : [])));
    const staying = input.stored.filter((q) => !moving.has(q.id));
    const rejected = new Set<TFileQuestion>();
    for (const w of accepted) {
      const number = staying.find((q) => q.number === w.number);
      const slug = staying.find((q) => q.slug === w.file.slug && q.status !== "archived" && !archiving.has(q.id));
      if (number && number.slug === w.file.slug && !w.question) plan.errors.push({ path: w.file.path, line: 2, message: notItsFile(number) });
      else if (number) plan.errors.push({ path: w.file.path, line: 2, message: `number ${w.number} is taken by “${number.title}”, which this import leaves as it is; pick another number` });
      else if (slug) plan.errors.push({ path: w.file.path, line: 2, message: `slug "${w.file.slug}" is taken by question ${slug.number}, which stays in the bank; pick another slug` });
      else continue;
      rejected.add(w.file);
    }
    if (rejected.size === 0) break;
    accepted = accepted.filter((w) => !rejected.has(w.file));
  }

  for (const w of accepted) {
    if (w.question) plan.applies.push({ id: w.question.id, file: w.file, number: w.number, overBrowserEdits: w.overBrowserEdits });
    else plan.creates.push(w.file);
  }
  plan.archives = [...archiving];
  const moving = new Set(plan.applies.map((a) => a.id));
  const claimed = new Set(accepted.map((w) => w.file.slug));
  plan.releaseSlugs = input.stored.filter((q) => !moving.has(q.id) && claimed.has(q.slug) && (q.status === "archived" || archiving.has(q.id))).map((q) => q.id);
  return plan;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/"));
}

// The same question (number and slug), but this folder is not where it comes from, and the file
// says something else: the database wins, as it does over any file that is not the question's own.
function notItsFile(question: TStoredQuestion): string {
  const origin = question.sourcePath ? `was imported from ${question.sourcePath}` : "was created in the browser or uploaded";
  return `question ${question.number} (“${question.title}”) ${origin}, not from this folder, and says something else; the import leaves it as it is (to bring this text in, upload the folder as a zip on the bank's Import page)`;
}

// A question imported before fingerprints existed matches its file when what learners see is
// the file: then there is nothing to apply, only the fingerprint to record.
function matchesStored(file: TFileQuestion, question: TStoredQuestion): boolean {
  return question.status === "published" && question.number === file.number && question.slug === file.slug && question.publishedHash === hashQuestion(file);
}
