# 5,000 small tasks through a ThreadPoolExecutor of 16 workers, collected with as_completed.
from concurrent.futures import ThreadPoolExecutor, as_completed

with ThreadPoolExecutor(16) as ex:
    fs = [ex.submit(pow, i, 2) for i in range(5000)]
    total = sum(f.result() for f in as_completed(fs))
print(total == sum(i * i for i in range(5000)), len(fs))
with ThreadPoolExecutor(8) as ex:
    print(sum(ex.map(abs, range(-3000, 0))))
