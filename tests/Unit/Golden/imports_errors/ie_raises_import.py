raise ImportError("custom failure", name="ie_raises_import_name")
