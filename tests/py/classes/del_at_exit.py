# Objects still alive at the end of the program are finalized at exit.
class Last:
    def __del__(self):
        print("finalized at exit")

keep = Last()
print("end of script")
