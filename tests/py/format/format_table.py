# A small report built with format specs.
rows = [('apples', 3, 0.5), ('bananas', 12, 0.25), ('cherries', 250, 0.1), ('durian', 1, 12.75)]
print('{:<10}|{:>6}|{:>8}|{:>10}'.format('item', 'qty', 'price', 'total'))
print('-' * 37)
total = 0
for name, qty, price in rows:
    total += qty * price
    print('{:<10}|{:>6,d}|{:>8.2f}|{:>10.2f}'.format(name, qty, price, qty * price))
print('%-10s|%6s|%8s|%10.2f' % ('sum', '', '', total))
print(f"{'share':<10}|" + '|'.join([f"{q * p / total:>7.1%}" for _, q, p in rows]))
