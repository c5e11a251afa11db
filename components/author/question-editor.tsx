"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TDraftContent, TDraftPreview, TEditorState, TSaveConflict, TVersionDiffView } from "@/lib/contracts/authoring";
import { MAX_BODY_BYTES } from "@/lib/contracts/authoring";
import { authorApi } from "@/lib/client/author-api";
import type { TClientError } from "@/lib/client/request-json";
import { AnswerSegments } from "@/components/question/answer-segments";
import { ConflictPanel } from "./conflict-panel";
import { DraftItems } from "./draft-items";
import type { TLineMark, TMarkdownEditorHandle } from "./markdown-editor";
import { ProblemList } from "./problem-list";
import { QuestionSettings } from "./question-settings";
import { VersionDiff } from "./version-diff";
import { VersionHistory } from "./version-history";

const MarkdownEditor = lazy(() => import("./markdown-editor").then((m) => ({ default: m.MarkdownEditor })));

const PREVIEW_DELAY_MS = 400;

type TMessage = { tone: "ok" | "error"; text: string; href?: string } | null;

const sameContent = (a: TDraftContent, b: TDraftContent) =>
  a.title.trim() === b.title.trim() &&
  a.difficulty === b.difficulty &&
  [...a.tags].sort().join() === [...b.tags].sort().join() &&
  a.bodyMarkdown.trimEnd() === b.bodyMarkdown.trimEnd();

/** The editor for one question: front matter as a form, the body in CodeMirror, a live preview
 * rendered by the question page's own components with the quiz items it would make and the
 * problems the import would refuse it for, and the version history. Every save names the version
 * it started from; the server refuses a stale one and this shows what the other author changed. */
