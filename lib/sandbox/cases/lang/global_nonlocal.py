# lang: global and nonlocal scoping rules, UnboundLocalError
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
x = 1
def broken():
    print(x)
    x = 2
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
