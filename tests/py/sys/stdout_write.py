# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
print(n)
