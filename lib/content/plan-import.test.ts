import { describe, expect, it } from "vitest";
import { hashQuestion } from "./hash-question";
import { fingerprintQuestionFile, planImport, type TFileQuestion, type TStoredQuestion } from "./plan-import";

const file = (number: number, extra: Partial<TFileQuestion> = {}): TFileQuestion => ({
  number,
  title: `Question ${number}`,
  slug: `question-${number}`,
  tags: [],
  difficulty: "easy",
  body: `Answer ${number}.\n`,
  path: `content/demo/${String(number).padStart(3, "0")}-q.md`,
  ...extra,
});

// A question as the last import left it: in sync with `f`.
const imported = (f: TFileQuestion, extra: Partial<TStoredQuestion> = {}): TStoredQuestion => ({
  id: `id${f.number}`,
  number: f.number,
  slug: f.slug,
  title: f.title,
  status: "published",
  sourcePath: f.path,
  importedHash: fingerprintQuestionFile(f),
  importedNumber: f.number,
  editCount: 0,
  importedEditCount: 0,
  publishedHash: hashQuestion(f),
  headHash: hashQuestion(f),
  ...extra,
});

const plan = (files: TFileQuestion[], stored: TStoredQuestion[], options: { brokenPaths?: string[]; preferFile?: boolean } = {}) =>
  planImport({ files, stored, brokenPaths: options.brokenPaths ?? [], preferFile: options.preferFile ?? false, folder: "content/demo" });

