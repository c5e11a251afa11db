# unittest.mock: child mocks and call recording (mock_calls, method_calls, call objects), assert_* messages, side_effect forms, configure/spec, MagicMock magic methods, patch/patch.object/patch.dict, AsyncMock awaits, PropertyMock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, patch, AsyncMock, PropertyMock
import asyncio

m = Mock()
m.a.b(1, x=2)
m(3)
m.a(4)
m.return_value.go(5)
print(m.mock_calls)
print(m.method_calls)
print(m.a.b.call_args, m.a.b.call_args.args, m.a.b.call_args.kwargs, m.call_count, m.a.called)
print(m.mock_calls == [call.a.b(1, x=2), call(3), call.a(4), call().go(5)])
print(m.a.b.call_args == call(1, x=2), m.a.b.call_args == ((1,), {"x": 2}), call(1) == call(ANY))
m.a.b.assert_called_once_with(1, x=2)
for check in (lambda: m.a.b.assert_called_with(9), lambda: m.a.b.assert_not_called(), lambda: Mock(name="send").assert_called_once_with("x"),
              lambda: m.z.assert_called(), lambda: Mock().assert_called_with(1), lambda: m.a.assert_any_call(99)):
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
m.assert_has_calls([call.a(4), call().go(5)])
m.a.b.assert_any_call(1, x=2)

s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
try:
    s()
except ValueError as e:
    print("raised", e)
f = Mock(side_effect=lambda x: x * 10)
print(f(4), Mock(return_value=7)(), Mock(side_effect=KeyError)._mock_side_effect is KeyError)
d = Mock(side_effect=lambda: DEFAULT, return_value="fallback")
print(d())
c = Mock(**{"method.return_value": 3, "other.side_effect": TypeError("no")})
print(c.method())
try:
    c.other()
except TypeError as e:
    print("TypeError", e)
spec = Mock(spec=["read", "close"])
print(callable(spec.read))
try:
    spec.write
except AttributeError as e:
    print("AttributeError", e)
print(sentinel.token is sentinel.token, sentinel.token)

mm = MagicMock()
print(len(mm), list(mm), bool(mm), 3 in mm, int(mm))
mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), mm[21])
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__iter__.return_value = iter([1, 2])
print(list(mm))
mm.reset_mock()
print(mm.call_count, mm.mock_calls)

class Config:
    debug = False
    def load(self):
        return "real"

with patch.object(Config, "load", return_value="fake") as fake:
    print(Config().load(), fake.call_count)
print(Config().load())

@patch.object(Config, "debug", True)
def show():
    return Config.debug
print(show(), Config.debug)

def helper():
    return "helper"

with patch("__main__.helper") as h:
    h.return_value = "patched"
    print(helper())
print(helper())

with patch.dict("os.environ", {"CASE_ONLY_VAR": "test"}):
    import os
    print(os.environ["CASE_ONLY_VAR"])
print("CASE_ONLY_VAR" in os.environ)

am = AsyncMock(return_value=42)
async def main():
    print(await am(1, k=2))
    am.assert_awaited_once_with(1, k=2)
    client = AsyncMock()
    client.get.return_value = {"price": 5.0}
    print(await client.get("/p"))
    client.get.assert_awaited_once_with("/p")
    try:
        client.get.assert_awaited_with("/q")
    except AssertionError as e:
        print("AssertionError:", e)
    print(client.get.await_count, am.call_count)
asyncio.run(main())

class P:
    @property
    def size(self):
        return 1
with patch.object(P, "size", new_callable=PropertyMock) as size:
    size.return_value = 9
    print(P().size)
print(P().size)
