"""Write test/corpus/notices.jsonl: award-criterion names, selection-criteria statements and contract-performance terms
from real contract notices (Public Contracts Scotland, Sell2Wales, Contracts Finder / Find a Tender) of councils, NHS
boards, housing associations, universities and devolved bodies, as stored in OCDS form in the test data of the public
repository apa999/CFServer1. These are the same notices whose community benefit clauses buyers publish, so they are the
hard negatives the corpus lacked (technical, insurance, turnover, experience, ESPD quality/environmental management
standards, licences). Labels: not social value unless listed in SV below (read one by one). Verbatim: a text is one stored
line of one field (the repository stores CR LF as the letters "rn"); boilerplate such as "see tender documents" is skipped,
and at most 4 texts are kept per notice.

  python3 test/corpus/make-notices.py <git dir of apa999/CFServer1> > test/corpus/notices.jsonl
"""
import json, re, subprocess, sys, collections
GIT = sys.argv[1]
COMMIT = 'cfda786f8069d6df8a0d4e7b38beff81e3a36338'
LIC = 'OGL v3 (contract notice data published by the UK public sector in OCDS form; via github:apa999/CFServer1)'
def git(*a): return subprocess.run(['git', '--git-dir', GIT, *a], capture_output=True, text=True, check=True).stdout
paths = [p for p in git('ls-tree', '-r', '--name-only', COMMIT, 'CFServerTests/TestData').split('\n') if p.endswith('.swift')]
JUR = {'ScotishData': 'scotland', 'WelshData': 'wales', 'EnglishData': 'uk'}
# Social value texts among the fields read (exact text -> (theme label, secondary theme ids)).
EI, CL, MU = 'tackling economic inequality', 'fighting climate change', 'multiple themes'
SV = {
    'Bidders are required to provide details of their current environmental management measures with regards to reducing their carbon impact.': (CL, []),
    'The Framework Agreement will contain a Community Benefits clause.': (MU, []),
    'Dumfries and Galloway Council is committed to maximising Community Benefits from its Procurement activities. Under this procurement, the contractor, and its supply chain, will be required to support Dumfries and Galloway Councils social and economic objectives. Accordingly, contract performance conditions may relate in particular to social, economic and environmental considerations.': (MU, []),
}
# "rn" before a space ends a stored line, except where it ends a word (return, modern, concern ...).
BREAK = re.compile(r'(?<!retu)(?<!mode)(?<!conce)(?<!gove)(?<!patte)(?<!easte)(?<!weste)(?<!northe)(?<!southe)(?<!tu)'
                   r'(?<!inte)(?<!exte)(?<!alte)(?<!Northe)(?<!Southe)(?<!Weste)(?<!Easte)rn(?=\s|-t|$)|\r?\n')
def lines(s):
    """Each stored line of a field; a leading tab marker ("-t", a dash and a tab) is dropped."""
    out = [re.sub(r'^(\([a-z]\))?\s*-?t(?=[A-Z])', r'\1 ', x.strip()).strip() for x in BREAK.split(s.strip())]
    # a line that starts in lower case continues a hard-wrapped sentence: not a text on its own
    return [x for x in out if x and not x[0].islower() and not x.startswith('http')]
BOILER = re.compile(r'(?i)^(see|refer|please refer|as (per|stated|detailed|provided|outlined|set out)|all as|detailed in|stated in|'
                    r'criteria as stated|conditions are included|fel manylir|selection criteria as stated|the relevant selection)')
def ok(t):
    return len(t) >= 4 and not re.fullmatch(r'[\d.,%\s-]+', t) and not re.fullmatch(r'(?i)(price|cost|quality|technical|commercial)', t)
rows, seen, per = [], set(), collections.Counter()
def add(path, rel, field, section, raw):
    for t in lines(raw): add1(path, rel, field, section, t)
def add1(path, rel, field, section, t):
    if not ok(t) or BOILER.match(t): return
    k = t.lower()
    if k in seen: return
    ocid = rel.get('ocid') or path
    if per[ocid] >= 4 and t not in SV: return
    seen.add(k); per[ocid] += 1
    rows.append((path, rel, field, section, t))
for p in sorted(paths):
    s = git('show', f'{COMMIT}:{p}')
    for m in re.finditer(r'"""\n(.*?)\n\s*"""', s, re.S):
        try: d = json.loads(m.group(1), strict=False)
        except ValueError: continue
        for rel in (d.get('releases', [d]) if isinstance(d, dict) else d):
            t = rel.get('tender') or {}
            for c in (t.get('selectionCriteria') or {}).get('criteria', []) or []:
                if c.get('description'): add(p, rel, 'selectionCriteria', 'Selection criteria', c['description'])
            for lot in t.get('lots', []) or []:
                sc = lot.get('selectionCriteria') or {}
                if isinstance(sc, dict) and sc.get('description'): add(p, rel, 'lots.selectionCriteria', 'Selection criteria', sc['description'])
                for c in (lot.get('awardCriteria') or {}).get('criteria', []) or []:
                    if c.get('name'): add(p, rel, 'lots.awardCriteria', 'Award criteria', c['name'])
            pt = (t.get('contractTerms') or {}).get('performanceTerms')
            if isinstance(pt, str): add(p, rel, 'contractTerms.performanceTerms', 'Performance terms', pt)
existing = set()
import glob, os
here = os.path.dirname(os.path.abspath(__file__))
for f in glob.glob(os.path.join(here, '*.jsonl')):
    if os.path.basename(f) == 'notices.jsonl': continue
    existing |= {json.loads(l)['text'].strip().lower() for l in open(f) if l.strip()}
for i, (p, rel, field, section, t) in enumerate(rows, 1):
    if t.lower() in existing: continue
    sv = t in SV
    theme, sec = SV.get(t, ('not social value', []))
    buyer = (rel.get('buyer') or {}).get('name') or ''
    fam = 'notice-' + ('award' if 'award' in field else 'selection' if 'selection' in field else 'terms')
    print(json.dumps({
        'id': f'notice-{i:03d}', 'text': t, 'hint': None, 'section': section,
        'source': f'github:apa999/CFServer1@{COMMIT}:{p}#{rel.get("ocid")}', 'group': f'ocds:{rel.get("ocid") or p}',
        'family': fam, 'licence': LIC, 'is_social_value': sv, 'theme_guess': theme, 'secondary_themes': sec,
        'jurisdiction': JUR[p.split('/')[2]], 'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
    }, ensure_ascii=False))
print(f'{len(rows)} texts from {len(per)} notices', file=sys.stderr)
