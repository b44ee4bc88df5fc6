from ic_c import c_value
d_value = 2
