# modules: statistics with exact means and variances (result types follow the data), medians, modes, quantiles, regression, NormalDist; math.erf/gamma/frexp/nextafter and floor/ceil of Fractions and Decimals
import statistics as st
import math
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([1,2,3,4]), st.mean([1,2,3]), st.mean([1.5, 2.5]), st.mean([F(1,3), F(2,3)]), st.mean([D('1.1'), D('2.2')]), st.mean([1, 2.5]), st.mean(range(10)))
print(st.fmean([1,2,3,4]), st.fmean([1,2], weights=[3,1]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.harmonic_mean([1,2,4], weights=[1,1,2]))
print(st.median([3,1,2]), st.median([4,1,3,2]), st.median_low([4,1,3,2]), st.median_high([4,1,3,2]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1,1,2,3,3]), st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode([]))
print(st.variance([1,3,5]), st.variance([1,2,3,4,5]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([1,2,3,4]), st.stdev([1,3,5]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([F(1,4), F(5,4), F(1,2)]), st.stdev([D('1.5'), D('2.5'), D('4')]), st.pvariance([D('1.5'), D('2.5')]))
print(st.quantiles([1,2,3,4,5,6,7,8,9,10]), st.quantiles([1,2,3,4,5,6,7,8,9,10], n=10), st.quantiles([1, 5, 2, 8, 7], method='inclusive'), st.quantiles([10.5, 3.25, 7.0], n=3))
x = [1, 2, 3, 4, 5]; y = [2, 4, 5, 4, 5]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
for f, a in [(st.mean, []), (st.variance, [1]), (st.mode, []), (st.stdev, []), (st.quantiles, [1]), (st.harmonic_mean, [-1, 2]), (st.geometric_mean, [0, 1]), (st.median, [])]:
    try:
        f(a)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.pdf(100), 6), round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), nd.zscore(130), nd + 5, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 6))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), [round(q, 3) for q in st.NormalDist().quantiles()])
scores = [88, 92, 79, 93, 85, 91, 78, 95, 89, 84]
print(f"mean={st.mean(scores)} median={st.median(scores)} stdev={st.stdev(scores):.4f} variance={st.variance(scores):.4f} quartiles={st.quantiles(scores)}")
print([round(math.erf(v), 12) for v in (-2.5, -0.3, 0, 0.5, 1, 3.2, 6)], round(math.erfc(4), 15), math.gamma(5), round(math.gamma(0.5) ** 2, 12), round(math.lgamma(10), 10), math.frexp(12.5), math.ldexp(0.78125, 4), math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(7, 2), math.remainder(5, 2), math.floor(F(-7, 2)), math.ceil(D('2.1')))
