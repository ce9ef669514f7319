"""Text columns derived for ordering and search, shared by every domain with people's names.

PostgreSQL here has no ICU collations (the embedded server ships none), so "sort by name" in
Chinese order (by pinyin, as users expect: 陈静, 李娜, 刘洋, 王磊) is a column the application
fills: the name's pinyin without tones, lower-cased. Phrases are read with their usual sound
(重庆 -> chong qing).
"""

from __future__ import annotations

import re
import unicodedata

from pypinyin import Style, lazy_pinyin

MAX_SORT_KEY = 300


def name_sort_key(name: str) -> str:
    syllables = lazy_pinyin(name.strip().lower(), style=Style.NORMAL, errors="default")
    return " ".join(part.strip() for part in syllables if part.strip())[:MAX_SORT_KEY]


# --- search: Chinese text as character bigrams -------------------------------------------------
#
# The `simple` text-search configuration keeps a Chinese phrase as one lexeme, so a name is
# indexed as the bigrams of each run of Chinese characters (深圳华信 -> 深圳 圳华 华信) and each
# latin word or number lower-cased. A query's bigrams must all be present: "华信" finds
# 深圳华信科技有限公司.

_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _runs(value: str) -> list[str]:
    return _RUNS.findall(unicodedata.normalize("NFKC", value).lower())


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def search_tokens(value: str) -> str:
    """The text to index with to_tsvector('simple', ...)."""
    tokens: list[str] = []
    for run in _runs(value):
        if _CJK.match(run):
            # The last character alone too: every character then starts a token, so a
            # one-character query (a prefix) finds it wherever it stands.
            tokens.extend([*_bigrams(run), run[-1]])
        else:
            tokens.append(run)
    return " ".join(dict.fromkeys(tokens))


def search_query(value: str) -> str | None:
    """A to_tsquery('simple', ...) expression for what a user typed; None when nothing to
    search for. A single Chinese character or a latin word matches as a prefix."""
    terms: list[str] = []
    for run in _runs(value):
        if _CJK.match(run) and len(run) > 1:
            terms.extend(f"'{bigram}'" for bigram in _bigrams(run))
        else:
            terms.append(f"'{run}':*")
    return " & ".join(dict.fromkeys(terms)) or None


# --- duplicates: a company's name as two spellings of it agree --------------------------------

_LEGAL_FORMS_ZH = ("股份有限公司", "有限责任公司", "有限公司", "公司")
_LEGAL_FORMS_EN = {"co", "ltd", "inc", "llc", "corp", "corporation", "limited", "company"}
_NOT_NAME = re.compile(r"[\W_]+")


def company_name_key(name: str) -> str | None:
    """深圳华信科技有限公司, ＳＨＥＮＺＨＥＮ 华信科技 (有限公司) and 深圳 华信科技
    agree on their key: full width folded, case, spaces and punctuation ignored, the legal
    form set aside."""
    normal = unicodedata.normalize("NFKC", name).lower()
    words = [word for word in re.split(r"[\s,.]+", normal) if word]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS_EN:
        words.pop()
    key = _NOT_NAME.sub("", "".join(words))
    for suffix in _LEGAL_FORMS_ZH:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
            break
    return key[:200] or None
