# raising SystemExit directly with an int code: no traceback, exit status is the code
print("start")
raise SystemExit(7)
