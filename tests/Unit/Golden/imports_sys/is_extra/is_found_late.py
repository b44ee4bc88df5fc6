WHERE = "is_extra"
