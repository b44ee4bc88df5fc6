# SyntaxError: cannot assign to keyword constant True
True = 1
