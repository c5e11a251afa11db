# unittest for the sandbox: TestCase with the assert methods, setUp/tearDown (and the class
# and cleanup forms), subTest, skips and expected failures, IsolatedAsyncioTestCase, suites,
# the loader, the text runner and main().
#
# What it reproduces from CPython 3.11's documented behaviour: test methods are found by the
# "test" prefix and run in name order, one fresh instance each; the runner prints a dot, F, E,
# s, x or u per test (or "name (module.Class.name) ... ok" at verbosity 2), then each error and
# failure under a ===== banner with the traceback of the test's own frames, "Ran N tests in
# T.TTTs" (T from the virtual clock) and OK or FAILED (failures=..., errors=..., skipped=...),
# all on stderr; main() exits with status 0 or 1 unless exit=False. Assertion messages are
# CPython's ("1 != 2", "False is not true : custom", "Lists differ: [1, 2] != [1, 3]" with the
# first differing element and the ndiff of the pprint-ed values, long reprs shortened to
# "[N chars]", diffs over maxDiff omitted). unittest.mock is its own module. The code is the
# sandbox's own.
import sys
import time
import traceback
import asyncio
import re as _re
import difflib
import pprint
from _sandbox import import_module as _import_module

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'getTestCaseNames', 'makeSuite', 'findTestCases', 'enterModuleContext',
           'doModuleCleanups']


