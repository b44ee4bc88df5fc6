def help_text():
    return "help from " + __name__
