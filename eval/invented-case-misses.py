#!/usr/bin/env python3
"""A dev case's misses, read with the case scorer's own matching (score_case.py's Scorer): gold
quotes not found, found with the wrong speaker or the wrong verdict, and predicted quotes that
match no gold quote (the primary's too, so transcript turns read wrong show).

Usage: invented-case-misses.py SCORE_CASE.py DOSSIER.json GOLD.json [TEXTS_DIR]
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(sys.argv[1]))
from score_case import Scorer, alnum  # noqa: E402

dossier = json.load(open(sys.argv[2], encoding="utf-8"))
gold_path = sys.argv[3]
gold = json.load(open(gold_path, encoding="utf-8"))
# The texts the gold counts in: the articles beside it, or the text read of its web pages.
texts = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(gold_path), "articles")
sc = Scorer(dossier, gold, texts)
for g, aid, p in sc.match():
    if p is None:
        print(f"{g['id']} not found ({g['speaker']}): {g['text'][:90]!r}")
        continue
    said = (p.get("speaker") or {}).get("name")
    if sc.canon(said) != sc.canon(g["speaker"]):
        print(f"{g['id']} speaker {said!r}, gold {g['speaker']!r}: {g['text'][:70]!r}")
    if g.get("kind") == "transcript_answer" or aid in sc.primaries:
        continue
    prov = p.get("provenance") or {}
    v = prov.get("verdict") or "no_primary"
    if v != g["verdict"]:
        print(f"{g['id']} verdict {v}, gold {g['verdict']}: {g['text'][:90]!r}")
        print(f"    reasons: {' | '.join(prov.get('reasons', []) or [])}")
for ga in gold["articles"]:
    aid = ga["id"]
    text = sc.texts[aid]
    gchars = set()
    for q in ga["quotes"]:
        gchars |= alnum(text, q["offset"], q["offset"] + len(q["text"]))
    for p in sc.pred_quotes(aid):
        pc = alnum(text, p["start"], p["end"])
        if pc and len(pc & gchars) < 0.8 * len(pc):
            who = (p.get("speaker") or {}).get("name")
            print(f"{aid[:3]} extra {p.get('kind')} ({who}): {text[p['start']:p['end']][:90]!r}")
for s in dossier.get("stories", []):
    print(f"story {s.get('id')}: primary {s.get('primary')} articles {sorted(a[:3] for a in s.get('articles', []))}")
