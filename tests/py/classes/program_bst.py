# A binary search tree with in-order iteration and the container protocol.
class TreeNode:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = TreeNode(key, value)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key, value))
                self.count += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return node
            node = node.left if key < node.key else node.right
        return None

    def __contains__(self, key):
        return self._find(key) is not None

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __setitem__(self, key, value):
        self.insert(key, value)

    def __len__(self):
        return self.count

    def keys(self):
        out = []
        stack = []
        node = self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            out.append(node.key)
            node = node.right
        return out

    def __iter__(self):
        return iter(self.keys())

    def height(self):
        def h(node):
            if node is None:
                return 0
            return 1 + max(h(node.left), h(node.right))
        return h(self.root)

    def min(self):
        if self.root is None:
            raise ValueError("empty tree")
        node = self.root
        while node.left is not None:
            node = node.left
        return node.key

    def __repr__(self):
        return "BST(" + repr(dict([(k, self[k]) for k in self])) + ")"


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k, "v" + str(k))
print(len(t), t.height(), t.min())
print(list(t))
print(40 in t, 45 in t)
print(t[60])
t[60] = "changed"
t[65] = "new"
print(t[60], t[65], len(t))
try:
    t[99]
except KeyError as e:
    print(type(e).__name__, e)
try:
    BST().min()
except ValueError as e:
    print(type(e).__name__, e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print(words)
print(sorted(words, key=lambda w: -words[w])[0])
print([k for k in t if k % 20 == 0])
