# unittest's assertion messages: the ndiff of pprint-ed values under Lists/Tuples differ, dicts and multi-line strings, long reprs shortened to [N chars], diffs longer than maxDiff omitted
import unittest

class T(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual([1, 2], [1, 3]),
            lambda: self.assertEqual("a", "b"),
            lambda: self.assertEqual("line one\nline two\n", "line one\nline 2\n"),
            lambda: self.assertEqual((1, 2), (1, 3, 4)),
            lambda: self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 2]}),
            lambda: self.assertEqual({"k%d" % i: i for i in range(30)}, {"k%d" % i: i + (i == 7) for i in range(30)}),
            lambda: self.assertEqual(list(range(100)), list(range(99))),
            lambda: self.assertEqual("x" * 200 + "a", "x" * 200 + "b"),
            lambda: self.assertEqual(12345678901234567890 * 10**80, 3),
            lambda: self.assertListEqual([[1, 2, 3]] * 30, [[1, 2, 3]] * 29 + [[1, 2, 4]]),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print(e)
                print("-----")

    def test_maxdiff_none(self):
        self.maxDiff = None
        try:
            self.assertEqual(list(range(60)), list(range(1, 61)))
        except AssertionError as e:
            print(e)

import io
unittest.main(exit=False, argv=["x"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
