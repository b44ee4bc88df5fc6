# a small log analyser built on re, io and json
import io
import json
import re
LOG = """\
2024-01-05 10:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:02:17 WARN  user=bob action=login ip=10.0.0.2 attempts=3
2024-01-05 10:03:00 ERROR user=alice action=upload size=1048576 error="disk full"
2024-01-05 10:05:42 INFO  user=carol action=logout
malformed line here
2024-01-05 10:07:13 INFO  user=bob action=login ip=10.0.0.2
"""
LINE = re.compile(r"""
    (?P<date>\d{4}-\d\d-\d\d) \s (?P<time>[\d:]{8}) \s+
    (?P<level>[A-Z]+) \s+
    (?P<rest>.*)
""", re.VERBOSE)
PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')
records = []
for line in io.StringIO(LOG):
    m = LINE.match(line)
    if not m:
        print("skip:", repr(line.rstrip()))
        continue
    fields = {k: v.strip('"') for k, v in PAIR.findall(m.group("rest"))}
    records.append({"when": m["date"] + "T" + m["time"], "level": m["level"], **fields})
out = io.StringIO()
json.dump(records, out, indent=2, sort_keys=True)
print(out.getvalue())
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(json.dumps(levels, sort_keys=True))
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
print(sorted(set(re.findall(r"user=(\w+)", LOG))))
