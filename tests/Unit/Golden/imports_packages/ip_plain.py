PLAIN = True
