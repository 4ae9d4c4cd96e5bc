# args: -c pass -i --foo -- 'two words' -
# Options after the script name belong to the script, not to the interpreter.
import sys
print(sys.argv[1:])
print(len(sys.argv))
