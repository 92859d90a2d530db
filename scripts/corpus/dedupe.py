#!/usr/bin/env python3
"""Removes near-duplicate notes from the training corpus and test notes too close to it, as the shared corpus-check
tool judges them (word Jaccard >= 0.7 inside the training files; >= 0.6 between a test note and any training note).

  scripts/corpus/dedupe.py [--dry-run]

Rewrites the JSON Lines files in place (the later note of each near-duplicate pair goes; a test note that rewords a
training note goes), passes until nothing more goes, prints what it removed and the last pass's corpus-check reports
(the files as left). corpus-check is read from ../shared/tools beside the checkout (or $CORPUS_CHECK): one definition
of "the same note", not a copy of it.
Retrain afterwards (README, "Measuring accuracy"): the model records the corpus it was trained on."""
import glob, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = os.environ.get("CORPUS_CHECK") or os.path.join(os.path.dirname(ROOT), "shared", "tools", "corpus-check")
# Writers in the order they were written (w9 before w10 before w100, not as text sorts them): of a near-duplicate
# pair the later writer's note goes, so a new writer never takes an older writer's note out of the corpus.
def written_order(path): return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", os.path.basename(path))]
TRAIN = sorted(glob.glob(os.path.join(ROOT, "Tests", "Corpus", "train", "*.jsonl")), key=written_order) + sorted(glob.glob(os.path.join(ROOT, "Tests", "DevSet", "*.jsonl")))
TEST = sorted(glob.glob(os.path.join(ROOT, "Tests", "Corpus", "test", "*.jsonl")))
PAIR = re.compile(r"^(near-duplicate|close to --against) [0-9.]+: (\S+):(\d+) ~ (\S+):(\d+)$")

def check(args):
    """corpus-check's report on these files, and the pairs it printed (kind, (file, line), (file, line))."""
    out = subprocess.run([sys.executable, CHECK, *args], capture_output=True, text=True).stdout
    found = [(m.group(1), (m.group(2), int(m.group(3))), (m.group(4), int(m.group(5))))
             for m in map(PAIR.match, (line.strip() for line in out.splitlines())) if m]
    return out, found

def remove(doomed, files, dry):
    by_name = {os.path.basename(f): f for f in files}
    for name in sorted({n for n, _ in doomed}):
        path = by_name[name]
        lines = open(path, encoding="utf-8").read().split("\n")
        gone = sorted(l for n, l in doomed if n == name)
        for number in gone: print(f"removing {name}:{number}: {lines[number - 1][:110]}")
        if not dry:
            kept = [l for i, l in enumerate(lines, 1) if i not in gone]
            open(path, "w", encoding="utf-8").write("\n".join(kept))

def main():
    if not os.path.exists(CHECK): sys.exit(f"corpus-check not found at {CHECK} (set CORPUS_CHECK)")
    dry = "--dry-run" in sys.argv
    # The development set is the oldest part: on a tie its note stays, the corpus writer's goes.
    dev = lambda note: note[0] in ("de.jsonl", "en.jsonl")
    # corpus-check prints at most 30 pairs of each kind, so one pass may leave pairs it never showed: repeat until a
    # pass finds nothing (a dry run shows the first pass only). The last pass's reports describe the files as left.
    while True:
        train_report, train_pairs = check(TRAIN)
        doomed = set()
        for _, a, b in train_pairs:
            if a in doomed or b in doomed or (dev(a) and dev(b)): continue
            doomed.add(a if dev(b) else b)
        remove(doomed, TRAIN, dry)
        test_report, test_pairs = check(TEST + ["--against"] + TRAIN)
        leaks = {a for kind, a, _ in test_pairs if kind.startswith("close")}
        remove(leaks, TEST, dry)
        if dry or not (doomed or leaks): break
    print(train_report, test_report, sep="\n")

if __name__ == "__main__":
    main()
