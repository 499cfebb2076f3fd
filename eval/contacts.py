#!/usr/bin/env python3
"""Scores the contacts half of a report against a persona's labels.

usage: eval/contacts.py LABELS.json REPORT.json

A labelled contact counts as flagged when a `contact` finding's value equals its handle, name
or platform id. Prints one line: suspicious contacts found, ordinary contacts wrongly flagged.
"""
import json
import sys


def main(labels_path, report_path):
    labels = json.load(open(labels_path))
    report = json.load(open(report_path))
    values = {f.get("value") for f in report.get("findings", []) if f.get("category") == "contact"}
    found = missed = false_alarms = quiet = 0
    for c in labels.get("contacts", []):
        names = {c.get("handle"), c.get("name"), c.get("id")} - {None}
        flagged = bool(names & values)
        if c["suspicious"]:
            found += flagged
            missed += not flagged
        else:
            false_alarms += flagged
            quiet += not flagged
    print(f"{labels['persona']} suspicious_found={found} missed={missed} "
          f"ordinary_flagged={false_alarms} ordinary_quiet={quiet}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
