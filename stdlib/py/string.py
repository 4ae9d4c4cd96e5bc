"""Common string constants, capwords and a simple Template class."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = ascii_letters + '_'
_ID_REST = _ID_START + digits


class _Missing:
    pass


class Template:
    """A string class supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _ident_end(self, s, i):
        # Index just past an identifier starting at s[i], or i if none.
        if i < len(s) and s[i] in _ID_START:
            j = i + 1
            while j < len(s) and s[j] in _ID_REST:
                j += 1
            return j
        return i

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _scan(self, lookup, safe):
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        out = []
        i = 0
        n = len(s)
        while True:
            j = s.find(delim, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + dlen
            if s.startswith(delim, k):
                out.append(delim)
                i = k + dlen
                continue
            end = self._ident_end(s, k)
            if end > k:
                name = s[k:end]
                out.append(lookup(name, s[j:end]))
                i = end
                continue
            if k < n and s[k] == '{':
                end = self._ident_end(s, k + 1)
                if end > k + 1 and end < n and s[end] == '}':
                    name = s[k + 1:end]
                    out.append(lookup(name, s[j:end + 1]))
                    i = end + 1
                    continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def lookup(name, text):
            return '%s' % (mapping[name],)
        return self._scan(lookup, False)

    def safe_substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def lookup(name, text):
            try:
                return '%s' % (mapping[name],)
            except KeyError:
                return text
        return self._scan(lookup, True)

    def is_valid(self):
        try:
            self._scan(lambda name, text: '', False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []

        def lookup(name, text):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(lookup, True)
        return ids


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
