"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { TLineMark, TMarkdownEditor } from "./markdown-editor-core";

export type { TLineMark } from "./markdown-editor-core";
export type TMarkdownEditorHandle = Pick<TMarkdownEditor, "setValue" | "goToLine" | "focus">;

// The bundle of markdown-editor-core.ts (scripts/build-markdown-editor.mjs): its own CodeMirror,
// loaded only when an author opens the editor.
const loadCore = () => import("./generated/markdown-editor.mjs");

type TProps = {
  initialValue: string;
  label: string;
  handle: RefObject<TMarkdownEditorHandle | null>;
  marks: TLineMark[];
  onChange: (text: string) => void;
  onSave: () => void;
};

/** The answer body in CodeMirror 6 with markdown highlighted and the draft's problems marked on
 * their lines. Until the editor has loaded, the text shows as plain, read-only markdown. */
export function MarkdownEditor({ initialValue, label, handle, marks, onChange, onSave }: TProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<TMarkdownEditor | null>(null);
  const callbacks = useRef({ onChange, onSave });
  const latestMarks = useRef(marks);
  useEffect(() => {
    callbacks.current = { onChange, onSave };
  });

  useEffect(() => {
    let cancelled = false;
    void loadCore().then(({ createMarkdownEditor }) => {
      if (cancelled || !host.current) return;
      host.current.replaceChildren();
      const created = createMarkdownEditor(host.current, {
        initialValue,
        label,
        onChange: (text) => callbacks.current.onChange(text),
        onSave: () => callbacks.current.onSave(),
      });
      created.setMarks(latestMarks.current);
      editor.current = created;
      handle.current = created;
      host.current.dataset.ready = "true";
    });
    return () => {
      cancelled = true;
      editor.current?.destroy();
      editor.current = null;
      handle.current = null;
    };
    // Mounted once: the editor owns its document from then on (loading a version goes through the handle).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first props seed the editor; later ones must not remount it
  }, []);

  useEffect(() => {
    latestMarks.current = marks;
    editor.current?.setMarks(marks);
  }, [marks]);

  return (
    <div ref={host} className="markdown-editor h-full" data-testid="markdown-editor">
      <pre className="h-full overflow-auto p-3 font-mono text-[0.85rem] whitespace-pre-wrap text-slate-500 dark:text-slate-400">{initialValue}</pre>
    </div>
  );
}
