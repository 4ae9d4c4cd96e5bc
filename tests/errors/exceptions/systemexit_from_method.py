# SystemExit raised in a method still sets the exit status.
class App:
    def run(self):
        print("running")
        self.stop(7)

    def stop(self, code):
        raise SystemExit(code)

App().run()
