# the UTF-16 and UTF-32 codecs: byte order marks, both byte orders, surrogate pairs, and the error messages and handlers of malformed data
tests=[(b'\xff\xfea', 'utf-16'), (b'a', 'utf-16-le'), (b'a\x00b', 'utf-16-le'),(b'\x00\xd8', 'utf-16-le'),(b'\x00\xd8a\x00', 'utf-16-le'),(b'\x00\xdca\x00', 'utf-16-le'),(b'\x00\xd8\x00\xd8', 'utf-16-le'),(b'\xd8\x00\x00a', 'utf-16-be'),
(b'\x00\x00\x11\x00', 'utf-32-le'),(b'\x00\xd8\x00\x00', 'utf-32-le'),(b'a\x00\x00', 'utf-32-le'),(b'\xff\xfe\x00\x00a\x00\x00\x00b', 'utf-32'), (b'\xfe\xff\x00a', 'utf-16'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'\xff\xfea\x00', 'utf-16-le'), (b'', 'utf-16'), (b'a\x00', 'UTF16'), (b'\x00\xd8a', 'utf-16-le'), (b'=\xd8\x00\xde', 'utf-16-le'), (b'\xd8=\xde\x00', 'utf_16_be'), (b'\x00\x00\x01\xf6', 'utf-32-be')]
for b,c in tests:
    for m in ['strict','replace','ignore','backslashreplace']:
        try: print(c, m, repr(b.decode(c, m)))
        except Exception as e: print(c, m, type(e).__name__, e)
for s in ["a😀", "", "\ud800x", "héllo"]:
    for c in ["utf-16","utf-16-le","utf-16-be","utf-32","utf-32-le","utf-32-be", "utf_16", "U16", "UTF-32LE"]:
        for m in ['strict','replace','ignore','backslashreplace', 'xmlcharrefreplace']:
            try: print(c, m, s.encode(c, m), s.encode(c, m).decode(c, 'replace') == s)
            except Exception as e: print(c, m, type(e).__name__, e)
print(len("😀".encode("utf-16-le")), "😀".encode("utf-16").decode("utf-16"))
