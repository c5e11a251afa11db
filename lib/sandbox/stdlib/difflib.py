# difflib for the sandbox: SequenceMatcher, Differ, ndiff, unified_diff, context_diff,
# get_close_matches and the junk predicates.
#
# What it reproduces from CPython 3.11's documented behaviour: SequenceMatcher's matching
# (the longest matching block free of junk, ties going to the earliest in a and then in b,
# extended by junk on both sides; b's "popular" elements, more than 1% of a b of 200 or
# more items, treated as junk unless autojunk=False; blocks found recursively on both sides of
# each match), and so its opcodes and ratios; Differ's output ("- ", "+ ", "  " and the "? "
# guide lines marking changed characters in the most similar pair of lines, a ratio of 0.75
# or more); unified and context diffs with their headers and @@/*** hunk ranges. The code is
# the sandbox's own.
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        where = {}
        for i, elt in enumerate(b):
            where.setdefault(elt, []).append(i)
        junk = set()
        if self.isjunk:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, spots in list(where.items()):
                if len(spots) > limit:
                    popular.add(elt)
                    del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        best_i, best_j, best_size = alo, blo, 0
        # run[j]: length of the match ending at a[i-1], b[j] found on the previous row
        run = {}
        for i in range(alo, ahi):
            next_run = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run.get(j - 1, 0) + 1
                next_run[j] = k
                if k > best_size:
                    best_i, best_j, best_size = i - k + 1, j - k + 1, k
            run = next_run
        # grow it with equal non-junk elements (popular ones were left out of the index), then
        # with junk on either side
        while best_i > alo and best_j > blo and b[best_j - 1] not in junk and a[best_i - 1] == b[best_j - 1]:
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while best_i + best_size < ahi and best_j + best_size < bhi and b[best_j + best_size] not in junk and a[best_i + best_size] == b[best_j + best_size]:
            best_size += 1
        while best_i > alo and best_j > blo and b[best_j - 1] in junk and a[best_i - 1] == b[best_j - 1]:
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while best_i + best_size < ahi and best_j + best_size < bhi and b[best_j + best_size] in junk and a[best_i + best_size] == b[best_j + best_size]:
            best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        context = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > context:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(size for _, _, size in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for elt in self.a:
            n = left[elt] if elt in left else self.fullbcount.get(elt, 0)
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    # the word stays the second sequence, which is the one the matcher indexes
    matcher = SequenceMatcher(None, '', word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff and matcher.ratio() >= cutoff:
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [x for score, x in scored[:n]]


def _keep_original_ws(s, tags):
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(s, tags))


class Differ:
    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            else:
                yield from self._dump(' ', a, alo, ahi)

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # the most similar pair of lines (ratio 0.75 or more) is shown with guide lines; failing
        # that, the first identical pair is the point the two sides are synchronised at
        matcher = SequenceMatcher(self.charjunk)
        score, at_a, at_b, twin = self._closest_lines(matcher, a, alo, ahi, b, blo, bhi)
        exact = score < 0.75
        if exact:
            if twin is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            at_a, at_b = twin
        yield from self._fancy_helper(a, alo, at_a, b, blo, at_b)
        old, new = a[at_a], b[at_b]
        if exact:
            yield '  ' + old
        else:
            old_marks, new_marks = _guide_marks(matcher, old, new)
            yield from self._qformat(old, new, old_marks, new_marks)
        yield from self._fancy_helper(a, at_a + 1, ahi, b, at_b + 1, bhi)

    @staticmethod
    def _closest_lines(matcher, a, alo, ahi, b, blo, bhi):
        # b's lines in the outer loop: the matcher keeps what it works out about its second
        # sequence, so that one changes least often
        score, at_a, at_b, twin = 0.74, None, None, None
        for j in range(blo, bhi):
            target = b[j]
            matcher.set_seq2(target)
            for i in range(alo, ahi):
                candidate = a[i]
                if candidate == target:
                    twin = twin or (i, j)
                    continue
                matcher.set_seq1(candidate)
                # the cheap upper bounds first, the real ratio only when they allow a better score
                if matcher.real_quick_ratio() > score and matcher.quick_ratio() > score and matcher.ratio() > score:
                    score, at_a, at_b = matcher.ratio(), i, j
        return score, at_a, at_b, twin

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        # each line, then its guide line when it has marks (tabs under tabs, no trailing blanks)
        for mark, line, tags in (("- ", aline, atags), ("+ ", bline, btags)):
            yield mark + line
            guide = _keep_original_ws(line, tags).rstrip()
            if guide:
                yield "? %s\n" % guide


# what each opcode puts under the old line and under the new one, per character
_GUIDE_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'), 'equal': (' ', ' ')}


def _guide_marks(matcher, old, new):
    matcher.set_seqs(old, new)
    under_old, under_new = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_mark, new_mark = _GUIDE_MARKS[op]
        under_old.append(old_mark * (i2 - i1))
        under_new.append(new_mark * (j2 - j1))
    return ''.join(under_old), ''.join(under_new)


def IS_LINE_JUNK(line, pat=None):
    if pat is not None:
        return pat(line) is not None
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in (tag, "  "):
            yield line[2:]


def _format_range_unified(start, stop):
    # "line" for one line, "line,count" otherwise; an empty range names the line before it
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + str(date) if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if number == 0:
            # the file names only once, and only when there is a difference at all
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        old_span = _format_range_unified(hunk[0][1], hunk[-1][2])
        new_span = _format_range_unified(hunk[0][3], hunk[-1][4])
        yield '@@ -%s +%s @@%s' % (old_span, new_span, lineterm)
        for op, i1, i2, j1, j2 in hunk:
            if op == 'equal':
                yield from (' ' + line for line in a[i1:i2])
                continue
            # an insert's old range and a delete's new range are empty
            yield from ('-' + line for line in a[i1:i2])
            yield from ('+' + line for line in b[j1:j2])


def _format_range_context(start, stop):
    # "first,last" (1-based, inclusive); one line, or none (the line before), as a single number
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def _context_side(hunk, lines, at, absent):
    # a side is listed only when something on it changed; `absent` is the opcode with nothing
    # on this side
    if all(op[0] in ('equal', absent) for op in hunk):
        return
    for op in hunk:
        if op[0] != absent:
            for line in lines[op[at]:op[at + 1]]:
                yield _CONTEXT_MARKS[op[0]] + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if number == 0:
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        yield '*' * 15 + lineterm
        yield '*** %s ****%s' % (_format_range_context(hunk[0][1], hunk[-1][2]), lineterm)
        yield from _context_side(hunk, a, 1, 'insert')
        yield '--- %s ----%s' % (_format_range_context(hunk[0][3], hunk[-1][4]), lineterm)
        yield from _context_side(hunk, b, 3, 'delete')
