import circ_b
seen_partial = circ_b.partial
done = True
