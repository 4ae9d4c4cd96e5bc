import string

t = string.Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(string.Template('${noun}ification costs $$${price}').substitute(noun='verb', price=10))
print(string.Template('$a$b ${a}x $a_b').safe_substitute(a=1, a_b=2))
print(string.Template('$missing ${also} $$ $ $').safe_substitute({}))
print(string.Template('no placeholders').substitute())
print(t.template)

try:
    t.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
for bad in ['abc $', 'x\nab $1', '${ab', '$}', 'ok $$ then $!']:
    try:
        string.Template(bad).substitute(ab=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(string.Template(bad).safe_substitute(ab=1)))
print(string.Template('$x and ${y} and $x').get_identifiers())
print(string.Template('$x $').is_valid(), string.Template('$x').is_valid())
