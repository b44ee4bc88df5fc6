import statistics as st
from fractions import Fraction

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 3.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(st.mean([-1.0, 2.5, 3.25, 5.75]), st.mean(range(10)), st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2], weights=[3, 1]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance(data, st.mean(data)), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), round(st.geometric_mean([54, 24, 36]), 9))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles(range(1, 9)))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
for f, arg in [(st.mean, []), (st.median, []), (st.variance, [1]), (st.stdev, [3]), (st.pvariance, [])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
