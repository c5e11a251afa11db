# An exact tie in %e and g formats rounds to even, as CPython's correctly rounded conversion does
# (JavaScript's toExponential rounds ties up).
for v in [1234.5, 1.125, 0.000125, -2.5, 2.5, 3.5, 0.5, 125.0, 1e22, 1.0625, 12345.0, 99.5]:
    print(format(v, ".3e"), format(v, ".2e"), format(v, ".0e"), "%.1e" % v, f"{v:.2g}", f"{v:.4g}")
