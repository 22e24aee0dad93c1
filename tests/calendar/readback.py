"""The iCalendar export read back by Python's two calendar parsers, icalendar and vobject.

Run by .ci/run with TIMELINE_BIN set to the built binary. For each file, in both languages,
the export must parse in both libraries, hold one VEVENT per event the export wrote, and
every date must be a real day of the years 0001 to 9999.
"""

import datetime
import os
import subprocess
import sys

import icalendar
import vobject

BIN = os.environ["TIMELINE_BIN"]
FILES = [
    "tests/fixtures/mini.toml",
    "tests/fixtures/spans.toml",
    "tests/fixtures/markup.toml",
    "tests/fixtures/hostile.toml",
    "tests/fixtures/edges.toml",
    "timeline.toml",
]


def export(path, lang):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    out = subprocess.run(
        [BIN, "--lang", lang, "export", "--format", "ics", path],
        capture_output=True, env=env, check=True,
    )
    return out.stdout.decode("utf-8")


def check(path, lang):
    text = export(path, lang)
    written = text.count("\r\nBEGIN:VEVENT\r\n")
    cal = icalendar.Calendar.from_ical(text)
    events = cal.walk("VEVENT")
    assert len(events) == written, (path, lang, len(events), written)
    for e in events:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        assert isinstance(start, datetime.date) and start < end, (path, e["UID"])
        stamp = e.decoded("DTSTAMP")
        assert stamp == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.timezone.utc), stamp
    parsed = vobject.readOne(text)
    vevents = [c for c in parsed.getChildren() if c.name == "VEVENT"]
    assert len(vevents) == written, (path, lang, "vobject")
    for v in vevents:
        assert v.dtstart.value < v.dtend.value, (path, v.uid.value)
        assert v.summary.value.strip(), (path, v.uid.value)
    return written


def main():
    total = 0
    for path in FILES:
        for lang in ("en", "ru"):
            total += check(path, lang)
    print(f"{total} calendar events read back by icalendar {icalendar.__version__} and vobject")


if __name__ == "__main__":
    sys.exit(main())
