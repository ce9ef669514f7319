"""Text columns derived for ordering and search, shared by every domain with people's names.

PostgreSQL here has no ICU collations (the embedded server ships none), so "sort by name" in
Chinese order (by pinyin, as users expect: 陈静, 李娜, 刘洋, 王磊) is a column the application
fills: the name's pinyin without tones, lower-cased. Phrases are read with their usual sound
(重庆 -> chong qing).
"""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin

MAX_SORT_KEY = 300


def name_sort_key(name: str) -> str:
    syllables = lazy_pinyin(name.strip().lower(), style=Style.NORMAL, errors="default")
    return " ".join(part.strip() for part in syllables if part.strip())[:MAX_SORT_KEY]
