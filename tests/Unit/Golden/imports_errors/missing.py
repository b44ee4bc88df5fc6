print("before")
import ie_definitely_not_here
