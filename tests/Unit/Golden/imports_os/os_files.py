# Creating, listing, walking, inspecting and removing files and directories.
import os
import stat
root = "os_files_tree"
os.makedirs(root + "/a/b", exist_ok=True)
os.makedirs(root + "/c")
for name, text in [("top.txt", "top\n"), ("a/one.txt", "1\n"), ("a/b/two.txt", "22\n"), ("c/three.txt", "333\n")]:
    with open(os.path.join(root, name), "w") as f:
        f.write(text)
print(sorted(os.listdir(root)), os.path.isdir(root + "/a"), os.path.isfile(root + "/top.txt"))
print(os.path.exists(root + "/zz"), os.path.getsize(root + "/c/three.txt"), os.path.isfile(root + "/a"))
for top, dirs, files in sorted(os.walk(root)):
    print(top, sorted(dirs), sorted(files))
order = [top for top, dirs, files in os.walk(root, topdown=False)]
print(sorted(order), order[-1])
for top, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if d != "a"]
    print("pruned walk:", top)
with os.scandir(root) as it:
    print(sorted([(e.name, e.is_dir(), e.is_file(), e.path) for e in it]))
os.rename(root + "/top.txt", root + "/top2.txt")
print(os.path.exists(root + "/top.txt"), os.path.exists(root + "/top2.txt"))
st = os.stat(root + "/top2.txt")
print(st.st_size, st[6], len(st), type(st).__name__, type(st.st_mtime).__name__)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(root).st_mode), stat.filemode(0o100644))
with open(root + "/top2.txt") as f:
    print(repr(f.read()))
for top, dirs, files in os.walk(root, topdown=False):
    for f in files:
        os.remove(os.path.join(top, f))
    for d in dirs:
        os.rmdir(os.path.join(top, d))
os.rmdir(root)
print(os.path.exists(root))
