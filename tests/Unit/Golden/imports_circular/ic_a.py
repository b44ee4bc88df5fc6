print("ic_a starts")
import ic_b
A_VALUE = "a"
print("ic_a ends; ic_b.B_VALUE =", ic_b.B_VALUE)
