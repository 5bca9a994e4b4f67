#!/usr/bin/env python3
"""Checks annotation files: python3 validate.py ann/A/*.json  (shape, exact sentences, codes)."""
import json, sys, csv, re, os
here = os.path.dirname(os.path.abspath(__file__))
codes = {r['code'] for r in csv.DictReader(open('/work/shared/data/events/cameo/cameo-codes.utf8.csv'))}
MODS = {'asserted', 'reported', 'planned', 'requested', 'hypothetical'}
bad = 0
for path in sys.argv[1:]:
    d = json.load(open(path))
    art = d.get('article')
    text = open(os.path.join(here, 'texts', art + '.txt')).read()
    for i, e in enumerate(d.get('events', [])):
        where = '%s event %d' % (path, i)
        def err(m):
            global bad
            bad += 1
            print('ERROR', where, m)
        if e.get('sentence') not in text: err('sentence is not an exact piece of the text: %r' % e.get('sentence', '')[:80])
        elif e.get('trigger') and e['trigger'] not in e['sentence']: err('trigger %r not in its sentence' % e['trigger'])
        if e.get('cameo') not in codes: err('unknown CAMEO code %r' % e.get('cameo'))
        if e.get('cameo') in ('010', '012', '013', '019', '011'): err('code %s is not used (guide 1.2)' % e['cameo'])
        if not isinstance(e.get('source'), dict) or not e['source'].get('text'): err('source needs text')
        t = e.get('target')
        if t is not None and (not isinstance(t, dict) or not t.get('text')): err('target is null or {text, code}')
        for side in ('source', 'target'):
            a = e.get(side)
            if isinstance(a, dict) and a.get('code') and not re.fullmatch(r'[A-Z]{3,12}', a['code']): err('%s code %r' % (side, a['code']))
        if not isinstance(e.get('negated'), bool): err('negated must be true/false')
        if e.get('modality') not in MODS: err('modality %r' % e.get('modality'))
        dt = e.get('date')
        if dt is not None and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-W\d{2})?', dt): err('date %r' % dt)
        p = e.get('place')
        if p is not None and (not isinstance(p, dict) or not p.get('name')): err('place is null or {name, country}')
    print('%s: %d events' % (path, len(d.get('events', []))))
print('errors:', bad)
sys.exit(1 if bad else 0)
