print("before")
import ie_syntax
