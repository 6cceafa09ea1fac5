"""What the batch scripts (make-public-6.py onwards, make-dm-sv.py) share: the theme labels, the licence strings, the
corpus already committed, and one writer that checks every record before it prints it (new to the corpus, not twice in
the batch, its primary theme not among its secondary ones) and prints it in the corpus's field order."""
import glob, json, os, re, sys

OGL = 'OGL v3 (Crown copyright)'
Q = 'quotation for evaluation (publisher copyright; short excerpt)'
# Contract notice data (OGL v3), by the copy it was read from.
NOTICE_CFSERVER = 'OGL v3 (contract notice data published by the UK public sector in OCDS form; via github:apa999/CFServer1)'
NOTICE_D3 = 'OGL v3 (contract notice data published by the UK public sector in OCDS form; as republished by d3tenders.com)'
NOTICE_BIDATLAS = 'OGL v3 (Find a Tender notice data published by the UK public sector; as republished by bidatlas.co.uk)'
NOTICE_LAMBDA = ('OGL v3 (Find a Tender notice data published by the UK public sector; as republished by a tender-listing site '
                 'at cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws)')
# The notice copies by a fragment of their address, and the licence of what they republish (host_licence gives it).
NOTICE_COPIES = (('d3tenders.com', NOTICE_D3), ('bidatlas.co.uk', NOTICE_BIDATLAS), ('lambda-url', NOTICE_LAMBDA))
EI, CL, EO, WB, MU, CV = ('tackling economic inequality', 'fighting climate change', 'equal opportunity', 'wellbeing',
                          'multiple themes', 'covid-19 recovery')
