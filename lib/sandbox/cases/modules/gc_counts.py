# modules: gc.get_count() counts new containers per generation and passing 700 collects generation 0; a collection resets the counts; get_objects() finds the live instances of a class
import gc

print(gc.isenabled(), gc.get_threshold())
gc.collect()
print(gc.get_count())
keep = [[] for _ in range(500)]
print(gc.get_count()[0] >= 500, gc.get_count()[1:])
more = [[] for _ in range(500)]
count = gc.get_count()
print(count[0] < 700, count[1:])
gc.collect()
print(gc.get_count())


class Session:
    def __init__(self, user):
        self.user = user


def live_sessions():
    return sum(1 for o in gc.get_objects() if type(o) is Session)


sessions = [Session(i) for i in range(30)]
print(live_sessions())
sessions += [Session(i) for i in range(20)]
print(live_sessions())
del sessions[:25]
print(live_sessions())
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('a'))
