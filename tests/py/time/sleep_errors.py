# sleep refuses negative and NaN durations.
import time
for x in [-1, float('nan')]:
    try:
        time.sleep(x)
    except ValueError as e:
        print(e)
try:
    time.gmtime(float('nan'))
except ValueError as e:
    print(e)
