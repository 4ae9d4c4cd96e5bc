# f-strings with format specs, conversions and nesting.
x = 3.14159
w = 10
p = 2
s = 'hi'
n = 1234567
print(f"[{x:>10.3f}]")
print(f"[{s!r:^20}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{n:,}] [{n:_x}] [{n:#b}] [{-n:+,}]")
print(f"[{s:*<6}] [{s:>{w}}] [{s!s:^{w}}]")
print(f"{'é'!a} {[s]!r} {n!s:>12}")
print(f"{-0.0:z} {0.5:%} {1e16} {x:e}")
print(f"{{literal}} {n:0{w},}")
