"use client";

import { python } from "@codemirror/lang-python";
// Both come with @codemirror/lang-python; the editor's colours are CSS variables so light and
// dark themes can match the server-highlighted (shiki) code around them.
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState, Prec, StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, keymap, type DecorationSet } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { basicSetup } from "codemirror";
import { useEffect, useImperativeHandle, useRef, type RefObject } from "react";

export type TEditorHandle = { getCode(): string; setCode(code: string): void; focus(): void };

const setErrorLine = StateEffect.define<number | null>();

// The line of the last error, highlighted until the learner edits the code.
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = tr.docChanged ? Decoration.none : decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      next =
        line !== null && line >= 1 && line <= tr.state.doc.lines
          ? Decoration.set([Decoration.line({ class: "cm-error-line" }).range(tr.state.doc.line(line).from)])
          : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: "var(--code-keyword)" },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--code-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--code-constant)" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.definition(tags.function(tags.variableName))], color: "var(--code-function)" },
  { tag: [tags.className, tags.definition(tags.className)], color: "var(--code-function)" },
  { tag: tags.comment, color: "var(--code-comment)", fontStyle: "italic" },
  { tag: [tags.self, tags.standard(tags.variableName)], color: "var(--code-constant)" },
]);

const theme = EditorView.theme({
  "&": { fontSize: "0.85rem", backgroundColor: "transparent" },
  ".cm-content": { fontFamily: "var(--font-mono)", padding: "0.5rem 0" },
  ".cm-gutters": { backgroundColor: "transparent", border: "none", color: "var(--code-gutter)" },
  ".cm-activeLineGutter, .cm-activeLine": { backgroundColor: "var(--code-active-line)" },
  // A keyboard user must see where focus is: the caret alone is easy to lose in a long text.
  "&.cm-focused": { outline: "2px solid var(--focus-ring)", outlineOffset: "-2px" },
  ".cm-cursor": { borderLeftColor: "var(--code-cursor)" },
  ".cm-error-line": { backgroundColor: "var(--code-error-line)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "var(--code-selection) !important" },
});

type TProps = {
  initialCode: string;
  label: string;
  handle: RefObject<TEditorHandle | null>;
  errorLine: number | null;
  onRun: () => void;
  onChange?: (code: string) => void;
  autoFocus?: boolean;
};

export function CodeEditor({ initialCode, label, handle, errorLine, onRun, onChange, autoFocus = false }: TProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The keymap is built once; it reads the latest callbacks through refs.
  const onRunRef = useRef(onRun);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onRunRef.current = onRun;
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (!host.current) return;
    const extensions: Extension[] = [
      // Above basicSetup's own Mod-Enter (insert blank line).
      Prec.highest(keymap.of([{ key: "Mod-Enter", preventDefault: true, run: () => (onRunRef.current(), true) }])),
      basicSetup,
      python(),
      syntaxHighlighting(highlightStyle),
      theme,
      errorLineField,
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChangeRef.current?.(update.state.doc.toString());
      }),
    ];
    const editor = new EditorView({ parent: host.current, state: EditorState.create({ doc: initialCode, extensions }) });
    view.current = editor;
    if (autoFocus) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Mounted once: the editor owns its document from then on (Reset goes through the handle).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first props seed the editor; later ones must not remount it
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      getCode: () => view.current?.state.doc.toString() ?? initialCode,
      setCode: (code) => {
        const editor = view.current;
        if (editor) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: code } });
      },
      focus: () => view.current?.focus(),
    }),
    [initialCode],
  );

  useEffect(() => {
    view.current?.dispatch({ effects: setErrorLine.of(errorLine) });
  }, [errorLine]);

  return <div ref={host} className="sandbox-editor" data-testid="sandbox-editor" />;
}
