# 'continue' in the else clause of a loop is outside the loop; the file does not compile
for i in range(3):
    print(i)
else:
    continue
