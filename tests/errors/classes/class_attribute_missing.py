# A missing attribute on the class object itself.
class Config:
    debug = False

print(Config.verbose)
