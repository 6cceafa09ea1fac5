"""Build the committed corpus files from their inputs (deterministic).

  python3 test/corpus/merge.py

- shared-dev.jsonl  <- /work/shared/corpus/dev.jsonl (or $DEV): the shared dev set, attribution "shared dev set".
- dm-frameworks.jsonl is cut to a deterministic sample (sha1 of id) of DM_KEEP records, minus texts already in the dev set.
"""
import hashlib, json, os, re
here = os.path.dirname(os.path.abspath(__file__))
dev = [json.loads(l) for l in open(os.environ.get('DEV', '/work/shared/corpus/dev.jsonl')) if l.strip()]
FAM = {'sv-scot-': 'scot-model', 'sv-model-': 'ppn0620-model', 'sv-ppn002-': 'ppn002-model', 'neg-dm-': 'dm-gcloud-services', 'neg-web-': 'ccs-other'}
JUR = {'sv-scot-': 'scotland', 'sv-ppn002-': 'ppn-002'}
out = []
for r in dev:
    p = next(k for k in FAM if r['id'].startswith(k))
    src = r['source']
    group = 'dm:g-cloud-13/services' if p == 'neg-dm-' else re.sub(r'\s*\(.*$', '', src)
    # One group for the site's shared model wording, as in the make-public scripts.
    if 'sustainableprocurementtools.scot' in group: group = 'sustainableprocurementtools.scot'
    lic = 'MIT (Crown Commercial Service, digitalmarketplace-frameworks)' if 'github:' in src or 'diffend' in src else 'OGL v3 (Crown copyright)'
    out.append({'id': r['id'], 'text': r['text'], 'hint': None, 'section': None, 'source': src, 'group': group,
                'family': FAM[p], 'licence': lic + '; shared dev set', 'is_social_value': r['is_social_value'],
                'theme_guess': r['theme_guess'], 'secondary_themes': [], 'jurisdiction': JUR.get(p, 'uk'),
                'limit_words': r['limit_words'], 'limit_chars': r['limit_chars'], 'weighting_percent': r['weighting_percent']})
with open(os.path.join(here, 'shared-dev.jsonl'), 'w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
devtexts = {r['text'].strip().lower() for r in out}
dm_path = os.path.join(here, 'dm-frameworks.jsonl')
dm = [json.loads(l) for l in open(dm_path) if l.strip()]
dm = [r for r in dm if r['text'].strip().lower() not in devtexts]
DM_KEEP = int(os.environ.get('DM_KEEP', '340'))
dm.sort(key=lambda r: hashlib.sha1(r['id'].encode()).hexdigest())
dm = sorted(dm[:DM_KEEP], key=lambda r: r['id'])
with open(dm_path, 'w') as f:
    for r in dm: f.write(json.dumps(r, ensure_ascii=False) + '\n')
