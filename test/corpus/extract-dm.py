"""Extract question texts from alphagov/digitalmarketplace-frameworks (MIT) into JSON Lines (hard negatives).

  python3 test/corpus/extract-dm.py GIT_DIR > test/corpus/dm-frameworks.jsonl

GIT_DIR is a clone of github.com/alphagov/digitalmarketplace-frameworks; the commit used is written in `source`.
Question texts only (the `question` key, with `hint` as context), deduplicated case-insensitively, first framework wins.
"""
import json, re, subprocess, sys, yaml

git = sys.argv[1]
def run(*a): return subprocess.run(['git', '--git-dir', git, *a], capture_output=True, text=True, check=True).stdout
commit = run('rev-parse', 'HEAD').strip()
files = [f for f in run('ls-tree', '-r', '--name-only', 'HEAD', 'frameworks').split('\n')
         if re.match(r'frameworks/[^/]+/questions/(services|declaration|briefs|brief-responses)/[^/]+\.yml$', f)]
seen = set(); out = []
for f in sorted(files):
    try: y = yaml.safe_load(run('show', f'HEAD:{f}'))
    except Exception: continue
    if not isinstance(y, dict): continue
    q = y.get('question')
    if not isinstance(q, str): continue
    q = re.sub(r'\s+', ' ', q).strip()
    if '{{' in q or '{%' in q or len(q) < 12: continue
    key = q.lower()
    if key in seen: continue
    seen.add(key)
    parts = f.split('/')
    fw, kind = parts[1], parts[3]
    hint = y.get('hint') if isinstance(y.get('hint'), str) else None
    words = y.get('max_length_in_words') if isinstance(y.get('max_length_in_words'), int) else None
    fam = 'dm-gcloud' if fw.startswith('g-cloud') else 'dm-dos'
    rec = {
        'id': f'neg-{fw}-{kind}-{parts[4][:-4]}'[:80],
        'text': q,
        'hint': re.sub(r'\s+', ' ', hint).strip() if hint else None,
        'section': None,
        'source': f'github:alphagov/digitalmarketplace-frameworks@{commit[:8]}:{f}',
        'group': f'dm:{fw}/{kind}',
        'family': f'{fam}-{kind}',
        'licence': 'MIT (Crown Commercial Service / GDS, digitalmarketplace-frameworks)',
        'is_social_value': False,
        'theme_guess': 'not social value',
        'secondary_themes': [],
        'jurisdiction': 'uk',
        'limit_words': words, 'limit_chars': None, 'weighting_percent': None,
    }
    out.append(rec)
for r in out: print(json.dumps(r, ensure_ascii=False))
