# Snapshots attribute memory to the line that allocated it.
import tracemalloc

def name(tb):
    f = tb[0]
    return f.filename.split('/')[-1], f.lineno

tracemalloc.start()
keep = [str(i) * 3 for i in range(5000)]
pairs = [(i, -i) for i in range(3000)]
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')
print(name(stats[0].traceback), stats[0].count >= 5000, stats[0].size > 5000 * 40)
print(name(stats[1].traceback), stats[1].count >= 3000)
print(all([a.size >= b.size for a, b in zip(stats, stats[1:])]))
text = str(stats[0])
print(text.split(': ')[0].split('/')[-1], 'size=' in text, ', count=' in text, ', average=' in text)
by_file = snap.statistics('filename')
print([name(s.traceback) for s in by_file][:1], by_file[0].size >= stats[0].size + stats[1].size)
by_tb = snap.statistics('traceback')
print(name(by_tb[0].traceback), by_tb[0].size == stats[0].size)
try:
    snap.statistics('bogus')
except ValueError as e:
    print('ValueError:', e)
del keep
snap2 = tracemalloc.take_snapshot()
diff = snap2.compare_to(snap, 'lineno')
print(name(diff[0].traceback), diff[0].size < 1000, diff[0].size_diff < 0, diff[0].count_diff <= -5000)
tb = tracemalloc.get_object_traceback(pairs)
print(tb is None or name(tb) == ('tracemalloc_snapshot.py', 10))
print(tracemalloc.get_object_traceback(None))
tracemalloc.stop()

def make():
    return [str(i) + 'x' for i in range(1000)]

tracemalloc.start(4)
made = make()
snap = tracemalloc.take_snapshot()
top = snap.statistics('traceback')[0]
print(top.count >= 1000, [f.lineno for f in top.traceback], top.traceback.total_nframe)
print(name(snap.statistics('lineno', cumulative=True)[0].traceback))
tracemalloc.stop()
