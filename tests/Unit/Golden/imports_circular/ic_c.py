from ic_d import d_value
c_value = 1
