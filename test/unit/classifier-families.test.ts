/**
 * The question families issue 12 names as missed (Scottish sustainable procurement wording, Welsh community benefit
 * asks, menus and bare lists, council measure lines, lists led by jobs and training) and its hard negatives.
 *
 * The texts below are real (source in each comment) and are NOT in test/corpus, so neither the cue rules' authors'
 * corpus nor the naive Bayes weights have seen them verbatim. The cue-only checks run with empty learned weights, so
 * they pass or fail on the rules alone. The last block re-runs grouped cross-validation on the corpus (no source
 * document in both training and test folds) and holds regression floors under the targets.
 */
import { describe, expect, it } from 'vitest';
import { BLEND, classifyQuestion, classifyWith } from '../../lib/classifier/classify';
import { loadCorpusFiles } from '../../lib/classifier/corpus-node';
import type { LearnedWeights } from '../../lib/classifier/learned';
import { DEFAULT_TRAIN } from '../../lib/classifier/train';
import {
  assignFolds,
  crossValidate,
  LABEL_TO_THEME,
  rates,
  repeatedCv,
  tallyVerdicts,
  textClusters,
  textKey,
  textShape,
} from '../../scripts/eval';

const NO_WEIGHTS: LearnedWeights = { version: 1, svPrior: 0, features: {} };
const cuesOnly = (text: string) => classifyWith(text, {}, NO_WEIGHTS, BLEND);

// sustainableprocurementtools.scot .../waste/waste-and-efficient-resource-consumption/award/ (OGL v3), cut where the
// stored page text breaks off.
const SPT_WASTE_DEVICES =
  'Please provide details of the services which could be made available under this contract in the end of life management of devices, promoting their re-use, re-condition, re-manufacture and recycling';
// https://cheshirewestandchester.gov.uk/.../social-value (council copyright; short quotation).
const CHESHIRE_MENU =
  'This framework sets out a menu of measures for specific areas of social value that suppliers can choose from to describe the social value they would deliver as part of a specific contract';
// https://businessinneathporttalbot.com/skills-and-training/community-benefits (council copyright; short quotation).
const NPT_OFFICER =
  'Successful contractors are expected to work with the Council’s Community Benefits Officer to maximise community benefits on projects';
// https://www.torbay.gov.uk/council/social-value/toms-dos-and-donts/ (council copyright; short quotation).
const TORBAY_DOUBLE = 'Avoid ‘double counting’ - It is important that bidders only claim Social Value once';
// Sell2Wales notice AUG447468 (OGL v3): the community benefits block as one field (the corpus holds its items one by one).
const HAFOD_LIST = [
  'Community benefits covers a wide range of activities and Hafod asks its Contractors to understand and deliver the activities which creates the most value to our communities, these can include:',
  '• Creating and maximising local opportunities',
  '• Training and recruitment opportunities for the long term economically inactive (long term economically inactive means those not been in paid employment in the last 3 months immediately prior to the date of this invitation)',
  '• Volunteering days',
  '• Landscaping/Building Services support to regenerate for communal areas',
  '• Support for local youth groups and other community groups',
  '• Sponsoring of mini sporting tournament or event',
].join('\n');
// http://www.carmarthenshire.gov.wales/home/business/tenders-contracts/community-benefits.aspx (OGL v3): the list as one field.
const CARMS_LIST = [
  'Training and employment: Promote skills & labour, offer apprenticeships.',
  'Supply Chain initiatives: Supplier engagement, second tier supply chain opportunities.',
  'Working with 3rd Sector & supported factories & businesses.',
  'Community Initiatives: Volunteering days, support for local youth groups and other community groups, mini sporting tournaments.',
  'Education Contribution: Work/school placements, talks to children on career paths.',
].join('\n');
// https://businessinneathporttalbot.com/skills-and-training/community-benefits: the list as one field.
const NPT_LIST = [
  '• Targeted Recruitment & Training (TR&T) – to include apprenticeships, work experience and employment of disadvantaged groups',
  '• Supply Chain Initiatives – maximising opportunities for SME’s to tender or bid for contract opportunities',
  '• Environmental initiatives – support for the Council’s Decarbonisation & Renewable Energy strategy',
  '• Community initiatives – support for local community projects',
].join('\n');

