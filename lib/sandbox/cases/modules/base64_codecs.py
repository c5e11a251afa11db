# modules: base64 (b64/urlsafe/standard/b32/b32hex/b16, encodebytes) and binascii's errors, against CPython
import base64, binascii
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()]
for d in data:
    e = base64.b64encode(d)
    print(e[:40], base64.b64decode(e) == d, base64.urlsafe_b64encode(d)[:40], base64.b32encode(d)[:40], base64.b16encode(d)[:40])
    print(base64.b32decode(base64.b32encode(d)) == d, base64.b16decode(base64.b16encode(d)) == d, base64.b32hexencode(d)[:24], base64.b32hexdecode(base64.b32hexencode(d)) == d)
    print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d, base64.standard_b64decode(base64.standard_b64encode(d)) == d)
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
print(base64.encodebytes(b""))
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8=garbage"), base64.b64decode("aGVsbA=="))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", b"-_"))
print(base64.b64encode(b"hi", b"*!"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"))
print(base64.b16decode("666f", casefold=True), binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01AB"))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=False), binascii.a2b_base64("YWJj"))
print(issubclass(binascii.Error, ValueError), base64.binascii is binascii)
def bad(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
bad(base64.b64encode, "text")
bad(base64.b64decode, 5)
bad(base64.b64decode, "é")
bad(base64.b64decode, "abc")
bad(base64.b64decode, "abcde")
bad(base64.b64decode, "ab$c", validate=True)
bad(base64.b64decode, "ab$cdA==")
bad(base64.b32decode, "MZXW6")
bad(base64.b32decode, "MZXW6Y1=")
bad(base64.b32decode, "MZXW====")
bad(base64.b16decode, "666")
bad(base64.b16decode, "666g")
bad(base64.b16decode, "666f")
bad(binascii.unhexlify, "0g")
bad(base64.decodebytes, "YWJj")
bad(base64.b64encode, b"x", b"abc")
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("caught", e)
for s in ["ab==cd==", "=abc", "abc=d", "ab=c", "abc==", "ab=", "abcd====","ab==\n", "abcd=", "YWJj"]:
    bad(base64.b64decode, s, validate=True)
