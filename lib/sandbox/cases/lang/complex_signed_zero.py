# lang: complex(real, imag) keeps a negative zero imaginary part; math.exp overflow raises
import math
print(complex(1, -0.0), complex(-1.0, -0.0), complex(2.5, -0.0).imag, complex(1j, -0.0), complex(1 + 2j, 3), complex(1, 2j), complex(-0.0, 0.0), complex(imag=-0.0))
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.exp(709), math.exp(-1000), math.exp(-math.inf), math.exp(math.inf))
