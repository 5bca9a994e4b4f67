#!/usr/bin/env python3
"""Diagnoses actor resolution from `./dyad eval events --dataset D --verbose` output.

For every gold event that no coded event matches, prints what the actors were:
  same-type  a coded event of the gold's type exists, but its source/target codes differ
             (the actor side is to blame: unresolved or wrongly coded actor)
  no-actor   a coded event of the type exists with a missing side ("-")
  other      no coded event of that type (the coder's side)
and counts the gold codes our actors never carried. Usage:
  ./dyad eval events --dataset plover-gsr --verbose > out.txt
  python3 dyad-pipeline/src/test/scripts/event_actor_misses.py out.txt [--all]
"""
import re
import sys
from collections import Counter

CODED = re.compile(r"^  coded (\S+)/(\S+) (.*?) -> (.*?) \[")
GOLD = re.compile(r"^  gold  (\S+) \[(.*?)\] -> \[(.*?)\]")
ACTOR = re.compile(r"^(.*)\((\w+|null)/(\w+|null)\)$")


def actor(text):
    if text == "-":
        return None
    m = ACTOR.match(text)
    return (m.group(1), m.group(2), m.group(3)) if m else (text, None, None)


def carries(code, a):
    if code == "---":
        return a is None or a[1] == "null"
    if a is None:
        return False
    _, country, full = a
    return code == country or (full not in (None, "null") and full.startswith(code)) or (
        code == "IGO" and full not in (None, "null") and full.startswith("IGO"))


def main(path, show_all):
    records = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# "):
            records.append({"text": line[2:], "gold": [], "coded": []})
        elif records and (m := GOLD.match(line)):
            records[-1]["gold"].append((m.group(1), [c.strip() for c in m.group(2).split(",") if c.strip()],
                                        [c.strip() for c in m.group(3).split(",") if c.strip()]))
        elif records and (m := CODED.match(line)):
            plover, cameo = m.group(1), m.group(2)
            records[-1]["coded"].append((plover, cameo[:2], actor(m.group(3)), actor(m.group(4))))
    kinds = Counter()
    missing_codes = Counter()
    for r in records:
        for gtype, sources, targets in r["gold"]:
            same = [c for c in r["coded"] if gtype in (c[0], c[1])]
            ok = [c for c in same if any(carries(s, c[2]) for s in sources)
                  and (not targets or any(carries(t, c[3]) for t in targets))]
            if ok:
                continue
            kind = "other" if not same else "no-actor" if any(c[2] is None or c[3] is None for c in same) else "same-type"
            kinds[kind] += 1
            coded_actors = [a for c in r["coded"] for a in (c[2], c[3]) if a]
            for code in sources + targets:
                if code != "---" and not any(carries(code, a) for a in coded_actors):
                    missing_codes[code] += 1
            if kind != "other" or show_all:
                print(f"{kind}\tgold {gtype} {sources}->{targets}")
                for c in same:
                    print(f"\t\tcoded {c[0]}/{c[1]} {c[2]} -> {c[3]}")
                print(f"\t\t{r['text'][:200]}")
    print("\nmisses by kind:", dict(kinds))
    print("gold codes no coded actor carried:", missing_codes.most_common(30))


if __name__ == "__main__":
    main(sys.argv[1], "--all" in sys.argv[2:])