describe("planImport: the file/database rule", () => {
  it("leaves a question alone when its file did not change, whatever the browser did", () => {
    const f = file(1);
    const edited = imported(f, { editCount: 3, number: 4, status: "archived" });
    expect(plan([f], [edited])).toMatchObject({ unchanged: 1, applies: [], creates: [], conflicts: [], archives: [] });
  });

  it("applies a changed file when the question was not edited in the browser since", () => {
    const before = file(1);
    const after = { ...before, body: "New answer.\n" };
    expect(plan([after], [imported(before)]).applies).toEqual([{ id: "id1", file: after, number: 1, overBrowserEdits: false }]);
  });

  it("reports a conflict when both changed, and applies the file with preferFile", () => {
    const before = file(1);
    const after = { ...before, body: "New answer.\n" };
    const stored = imported(before, { editCount: 2, importedEditCount: 1 });
    const conflicted = plan([after], [stored]);
    expect(conflicted.applies).toEqual([]);
    expect(conflicted.conflicts).toEqual([{ path: before.path, number: 1, message: expect.stringContaining("also edited in the browser") }]);
    expect(plan([after], [stored], { preferFile: true }).applies).toEqual([{ id: "id1", file: after, number: 1, overBrowserEdits: true }]);
  });

  it("records a file brought up to date with the browser's newest version instead of reporting a conflict", () => {
    const before = file(1);
    const synced = { ...before, body: "Written in the browser.\n" };
    const stored = imported(before, { editCount: 2, importedEditCount: 0, headHash: hashQuestion(synced) });
    expect(plan([synced], [stored])).toMatchObject({ adopts: [{ id: "id1", file: synced, catchesUp: true }], conflicts: [], applies: [] });
  });

  it("archives a question whose file is gone, but not one edited in the browser since, nor one whose file is broken", () => {
    const [a, b, c] = [file(1), file(2), file(3)];
    const result = plan([a], [imported(a), imported(b), imported(c, { editCount: 1 })]);
    expect(result.archives).toEqual(["id2"]);
    expect(result.conflicts.map((x) => x.number)).toEqual([3]);
    expect(plan([a], [imported(a), imported(b)], { brokenPaths: [b.path] }).archives).toEqual([]);
  });

  it("never touches a question created in the browser, and refuses a new file that wants its number", () => {
    const written = { ...file(2), slug: "written-in-the-browser", body: "Browser text.\n" };
    const browser: TStoredQuestion = { ...imported(written), id: "web", sourcePath: null, importedHash: null, editCount: 1, title: "Written in the browser" };
    const result = plan([file(1), file(2)], [imported(file(1)), browser]);
    expect(result.creates).toEqual([]);
    expect(result.errors).toEqual([{ path: file(2).path, line: 2, message: "number 2 is taken by “Written in the browser”, which this import leaves as it is; pick another number" }]);
  });

  it("finds nothing to do in an exported copy of the bank: its files say what the questions say", () => {
    // An export of the database into another folder: one question from content/demo, one made in
    // the browser, one whose newest version is a draft (exported with --drafts).
    const fromFile = imported(file(1));
    const web: TStoredQuestion = { ...imported(file(2)), id: "web", sourcePath: null, importedHash: null, editCount: 3 };
    const drafted = imported(file(3), { headHash: hashQuestion({ ...file(3), body: "Draft.\n" }), editCount: 1 });
    const copy = [file(1), file(2), { ...file(3), body: "Draft.\n" }].map((f) => ({ ...f, path: f.path.replace("content/demo/", "exported/demo/") }));
    const result = planImport({ files: copy, stored: [fromFile, web, drafted], brokenPaths: [], preferFile: false, folder: "exported/demo" });
    expect(result).toMatchObject({ unchanged: 3, creates: [], applies: [], adopts: [], archives: [], conflicts: [], errors: [] });
    // And the original folder, imported next, still finds its own files where they were.
    expect(plan([file(1), file(3)], [fromFile, web, drafted])).toMatchObject({ unchanged: 2, creates: [], applies: [], adopts: [], archives: [], errors: [] });
  });

  it("leaves a question of another origin alone when a copy's file says something else, and says how to bring it in", () => {
    const web: TStoredQuestion = { ...imported(file(2)), id: "web", sourcePath: null, importedHash: null };
    const edited = { ...file(2), path: "exported/demo/002-q.md", body: "Edited in the copy.\n" };
    const result = planImport({ files: [edited], stored: [web], brokenPaths: [], preferFile: false, folder: "exported/demo" });
    expect(result.applies).toEqual([]);
    expect(result.errors).toEqual([{ path: edited.path, line: 2, message: expect.stringMatching(/^question 2 \(“Question 2”\) was created in the browser or uploaded, not from this folder.*upload the folder as a zip/) }]);
    // Files of another folder never archive this folder's questions, nor take them over by number.
    const own = imported(file(1));
    expect(planImport({ files: [{ ...file(1), path: "exported/demo/001-other-name.md", body: "Changed.\n" }], stored: [own], brokenPaths: [], preferFile: false, folder: "exported/demo" })).toMatchObject({
      archives: [],
      applies: [],
      adopts: [],
      errors: [{ line: 2, message: expect.stringMatching(/^question 1 .* was imported from content\/demo\/001-q\.md/) }],
    });
  });

  it("follows a renamed file to its question by number", () => {
    const old = file(1);
    const renamed = { ...old, path: "content/demo/001-renamed.md" };
    expect(plan([renamed], [imported(old)])).toMatchObject({ unchanged: 0, creates: [], archives: [], applies: [], adopts: [{ id: "id1", file: renamed, catchesUp: false }] });
    const edited = { ...renamed, body: "Edited too.\n" };
    expect(plan([edited], [imported(old)])).toMatchObject({ creates: [], archives: [], applies: [{ id: "id1", file: edited }] });
  });

  it("keeps the number an author gave in the browser when the file's own number did not change", () => {
    const before = file(5);
    const moved = imported(before, { number: 6, editCount: 1, importedEditCount: 1 });
    const shifted = imported(file(6), { number: 7 });
    const edited = { ...before, body: "Edited in the file.\n" };
    const result = plan([edited, file(6)], [moved, shifted]);
    expect(result.applies.map((a) => [a.id, a.number])).toEqual([["id5", 6]]);
    expect(result.errors).toEqual([]);
    // The file's own number changed: the question moves there.
    expect(plan([{ ...edited, number: 9 }, file(6)], [moved, shifted]).applies.map((a) => [a.id, a.number])).toEqual([["id5", 9]]);
  });

  it("lets two files swap numbers", () => {
    const [a, b] = [file(1), file(2)];
    const result = plan([{ ...a, number: 2 }, { ...b, number: 1 }], [imported(a), imported(b)]);
    expect(result.applies.map((x) => [x.id, x.file.number])).toEqual([
      ["id1", 2],
      ["id2", 1],
    ]);
    expect(result.errors).toEqual([]);
  });

  it("records only the fingerprint of a question imported before fingerprints that matches its file", () => {
    const f = file(1);
    const legacy = imported(f, { importedHash: null, importedNumber: null });
    expect(plan([f], [legacy])).toMatchObject({ adopts: [{ id: "id1", file: f, catchesUp: false }], applies: [], unchanged: 0 });
    expect(plan([{ ...f, body: "Changed.\n" }], [legacy]).applies.map((x) => x.id)).toEqual(["id1"]);
  });
});
