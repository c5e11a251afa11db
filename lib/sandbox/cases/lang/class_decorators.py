# lang: @staticmethod, @classmethod and @property (with setter)
class Temperature:
    scale = "C"
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def valid(v):
        return v >= -273.15
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    def __repr__(self):
        return f"{type(self).__name__}({self._c:.1f})"
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError")
print(Temperature.valid(-300), t.valid(0), Temperature.from_f(212))
class Kelvin(Temperature):
    pass
print(Kelvin.from_f(32), type(Kelvin.from_f(32)).__name__)
