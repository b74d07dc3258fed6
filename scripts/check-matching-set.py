#!/usr/bin/env python3
"""Checks a graded matching set against the demo catalog, without running the matcher.

Usage: python3 scripts/check-matching-set.py data/eval/matching-holdout2.jsonl [more.jsonl ...]

Every line must parse and carry exactly id, lang (en, fr, ar or es), text, relevant and (optionally) nofit; ids are unique;
every (seller, sku) pair exists in data/catalogs/*.csv (or *.json); grades are 1-3 with no
sku listed twice; a no-fit line has no relevant products and a fit line has at least one.
Exits non-zero on the first file with a problem, printing every problem found in it.
"""
import csv
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "lang", "text", "nofit", "relevant"}  # nofit may be absent (then false)


def catalog_pairs():
    pairs = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "catalogs", "*.csv"))):
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                pairs.add((row["seller"], row["sku"]))
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "catalogs", "*.json"))):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        for row in data if isinstance(data, list) else data.get("products", []):
            pairs.add((row["seller"], row["sku"]))
    return pairs


def check(path, pairs):
    problems, ids = [], set()
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            try:
                line = json.loads(raw)
            except json.JSONDecodeError as err:
                problems.append(f"{where}: not JSON ({err})")
                continue
            line.setdefault("nofit", False)
            if set(line) != KEYS:
                problems.append(f"{where}: keys {sorted(line)} != {sorted(KEYS)}")
                continue
            if line["id"] in ids:
                problems.append(f"{where}: duplicate id {line['id']}")
            ids.add(line["id"])
            if line["lang"] not in ("en", "fr", "ar", "es"):
                problems.append(f"{where}: lang {line['lang']!r}")
            if not isinstance(line["text"], str) or not line["text"].strip():
                problems.append(f"{where}: empty text")
            if not isinstance(line["nofit"], bool):
                problems.append(f"{where}: nofit is not a boolean")
            rel = line["relevant"]
            if line["nofit"] and rel:
                problems.append(f"{where}: no-fit line lists products")
            if not line["nofit"] and not rel:
                problems.append(f"{where}: fit line lists no product")
            seen = set()
            for item in rel:
                pair = (item.get("seller"), item.get("sku"))
                if pair not in pairs:
                    problems.append(f"{where}: {pair} is not in the catalog")
                if item.get("grade") not in (1, 2, 3):
                    problems.append(f"{where}: grade {item.get('grade')!r} for {pair}")
                if pair in seen:
                    problems.append(f"{where}: {pair} listed twice")
                seen.add(pair)
    return problems


def main(paths):
    if not paths:
        print(__doc__.strip())
        return 2
    pairs = catalog_pairs()
    status = 0
    for path in paths:
        problems = check(path, pairs)
        for p in problems:
            print(p)
        if problems:
            status = 1
        else:
            print(f"{path}: ok")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
