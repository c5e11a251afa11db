# errors: AttributeError on a missing attribute of a user-defined object
class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "I am " + self.name

r = Robot("R2")
print(r.greet())
r.fly()
