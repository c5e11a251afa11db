import { describe, expect, it } from "vitest";
import { hashQuestion } from "./hash-question";
import type { TFileQuestion } from "./plan-import";
import { planUpload, type TUploadStored } from "./plan-upload";

const file = (number: number, extra: Partial<TFileQuestion> = {}): TFileQuestion => ({
  number,
  title: `Question ${number}`,
  slug: `question-${number}`,
  tags: [],
  difficulty: "easy",
  body: `Answer ${number}.\n`,
  path: `demo/${String(number).padStart(3, "0")}-q.md`,
  ...extra,
});

// A question whose published and newest version say what `f` says.
const stored = (f: TFileQuestion, extra: Partial<TUploadStored> = {}): TUploadStored => ({
  id: `id${f.number}`,
  number: f.number,
  slug: f.slug,
  title: f.title,
  status: "published",
  publishedHash: hashQuestion(f),
  headHash: hashQuestion(f),
  ...extra,
});

const plan = (files: TFileQuestion[], questions: TUploadStored[], brokenPaths: string[] = []) => planUpload({ files, stored: questions, brokenPaths });

describe("planUpload", () => {
  it("finds nothing to do in a copy of the bank: published versions, or the newest with drafts", () => {
    const [a, b] = [file(1), file(2)];
    const drafted = stored(b, { headHash: hashQuestion({ ...b, body: "Draft.\n" }) });
    expect(plan([a, b], [stored(a), drafted])).toEqual({ creates: [], updates: [], archives: [], unchanged: 2, errors: [] });
    expect(plan([a, { ...b, body: "Draft.\n" }], [stored(a), drafted])).toMatchObject({ updates: [], unchanged: 2 });
    // A never-published question, exported with its draft, stays a draft.
    const draftOnly = stored(file(3), { status: "draft", publishedHash: null });
    expect(plan([a, b, file(3)], [stored(a), stored(b), draftOnly])).toMatchObject({ updates: [], archives: [], unchanged: 3 });
  });

  it("makes a new version of a changed file, creates new questions and archives published ones no file names", () => {
    const [a, b, c] = [file(1), file(2), file(3)];
    const changed = { ...a, body: "Better answer.\n" };
    const draftOnly = stored(file(5), { status: "draft", publishedHash: null });
    const result = plan([changed, b, file(4)], [stored(a), stored(b), stored(c), draftOnly]);
    expect(result.updates).toEqual([{ id: "id1", file: changed, newVersion: true, unarchive: false, moveFrom: null, renameFrom: null }]);
    expect(result.creates).toEqual([file(4)]);
    expect(result.archives).toEqual(["id3"]);
    expect(result.unchanged).toBe(1);
  });

  it("keeps a question whose file is broken, and brings an archived one back", () => {
    const [a, b] = [file(1), file(2)];
    expect(plan([a], [stored(a), stored(b)], ["demo/002-q.md"]).archives).toEqual([]);
    const result = plan([a, b], [stored(a), stored(b, { status: "archived" })]);
    expect(result.updates).toEqual([{ id: "id2", file: b, newVersion: false, unarchive: true, moveFrom: null, renameFrom: null }]);
  });

  it("follows a question by its slug to a new number, and by its number to a new slug", () => {
    const [a, b] = [file(1), file(2)];
    const swapped = plan([{ ...a, number: 2 }, { ...b, number: 1 }], [stored(a), stored(b)]);
    expect(swapped.errors).toEqual([]);
    expect(swapped.updates.map((u) => [u.id, u.moveFrom, u.file.number, u.newVersion])).toEqual([
      ["id1", 1, 2, false],
      ["id2", 2, 1, false],
    ]);
    const renamed = { ...a, slug: "a-new-slug", title: "A new slug" };
    expect(plan([renamed], [stored(a)]).updates).toEqual([{ id: "id1", file: renamed, newVersion: true, unarchive: false, moveFrom: null, renameFrom: "question-1" }]);
  });

  it("skips a file whose number a question keeps, and says which", () => {
    const [a, b] = [file(1), file(2)];
    const archived = stored(file(3), { status: "archived", slug: "old", title: "Old one" });
    const result = plan([a, b, file(3)], [stored(a), stored(b), archived]);
    expect(result.creates).toEqual([]);
    expect(result.errors).toEqual([{ path: "demo/003-q.md", line: 2, message: "number 3 is held by “Old one” (an archived question, which keeps its number); give the file another number, or move that question first" }]);
    // A move into a number that stays taken is skipped too; the question keeps its own.
    const moved = plan([{ ...a, number: 3 }], [stored(a), archived]);
    expect(moved.updates).toEqual([]);
    expect(moved.archives).toEqual([]);
    expect(moved.errors.map((e) => e.path)).toEqual(["demo/001-q.md"]);
  });
});