# The jurisdictions, short (U, S, W, N) as the batch scripts write them; English bodies are 'uk'.
U, S, W, N = 'uk', 'scotland', 'wales', 'northern-ireland'
# The corpus schema's jurisdictions (lib/classifier/corpus.ts), written out: classifier-corpus.test.ts reads this line.
JURISDICTIONS = {'uk', 'scotland', 'wales', 'ppn-002', 'ppn-026', 'northern-ireland'}
ID = {EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing', CV: 'covid-recovery'}
HERE = os.path.dirname(os.path.abspath(__file__))


# The Crown Commercial Service's repositories by name, with their licences: two state none of their own (Crown copyright,
# quoted short for evaluation).
CCS_LICENCES = {
    'ccs-scale-db-scripts': 'Crown copyright (Crown Commercial Service, ccs-scale-db-scripts; the repository states no '
                            'licence): short quotation for evaluation',
    'ccs-scale-cat-service': 'Crown copyright (Crown Commercial Service, ccs-scale-cat-service; the repository states no '
                             'licence): short quotation for evaluation',
    'ccs-scale-cat-buyer-ui': 'MIT (Crown Commercial Service, ccs-scale-cat-buyer-ui)',
    'crown-marketplace': 'MIT (Crown Commercial Service, crown-marketplace)',
}


def weighting(percent):
    """A record's extra field for a weighting its source states ("Social value: 15%"); every script uses this one."""
    return {'weighting_percent': percent}


def ccs_licence(src):
    """The licence of a source in one of CCS_LICENCES' repositories (`github:Crown-Commercial-Service/<repo>@...`), else
    None."""
    if not src.startswith('github:Crown-Commercial-Service/'): return None
    return CCS_LICENCES.get(src.split('/')[1].split('@')[0])


def host_licence(src, ogl_hosts=()):
    """The notice data licence for a copy of a contract notice (NOTICE_COPIES); else Crown copyright under the OGL for a
    page on one of `ogl_hosts` (case and www. ignored); else a short quotation."""
    for fragment, licence in NOTICE_COPIES:
        if fragment in src: return licence
    return OGL if src.split('/')[2].lower().removeprefix('www.') in ogl_hosts else Q


def ocid_group(src):
    """The group of a contract notice's record, `ocds:<ocid>`, when its source names the ocid (a notice copy's `ocid=`
    query or a `#ocds-...` fragment on a test-data file); else None. One notice, one group, whichever copy it was read
    from."""
    if 'ocid=' in src: return 'ocds:' + src.split('ocid=')[1].split('&')[0]
    if '#ocds-' in src: return 'ocds:' + src.split('#')[1]
    return None


def batch_number(path):
    """NN of public-texts-NN.jsonl; -1 for the corpus's other files (never later than a batch; their scripts read all)."""
    m = re.fullmatch(r'public-texts-(\d+)\.jsonl', os.path.basename(path))
    return int(m.group(1)) if m else -1


class Batch:
    """One batch file: the corpus committed apart from it, and the records written so far."""

    def __init__(self, own_file):
        mine = os.path.join(HERE, own_file)
        self.texts, self.ids, self.group_of_source = set(), set(), {}
        for f in glob.glob(os.path.join(HERE, '*.jsonl')):
            if os.path.abspath(f) == mine: continue
            # A later batch file is not "the corpus" for an earlier batch: two batches gathered at the same time may
            # share a text, and the later one (by number) leaves it out, so each script still writes its file.
            if 0 <= batch_number(own_file) < batch_number(f): continue
            for line in open(f):
                if not line.strip(): continue
                r = json.loads(line)
                self.texts.add(r['text'].strip().lower())
                self.ids.add(r['id'])
                self.group_of_source[r['source']] = r['group']
        # The held-out file(s) (heldout/*.jsonl): never trained on, so no other batch may take their texts or their
        # source groups (a notice's other clauses would teach the model what the held-out file then tests).
        self.held_out_texts, self.held_out_groups = set(), set()
        for f in glob.glob(os.path.join(HERE, 'heldout', '*.jsonl')):
            if os.path.basename(f) == os.path.basename(own_file): continue
            for line in open(f):
                if not line.strip(): continue
                r = json.loads(line)
                self.held_out_texts.add(r['text'].strip().lower())
                self.held_out_groups.add(r['group'])
        self.seen = set()
        self.counts = {True: 0, False: 0}

    def known(self, text):
        """Already in the committed corpus."""
        return text.strip().lower() in self.texts

    @staticmethod
    def _without(rows, i, texts, why):
        """`rows` without those whose text (field `i`) is in `texts` (lower-cased), each named on stderr after `why`."""
        out = []
        for r in rows:
            if r[i].strip().lower() in texts: print(why, r[i], file=sys.stderr)
            else: out.append(r)
        return out

    def new_only(self, rows, i):
        """`rows` without those whose text (field `i`) the committed corpus already holds; those are named on stderr.
        emit_lists applies it itself."""
        return self._without(rows, i, self.texts, 'already in the corpus, left out:')

    def not_held_out(self, rows, i):
        """`rows` without those whose text (field `i`) a held-out file holds (named on stderr); for a batch that reads
        the same notices as the held-out file. Call it before emit_lists: the records then keep their numbers."""
        return self._without(rows, i, self.held_out_texts, 'held-out text, left out:')

    def emit_numbered(self, prefix, id_part, text, *, theme, **fields):
        """`emit` with the next number of the record's class (`{prefix}-{id_part}-001` for social value,
        `{prefix}neg-{id_part}-001` for the rest). A text the committed corpus already holds is left out (named on
        stderr) and takes no number."""
        if self.known(text):
            print('already in the corpus, left out:', text, file=sys.stderr)
            return
        sv = theme is not None
        self.counts[sv] += 1
        self.emit(f'{prefix}{"" if sv else "neg"}-{id_part}-{self.counts[sv]:03d}', text, theme=theme, **fields)

    def emit(self, id_, text, *, section, source, group, family, licence, theme, secondary, jurisdiction, extra=None):
        """Check and print one record; `theme` None: not social value. `extra` overrides fields (limits, hint)."""
        key = text.strip().lower()
        assert key not in self.texts, text
        assert key not in self.held_out_texts and group not in self.held_out_groups, ('held out', group, text)
        assert key not in self.seen, text
        self.seen.add(key)
        assert theme is None or (theme not in secondary and ID.get(theme) not in secondary), text
        assert jurisdiction in JURISDICTIONS, (jurisdiction, text)
        sv = theme is not None
        rec = {
            'id': id_, 'text': text, 'hint': None, 'section': section, 'source': source, 'group': group,
            'family': family, 'licence': licence, 'is_social_value': sv,
            'theme_guess': theme if sv else 'not social value', 'secondary_themes': secondary,
            'jurisdiction': jurisdiction, 'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
        }
        for k, v in (extra or {}).items():
            assert k in rec, k
            rec[k] = v
        print(json.dumps(rec, ensure_ascii=False))

    def emit_lists(self, prefix, positives, negatives, group_of=None, licence_of=None, *, ogl_hosts=()):
        """The make-public layout: `positives` as (source, family, jurisdiction, theme, secondary, section, text[,
        extra]), numbered from 1; `negatives` as (source, family, jurisdiction, section, text[, extra]), from 100.
        Texts the committed corpus already holds are left out first (new_only), before numbering. A source the
        committed corpus already holds keeps its group; any other takes `group_of(src)` (default: the
        source itself). The licence is `licence_of(src)`, by default `host_licence(src, ogl_hosts)`. A record of a
        held-out file's source group is left out (named on stderr)."""
        positives, negatives = self.new_only(positives, 6), self.new_only(negatives, 4)

        def group(src):
            if src in self.group_of_source: return self.group_of_source[src]
            return group_of(src) if group_of else src
        licence = licence_of or (lambda src: host_licence(src, ogl_hosts))

        def held_out(src, text):
            if group(src) not in self.held_out_groups: return False
            print('from a held-out source group, left out:', text, file=sys.stderr)
            return True
        for i, (src, fam, jur, theme, sec, section, text, *x) in enumerate(positives, 1):
            if held_out(src, text): continue
            self.emit(f'{prefix}-{fam}-{i:03d}', text, section=section, source=src, group=group(src), family=fam,
                      licence=licence(src), theme=theme, secondary=sec, jurisdiction=jur, extra=x[0] if x else None)
        for j, (src, fam, jur, section, text, *x) in enumerate(negatives, 100):
            if held_out(src, text): continue
            self.emit(f'{prefix}neg-{fam}-{j:03d}', text, section=section, source=src, group=group(src), family=fam,
                      licence=licence(src), theme=None, secondary=[], jurisdiction=jur,
                      extra=x[0] if x else None)
