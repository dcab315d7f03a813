#!/usr/bin/env python3
"""Per gold quote of a case whose verdict is wrong: gold vs predicted verdict, the reasons, and the
primary span the quote was aligned to (beside the gold's primary_match). Uses the case scorer's own
matching (score_case.py's Scorer), so a miss here is a miss there.

Usage: provenance-case-misses.py SCORE_CASE_DIR DOSSIER.json GOLD.json
"""
import json, os, sys

sys.path.insert(0, sys.argv[1])
from score_case import Scorer  # noqa: E402

dossier = json.load(open(sys.argv[2], encoding="utf-8"))
gold_path = sys.argv[3]
gold = json.load(open(gold_path, encoding="utf-8"))
sc = Scorer(dossier, gold, os.path.join(os.path.dirname(gold_path), "articles"))
texts = {a["id"]: a.get("text", "") for a in dossier.get("articles", [])}
for g, aid, p in sc.match():
    if g.get("kind") == "transcript_answer" or aid in sc.primaries:
        continue
    v = ((p or {}).get("provenance") or {}).get("verdict") or ("not-found" if p is None else "no_primary")
    if v == g["verdict"]:
        continue
    prov = (p or {}).get("provenance") or {}
    spans = [texts.get(s.get("article"), "")[s["start"]:s["end"]] for s in prov.get("primary", []) or []]
    print(f"{g['id']} gold {g['verdict']}, got {v}")
    print(f"    quote:   {g['text']}")
    print(f"    gold:    {g.get('primary_match', '')}")
    print(f"    aligned: {' … '.join(spans)}")
    print(f"    reasons: {' | '.join(prov.get('reasons', []) or [])}")
