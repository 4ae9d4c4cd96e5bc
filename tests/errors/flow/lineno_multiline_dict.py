d = {
    "a": 1,
    "b": undefined,
}
