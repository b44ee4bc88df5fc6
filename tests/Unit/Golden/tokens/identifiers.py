# Identifiers: unicode names, underscores, keywords-like names, soft keywords as names
café = 1
π = 3.14
_ = "underscore"
__x = 2
naïve_ñ = 3
print(café, π, _, __x, naïve_ñ)
match = 5
case = 6
_type = 7
print(match + case + _type)
ｆｕｌｌ = "NFKC normalized"
print(full)
print("ℌ".isidentifier(), "1a".isidentifier(), "a1".isidentifier(), "_".isidentifier())
print("class".isidentifier(), "".isidentifier())
ℎ = 10
print(h)
