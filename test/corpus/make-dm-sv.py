"""Write test/corpus/dm-social-value.jsonl (batch 15): the social value texts of the Digital Marketplace frameworks
repository, with hard negatives from its newest framework (G-Cloud 13). MIT (Crown Commercial Service / GDS).

  python3 test/corpus/make-dm-sv.py GIT_DIR > test/corpus/dm-social-value.jsonl

GIT_DIR is the `fetch` mirror (or a full clone with all branches) of github.com/Crown-Commercial-Service/digitalmarketplace-frameworks.
Its newest main commit (11e5de7d, January 2023) holds G-Cloud 6-13 and DOS 1-5 only: Digital Outcomes 6 and G-Cloud 14
were never added to this repository (they run on CCS's later platform), and no framework on main (G-Cloud 13 included)
has a social value question. The only social value wording is on two unmerged DOS 5 branches of 2021 that added a
"Social value" evaluation weighting (0% or 10-20%, with the five Social Value Model themes as advice) and a "Social
value criteria" list to buyers' briefs: `bk-add-social-value-weighting-questions` (commit 63574f2c, "DO NOT MERGE Add new
questions to flow"), read here, and `bk-spike-social-value` (be3e87df), whose texts are the same but for case and a
blank line, so it adds nothing. The Outcomes, Specialists and Participants variants of each question share the same
text; the Outcomes file is taken. Two more social value texts are embedded verbatim: the "Social value" service
filter question of CCS's later `ccs-digitalmarketplace-frameworks` package (9.0.2, "Generated from the real Social
Value model in declaration/socialValueSectionB.yml", PPN 002 missions as tier 1) and its first option, as the stored
diff page my.diffend.io/npm/ccs-digitalmarketplace-frameworks/9.0.0/9.0.2 shows them (the page breaks off there; the
package is not on the npm registry reachable here and its repository is not mirrored). Negatives: G-Cloud 13 service and declaration questions (security, pricing,
accessibility, support, exit, data location, declarations, modern slavery turnover, contract publication) that are not
in the corpus, and the evaluation-weighting advice of the DOS 5 brief the social value weighting sits in.

Every text is verbatim from the YAML (question, or a line / list item of question_advice, or empty_message), with the
hint where the YAML gives one and the section (manifest section name or parent question) as context. Texts already in
the corpus (case-insensitive) are refused. Groups: one per source file for the branch files (socialWeighting,
socialValueCriteria, weighting), and per framework and kind for G-Cloud 13 (`dm:g-cloud-13/declaration`,
`dm:g-cloud-13/services`), as extract-dm.py groups the older frameworks.
"""
import json, re, subprocess, sys
import yaml
from batch import Batch

git = sys.argv[1]
def run(*a): return subprocess.run(['git', '--git-dir', git, *a], capture_output=True, text=True, check=True).stdout

REPO = 'Crown-Commercial-Service/digitalmarketplace-frameworks'
LICENCE = 'MIT (Crown Commercial Service / GDS, digitalmarketplace-frameworks)'
BRANCH = 'bk-add-social-value-weighting-questions'
branch = run('rev-parse', BRANCH).strip()
main = run('rev-parse', 'HEAD').strip()
DOS5 = 'frameworks/digital-outcomes-and-specialists-5/questions/briefs/'
GC13 = 'frameworks/g-cloud-13/questions/'

committed = Batch('dm-social-value.jsonl')
have, ids = committed.texts, committed.ids

def ws(s): return re.sub(r'\s+', ' ', s).strip() if isinstance(s, str) else None
def load(commit, path): return yaml.safe_load(run('show', f'{commit}:{path}'))

out = []
def add(id_, text, *, commit, path, group, family, sv, theme, secondary=(), hint=None, section=None, words=None,
        chars=None):
    text = ws(text)
    assert text, id_
    if text.lower() in have or id_ in ids:
        print(f'skip (already in corpus): {id_}: {text}', file=sys.stderr)
        return
    have.add(text.lower()); ids.add(id_)
    out.append({
        'id': id_, 'text': text, 'hint': ws(hint), 'section': ws(section),
        'source': f'github:{REPO}@{commit}:{path}', 'group': group, 'family': family, 'licence': LICENCE,
        'is_social_value': sv, 'theme_guess': theme, 'secondary_themes': list(secondary), 'jurisdiction': 'uk',
        'limit_words': words, 'limit_chars': chars, 'weighting_percent': None,
    })

# --- social value: the "Social value" evaluation weighting of a DOS 5 brief (unmerged branch) ---
p = DOS5 + 'socialWeightingOutcomes.yml'
y = load(branch, p)
g = 'dm-sv:dos5-branch/socialWeighting'
add('dmsv-dos5-socialWeighting', y['question'], commit=branch, path=p, group=g, family='dm-social-value', sv=True,
    theme='multiple themes', hint=y['hint'], section='Evaluation weighting')
advice = [l.strip() for l in y['question_advice'].split('\n') if l.strip()]
lead, items = advice[0], [l[2:].strip() for l in advice[1:] if l.startswith('- ')]
assert lead.startswith('Social value is measured') and len(items) == 5, advice
add('dmsv-dos5-socialWeighting-themes', lead, commit=branch, path=p, group=g, family='dm-social-value', sv=True,
    theme='multiple themes', section=y['question'])
