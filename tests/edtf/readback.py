"""Every event date read by the reference implementation of EDTF, the `edtf` package.

Run by .ci/run with TIMELINE_BIN set to the built binary. For the shipped chronology and
each fixture, every `date` and `end` must parse as EDTF (ISO 8601-2), and the first and last
day the package gives each `date` must be the ones `timeline export --format json` gives:
the `period` of a date without `end`, and for a window its `earliest` and `latest` ends.
"""

import glob
import json
import math
import os
import subprocess
import sys
import tomllib

from edtf import parse_edtf

BIN = os.environ["TIMELINE_BIN"]
FILES = ["timeline.toml", *sorted(glob.glob("tests/fixtures/*.toml"))]


def day(struct):
    """A day from the package's struct_time bound, as ISO 8601 writes it (year 0 included,
    which Python's own dates cannot hold)."""
    return f"{struct.tm_year:04d}-{struct.tm_mon:02d}-{struct.tm_mday:02d}"


def bounds(text):
    """The first and last day of an EDTF value; None for an open end."""
    parsed = parse_edtf(text)
    low, high = parsed.lower_strict(), parsed.upper_strict()
    return (
        None if isinstance(low, float) and math.isinf(low) else day(low),
        None if isinstance(high, float) and math.isinf(high) else day(high),
    )


def exported(path):
    out = subprocess.run(
        [BIN, "export", "--format", "json", path], capture_output=True, check=True
    )
    return {e["id"]: e for e in json.loads(out.stdout)["events"]}


def check(path):
    with open(path, "rb") as f:
        data = tomllib.load(f)
    events = exported(path)
    windows = 0
    for raw in data.get("event", []):
        date = str(raw["date"])
        first, last = bounds(date)
        if "end" in raw:
            bounds(str(raw["end"]))
        e = events[raw["id"]]
        assert e["date"] == date, (path, raw["id"], e["date"], date)
        assert first == e["period"]["start"], (path, raw["id"], first, e["period"])
        if "end" not in raw:
            assert last == e["period"]["end"], (path, raw["id"], last, e["period"])
        if date.startswith("["):
            windows += 1
            assert e["precision"] == "window", (path, raw["id"])
            assert bounds(e["earliest"])[0] == first, (path, raw["id"])
            latest = e["latest"] and bounds(e["latest"])[1]
            assert latest == last, (path, raw["id"], latest, last)
        else:
            assert "earliest" not in e and "latest" not in e, (path, raw["id"])
    return len(data.get("event", [])), windows


def main():
    dates = windows = 0
    for path in FILES:
        n, w = check(path)
        dates, windows = dates + n, windows + w
    print(f"{dates} event dates read back as EDTF by edtf, {windows} of them windows")


if __name__ == "__main__":
    sys.exit(main())
