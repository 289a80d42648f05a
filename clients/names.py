"""Names made searchable across scripts.

A counsellor types what they hear: `ivanova` for Иванова, `hanna` for Ганна, `ahmad`
for a record that holds both Ahmad and أحمد. `search_key` reduces any text to lower-case
Latin without accents, transliterating Cyrillic both the Russian and the Ukrainian way
(г is g in one and h in the other, и is i or y); Arabic stays Arabic with its letter
variants folded.
The client's `search_name` column holds the keys of all their names, and a trigram
index on it tolerates typos.
"""

import re
import unicodedata

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "ж": "zh", "з": "z", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ь": "", "ю": "yu", "я": "ya", "ё": "e", "э": "e", "ы": "y", "є": "ye", "і": "i",
    "ї": "yi", "ґ": "g", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_RUSSIAN = str.maketrans({**_COMMON, "г": "g", "и": "i", "й": "i", "е": "e"})
_UKRAINIAN = str.maketrans({**_COMMON, "г": "h", "и": "y", "й": "y", "е": "e"})
# Alef with hamza or madda, taa marbuta and alef maqsura are written either way.
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": ""})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NOT_WORD = re.compile(r"[^\w]+")


def _fold(text: str) -> str:
    """Lower case, no accents (õ→o, š→s), no punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", stripped.translate(_ARABIC)).strip()


def search_keys(text: str) -> list[str]:
    """One key, or two for Cyrillic text (Russian- and Ukrainian-style Latin)."""
    lowered = unicodedata.normalize("NFC", (text or "").lower())
    if not _CYRILLIC.search(lowered):
        return [key] if (key := _fold(lowered)) else []
    keys = [_fold(lowered.translate(_RUSSIAN)), _fold(lowered.translate(_UKRAINIAN))]
    return list(dict.fromkeys(key for key in keys if key))


def search_key(text: str) -> str:
    """The key a query is matched with (the first, Russian-style, for Cyrillic)."""
    keys = search_keys(text)
    return keys[0] if keys else ""


def search_name(*names: str) -> str:
    """What a client's search_name column holds: every key of every name, once."""
    words: list[str] = []
    for name in names:
        for key in search_keys(name):
            words.extend(key.split())
    return " ".join(dict.fromkeys(words))
