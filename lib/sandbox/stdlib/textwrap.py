# textwrap for the sandbox: wrap, fill, shorten, dedent, indent and TextWrapper.
#
# What it reproduces from CPython 3.11: the same line breaks. Text is cut into chunks (runs
# of whitespace; words, split after a hyphen inside a compound word such as "well-known" when
# break_on_hyphens; runs of two or more hyphens between words); lines are filled greedily;
# whitespace at the start and end of lines is dropped (drop_whitespace), except leading
# whitespace of the paragraph; words longer than a line are broken (preferring a hyphen)
# when break_long_words; max_lines ends the text with the placeholder where it fits; tabs are
# expanded and other whitespace becomes spaces first. The code is the sandbox's own.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '


def _letter(word, i):
    return 0 <= i < len(word) and word[i].isalpha()


def _word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _split_word(word, on_hyphens):
    """A run of non-space characters as chunks: split after a hyphen inside a compound word
    (two letters, or letter-hyphen-letter, before it; a letter, maybe a hyphen, then a letter
    after it), and around a dash of two or more hyphens between words."""
    if not on_hyphens or '-' not in word:
        return [word]
    pieces = []
    start = 0
    i = 0
    while i < len(word):
        if word[i] != '-':
            i += 1
            continue
        run_end = i
        while run_end < len(word) and word[run_end] == '-':
            run_end += 1
        if run_end - i >= 2:
            # a dash: its own chunk when it follows word punctuation and a word character follows
            if i > start and _word_punct(word[i - 1]) and run_end < len(word) and (word[run_end].isalnum() or word[run_end] == '_'):
                pieces.append(word[start:i])
                pieces.append(word[i:run_end])
                start = run_end
            i = run_end
            continue
        before_ok = (_letter(word, i - 1) and _letter(word, i - 2)) or (_letter(word, i - 1) and i >= 3 and word[i - 2] == '-' and _letter(word, i - 3))
        after_ok = _letter(word, i + 1) and (_letter(word, i + 2) or (i + 2 < len(word) and word[i + 2] == '-' and _letter(word, i + 3)))
        if before_ok and after_ok and i >= start:
            pieces.append(word[start:i + 1])
            start = i + 1
        i += 1
    if start < len(word):
        pieces.append(word[start:])
    return pieces


class TextWrapper:
    unicode_whitespace_trans = {ord(c): ' ' for c in _WHITESPACE}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _WHITESPACE else c for c in text)
        return text

    def _split(self, text):
        chunks = []
        i = 0
        while i < len(text):
            j = i
            blank = text[i] in _WHITESPACE
            while j < len(text) and (text[j] in _WHITESPACE) == blank:
                j += 1
            if blank:
                chunks.append(text[i:j])
            else:
                chunks.extend(_split_word(text[i:j], self.break_on_hyphens))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            word = chunks[i]
            ends_sentence = (len(word) >= 2 and word[-1] in '"\'' and word[-2] in '.!?' and len(word) >= 3 and word[-3].islower() and word[-3].isascii()) or \
                            (len(word) >= 2 and word[-1] in '.!?' and word[-2].islower() and word[-2].isascii())
            if chunks[i + 1] == " " and ends_sentence:
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _break_long_word(self, pending, line, used, width):
        """The next chunk does not fit on a line of its own: put as much of it as fits on this
        line (cutting after a hyphen if there is one), or the whole word if words may not be
        broken and the line is still empty."""
        room = 1 if width < 1 else width - used
        word = pending[-1]
        if self.break_long_words:
            cut = room
            if self.break_on_hyphens and len(word) > room:
                hyphen = word.rfind('-', 0, room)
                if hyphen > 0 and any(c != '-' for c in word[:hyphen]):
                    cut = hyphen + 1
            line.append(word[:cut])
            pending[-1] = word[cut:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]  # the next chunk is at the end
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._break_long_word(pending, line, used, room)
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            nothing_left = not pending or (self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if last_allowed or (nothing_left and used <= self.width):
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, prefix)
            break
        return lines

    def _end_with_placeholder(self, lines, line, used, prefix):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= self.width:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        content = line.lstrip(' \t')
        if not content:
            continue
        lead = line[:len(line) - len(content)]
        if margin is None:
            margin = lead
        else:
            common = 0
            while common < len(margin) and common < len(lead) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