// Hard negatives. https://procurementjourney.scot/route/route-2?page=12 (OGL v3): financial evaluation criteria.
const PJ_FINANCIAL =
  'Quantifiable financial benefits arising from the technical evaluation (e.g. speed, fuel or electricity consumption, coverage, shelf life, etc.)';
const PJ_ELECTRONIC =
  'Where ITT documents cannot be issued electronically (for example because the information is sensitive or the contract is of a nature that requires specialised tools and/or files) then you can use other means to issue the documents.';
// sustainableprocurementtools.scot .../climate-change/climate-standardised-statements-guidance/ (OGL v3): pass/fail selection.
const SPT_CLIMATE_PLAN_Q = 'SELECTION SCORING GUIDANCE - for Question 4C.7 in the Qualification Envelope';
// https://www.procurementjourney.scot/route-3/route-3-develop-documents (OGL v3).
const PJ_CONFIDENTIAL =
  'You should ot disclose information provided by tenderers that has been designated as confidential, including, but not limited to, technical or trade secrets and the confidential aspects of tenders.';

describe('named families, cue rules alone (texts outside the corpus)', () => {
  it('re-use and remanufacture under this contract is a climate question', () => {
    const c = cuesOnly(SPT_WASTE_DEVICES);
    expect(c.socialValue).toBe(true);
    expect(c.themeId).toBe('climate');
  });
  it('a menu of social value measures to choose from is social value', () => {
    expect(cuesOnly(CHESHIRE_MENU).socialValue).toBe(true);
  });
  it('community benefit and social value instructions are social value', () => {
    expect(cuesOnly(NPT_OFFICER).socialValue).toBe(true);
    expect(cuesOnly(TORBAY_DOUBLE).socialValue).toBe(true);
  });
  it('a bare list of community benefits led by jobs and training is economic inequality first, wellbeing second', () => {
    for (const text of [HAFOD_LIST, CARMS_LIST, NPT_LIST]) {
      const c = cuesOnly(text);
      expect(c.socialValue, text.slice(0, 40)).toBe(true);
      expect(c.themeId, text.slice(0, 40)).toBe('economic-inequality');
    }
    expect(cuesOnly(HAFOD_LIST).secondaryThemeIds).toContain('wellbeing');
  });
  it('financial, tender-process and pass/fail texts are not social value', () => {
    for (const text of [PJ_FINANCIAL, PJ_ELECTRONIC, SPT_CLIMATE_PLAN_Q, PJ_CONFIDENTIAL]) {
      expect(cuesOnly(text).socialValue, text.slice(0, 40)).toBe(false);
      expect(classifyQuestion(text).socialValue, text.slice(0, 40)).toBe(false);
    }
  });
});

describe('named families with the committed model (texts outside the corpus)', () => {
  it('classifies the held-out positives as social value with the expected themes', () => {
    expect(classifyQuestion(SPT_WASTE_DEVICES).themeId).toBe('climate');
    for (const text of [CHESHIRE_MENU, NPT_OFFICER, TORBAY_DOUBLE])
      expect(classifyQuestion(text).socialValue).toBe(true);
    for (const text of [HAFOD_LIST, CARMS_LIST, NPT_LIST])
      expect(classifyQuestion(text).themeId).toBe('economic-inequality');
  });
});