class SkipTest(Exception):
    """Raise to skip the running test."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def skip(reason):
    def decorator(test_item):
        if isinstance(test_item, type) and issubclass(test_item, TestCase):
            test_item.__unittest_skip__ = True
            test_item.__unittest_skip_why__ = reason
            return test_item

        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        skip_wrapper.__name__ = getattr(test_item, '__name__', 'skip_wrapper')
        skip_wrapper.__unittest_skip__ = True
        skip_wrapper.__unittest_skip_why__ = reason
        return skip_wrapper
    if isinstance(reason, type(skip)):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN)
DIFF_OMITTED = ('\nDiff is %s characters long. Set self.maxDiff to None to see it.')


def _shorten(s, prefixlen, suffixlen):
    # the middle becomes "[N chars]", but only when that makes the text shorter
    cut = len(s) - prefixlen - suffixlen
    if cut <= _PLACEHOLDER_LEN:
        return s
    return '%s[%d chars]%s' % (s[:prefixlen], cut, s[len(s) - suffixlen:])


def _common_shorten_repr(*args):
    """The reprs of the values, with a long common beginning (and long tails) cut to
    "[N chars]" so the message stays about 80 characters wide."""
    args = tuple(map(_safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = args[0]
    for other in args[1:]:
        n = 0
        while n < len(prefix) and n < len(other) and prefix[n] == other[n]:
            n += 1
        prefix = prefix[:n]
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


def _lines_for_ndiff(first, second):
    # when first is one line with no line break, both sides get one, so that the "?" guide lines
    # ndiff adds under them start on lines of their own
    if first.strip('\r\n') == first and len(first.splitlines()) == 1:
        return [first + '\n'], [second + '\n']
    return first.splitlines(keepends=True), second.splitlines(keepends=True)


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + ' [truncated]...'


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expectedFailure = None


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = _re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        self.msg = msg
        self.exception = None
        self.obj_name = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if isinstance(self.expected, tuple):
            name = ', '.join(e.__name__ for e in self.expected) if False else str(tuple(e.__name__ for e in self.expected))
            name = self.expected[0].__name__ if len(self.expected) == 1 else name
        else:
            name = getattr(self.expected, '__name__', str(self.expected))
        if exc_type is None:
            by = ' by %s' % self.obj_name if self.obj_name else ''
            self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised%s" % (name, by)))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"%s" does not match "%s"' % (self.expected_regex.pattern, str(exc_value))))
        return True


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = _re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        self.msg = msg

    def __enter__(self):
        import warnings
        self._catcher = warnings.catch_warnings(record=True)
        self._log = self._catcher.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self._log:
            if isinstance(w.message, self.expected):
                if self.expected_regex is not None and not self.expected_regex.search(str(w.message)):
                    continue
                self.warning = w.message
                self.filename = w.filename
                self.lineno = w.lineno
                return True
        name = getattr(self.expected, '__name__', str(self.expected))
        self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not triggered" % name))


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_default:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()


_subtest_default = object()


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._subtest = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__

    # ---- fixtures

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls.__dict__.get('_class_cleanups')
        if '_class_cleanups' not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def doClassCleanups(cls):
        cleanups = cls.__dict__.get('_class_cleanups', [])
        while cleanups:
            function, args, kwargs = cleanups.pop()
            function(*args, **kwargs)

    def doCleanups(self):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                self._callCleanup(function, *args, **kwargs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                ok = False
                if self._outcome is not None:
                    self._outcome.result.addError(self, e)
        return ok

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    # ---- identity

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return "%s.%s.%s" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    # ---- running

    def subTest(self, msg=_subtest_default, **params):
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = getattr(self.__class__, '__unittest_skip_why__', '') or getattr(method, '__unittest_skip_why__', '')
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, "__unittest_expecting_failure__", False) or getattr(self, "__unittest_expecting_failure__", False)
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                ok = self._run_part(outcome, self._callSetUp)
                if ok:
                    ok = self._run_part(outcome, self._callTestMethod, method, expecting_failure=expecting_failure)
                    self._run_part(outcome, self._callTearDown)
                self.doCleanups()
                if outcome.success and not self._subtest_failed(outcome):
                    if expecting_failure:
                        if outcome.expectedFailure is not None:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
            finally:
                self._outcome = None
            return result
        finally:
            result.stopTest(self)

    def _subtest_failed(self, outcome):
        return getattr(outcome, 'subtest_failed', False)

    def _run_part(self, outcome, function, *args, expecting_failure=False):
        try:
            function(*args)
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            outcome.result.addSkip(self, str(e))
        except BaseException as e:
            outcome.success = False
            if expecting_failure:
                outcome.success = True
                outcome.expectedFailure = e
            elif isinstance(e, self.failureException):
                outcome.result.addFailure(self, e)
            else:
                outcome.result.addError(self, e)
        return False

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    # ---- assertions

    def _formatMessage(self, msg, standardMsg):
        # longMessage (the default) keeps the standard text and appends the user's after " : "
        if self.longMessage:
            return standardMsg if msg is None else '%s : %s' % (standardMsg, msg)
        return msg or standardMsg

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if first == second:
            return
        for kind, label in ((list, 'List'), (tuple, 'Tuple')):
            if type(first) is kind and type(second) is kind:
                return self.assertSequenceEqual(first, second, msg, kind)
        if type(first) is dict and type(second) is dict:
            return self.assertDictEqual(first, second, msg)
        if type(first) in (set, frozenset) and type(second) in (set, frozenset):
            return self.assertSetEqual(first, second, msg)
        if type(first) is str and type(second) is str:
            return self.assertMultiLineEqual(first, second, msg)
        self.fail(self._formatMessage(msg, '%s != %s' % _common_shorten_repr(first, second)))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq1 == seq2:
            return
        name = (seq_type or type(seq1)).__name__.capitalize()
        text = '%ss differ: %s != %s\n' % ((name,) + _common_shorten_repr(seq1, seq2))
        for i in range(min(len(seq1), len(seq2))):
            if seq1[i] != seq2[i]:
                text += '\nFirst differing element %d:\n%s\n%s\n' % (i, _safe_repr(seq1[i], True), _safe_repr(seq2[i], True))
                break
        if True:
            if len(seq1) > len(seq2):
                text += '\nFirst %s contains %d additional elements.\nFirst extra element %d:\n%s\n' % (name.lower(), len(seq1) - len(seq2), len(seq2), _safe_repr(seq1[len(seq2)]))
            elif len(seq1) < len(seq2):
                text += '\nSecond %s contains %d additional elements.\nFirst extra element %d:\n%s\n' % (name.lower(), len(seq2) - len(seq1), len(seq1), _safe_repr(seq2[len(seq1)]))
        diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(seq1).splitlines(), pprint.pformat(seq2).splitlines()))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, tuple)

    def assertDictEqual(self, d1, d2, msg=None):
        if d1 != d2:
            text = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(d1).splitlines(), pprint.pformat(d2).splitlines()))
            self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertSetEqual(self, set1, set2, msg=None):
        if set1 == set2:
            return
        lines = []
        only1 = set1 - set2
        only2 = set2 - set1
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertMultiLineEqual(self, first, second, msg=None):
        if first != second:
            if len(first) > 2 ** 16 or len(second) > 2 ** 16:
                return self.fail(self._formatMessage(msg, '%s != %s' % _common_shorten_repr(first, second)))
            text = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(difflib.ndiff(*_lines_for_ndiff(first, second)))
            self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        missing = []
        for x in a:
            if x in b:
                b.remove(x)
            else:
                missing.append(x)
        if missing or b:
            lines = ['Element counts were not equal:']
            counts = {}
            for x in list(first):
                counts.setdefault(repr(x), [0, 0, x])[0] += 1
            for x in list(second):
                counts.setdefault(repr(x), [0, 0, x])[1] += 1
            for key, (n1, n2, _x) in counts.items():
                if n1 != n2:
                    lines.append('First has %d, Second has %d:  %s' % (n1, n2, key))
            self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (_safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (_safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def _compare(self, ok, a, b, text, msg):
        if not ok:
            self.fail(self._formatMessage(msg, text % (_safe_repr(a), _safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        self._compare(a > b, a, b, '%s not greater than %s', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a >= b, a, b, '%s not greater than or equal to %s', msg)

    def assertLess(self, a, b, msg=None):
        self._compare(a < b, a, b, '%s not less than %s', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a <= b, a, b, '%s not less than or equal to %s', msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(gap))
        else:
            if places is None:
                places = 7
            if round(gap, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (_safe_repr(first), _safe_repr(second), places, _safe_repr(gap))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str):
            unexpected_regex = _re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (text[match.start():match.end()], unexpected_regex.pattern, text)))

    def _call_under(self, context, args, kwargs):
        # The four assertRaises/assertWarns forms: with no callable the context is the result
        # (a `with` block); with one, the callable runs inside it.
        if not args:
            return context
        callable_obj, *args = args
        context.obj_name = getattr(callable_obj, '__name__', str(callable_obj))
        with context:
            callable_obj(*args, **kwargs)

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None))
        return self._call_under(context, args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, msg=kwargs.pop('msg', None))
        return self._call_under(context, args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop('msg', None))
        return self._call_under(context, args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex, msg=kwargs.pop('msg', None))
        return self._call_under(context, args, kwargs)


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.sub = _SubTest(test_case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, (KeyboardInterrupt,)):
            return False
        outcome = self.test_case._outcome
        if outcome is None:
            return False
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.sub, str(exc))
            return True
        outcome.subtest_failed = True
        outcome.result.addSubTest(self.test_case, self.sub, exc)
        return True


class IsolatedAsyncioTestCase(TestCase):
    """Runs asyncSetUp, the test and asyncTearDown (each may be a coroutine) in one event loop
    per test."""

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(func, *args, **kwargs)

    def run(self, result=None):
        self._async_result = None
        return TestCase.run(self, result)

    def _callSetUp(self):
        self.setUp()
        self._pending = [self.asyncSetUp]

    def _callTestMethod(self, method):
        pending = self._pending
        self._pending = []

        async def whole():
            for step in pending:
                await step()
            result = method()
            if asyncio.iscoroutine(result):
                result = await result
            return result

        asyncio.run(whole())

    def _callTearDown(self):
        asyncio.run(self.asyncTearDown())
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        result = function(*args, **kwargs)
        if asyncio.iscoroutine(result):
            asyncio.run(_await(result))


async def _await(awaitable):
    return await awaitable


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        # the optional fixtures, each called only when given
        self._fixtures = {'setUp': setUp, 'tearDown': tearDown}
        self._description = description

    def _fixture(self, which):
        function = self._fixtures[which]
        if function is not None:
            function()

    def setUp(self):
        self._fixture('setUp')

    def tearDown(self):
        self._fixture('tearDown')

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        cls = type(self)
        return "%s.%s (%s)" % (cls.__module__, cls.__qualname__, self._testFunc.__name__)


# ---------------------------------------------------------------- suites and loading

class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return "<%s.%s tests=%s>" % (self.__class__.__module__, self.__class__.__qualname__, list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for each in tests:
            self.addTest(each)

    def run(self, result, debug=False):
        set_up_done = []
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = type(test)
                if cls not in set_up_done:
                    set_up_done.append(cls)
                    try:
                        if not getattr(cls, '__unittest_skip__', False):
                            cls.setUpClass()
                    except SkipTest as e:
                        cls._classSetupFailed = True
                        result.addSkip(_ErrorHolder('setUpClass (%s.%s)' % (cls.__module__, cls.__qualname__)), str(e))
                    except Exception as e:
                        cls._classSetupFailed = True
                        result.addError(_ErrorHolder('setUpClass (%s.%s)' % (cls.__module__, cls.__qualname__)), e)
                if getattr(cls, '_classSetupFailed', False):
                    continue
            test(result)
        for cls in set_up_done:
            if not getattr(cls, '_classSetupFailed', False) and not getattr(cls, '__unittest_skip__', False):
                try:
                    cls.tearDownClass()
                except Exception as e:
                    result.addError(_ErrorHolder('tearDownClass (%s.%s)' % (cls.__module__, cls.__qualname__)), e)
                cls.doClassCleanups()
            cls._classSetupFailed = False
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = []
        for name in dir(testCaseClass):
            if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                names.append(name)
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        namespace = module.__dict__
        for name in sorted(namespace):
            obj = namespace[name]
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, IsolatedAsyncioTestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        suite = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module if module is not None else _import_module(parts.pop(0))
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(obj.__name__)])
        if isinstance(obj, TestSuite):
            return obj
        if hasattr(obj, '__dict__') and type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)


# ---------------------------------------------------------------- results and the runner

class TestResult:
    _previousTestClass = None

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # counters and switches first, then the lists of (test, detail) pairs per outcome
        self.testsRun = 0
        self.shouldStop = False
        self.failfast = False
        self.buffer = False
        self.tb_locals = False
        self.errors = []
        self.failures = []
        self.skipped = []
        self.unexpectedSuccesses = []
        self.expectedFailures = []
        self.collectedDurations = []

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exc = err[1] if isinstance(err, tuple) else err
        return ''.join(traceback.format_exception(exc))

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if isinstance(err, test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s.%s run=%i errors=%i failures=%i>" % (self.__class__.__module__, self.__class__.__qualname__, self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        # verbosity 1 shows a character per test, 2 and up a line per test
        self.dots = verbosity == 1
        self.showAll = verbosity > 1
        self._newline = True

    def getDescription(self, test):
        name = str(test)
        doc = test.shortDescription()
        # the docstring's first line goes under the name, when descriptions are on
        return name + '\n' + doc if self.descriptions and doc else name

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        out = self.stream
        out.write(self.getDescription(test) + " ... ")
        out.flush()
        self._newline = False

    def _write_status(self, test, status):
        out = self.stream
        subtest = isinstance(test, _SubTest)
        # a failing subtest gets a line of its own, indented, under its test's
        if subtest or self._newline:
            if not self._newline:
                out.writeln()
            out.write(("  " if subtest else "") + self.getDescription(test) + " ... ")
        out.writeln(status)
        out.flush()
        self._newline = True

    def _mark(self, test, long, short):
        if self.showAll:
            self._write_status(test, long)
        elif self.dots:
            self.stream.write(short)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                self._write_status(subtest, "FAIL" if isinstance(err, test.failureException) else "ERROR")
            elif self.dots:
                self.stream.write('F' if isinstance(err, test.failureException) else 'E')
                self.stream.flush()
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, "ok", '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, "skipped {0!r}".format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark(test, "expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark(test, "unexpected success", 'u')

    def printErrors(self):
        out = self.stream
        if self.dots or self.showAll:
            # end the line of dots (or of the last test)
            out.writeln()
            out.flush()
        for flavour, listed in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, listed)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            out.writeln(self.separator1)
            for test in unexpected:
                out.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, detail in errors:
            # a rule, the heading, a thinner rule, then the traceback text
            for line in (self.separator1, "%s: %s" % (flavour, self.getDescription(test)), self.separator2, "%s" % detail):
                out.writeln(line)
            out.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        # what run() hands on to the result it makes
        self.verbosity = verbosity
        self.descriptions = descriptions
        self.failfast, self.buffer = failfast, buffer
        self.tb_locals, self.warnings = tb_locals, warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        began = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        elapsed = time.perf_counter() - began
        result.printErrors()
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        ran = result.testsRun
        out.writeln("Ran %d test%s in %.3fs" % (ran, "" if ran == 1 else "s", elapsed))
        out.writeln()
        self._write_verdict(result)
        out.flush()
        return result

    def _write_verdict(self, result):
        # FAILED or OK (3.11 says OK for no tests too), then the non-zero counts in brackets
        out = self.stream
        counts = []
        if result.wasSuccessful():
            out.write("OK")
        else:
            out.write("FAILED")
            counts += [("failures", len(result.failures)), ("errors", len(result.errors))]
        counts += [("skipped", len(result.skipped)), ("expected failures", len(result.expectedFailures)),
                   ("unexpected successes", len(result.unexpectedSuccesses))]
        shown = ["%s=%d" % (label, number) for label, number in counts if number]
        if shown:
            out.writeln(" (%s)" % ", ".join(shown))
        else:
            out.write("\n")


class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = _import_module(module)
        self.module = module
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = bool(failfast)
        self.buffer = buffer
        self.testRunner = testRunner
        self.testLoader = testLoader
        argv = list(argv) if argv is not None else list(sys.argv)
        names = [a for a in argv[1:] if not a.startswith('-')]
        if '-v' in argv[1:] or '--verbose' in argv[1:]:
            self.verbosity = 2
        if '-q' in argv[1:] or '--quiet' in argv[1:]:
            self.verbosity = 0
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    return method


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    result = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return result


def doModuleCleanups():
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        function(*args, **kwargs)


# where CPython defines each (reprs and error messages show it)
for _cls, _where in ((TestCase, 'case'), (SkipTest, 'case'), (FunctionTestCase, 'case'), (TestSuite, 'suite'),
                     (TestLoader, 'loader'), (TestResult, 'result'), (TextTestResult, 'runner'),
                     (TextTestRunner, 'runner'), (TestProgram, 'main'), (IsolatedAsyncioTestCase, 'async_case')):
    _cls.__module__ = 'unittest.' + _where
del _cls, _where
