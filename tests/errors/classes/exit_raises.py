# An exception from __exit__ while another is propagating.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("cleanup failed")

with Guard():
    raise ValueError("work failed")
