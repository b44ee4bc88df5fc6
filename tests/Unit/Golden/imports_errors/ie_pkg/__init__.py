__all__ = ["ok", 3]
ok = True
