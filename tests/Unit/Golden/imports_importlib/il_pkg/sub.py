def f(): return "il_pkg.sub.f"
