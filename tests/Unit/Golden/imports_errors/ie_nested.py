VALUE = 1
import ie_missing_dependency
