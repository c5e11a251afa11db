# modules: textwrap wrap/fill at several widths (hyphens, dashes, long words, indents, max_lines, placeholder), shorten, dedent, indent
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known saying -- used by typists -- "
        "contains every letter. Supercalifragilisticexpialidocious words get broken. "
        "Tabs\tand\nnewlines  are   normalised. e-mail and X-ray and re-re-entry, self-evident-truths.")
for w in (10, 20, 33, 50):
    print(f"--- width {w}")
    print(textwrap.fill(text, width=w))
print(textwrap.wrap(text, 25, break_on_hyphens=False)[:6])
print(textwrap.wrap(text, 15, break_long_words=False)[:8])
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.shorten("Hello  world!  How are you today?", width=20), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", width=10))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    x = 2
""")))
print(repr(textwrap.indent("a\n\nb\n  c\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
print(textwrap.wrap("   leading spaces kept once", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("a b c d e f", 3, drop_whitespace=False))
print(textwrap.fill("Hi there. How are you? Fine.", 12, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=12, tabsize=4)
print(w.wrap("a\tb\tc d e f g h"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
print(textwrap.wrap("aaaaaaaa-bbbbbbbbbb-ccc", 12), textwrap.wrap("ab-cd ef-gh-ij", 5))
