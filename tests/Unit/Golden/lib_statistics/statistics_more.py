import statistics as st
from fractions import Fraction as F

temps = [22.1, 23.4, 19.8, 25.0, 21.7, 23.4, 20.9]
print(st.mean(temps), st.median(temps), st.stdev(temps), st.variance(temps))
print(st.pstdev(temps), st.pvariance(temps), st.fmean(temps), st.median_low(temps), st.median_high(temps))
print(st.mean([F(1, 2), F(1, 3), F(1, 6)]), st.variance([F(1), F(2), F(4)]), st.median([F(1, 2), F(3, 2)]))
print(st.mean([True, False, True]), st.mean([1, 2.5]), type(st.mean([1, 3])).__name__, type(st.mean([1, 2])).__name__)
print(st.median(["b", "a", "c"]), st.median_low(["b", "a", "d", "c"]), st.median_high(range(1, 11)))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=3), st.quantiles([10, 20], n=2))
print(st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]), st.harmonic_mean([F(1, 2), F(1, 3)]))
print(st.stdev([1, 1, 1, 1]), st.pvariance([5]), st.variance([1.5, 2.5], xbar=2.0), st.pvariance([1, 2, 3], mu=2))
try:
    st.quantiles([1], n=4)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.harmonic_mean([-1, 2])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.geometric_mean([0, 1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.fmean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.correlation([1, 2, 3], [3, 2, 1]), st.covariance([1, 2, 3], [1, 2, 4]))
