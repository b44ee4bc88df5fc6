import circ_a
partial = not hasattr(circ_a, "done")
