# sys.getsizeof of lists follows CPython's allocation: constant displays of three or more items
# and list(sized) round up to an even number of slots, BUILD_LIST n and [x] * n are exact
import sys

x = 7
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([x, x, x]), sys.getsizeof([1, 2]))
print(sys.getsizeof(list(range(5))), sys.getsizeof(list("abc")), sys.getsizeof(list((1,))), sys.getsizeof([0] * 5))
print(sys.getsizeof(list()), sys.getsizeof(list([1, 2, 3])), sys.getsizeof(list({1: 2, 3: 4, 5: 6})))
print(sys.getsizeof(["a", 1, None]), sys.getsizeof([(1, 2), (3, 4), (5, 6)]), sys.getsizeof([-1, 2.5, "x"]))
a = [1, 2, 3]
a.append(4)
print(sys.getsizeof(a))
a.pop()
a.pop()
print(sys.getsizeof(a), sys.getsizeof((1, 2, 3)), sys.getsizeof([[1, 2, 3]]))
