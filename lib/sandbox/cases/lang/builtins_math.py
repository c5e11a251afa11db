# lang: sum/min/max with key and default, abs, round, divmod, any, all
nums = [4, -7, 2, 9, -1]
print(sum(nums), sum(nums, 100), sum([0.1] * 10), sum([[1], [2]], []))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=lambda n: -n), max(3, 8, 1))
print(min([], default="empty"), max([], key=len, default=None))
print(max(["apple", "fig", "banana"], key=len), min("hello"), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(abs(-5), abs(-2.5), divmod(17, 5), divmod(-17, 5))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([(1, "b"), (1, "a")]))
