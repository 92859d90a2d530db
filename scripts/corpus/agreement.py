#!/usr/bin/env python3
"""How far a second, blind reader agrees with the corpus writers' labels.

  scripts/corpus/agreement.py

Reads Tests/Corpus/second-reader/ (to-label.jsonl: the sampled texts the reader saw; labels.jsonl: the reader's
labels; sample-keys.jsonl: which corpus note each sample is) and the training corpus (train/ and staged/), prints
agreement on status, L2 (where the writer gave one) and grade, and lists every disagreement. Notes the dedupe step
removed since the sample was drawn are counted apart."""
import glob, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.path.join(ROOT, "Tests", "Corpus", "second-reader")

def rows(path): return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

# Staged notes (written for the next retraining) are sampled before they join train/, so read both.
corpus = {r["id"]: r for part in ("train", "staged") for f in glob.glob(os.path.join(ROOT, "Tests", "Corpus", part, "*.jsonl")) for r in rows(f)}
keys = {k["sid"]: k["id"] for k in rows(os.path.join(DIR, "sample-keys.jsonl"))}
pairs, gone = [], 0
for label in rows(os.path.join(DIR, "labels.jsonl")):
    note = corpus.get(keys[label["sid"]])
    if note is None: gone += 1
    else: pairs.append((note, label))

def share(hits, n): return f"{100 * hits / max(1, n):.1f} % ({hits}/{n})"
with_l2 = [(n, l) for n, l in pairs if n.get("l2")]
print(f"sample: {len(pairs) + gone} notes, {gone} since removed as near-duplicates")
print("status:", share(sum(n["status"] == l["status"] for n, l in pairs), len(pairs)))
print("L2 (writer gave one):", share(sum(n.get("l2") == l.get("l2") for n, l in with_l2), len(with_l2)))
print("grade:", share(sum(n["grade"] == l["grade"] for n, l in pairs), len(pairs)))
for n, l in pairs:
    if (n["status"], n.get("l2"), n["grade"]) != (l["status"], l.get("l2"), l["grade"]):
        print(f"- {n['id']}: writer {n['status']}/{n.get('l2')}/{n['grade']} {n.get('rules')} | reader {l['status']}/{l.get('l2')}/{l['grade']} {l.get('rules')}")
