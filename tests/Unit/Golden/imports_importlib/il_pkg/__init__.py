NAME = "il_pkg"
