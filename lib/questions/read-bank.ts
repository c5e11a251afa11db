import type { TFileError } from "@/lib/content/front-matter";
import { parseBankFile, parseQuestionFile, type TParsedBank, type TParsedQuestion } from "@/lib/content/parse-question-file";
import { checkQuestionBody, type TBodyRunners } from "./check-question-body";

export type TBankFile = { path: string; text: string };
export type TReadBankResult = { bank: TParsedBank | null; questions: (TParsedQuestion & { path: string })[]; errors: TFileError[] };

// Parses one bank folder's files. A file with any problem is reported and left out entirely;
// a number, title or slug used twice is reported on every file after the first that uses it.
export function readBank(bankFile: TBankFile, questionFiles: TBankFile[], options: TBodyRunners = {}): TReadBankResult {
  const reader = startBankReader(bankFile, options);
  for (const file of sortFiles(questionFiles)) reader.add(file);
  return reader.finish();
}

/** Files in the order readBank reads them (and reports clashes in). */
export function sortFiles(files: TBankFile[]): TBankFile[] {
  return [...files].sort((a, b) => a.path.localeCompare(b.path));
}

/** readBank one file at a time, for a caller that wants to pause between files (the server
 * parses an uploaded bank without holding its event loop for the whole folder). Add the files
 * in sortFiles order. */
export function startBankReader(bankFile: TBankFile, options: TBodyRunners = {}): { add(file: TBankFile): void; finish(): TReadBankResult } {
  const errors: TFileError[] = [];
  const bankParsed = parseBankFile(bankFile.text);
  const questions: TReadBankResult["questions"] = [];
  const seen = { number: new Map<number, string>(), title: new Map<string, string>(), slug: new Map<string, string>() };
  return {
    add(file) {
      if (!bankParsed.ok) return;
      // Predict blocks and sandbox fences run here (or their runs come in through `options`): a
      // prediction about a program that fails or prints nothing to order is a content error,
      // caught before import.
      const parsed = parseQuestionFile(file.text, { checkBody: (body) => checkQuestionBody(body, options)[0] });
      if (!parsed.ok) {
        errors.push({ path: file.path, ...parsed.error });
        return;
      }
      const q = parsed.data;
      const clash =
        (seen.number.has(q.number) && `number ${q.number} is also used by ${seen.number.get(q.number)}`) ||
        (seen.title.has(q.title.toLowerCase()) && `title is also used by ${seen.title.get(q.title.toLowerCase())}`) ||
        (seen.slug.has(q.slug) && `slug "${q.slug}" is also used by ${seen.slug.get(q.slug)}`);
      if (clash) {
        errors.push({ path: file.path, line: 2, message: clash });
        return;
      }
      seen.number.set(q.number, file.path);
      seen.title.set(q.title.toLowerCase(), file.path);
      seen.slug.set(q.slug, file.path);
      questions.push({ ...q, path: file.path });
    },
    finish() {
      if (!bankParsed.ok) return { bank: null, questions: [], errors: [{ path: bankFile.path, ...bankParsed.error }] };
      return { bank: bankParsed.data, questions: [...questions].sort((a, b) => a.number - b.number), errors };
    },
  };
}