THEME = {
    'COVID-19 recovery': ('covid-19 recovery', 'covid'),
    'Tackling economic inequality': ('tackling economic inequality', 'economic'),
    'Fighting climate change': ('fighting climate change', 'climate'),
    'Equal opportunity': ('equal opportunity', 'equal'),
    'Wellbeing': ('wellbeing', 'wellbeing'),
}
for it in items:
    label, short = THEME[it]
    add(f'dmsv-dos5-socialWeighting-theme-{short}', it, commit=branch, path=p, group=g, family='dm-social-value',
        sv=True, theme=label, section=lead)

# --- social value: the "Social value criteria" list of a DOS 5 brief (unmerged branch) ---
p = DOS5 + 'socialValueCriteriaOutcomes.yml'
y = load(branch, p)
g = 'dm-sv:dos5-branch/socialValueCriteria'
msgs = {v['name']: v['message'] for v in y['validations']}
words = int(re.search(r'(\d+) words', msgs['under_30_words']).group(1))
chars = int(re.search(r'(\d+) characters', msgs['under_character_limit']).group(1))
add('dmsv-dos5-socialValueCriteria', y['question'], commit=branch, path=p, group=g, family='dm-social-value', sv=True,
    theme='multiple themes', section='Shortlist and evaluation process', words=words, chars=chars)
heading = [l.strip().lstrip('#') for l in y['question_advice'].split('\n') if l.strip().startswith('##')][0]
add('dmsv-dos5-socialValueCriteria-guidance', heading, commit=branch, path=p, group=g, family='dm-social-value',
    sv=True, theme='multiple themes', section=y['question'])
add('dmsv-dos5-socialValueCriteria-empty', y['empty_message'], commit=branch, path=p, group=g,
    family='dm-social-value', sv=True, theme='multiple themes', section='Shortlist and evaluation process')

# --- social value: the G-Cloud service filter of CCS's later frameworks package (ccs-digitalmarketplace-frameworks
# 9.0.2, not in the git mirror), verbatim as the stored diff page shows it; the page breaks off after the first option ---
URL = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/9.0.0/9.0.2'
LIC = ('short quotation for evaluation (ccs-digitalmarketplace-frameworks 9.0.2 as shown by my.diffend.io; the '
       'package licence is not stated on the stored page)')
for id_, text, theme, section in [
    ('dmsv-ccs-9.0.2-socialValue', 'Which social value outcomes does your service support?', 'multiple themes',
     'Social value'),
    ('dmsv-ccs-9.0.2-socialValue-mission-growth', 'Kick start economic growth', 'tackling economic inequality',
     'Which social value outcomes does your service support?'),
]:
    if text.lower() in have or id_ in ids:
        print(f'skip (already in corpus): {id_}: {text}', file=sys.stderr); continue
    have.add(text.lower()); ids.add(id_)
    out.append({'id': id_, 'text': text, 'hint': None, 'section': section, 'source': URL,
                'group': 'dm-sv:ccs-digitalmarketplace-frameworks-9.0.2', 'family': 'dm-social-value', 'licence': LIC,
                'is_social_value': True, 'theme_guess': theme, 'secondary_themes': [], 'jurisdiction': 'ppn-002',
                'limit_words': None, 'limit_chars': None, 'weighting_percent': None})

# --- negative: the evaluation weighting page the social value weighting joins (same branch) ---
p = DOS5 + 'weightingOutcomes.yml'
y = load(branch, p)
first = [l.strip() for l in y['question_advice'].split('\n') if l.strip()][0]
add('neg-dmsv-dos5-weighting-advice', first, commit=branch, path=p, group='dm-sv:dos5-branch/weighting',
    family='dm-dos-briefs', sv=False, theme='not social value', section=y['question'])

# --- negatives: G-Cloud 13 (newest framework on main), questions not in the corpus ---
GC13_FILES = {
    'declaration': ['MI', 'accuratelyDescribed', 'canProvideFromDayOne', 'proofOfClaims',
                    'servicesHaveOrSupportCloudSupport', 'subcontracting', 'fullAccountability', 'conflictOfInterest',
                    'modernSlaveryTurnover', 'publishContracts'],
    'services': ['boardLevelServiceSecurity', 'secureDevelopment', 'penetrationTesting', 'educationPricing',
                 'documentationAccessibilityDescription', 'serviceInterfaceTesting', 'endOfContractProcess',
                 'onsiteSupport', 'dataStorageAndProcessingLocations', 'securityGovernanceApproach'],
}
for kind, names in GC13_FILES.items():
    for n in names:
        p = f'{GC13}{kind}/{n}.yml'
        y = load(main, p)
        w = y.get('max_length_in_words') if isinstance(y.get('max_length_in_words'), int) else None
        add(f'neg-g-cloud-13-{kind}-{n}', y['question'], commit=main, path=p, group=f'dm:g-cloud-13/{kind}',
            family=f'dm-gcloud-{kind}', sv=False, theme='not social value',
            hint=y.get('hint') if isinstance(y.get('hint'), str) else None, words=w)

for r in out: print(json.dumps(r, ensure_ascii=False))
