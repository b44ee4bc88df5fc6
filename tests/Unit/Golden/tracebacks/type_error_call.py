# uncaught TypeError from calling with wrong arguments; caret under the call expression
def greet(name, greeting):
    return greeting + ", " + name
print(greet("Ann", "Hi"))
message = greet("Bob")
