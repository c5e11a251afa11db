# errno numbers and names, os.strerror, stat's S_IS* tests and filemode on files of the in-memory tree
import errno, os, stat, tempfile
print(errno.ENOENT, errno.errorcode[2], errno.errorcode[11], errno.EWOULDBLOCK, errno.errorcode[95])
print(os.strerror(2), os.strerror(39))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    open(p, 'w').close()
    m = os.stat(p).st_mode
    print(stat.S_ISREG(m), stat.S_ISDIR(m), stat.filemode(os.stat(d).st_mode)[0], stat.filemode(0o104755), stat.filemode(0o41777))
    try:
        open(p, 'x')
    except OSError as e:
        print(e.errno == errno.EEXIST, errno.errorcode[e.errno])
