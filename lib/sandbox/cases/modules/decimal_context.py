# modules: decimal arithmetic and rounding to the context, ideal exponents, quantize/normalize, str and format(), powers and roots, contexts and localcontext, signals raised with their conditions
from decimal import *
D = Decimal
print(format(D('1234.5678'), ','), format(D('1234.5'), '.2f'), format(D('-0.5'), '+.0f'), format(D('1.2345'), 'f'), format(D('1E+3'), 'f'), format(D('12.5'), '.3e'), format(D('12345'), 'e'), format(D('0.25'), '%'), format(D('0.25'), '.1%'))
print(format(D('1234.5678'), 'g'), format(D('1234.5678'), '.3g'), format(D('0.00001234'), '.2g'), format(D('1.50'), 'g'), format(D('123456789'), '.4g'), format(D('1.5'), ''), format(D('1.5'), '10'), format(D('1.5'), '<10'), format(D('-1.5'), '=10'), format(D('1E+5'), ''), format(D('1.234'), '.2'), format(D('1234567.891'), ',.2f'), format(D('5'), '08.2f'))
print(format(D('1E-10'), 'f'), format(D('-0'), 'z.1f'), format(D('nan'), 'f'), format(D('inf'), '.2f'), format(D('1.005'), '.2f'), format(D('0.000001'), ''), format(D('123.456'), '.1'), format(D('123.456'), '.5'), format(D('0.1'), 'e'), format(D('1234567'), '012,.1f'), format(D('-3.14159'), '^12.3f'), f"{D('2.5'):*>8}")
print(D(1)/D(3), D('1.00')/2, D(10)/D(4), D(1)/D(7)*7, D('0.1')+D('0.2'), D('1.30')+D('1.20'), D('2.50')*D('1.5'), D(2).sqrt(), D('0.0001').sqrt(), D(16).sqrt(), D(-7)//D(2), D(-7)%D(2), divmod(D(7), D('2.5')))
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('123.456').quantize(D('1E+1')), D('1.5').quantize(D('1')), D('2.5').quantize(D('1'), ROUND_HALF_UP))
print(D('100').normalize(), D('0.00').normalize(), D('1.2300').normalize(), D('1E+2').normalize(), D(0.1), D('1e-7'), D('-0'), D('1.23E+5'), D('0.000001'), D('1234567890123456789012345678901'), +D('1234567890123456789012345678901'))
print(repr(D('1.0')), D('NaN'), D('-Infinity'), D('sNaN'), D(' 1_000.5 '), D((1, (1, 2, 3), -2)), D(5).as_tuple(), D('1.5').as_integer_ratio(), D('0.75').adjusted(), D('750').adjusted())
print(D(2)**10, D('1.1')**2, D(2)**-2, D(2)**D('0.5'), D(10)**D('-2'), D('1.5')**3, D(2).exp(), D(10).ln(), D(100).log10(), D('0.5').ln())
print(round(D('2.5')), round(D('3.5')), round(D('2.567'), 2), int(D('-7.9')), float(D('0.1')), D('1.5') == 1.5, D(1) == 1, D('0.1') < 0.2, D('1.10') == D('1.1'), hash(D(5)) == hash(5), max(D(1), D('1.0')))
print(D('12.345').to_eng_string(), D('123456789E+3').to_eng_string(), D('0.00001').to_eng_string(), D('-5E-9').to_eng_string(), D('1E+8'), D('12E-8'))
print(sum([D('0.1')] * 10), D('1.1') * 3, D(3) - D('3.00'), D('-0') + D('0'), D(5).compare(D(3)), D(5).max(D(7)), D('1.5').to_integral_value(), D('-2.5').to_integral_value(ROUND_HALF_UP), D(5).is_zero(), D(0).is_zero(), D(-1).is_signed(), D('nan').is_nan())
getcontext().prec = 6
print(D(1)/D(7), D('1234567.89') + 0, getcontext())
with localcontext() as ctx:
    ctx.prec = 3
    print(D(2)/D(3), ctx.rounding)
print(D(2)/D(3))
with localcontext(prec=2, rounding=ROUND_UP):
    print(D(1)/D(3))
getcontext().prec = 28
tests = [lambda: D(1)/0, lambda: D(0)/0, lambda: D("abc"), lambda: D(1)%0, lambda: D(-1).sqrt(), lambda: D(1)+1.5, lambda: D("inf")-D("inf")]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e, type(e).__mro__[1].__name__)
print(Context(prec=5, rounding=ROUND_DOWN).divide(D(1), D(3)), ExtendedContext.divide(D(1), D(0)), issubclass(DivisionByZero, ZeroDivisionError))
price = D("19.99")
qty = 3
tax = D("0.0825")
subtotal = price * qty
total = (subtotal * (1 + tax)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, total, f"${total:,.2f}")
