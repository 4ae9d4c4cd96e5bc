# helper: imported by other tests
WHERE = "extra_path"
