import ip_plain
print(ip_plain.PLAIN)
import ip_plain.sub
