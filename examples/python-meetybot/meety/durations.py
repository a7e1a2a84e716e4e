"""Reads a meeting length in minutes from what the MeetingDuration slot carries.

`30`, `30.0`, `30 minutes`, `30min`, `PT30M`, `thirty`, `half an hour`, `an hour`, `1.5 hours`,
`an hour and a half`: every form that names a whole number of minutes is read; anything else is
None, which the booking rules treat as "not 30 or 60" instead of failing on it.
"""

import math
import re

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_UNIT_FACTORS = {
    "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1,
    "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60,
}
_PHRASES = [
    (["an", "hour", "and", "a", "half"], ["90", "minutes"]),
    (["half", "an", "hour"], ["30", "minutes"]),
    (["a", "half", "hour"], ["30", "minutes"]),
    (["half", "hour"], ["30", "minutes"]),
    (["a", "quarter", "of", "an", "hour"], ["15", "minutes"]),
    (["quarter", "of", "an", "hour"], ["15", "minutes"]),
    (["and", "a", "half", "hours"], [".5", "hours"]),
]
_ISO_UNITS = {("w", False): 7 * 1440, ("d", False): 1440, ("h", True): 60, ("m", True): 1, ("s", True): 1 / 60}
_PLAIN_NUMBER = re.compile(r"^[0-9.+-]+$")


def minutes_in(text):
    """The whole number of minutes the text names, or None."""
    if text and len(text) <= 6 and text.isascii() and text.isdigit():
        return int(text)
    lowered = text.lower().strip()
    if not lowered:
        return None
    if lowered.startswith("p") and len(lowered) > 1:
        return _iso_minutes(lowered)
    return _spoken_minutes(_expand_phrases(_spaced(lowered).split()))


def _iso_minutes(text):
    """ISO 8601 durations as AMAZON.Duration writes them: PT30M, PT1H, PT1H30M, P1D."""
    total, number, in_time, seen = 0.0, "", False, False
    for character in text[1:]:
        if character == "t" and not in_time and not number:
            in_time = True
        elif character.isascii() and (character.isdigit() or character == "."):
            number += character
        elif (character, in_time) in _ISO_UNITS:
            try:
                total += float(number) * _ISO_UNITS[(character, in_time)]
            except ValueError:
                return None
            number, seen = "", True
        else:
            return None
    return _whole(total) if seen and not number else None


def _spaced(text):
    """`30min` → `30 min`; hyphens after letters and commas become spaces."""
    result, previous = [], None
    for character in text:
        mapped = " " if character == "-" and previous is not None and previous.isalpha() else character
        if (
            previous is not None
            and previous.isdigit() != mapped.isdigit()
            and (previous.isalpha() or mapped.isalpha())
            and " " not in (previous, mapped)
        ):
            result.append(" ")
        result.append(" " if mapped == "," else mapped)
        previous = mapped
    return "".join(result)


def _expand_phrases(words):
    """Rewrites fixed phrases into `<number> <unit>` words, then folds `.5` into the number before."""
    for pattern, replacement in _PHRASES:
        index = 0
        while index + len(pattern) <= len(words):
            if words[index:index + len(pattern)] == pattern:
                words = words[:index] + replacement + words[index + len(pattern):]
            index += 1
    merged = []
    for word in words:
        previous = _number_value(merged[-1]) if merged else None
        if word == ".5" and previous is not None:
            merged[-1] = str(previous + 0.5)
        else:
            merged.append(word)
    return merged


def _number_value(word):
    try:
        return float(word)
    except ValueError:
        value = _cardinal([word])
        return float(value) if value is not None else None


def _spoken_minutes(words):
    """`<number> [<unit>]` terms, optionally joined by `and`: `1 hour 30 minutes`, `thirty`."""
    total, index, terms = 0.0, 0, 0
    while index < len(words):
        if words[index] == "and" and terms > 0:
            index += 1
            continue
        found = _number(index, words)
        if found is None:
            return None
        value, used = found
        index += used
        unit = 1
        if index < len(words) and words[index] in _UNIT_FACTORS:
            unit = _UNIT_FACTORS[words[index]]
            index += 1
        elif terms > 0 or index < len(words):
            return None
        total += value * unit
        terms += 1
    return _whole(total) if terms > 0 else None


def _number(index, words):
    """A number in digits or words, and how many words it used."""
    word = words[index]
    if _PLAIN_NUMBER.match(word):
        try:
            return float(word), 1
        except ValueError:
            pass
    if word in ("a", "an"):
        return 1.0, 1
    for count in range(min(len(words) - index, 6), 0, -1):
        value = _cardinal(words[index:index + count])
        if value is not None:
            return float(value), count
    return None


def _cardinal(words):
    """A whole cardinal in words (`a hundred and five`), or None unless the words are exactly one."""
    if words == ["zero"]:
        return 0
    total, group, last, last_scale = 0, 0, "start", math.inf
    for word in words:
        if word == "and":
            if last not in ("hundred", "scale"):
                return None
            last = "conjunction"
        elif word == "a":
            if last != "start":
                return None
            group, last = 1, "article"
        elif word in _UNITS:
            if last not in ("start", "tens", "hundred", "scale", "conjunction"):
                return None
            group, last = group + _UNITS[word], "unit"
        elif word in _TEENS or word in _TENS:
            if last not in ("start", "hundred", "scale", "conjunction"):
                return None
            group += _TEENS.get(word) or _TENS[word]
            last = "teen" if word in _TEENS else "tens"
        elif word == "hundred":
            if last not in ("unit", "teen", "tens", "article") or not 1 <= group <= 99:
                return None
            group, last = group * 100, "hundred"
        elif word in _SCALES:
            scale = _SCALES[word]
            if last not in ("unit", "teen", "tens", "hundred", "article") or group <= 0 or scale >= last_scale:
                return None
            total, group, last_scale, last = total + group * scale, 0, scale, "scale"
        else:
            return None
    if last in ("start", "conjunction", "article"):
        return None
    return total + group


def _whole(value):
    if math.isfinite(value) and value == round(value) and abs(value) < 1e9:
        return int(value)
    return None
