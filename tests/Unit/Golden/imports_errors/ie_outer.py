print("ie_outer starts")
import ie_body
