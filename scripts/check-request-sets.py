#!/usr/bin/env python3
"""Checks hand-labelled request-parsing sets (data/eval/requests*.jsonl) against the labelling
rules of data/eval/README.md, without running the parser: the labels must stay independent of
what the parser says, so this script only reads the files.

Usage: python3 scripts/check-request-sets.py FILE... [--others DIR]
  Prints one line per problem (FILE:LINE: reason) and the count of lines per language.
  --others DIR also refuses a text that already appears in another requests*.jsonl of DIR
  (a held-out message must be new). Exit 1 when any problem is found.
"""
import datetime
import glob
import json
import os
import re
import sys

CONTRACT_KEYS = ["product", "quantity", "targetPrice", "incoterm", "destination", "deadline",
                 "certifications", "language", "missing"]
UNITS = {"t", "kg", "g", "lb", "l", "ml", "m", "m2", "pcs", "carton", "pallet", "container20",
         "container40"}
# Every currency the parser reads (src/core/extraction/price.ts): a label it could never produce is a typo.
CURRENCIES = {"USD", "EUR", "CAD", "AUD", "MAD", "GBP", "AED", "XOF", "QAR", "CHF", "SAR", "CNY", "OMR", "KWD", "BHD", "JOD",
              "DZD", "TND", "EGP", "TRY", "JPY", "INR"}
INCOTERMS = {"EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"}
CERTIFICATIONS = {"organic", "eu-organic", "usda-organic", "ecocert", "halal", "kosher",
                  "fairtrade", "iso-9001", "iso-22000", "haccp", "brc", "ifs", "fda", "ce", "gots",
                  "fsc", "iatf-16949", "brcgs", "globalgap", "msc", "asc", "demeter"}
LANGUAGES = {"en", "fr", "ar", "es"}
REQUIRED = ["product", "quantity", "destination"]
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def visible_text(text):
    # The product must be readable in what the buyer sees: drop script bodies, then tags.
    text = re.sub(r"<script\b[^>]*>.*?</script>", " ", text, flags=re.I | re.S)
    return re.sub(r"<[^>]+>", "", text).lower()


def check_expected(e, now, text):
    problems = []
    if not isinstance(e, dict) or sorted(e) != sorted(CONTRACT_KEYS):
        return [f"expected must have exactly the keys {CONTRACT_KEYS}"]

    p = e["product"]
    if p is not None:
        if not isinstance(p, str) or not p.strip():
            problems.append("product must be a non-empty string or null")
        elif p != p.strip() or p != p.lower():
            problems.append(f"product {p!r} must be trimmed and lowercased")
        elif p not in visible_text(text):
            problems.append(f"product {p!r} is not a verbatim substring of the lowercased text")

    q = e["quantity"]
    if q is not None:
        if not isinstance(q, dict) or sorted(q) != ["unit", "value"]:
            problems.append("quantity must be {value, unit} or null")
        else:
            if not is_number(q["value"]) or q["value"] <= 0:
                problems.append(f"quantity.value {q['value']!r} must be a positive number")
            if q["unit"] not in UNITS:
                problems.append(f"quantity.unit {q['unit']!r} is not an allowed unit")

    tp = e["targetPrice"]
    if tp is not None:
        if not isinstance(tp, dict) or sorted(tp) != ["amount", "currency", "per"]:
            problems.append("targetPrice must be {amount, currency, per} or null")
        else:
            if not is_number(tp["amount"]) or tp["amount"] <= 0:
                problems.append(f"targetPrice.amount {tp['amount']!r} must be a positive number")
            if tp["currency"] not in CURRENCIES:
                problems.append(f"targetPrice.currency {tp['currency']!r} is not allowed")
            if tp["per"] is not None and tp["per"] not in UNITS:
                problems.append(f"targetPrice.per {tp['per']!r} is not an allowed unit")

    if e["incoterm"] is not None and e["incoterm"] not in INCOTERMS:
        problems.append(f"incoterm {e['incoterm']!r} is not an Incoterms 2020 code")

    d = e["destination"]
    if d is not None:
        if not isinstance(d, dict) or sorted(d) != ["country", "place"]:
            problems.append("destination must be {country, place} or null")
        else:
            if not isinstance(d["country"], str) or not re.fullmatch(r"[A-Z]{2}", d["country"]):
                problems.append(f"destination.country {d['country']!r} must be ISO alpha-2")
            if d["place"] is not None and (not isinstance(d["place"], str) or not d["place"].strip()):
                problems.append("destination.place must be a non-empty string or null")

    if e["deadline"] is not None:
        day = parse_date(e["deadline"])
        if day is None:
            problems.append(f"deadline {e['deadline']!r} is not an ISO date")
        elif now is not None and day < now:
            problems.append(f"deadline {e['deadline']} is before now {now}")

    c = e["certifications"]
    if not isinstance(c, list):
        problems.append("certifications must be a list")
    else:
        unknown = [x for x in c if x not in CERTIFICATIONS]
        if unknown:
            problems.append(f"unknown certifications {unknown}")
        if c != sorted(set(c)):
            problems.append("certifications must be sorted and without duplicates")

    lang = e["language"]
    if lang not in LANGUAGES:
        problems.append(f"language {lang!r} must be one of {sorted(LANGUAGES)}")
    elif lang == "ar" and not ARABIC_LETTER.search(text):
        problems.append("language ar but the text has no Arabic letters")

    want_missing = [k for k in REQUIRED if e[k] is None]
    if e["missing"] != want_missing:
        problems.append(f"missing {e['missing']} should be {want_missing}")
    return problems


def main(argv):
    others_dir = None
    files = []
    args = iter(argv)
    for a in args:
        if a == "--others":
            others_dir = next(args, None)
        else:
            files.append(a)
    if not files:
        print(__doc__.strip())
        return 2

    known_texts = {}
    if others_dir:
        for path in sorted(glob.glob(os.path.join(others_dir, "requests*.jsonl"))):
            if any(os.path.samefile(path, f) for f in files if os.path.exists(f)):
                continue
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        known_texts[json.loads(line)["text"].strip().lower()] = path

    problems = 0
    seen_ids = {}
    seen_texts = {}
    for path in files:
        counts = {}
        with open(path, encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                where = f"{path}:{no}"
                def report(msg):
                    nonlocal problems
                    problems += 1
                    print(f"{where}: {msg}")
                if not line.strip():
                    report("empty line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    report(f"invalid JSON ({err})")
                    continue
                if not isinstance(obj, dict) or sorted(obj) != ["expected", "id", "now", "text"]:
                    report("line must have exactly the keys id, now, text, expected")
                    continue
                if obj["id"] in seen_ids:
                    report(f"duplicate id {obj['id']!r} (first at {seen_ids[obj['id']]})")
                seen_ids[obj["id"]] = where
                now = parse_date(obj["now"])
                if now is None:
                    report(f"now {obj['now']!r} is not an ISO date")
                text = obj["text"]
                if not isinstance(text, str) or not text.strip():
                    report("text must be a non-empty string")
                    continue
                key = text.strip().lower()
                if key in seen_texts:
                    report(f"text repeated (first at {seen_texts[key]})")
                seen_texts[key] = where
                if key in known_texts:
                    report(f"text already in {known_texts[key]}")
                for msg in check_expected(obj["expected"], now, text):
                    report(msg)
                lang = obj["expected"].get("language") if isinstance(obj["expected"], dict) else None
                counts[lang] = counts.get(lang, 0) + 1
        total = sum(counts.values())
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])))
        print(f"{path}: {total} lines ({summary})")
    print(f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