export function QuestionEditor({ state }: { state: TEditorState }) {
  const router = useRouter();
  const editor = useRef<TMarkdownEditorHandle | null>(null);
  const initial: TDraftContent = { title: state.head.title, difficulty: state.head.difficulty, tags: state.head.tags, bodyMarkdown: state.head.bodyMarkdown };
  const [content, setContent] = useState<TDraftContent>(initial);
  const [base, setBase] = useState<{ version: number; content: TDraftContent }>({ version: state.head.version, content: initial });
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState<"save" | "publish" | "restore" | "status" | "move" | null>(null);
  const [message, setMessage] = useState<TMessage>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<TSaveConflict | null>(null);
  const [preview, setPreview] = useState<TDraftPreview | null>(null);
  // The preview is current once an answer came back for exactly this content.
  const [previewAnswer, setPreviewAnswer] = useState<{ content: TDraftContent; ok: boolean } | null>(null);
  const [diff, setDiff] = useState<TVersionDiffView | null>(null);
  const dirty = !sameContent(content, base.content);
  const bodyBytes = useMemo(() => new TextEncoder().encode(content.bodyMarkdown).length, [content.bodyMarkdown]);
  const tooBig = bodyBytes > MAX_BODY_BYTES;
  const previewState = previewAnswer?.content !== content ? "pending" : previewAnswer.ok ? "idle" : "error";

  // The preview follows the typing, a moment after it pauses; an answer that arrives after a
  // newer request was sent is dropped.
  const latest = useRef(0);
  useEffect(() => {
    if (tooBig) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await authorApi.preview(state.question.id, content);
      if (ticket !== latest.current) return;
      if (result.ok) setPreview(result.data);
      setPreviewAnswer({ content, ok: result.ok });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [content, state.question.id, tooBig]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const fail = useCallback((error: TClientError) => {
    setMessage({ tone: "error", text: error.message });
    setFieldErrors(error.fields ?? {});
  }, []);

  const loadContent = (next: TDraftContent, version: number) => {
    setContent(next);
    setBase({ version, content: next });
    editor.current?.setValue(next.bodyMarkdown);
  };

  // Saves when there is something to save; returns the version the editor is now based on, or
  // null when the save was refused (the message or the conflict view says why).
  const save = async (): Promise<number | null> => {
    if (!dirty) return base.version;
    const sent = content;
    const result = await authorApi.saveDraft(state.question.id, { baseVersion: base.version, content: sent, note: note.trim() || undefined });
    if (!result.ok && result.error.code === "NETWORK") {
      setMessage({ tone: "error", text: tooBig ? `The answer is over ${MAX_BODY_BYTES / 1024} KB; nothing was saved.` : "The server could not be reached; nothing was saved." });
      return null;
    }
    if (!result.ok) {
      if (result.error.code === "CONFLICT") {
        const details = await authorApi.conflict(state.question.id, { baseVersion: base.version, content: sent });
        if (details.ok) setConflict(details.data);
      }
      fail(result.error);
      return null;
    }
    setBase({ version: result.data.version, content: sent });
    setNote("");
    setFieldErrors({});
    return result.data.version;
  };

  const onSave = async () => {
    if (busy) return;
    setBusy("save");
    setMessage(null);
    const version = await save();
    if (version !== null) {
      setMessage({
        tone: "ok",
        text: dirty
          ? `Saved as version ${version}, a draft: learners still see ${state.question.publishedVersion ? `version ${state.question.publishedVersion}` : "nothing yet"}.`
          : "Nothing changed since the last save.",
      });
      router.refresh();
    }
    setBusy(null);
  };

  const onPublish = async () => {
    if (busy) return;
    setBusy("publish");
    setMessage(null);
    const version = await save();
    if (version !== null) {
      const result = await authorApi.publish(state.question.id, version);
      if (result.ok) setMessage({ tone: "ok", text: `Version ${version} is published: learners see it now.`, href: result.data.href });
      else if (result.error.code === "CONFLICT") {
        const details = await authorApi.conflict(state.question.id, { baseVersion: version, content });
        if (details.ok) setConflict(details.data);
        fail(result.error);
      } else fail(result.error);
      router.refresh();
    }
    setBusy(null);
  };

  const onRestore = async (version: number) => {
    setBusy("restore");
    setMessage(null);
    const result = await authorApi.restore(state.question.id, { version, baseVersion: base.version });
    if (result.ok) {
      loadContent(result.data.content, result.data.version);
      setMessage({ tone: "ok", text: `Version ${version} is back as version ${result.data.version}, a draft. Publish it to show it to learners.` });
      router.refresh();
    } else if (result.error.code === "CONFLICT") {
      fail({ ...result.error, message: `${result.error.message} Reload the page to see the newest version.` });
    } else fail(result.error);
    setBusy(null);
  };

  const onCompare = async (from: number, to: number) => {
    const result = await authorApi.diff(state.question.id, from, to);
    if (result.ok) setDiff(result.data);
    else fail(result.error);
  };

  const onArchive = async (archived: boolean) => {
    setBusy("status");
    const result = await authorApi.setArchived(state.question.id, archived);
    if (result.ok)
      setMessage({
        tone: "ok",
        text: archived ? "Archived: learners no longer see this question; its attempts and review cards are kept." : `Back in the bank as ${result.data.status}.`,
      });
    else fail(result.error);
    router.refresh();
    setBusy(null);
  };

  const onMove = async (to: number) => {
    if (dirty) return setMessage({ tone: "error", text: "Save or discard your changes before moving the question." });
    setBusy("move");
    const result = await authorApi.move(state.question.id, to);
    setBusy(null);
    if (result.ok) router.push(result.data.href);
    else fail(result.error);
  };

  const marks: TLineMark[] = useMemo(
    () => [
      ...(preview?.problems ?? []).map((p) => ({ line: p.line, message: p.message, severity: "error" as const })),
      ...(preview?.notes ?? []).map((n) => ({ line: n.line, message: n.message, severity: "warning" as const })),
    ],
    [preview],
  );
  const liveHref = `/${state.bank.slug}/${state.question.number}`;
  const statusLabel = state.question.status === "published" ? `published v${state.question.publishedVersion}` : state.question.status;

  return (
    <div data-layout="wide" className="space-y-4">
      <nav className="text-sm">
        <Link href={`/author/${state.bank.slug}`} className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100">
          ← {state.bank.emoji} {state.bank.name} questions
        </Link>
      </nav>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-2xl font-bold tracking-tight">
          Q{state.question.number} <span className="font-normal text-slate-500 dark:text-slate-400">· editing</span>
        </h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200" data-testid="question-status">
          {statusLabel}
        </span>
        <span className="text-sm text-slate-500 dark:text-slate-400" data-testid="editor-base">
          newest v{state.question.headVersion}
          {base.version !== state.question.headVersion ? ` · you are on v${base.version}` : ""}
        </span>
        {state.question.status === "published" ? (
          <Link href={liveHref} className="text-sm text-sky-700 hover:underline dark:text-sky-400" target="_blank">
            View on the site ↗
          </Link>
        ) : null}
        <Link href={`/author/${state.bank.slug}/${state.question.number}/items`} className="text-sm text-sky-700 hover:underline dark:text-sky-400">
          Items and their statistics
        </Link>
      </header>

      <div className="sticky top-0 z-10 -mx-1 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white/95 p-2 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <input
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={200}
          placeholder="Note for this version (optional)"
          aria-label="Version note"
          className="min-w-40 flex-1 rounded-md border border-slate-300 bg-transparent px-2 py-1 text-sm dark:border-slate-700"
        />
        <span className={`text-xs ${dirty ? "text-amber-700 dark:text-amber-400" : "text-slate-500 dark:text-slate-400"}`} data-testid="save-state">
          {dirty ? "Unsaved changes" : `Saved · v${base.version}`}
        </span>
        <button type="button" onClick={onSave} disabled={busy !== null || tooBig} className="sandbox-button" data-testid="save-draft">
          {busy === "save" ? "Saving…" : "Save draft"}
        </button>
        <button
          type="button"
          onClick={onPublish}
          disabled={busy !== null || tooBig || state.question.status === "archived"}
          className="rounded-md bg-emerald-700 px-3 py-1 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-50"
          data-testid="publish"
        >
          {busy === "publish" ? "Publishing…" : "Publish"}
        </button>
      </div>

      {message ? (
        <p
          role="status"
          className={`rounded-md px-3 py-2 text-sm ${message.tone === "ok" ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100" : "bg-rose-50 text-rose-900 dark:bg-rose-950/40 dark:text-rose-100"}`}
          data-testid="editor-message"
        >
          {message.text}
          {message.href ? (
            <>
              {" "}
              <Link href={message.href} className="font-medium underline">
                Open it
              </Link>
            </>
          ) : null}
        </p>
      ) : null}

      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          onKeepMine={() => {
            setBase({ version: conflict.head.version, content: conflict.headContent });
            setConflict(null);
            setMessage({ tone: "ok", text: `Your text now sits on top of version ${conflict.head.version}; Save draft stores it as the next version.` });
            router.refresh();
          }}
          onTakeTheirs={() => {
            loadContent(conflict.headContent, conflict.head.version);
            setConflict(null);
            setMessage({ tone: "ok", text: `Loaded version ${conflict.head.version}.` });
            router.refresh();
          }}
        />
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-3">
          <QuestionSettings
            content={content}
            onChange={setContent}
            fieldErrors={fieldErrors}
            bankTags={state.bank.tags}
            number={state.question.number}
            maxNumber={state.bank.maxNumber}
            status={state.question.status}
            busy={busy !== null}
            onMove={onMove}
            onArchive={onArchive}
          />
          <ProblemList problems={preview?.problems ?? []} onGoToLine={(line) => editor.current?.goToLine(line)} />
          <div>
            <div className="mb-1 flex items-baseline justify-between text-xs text-slate-500 dark:text-slate-400">
              <label htmlFor="answer-body" className="font-medium text-slate-700 dark:text-slate-300">
                Answer (markdown)
              </label>
              <span className={tooBig ? "font-semibold text-rose-600" : ""} data-testid="body-size">
                {(bodyBytes / 1024).toFixed(1)} / {MAX_BODY_BYTES / 1024} KB
              </span>
            </div>
            <div id="answer-body" className="h-[65vh] min-h-80 overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700">
              <Suspense
                fallback={<pre className="h-full overflow-auto p-3 font-mono text-[0.85rem] whitespace-pre-wrap text-slate-500 dark:text-slate-400">{content.bodyMarkdown}</pre>}
              >
                <MarkdownEditor
                  initialValue={content.bodyMarkdown}
                  label="Answer in markdown"
                  handle={editor}
                  marks={marks}
                  onChange={(bodyMarkdown) => setContent((c) => ({ ...c, bodyMarkdown }))}
                  onSave={() => void onSave()}
                />
              </Suspense>
            </div>
            {tooBig ? <p className="mt-1 text-sm text-rose-600">The answer is over {MAX_BODY_BYTES / 1024} KB and cannot be saved; split it or shorten it.</p> : null}
          </div>
        </div>

        <div className="min-w-0 space-y-4">
          <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div className="mb-3 flex items-center justify-between text-xs text-slate-500 dark:text-slate-400">
              <h2 id="preview-title" className="font-semibold tracking-wide uppercase">
                Preview
              </h2>
              <span data-testid="preview-state" data-state={previewState}>
                {previewState === "pending" ? "updating…" : previewState === "error" ? "could not update" : "as learners will see it"}
              </span>
            </div>
            <h1 className="mb-3 text-2xl font-bold tracking-tight">{content.title || "Untitled"}</h1>
            {preview ? <AnswerSegments segments={preview.segments} predictions={[]} /> : <p className="text-sm text-slate-500 dark:text-slate-400">Rendering…</p>}
          </section>
          {preview ? <DraftItems preview={preview} /> : null}
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <VersionHistory versions={state.versions} canRestore={!dirty} busy={busy !== null} onCompare={onCompare} onRestore={onRestore} />
        {diff ? (
          <section aria-labelledby="diff-title" className="min-w-0">
            <div className="flex items-center justify-between">
              <h2 id="diff-title" className="text-sm font-semibold">
                Version {diff.from} → version {diff.to}
              </h2>
              <button type="button" className="sandbox-chip" onClick={() => setDiff(null)}>
                Close
              </button>
            </div>
            <div className="mt-2">
              <VersionDiff diff={diff} />
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
