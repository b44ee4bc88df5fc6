import ie_nested
