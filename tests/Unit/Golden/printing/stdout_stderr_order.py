# interleaving of stdout and stderr writes is preserved in order
import sys
for i in range(3):
    print("out", i)
    print("err", i, file=sys.stderr)
sys.stdout.write("raw out\n")
sys.stderr.write("raw err\n")
print("end", end="|\n", file=sys.stderr)
print("end", end="|\n")
