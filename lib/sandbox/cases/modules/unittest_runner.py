# unittest: discovery order, fixtures and cleanups, the verbose text runner's lines and report, subTest, skip, expectedFailure, assertion messages, IsolatedAsyncioTestCase with AsyncMock, mock.patch as a decorator, main(exit=False) (difflib's diffs under long values are not reproduced: no case here needs them)
import io
import re
import unittest
from unittest import mock

log = []


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    def setUp(self):
        self.items = [3, 1, 2]
        self.addCleanup(log.append, "cleanup")

    def tearDown(self):
        log.append("tearDown")

    def test_sorted(self):
        """Sorting puts the smallest first."""
        self.assertEqual(sorted(self.items), [1, 2, 3])
        self.assertIn(2, self.items)
        self.assertIsInstance(self.items, list)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual(self.items, [1, 2, 3])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as ctx:
            1 / 0
        self.assertEqual(str(ctx.exception), "division by zero")
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")

    def test_fails(self):
        self.assertEqual(1 + 1, 3, "arithmetic")

    def test_error(self):
        {}["missing"]

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertNotEqual(n % 3, 2)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_messages(self):
        checks = [
            lambda: self.assertTrue(0),
            lambda: self.assertIsNone(5),
            lambda: self.assertIn("z", "abc"),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertIs([], None),
            lambda: self.assertRaises(KeyError, lambda: None),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                log.append(str(e))


async def fetch_price(client, symbol):
    data = await client.get(f"/price/{symbol}")
    return data["price"] * 1.2


class PriceTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.client = mock.AsyncMock()
        self.client.get.return_value = {"price": 5.0}

    async def test_margin(self):
        self.assertEqual(await fetch_price(self.client, "X"), 6.0)
        self.client.get.assert_awaited_once_with("/price/X")


def greet():
    return "hello"


class Patched(unittest.TestCase):
    @mock.patch("__main__.greet", return_value="patched")
    def test_patch(self, fake):
        self.assertEqual(greet(), "patched")
        fake.assert_called_once_with()

    def test_unpatched(self):
        self.assertEqual(greet(), "hello")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.TestSuite()
loader = unittest.TestLoader()
for case in (Basics, PriceTests, Patched):
    suite.addTests(loader.loadTestsFromTestCase(case))
result = runner.run(suite)
text = re.sub(r'File ".*[/\\]', 'File "', stream.getvalue())
print(re.sub(r"in \d+\.\d{3}s", "in T.TTTs", text))
print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped))
print(*log, sep="\n")
print(loader.getTestCaseNames(Basics))
print(Basics("test_sorted").id(), Basics("test_sorted").shortDescription())

quiet = io.StringIO()
unittest.main(module="__main__", defaultTest="Patched", argv=["prog"], exit=False, testRunner=unittest.TextTestRunner(stream=quiet))
print(quiet.getvalue().splitlines()[0], quiet.getvalue().splitlines()[-1])
