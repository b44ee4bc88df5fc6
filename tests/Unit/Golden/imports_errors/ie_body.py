print("ie_body starts")
def compute(n):
    return 10 // n
RESULT = compute(0)
