# Operator and delimiter tokens, including ones without spaces
a=3;b=4
print(a+b,a-b,a*b,a/b,a//b,a%b,a**b)
print(a<<b,a>>1,a&b,a|b,a^b,~a)
print(a<b,a>b,a<=b,a>=b,a==b,a!=b)
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 3; print(x)
y = 0xF0
y &= 0x3C; print(y); y |= 1; print(y); y ^= 0xFF; print(y); y <<= 2; print(y); y >>= 3; print(y)
z = 7.0
z /= 2; print(z)
print(-+-a, not-a, - - a)
print(2**-1, -2**2, (-2)**2)
print([1,2,3][-1],{1:2}[1],(1,)[0])
print(a@b if False else "matmul parsed")
print(1<2<3, 3>2>1, 1<2>0)
