# The concurrent.futures package: its names, lazy ThreadPoolExecutor, wait constants.
import concurrent.futures as cf

print(sorted(set(cf.__all__) - {"ProcessPoolExecutor"}))  # gilrun has no process pool
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.ThreadPoolExecutor.__name__, cf.ThreadPoolExecutor.__module__)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor))
try:
    cf.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)
ex = cf.Executor()
try:
    ex.submit(print)
except NotImplementedError:
    print("Executor.submit is abstract")
with ex as same:
    print(same is ex)
