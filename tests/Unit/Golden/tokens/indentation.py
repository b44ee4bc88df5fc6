# Indentation: tabs vs spaces consistency, nested blocks, dedent to several levels
def outer(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                print("odd", i)
            else:
                print("even", i)
        else:
            print("loop done")
    return n
print(outer(3))
if True:
	print("tab-indented block")
	if True:
		print("two tabs")
print("back")
while True:
  print("two-space indent")
  break
