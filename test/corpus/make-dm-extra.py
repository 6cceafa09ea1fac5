"""Write test/corpus/dm-extra.jsonl: digitalmarketplace-frameworks question texts (MIT) left out of the 340-record
sample in dm-frameworks.jsonl that name the hard-negative families of issue 12 (experience and evidence of previous
contracts, modern slavery self-declarations, environmental and equality declarations, energy-efficient datacentres,
skills and staffing of the service). Scored blind before joining: 45 of 45 not social value (one, an older wording of a question already sampled,
is left out as its id is taken).

  python3 test/corpus/extract-dm.py GIT_DIR > /tmp/dm-all.jsonl
  python3 test/corpus/make-dm-extra.py /tmp/dm-all.jsonl > test/corpus/dm-extra.jsonl
"""
import glob, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
mine = os.path.join(here, 'dm-extra.jsonl')
have, ids = set(), set()
for f in glob.glob(os.path.join(here, '*.jsonl')):
    if os.path.abspath(f) == mine: continue
    rows = [json.loads(l) for l in open(f) if l.strip()]
    have |= {r['text'].strip().lower() for r in rows}
    ids |= {r['id'] for r in rows}
PAT = re.compile(r'supply chain|sustainab|environment|experience|example|previous|case stud|slavery|iso 14001|equalit|divers|carbon|energy|social|communit|apprentic|skills|training|local|wellbeing|staff', re.I)
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r['text'].strip().lower() in have or r['id'] in ids or not PAT.search(r['text']): continue
    print(json.dumps(r, ensure_ascii=False))
