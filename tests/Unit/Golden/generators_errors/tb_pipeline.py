# A failure deep inside a pipeline of generator expressions and functions.
def read(lines):
    for line in lines:
        yield line.strip()

def parse(rows):
    for row in rows:
        name, value = row.split("=")
        yield name, int(value)

rows = read(["a=1", "b=2", "c"])
result = dict(parse(rows))
print(result)
