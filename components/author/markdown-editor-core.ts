// The author's markdown editor without React: CodeMirror 6 with markdown (Python inside fences),
// wrapped lines, Mod-s to save and the draft's problems on their lines. scripts/build-markdown-
// editor.mjs bundles this file with its own copy of CodeMirror into components/author/generated/,
// which the editor component imports. Kept out of Next's module graph on purpose: CodeMirror
// modules shared with the question page's sandboxes would carry every export used here into the
// question page's bundle too.
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { python } from "@codemirror/lang-python";
import { HighlightStyle, LanguageDescription, syntaxHighlighting } from "@codemirror/language";
import { EditorSelection, EditorState, Prec, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap, type DecorationSet } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { basicSetup } from "codemirror";

export type TLineMark = { line: number; message: string; severity: "error" | "warning" };

// Python fences are highlighted as Python; everything else in a fence stays plain.
const codeLanguages = [LanguageDescription.of({ name: "python", alias: ["py"], support: python() })];

const highlightStyle = HighlightStyle.define([
  { tag: tags.heading, fontWeight: "700", color: "var(--code-function)" },
  { tag: [tags.emphasis], fontStyle: "italic" },
  { tag: [tags.strong], fontWeight: "700" },
  { tag: [tags.link, tags.url], color: "var(--code-constant)" },
  { tag: [tags.monospace], color: "var(--code-string)" },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.list, tags.quote], color: "var(--code-keyword)" },
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: "var(--code-keyword)" },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--code-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--code-constant)" },
  { tag: [tags.function(tags.variableName), tags.definition(tags.function(tags.variableName))], color: "var(--code-function)" },
  { tag: tags.comment, color: "var(--code-comment)", fontStyle: "italic" },
]);

// The draft's problems and notes as line backgrounds, with the messages as the line's title.
const setMarks = StateEffect.define<TLineMark[]>();
const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setMarks)) continue;
      const doc = tr.state.doc;
      const byLine = new Map<number, TLineMark[]>();
      for (const mark of effect.value) if (mark.line >= 1 && mark.line <= doc.lines) byLine.set(mark.line, [...(byLine.get(mark.line) ?? []), mark]);
      next = Decoration.set(
        [...byLine.entries()]
          .sort(([a], [b]) => a - b)
          .map(([line, marks]) =>
            Decoration.line({
              class: marks.some((m) => m.severity === "error") ? "cm-problem-line" : "cm-note-line",
              attributes: { title: marks.map((m) => m.message).join("\n") },
            }).range(doc.line(line).from),
          ),
      );
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const theme = EditorView.theme({
  "&": { fontSize: "0.85rem", backgroundColor: "transparent", height: "100%" },
  ".cm-scroller": { overflow: "auto" },
  ".cm-content": { fontFamily: "var(--font-mono)", padding: "0.5rem 0" },
  ".cm-gutters": { backgroundColor: "transparent", borderRight: "1px solid var(--tl-grid)", color: "var(--code-gutter)" },
  ".cm-activeLineGutter, .cm-activeLine": { backgroundColor: "var(--code-active-line)" },
  // A keyboard user must see where focus is: the caret alone is easy to lose in a long text.
  "&.cm-focused": { outline: "2px solid var(--focus-ring)", outlineOffset: "-2px" },
  ".cm-cursor": { borderLeftColor: "var(--code-cursor)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "var(--code-selection) !important" },
  ".cm-problem-line": { backgroundColor: "var(--code-error-line)" },
  ".cm-note-line": { backgroundColor: "rgb(245 158 11 / 0.14)" },
});

export type TMarkdownEditor = { setValue(text: string): void; goToLine(line: number): void; focus(): void; setMarks(marks: TLineMark[]): void; destroy(): void };

export function createMarkdownEditor(parent: HTMLElement, options: { initialValue: string; label: string; onChange: (text: string) => void; onSave: () => void }): TMarkdownEditor {
  const editor = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.initialValue,
      extensions: [
        Prec.highest(keymap.of([{ key: "Mod-s", preventDefault: true, run: () => (options.onSave(), true) }])),
        basicSetup,
        EditorView.lineWrapping,
        markdown({ base: markdownLanguage, codeLanguages }),
        syntaxHighlighting(highlightStyle),
        marksField,
        theme,
        // tabindex: the scroller around a long answer must show a keyboard user something to
        // focus, and axe does not count contenteditable alone as focusable.
        EditorView.contentAttributes.of({ "aria-label": options.label, "data-testid": "markdown-editor-content", tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setValue: (text) => editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } }),
    goToLine: (line) => {
      const target = editor.state.doc.line(Math.min(Math.max(line, 1), editor.state.doc.lines));
      editor.dispatch({ selection: EditorSelection.cursor(target.from), effects: EditorView.scrollIntoView(target.from, { y: "center" }) });
      editor.focus();
    },
    focus: () => editor.focus(),
    setMarks: (marks) => editor.dispatch({ effects: setMarks.of(marks) }),
    destroy: () => editor.destroy(),
  };
}