/**
 * Issue 12's targets are precision and recall >= 0.95 and primary theme >= 0.90. With batches 31-104 joined (prose from
 * guidance, case studies, reports, news, measure pages, questionnaires, specifications and notices of English, devolved,
 * NHS, housing, central government, transport, education, defence and blue-light bodies, much of it hard), grouped CV
 * stands at 0.815 / 0.909 / 0.841 (mean of five other assignments 0.814 / 0.908 / 0.839): the targets are not met, and
 * test/corpus/README.md says so. The floors below sit under the figures, so that no change to the rules or the training
 * can make them worse unnoticed; raise them as the figures rise.
 *
 * A harder batch joining lowers the whole-corpus figures without any change to the rules (batches 71-73, university,
 * NHS and Welsh policy prose, score 0.668 / 0.801 / 0.723 in CV). So the records the corpus held before batch 68 (every
 * file but public-texts-60 and later, 6,323 records) keep the floors they had then, 0.85 / 0.92 / 0.85, in the same CV:
 * a regression on them cannot hide behind new data.
 *
 * The same holds for the 7,902 records held before batch 84 (every file but public-texts-76 and later), at the whole
 * corpus's floors until then, 0.83 / 0.91 / 0.84: batches 84-87 (a facilities management specification, the Central
 * Digital Platform's supplier forms, Scottish Government action plans, Procurement Act schema definitions and technology
 * case studies: 0.926, 0.615, 0.000 and 0.375 precision in CV) took the whole corpus to 0.824 / 0.910 / 0.841 with no
 * rule change, while those records held 0.831 / 0.914 / 0.846. The whole corpus keeps looser floors of its own
 * (0.81 / 0.89 / 0.82), against a collapse.
 */
const FLOOR = { precision: 0.81, recall: 0.89, theme: 0.82 };
const batchNumber = (file: string) => {
  const batchFile = /^public-texts-(\d+)\.jsonl$/.exec(file);
  return batchFile === null ? -1 : Number(batchFile[1]);
};
/** Records held before a batch joined, their count, and their floors. Batch N from batch 31 on is public-texts-<N-8>. */
const HELD_BEFORE = [
  { batch: 68, records: 6323, floor: { precision: 0.85, recall: 0.92, theme: 0.85 } },
  { batch: 84, records: 7902, floor: { precision: 0.83, recall: 0.91, theme: 0.84 } },
];

