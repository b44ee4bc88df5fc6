# exception raised in a finally block replaces the in-flight one (shown as context)
def work():
    try:
        raise ValueError("original")
    finally:
        print("cleanup")
        {}["cleanup key"]
work()
