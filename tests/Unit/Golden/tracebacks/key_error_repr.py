# uncaught KeyError prints the repr of the key; carets under subscript
config = {"host": "localhost"}
port = config["host"] + ":" + config["port"]
