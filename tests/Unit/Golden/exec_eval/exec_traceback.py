# uncaught exception raised inside exec'd code: traceback includes the <string> frame
def run(src):
    exec(src)
run("x = 1")
run("def inner():\n    return 1 / 0\ninner()")
