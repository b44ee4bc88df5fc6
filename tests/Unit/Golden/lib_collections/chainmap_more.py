from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"], len(config), sorted(config.items()))
print(list(config.keys()), list(config.values()))
local = config.new_child({"color": "blue"})
print(local["color"], local.parents["color"], local.maps[0], config.maps[0] is cli)
local["new"] = 1
print(local.maps[0], "new" in config)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}).get("b"), dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
merged = ChainMap({"x": 1}) | {"y": 2}
print(merged, type(merged).__name__)
cm = ChainMap({"k": 1}, {"k": 2})
del cm["k"]
print(cm["k"], cm)
try:
    cm.popitem(); cm.popitem()
except KeyError as e:
    print("KeyError:", e)
cm.clear()
print(cm, bool(ChainMap({}, {})), ChainMap.fromkeys("ab", 0))
scopes = ChainMap()
scopes = scopes.new_child(); scopes["x"] = 1
scopes = scopes.new_child(); scopes["x"] = 2
print(scopes["x"], scopes.parents["x"], len(scopes.maps))
