# A module being imported is visible, partly initialised, to the modules it imports.
import ic_a
import ic_b
print(ic_b.use_a(), ic_a.__spec__._initializing)