describe('grouped cross-validation on test/corpus (regression floors under issue 12 targets)', () => {
  const files = loadCorpusFiles();
  const corpus = files.flatMap((f) => f.records);
  const cv = crossValidate(corpus, 5, BLEND);
  const rate = (a: number, b: number) => a / (a + b);
  it('precision, recall and primary theme stay at or above the floors', () => {
    const t = cv.all;
    expect(rate(t.tp, t.fp)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(rate(t.tp, t.fn)).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(t.thOk / t.th).toBeGreaterThanOrEqual(FLOOR.theme);
  });
  for (const { batch, records, floor } of HELD_BEFORE) {
    it(`the records held before batch ${batch} keep their own floors in the same cross-validation`, () => {
      const old = files.filter((f) => batchNumber(f.file) < batch - 8).flatMap((f) => f.records);
      expect(old).toHaveLength(records);
      const t = rates(tallyVerdicts(old, cv.verdicts));
      expect(t.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(t.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(t.theme).toBeGreaterThanOrEqual(floor.theme);
    });
  }
  it('the floors hold on the mean of five other fold assignments too (one lucky assignment does not pass)', () => {
    const { runs, mean } = repeatedCv(corpus, 5, BLEND, DEFAULT_TRAIN, 5);
    expect(runs).toHaveLength(5);
    expect(mean.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(mean.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(mean.theme).toBeGreaterThanOrEqual(FLOOR.theme);
  }, 60_000);
  it('a text held by two groups (the same words, case and punctuation aside) puts both groups in one fold', () => {
    const rec = (id: string, group: string, text: string) =>
      ({ ...corpus[0]!, id, group, text }) as (typeof corpus)[number];
    const records = [
      rec('a1', 'page-a', 'Social Value: 20%'),
      rec('b1', 'page-b', 'social value 20 %'),
      rec('c1', 'page-c', 'Apprenticeships;'),
      rec('d1', 'page-d', 'Apprenticeships'),
      rec('d2', 'page-d', 'Work placements'),
      rec('e1', 'page-e', 'Net zero'),
    ];
    const clusters = textClusters(records);
    expect(clusters.get('page-a')).toBe(clusters.get('page-b'));
    expect(clusters.get('page-c')).toBe(clusters.get('page-d'));
    expect(clusters.get('page-e')).toBe('page-e');
    for (const seed of [0, 1, 2, 3]) {
      const folds = assignFolds(records, 3, seed);
      expect(folds.get('page-a'), `seed ${seed}`).toBe(folds.get('page-b'));
      expect(folds.get('page-c'), `seed ${seed}`).toBe(folds.get('page-d'));
    }
    // In the corpus: no normalised text is in two folds.
    const folds = assignFolds(corpus, 5, 0);
    const foldOfText = new Map<string, number>();
    for (const r of corpus) {
      const key = textKey(r.text);
      const f = folds.get(r.group)!;
      expect(foldOfText.get(key) ?? f, r.id).toBe(f);
      foldOfText.set(key, f);
    }
  });

  it('repeated assignments keep every group in one fold, balance the folds and differ from each other', () => {
    const groupsOf = (seed: number) => assignFolds(corpus, 5, seed);
    const a = groupsOf(1);
    const b = groupsOf(2);
    expect(groupsOf(1)).toEqual(a);
    expect([...a.keys()].some((g) => a.get(g) !== b.get(g))).toBe(true);
    const load = [0, 0, 0, 0, 0];
    for (const r of corpus) load[a.get(r.group)!]! += 1;
    expect(Math.max(...load) - Math.min(...load)).toBeLessThan(corpus.length * 0.05);
  });
  it('the named families are found on held-out folds', () => {
    for (const [fam, min] of [
      ['council-measures', 0.95],
      ['wales-cb', 0.9],
      ['scot-cb', 0.85],
      ['scot-spt', 0.8],
    ] as const) {
      const t = cv.families.get(fam);
      expect(t, fam).toBeDefined();
      expect(rate(t!.tp, t!.fn), fam).toBeGreaterThanOrEqual(min);
    }
  });
});

describe("the shared dev set (the team's own labelled questions, test/corpus/shared-dev.jsonl)", () => {
  // A rule written for the corpus's labels must not move these: PPN 002's bare "Fair work" outcome is economic
  // inequality here, while Scotland's Fair Work First is equal opportunity.
  const dev = loadCorpusFiles().find((f) => f.file === 'shared-dev.jsonl')!.records;
  it('holds its 37 questions', () => {
    expect(dev).toHaveLength(37);
  });
  it.each(dev.map((r) => [r.id, r] as const))('%s: detection and single theme as labelled', (_id, r) => {
    const c = classifyQuestion(r.text, { section: r.section ?? undefined, hint: r.hint ?? undefined });
    expect(c.socialValue).toBe(r.is_social_value);
    const theme = LABEL_TO_THEME[r.theme_guess];
    if (r.is_social_value && theme && theme !== 'multiple') expect(c.themeId).toBe(theme);
  });
});

describe('the CV breakdown by text shape', () => {
  it('tells questions and asks from short items and prose', () => {
    expect(textShape('Q4.2 Please describe how you will reduce emissions.')).toBe('question or ask');
    expect(textShape('Are local opportunities being created?')).toBe('question or ask');
    expect(textShape('The Contractor shall pay the real Living Wage.')).toBe('question or ask');
    expect(textShape('No. of local people employed (FTE)')).toBe('short item');
    expect(
      textShape('Community benefits are included in this requirement and will form part of the contract terms.'),
    ).toBe('prose');
  });
});
