import statistics as st
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbb"))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.mode([1, 2, 2, 1]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.mode([(1, 2), (1, 2), (3,)]), st.multimode([3, 1, 3, 1, 2]))
