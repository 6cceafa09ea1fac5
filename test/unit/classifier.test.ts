import { describe, expect, it } from 'vitest';
import { BLEND, classifyWith } from '../../lib/classifier/classify';
import { chooseModel, classifyQuestion, modelForDate } from '../../lib/classifier/index';
import type { LearnedWeights } from '../../lib/classifier/learned';
import { CRITERION_IDS, THEME_IDS, type ThemeId } from '../../lib/knowledge/ids';

// All questions below were written for this project in the style of UK tender questionnaires; none is copied
// from the evaluation corpus or from a reference document.

type Expected = ThemeId | 'multiple';

const POSITIVES: [string, Expected][] = [
  // Economic inequality: jobs, skills, training, supply chain.
  ['How will you create jobs for local people through this contract?', 'economic-inequality'],
  [
    'Set out the number of apprenticeship starts you will offer over the contract term and the levels they will be at.',
    'economic-inequality',
  ],
  [
    'Describe how you will provide work experience placements for young people who are not in education, employment or training.',
    'economic-inequality',
  ],
  ['What will you do to help long-term unemployed residents of the borough back into work?', 'economic-inequality'],
  [
    'Explain how you will open up subcontracting opportunities to SMEs and VCSEs in your supply chain.',
    'economic-inequality',
  ],
  [
    'Please describe your commitment to tackling skills shortages in the digital sector, including accredited training for your contract team.',
    'economic-inequality',
  ],
  ['Create and keep good quality jobs', 'economic-inequality'],
  [
    'Outline the careers talks, mock interviews and CV workshops you will run with local schools and colleges.',
    'economic-inequality',
  ],
  ['How will you recruit prison leavers, care leavers or veterans into roles on this contract?', 'economic-inequality'],
  [
    'Describe the actions you will take to grow a diverse supply chain, including start-ups and social enterprises.',
    'economic-inequality',
  ],
  [
    'Training and recruitment: describe the targeted recruitment and training you will deliver for people facing barriers to employment.',
    'economic-inequality',
  ],
  ['Help new businesses to start and grow as part of delivering the services', 'economic-inequality'],
  ['Skills for growth: how will you upskill and retrain your workforce on this contract?', 'economic-inequality'],
  // Climate.
  ['Describe how you will work towards net zero greenhouse gas emissions in the delivery of this contract.', 'climate'],
  [
    'What additional environmental benefits will you deliver, such as tree planting or creating new green spaces with local groups?',
    'climate',
  ],
  ['Explain how you will influence your staff and suppliers to protect and improve the environment.', 'climate'],
  [
    'How will you reduce waste and increase recycling of end-of-life equipment over and above the contract requirements?',
    'climate',
  ],
  ['Fighting climate change: set out your commitments for this contract.', 'climate'],
  ['Please describe the biodiversity improvements you will support in the local area during the contract.', 'climate'],
  ['What will you do to cut the carbon footprint of delivering these services?', 'climate'],
  ['Tell us about the STEM outreach you will run with local schools during the contract.', 'economic-inequality'],
  [
    'Community wealth building: how will you keep more of the contract spend and jobs in the district?',
    'economic-inequality',
  ],
  ['What pro bono help will you give third sector organisations in the county?', 'wellbeing'],
  ['MAC 4.2: describe your commitment for this contract.', 'climate'],
  ['How will you help small firms in the area get back on their feet after the pandemic?', 'covid-recovery'],
  [
    'Set out how you will keep devices in use for longer through refurbishment and a circular economy approach.',
    'climate',
  ],
  [
    'How will you make sure the team on this contract reflects the diversity of the people it serves?',
    'equal-opportunity',
  ],
  // Equal opportunity.
  ['How will you increase the number of disabled people working on this contract?', 'equal-opportunity'],
  ['Fair pay', 'equal-opportunity'],
  ['Fair working conditions for the contract workforce', 'equal-opportunity'],
  [
    'Confirm that all staff working on the contract will be paid at least the Real Living Wage and describe how you will ensure this in your supply chain.',
    'equal-opportunity',
  ],
  [
    'Describe the action you will take to reduce the gender pay gap in the team delivering this contract.',
    'equal-opportunity',
  ],
  [
    'What steps will you take to make recruitment for this contract inclusive and accessible, including reasonable adjustments?',
    'equal-opportunity',
  ],
  [
    'Please describe how you will identify and manage the risks of modern slavery in the delivery of this contract, including in your supply chain.',
    'equal-opportunity',
  ],
  [
    'Explain how your organisation promotes equality of opportunity and prevents discrimination in the workforce delivering the service.',
    'equal-opportunity',
  ],
  ['Support people from under-represented groups into senior technical roles on the contract', 'equal-opportunity'],
  [
    'Describe your approach to Fair Work First, including the real Living Wage, effective voice and no inappropriate use of zero hours contracts.',
    'equal-opportunity',
  ],
  // Wellbeing.
  ['What will you do for the community where the work is delivered?', 'wellbeing'],
  ['Describe how you will support the physical and mental health of the contract workforce.', 'wellbeing'],
  [
    'How many volunteering hours will your staff give to local charities and community groups during the contract?',
    'wellbeing',
  ],
  [
    'Explain how you will involve service users and residents in the co-design of the service to build stronger communities.',
    'wellbeing',
  ],
  ['Describe how you will help tackle digital exclusion among older residents in the area.', 'wellbeing'],
  ['Improve community integration', 'wellbeing'],
  [
    'Describe the initiatives you will run to reduce loneliness and social isolation in the communities you serve.',
    'wellbeing',
  ],
  // COVID-19 recovery.
  ['How will you help people who lost their jobs during the COVID-19 pandemic back into employment?', 'covid-recovery'],
  ['Support local businesses and communities to recover from the impacts of coronavirus.', 'covid-recovery'],
  // Generic social value asks.
  ['Describe the social value you will deliver through this contract.', 'multiple'],
  ['What community benefits will you provide if you are awarded this contract?', 'multiple'],
  [
    'Using no more than 1,000 words, set out the additional social, economic and environmental benefits your bid will bring.',
    'multiple',
  ],
  ['Social value: please describe your proposed commitments and how they will be measured and reported.', 'multiple'],
  ['How will this contract improve the economic, social and environmental wellbeing of the council area?', 'multiple'],
  ['Please complete the TOMs measures in the attached Social Value Portal template.', 'multiple'],
  // Short criterion and theme headings, and other common asks.
  ['Wellbeing', 'wellbeing'],
  ['Equal opportunity', 'equal-opportunity'],
  ['Tackling economic inequality', 'economic-inequality'],
  ['How will you make sure the goods you supply are ethically sourced?', 'equal-opportunity'],
  ['How will your service help reduce health inequalities among residents?', 'wellbeing'],
  ['What share of the contract workforce will live within 15 miles of the site?', 'economic-inequality'],
  ['Employment and skills: describe the opportunities you will create for residents.', 'economic-inequality'],
];

const NEGATIVES: [string, string][] = [
  ['Describe how you will help local firms start using the new payments portal.', 'helping the service’s own users'],
  ['How will you find out what residents need from the new library app?', 'user research'],
  [
    'Please confirm that you have a Carbon Reduction Plan that meets PPN 006 and commits to Net Zero by 2050. This is pass/fail.',
    'carbon reduction plan',
  ],
  ['Do you hold ISO 14001 certification or operate an equivalent environmental management system?', 'ISO 14001'],
  [
    'Describe the environmental management system you use to control the environmental impacts of your operations.',
    'EMS',
  ],
  ['What is the power usage effectiveness (PUE) of the data centres hosting the service?', 'data-centre energy'],
  ['Describe how your hosting facilities minimise energy consumption and cooling demand.', 'hosting energy'],
  ['Describe your business continuity and disaster recovery arrangements for the service.', 'business continuity'],
  [
    'How will you ensure continuity of supply of the devices if a supplier in your supply chain fails?',
    'supply resilience',
  ],
  ['Explain how the platform is designed to be resilient to the loss of a single region.', 'service resilience'],
  ['How will you comply with UK GDPR and the Data Protection Act 2018 when processing personal data for us?', 'GDPR'],
  ['Describe how the service meets WCAG 2.2 AA and works with screen readers.', 'WCAG'],
  [
    'Is your citizen-facing website accessible to disabled users? Provide your accessibility statement.',
    'accessibility',
  ],
  ["Describe the training you will provide to the council's staff so they can use the new system.", 'user training'],
  ['What onboarding and user training is included in the price?', 'user training'],
  ['How do you manage security vulnerabilities and patching across the service?', 'vulnerability management'],
  ['Describe how you will detect, respond to and report security incidents.', 'incident management'],
  [
    'Are you a relevant commercial organisation under section 54 of the Modern Slavery Act 2015? If so, are you compliant with the annual reporting requirements?',
    'modern slavery SQ',
  ],
  [
    'Has your organisation received any awards for staff wellbeing in the last three years? Please give details.',
    'own wellbeing award',
  ],
  [
    "How will you work collaboratively with the buyer's in-house team and transfer knowledge before exit?",
    'knowledge transfer',
  ],
  ['Provide a summary of your service, its main features and benefits.', 'service description'],
  ['Describe the service levels and availability you will guarantee.', 'service levels'],
  ['Describe your implementation plan and the migration approach from the incumbent system.', 'implementation'],
  [
    'Please describe your approach to account management and governance meetings with the customer.',
    'account management',
  ],
  [
    'In the last three years, has an employment tribunal found your organisation guilty of unlawful discrimination?',
    'exclusion question',
  ],
  ['Provide your pricing schedule and day rates for each role.', 'pricing'],
  ['How will you recruit and retain suitably skilled staff to deliver the service?', 'resourcing'],
  ['Describe how your support desk will handle calls from users.', 'service operation'],
  ['Upload a copy of your health and safety policy.', 'health and safety policy'],
  ['Explain how you will ensure the hardware is delivered within the agreed lead times.', 'delivery'],
  ['Health and safety', 'health and safety heading'],
  ['Provide details of the apprenticeship levy your organisation pays.', 'apprenticeship levy'],
  ['Describe your approach to supply chain security.', 'supply chain security'],
  ['Please confirm you will comply with the Equality Act 2010.', 'compliance declaration'],
];

describe('classifyQuestion: social value questions', () => {
  it.each(POSITIVES)('recognises %s', (text, theme) => {
    const c = classifyQuestion(text);
    expect(c.socialValue, c.why.join(' | ')).toBe(true);
    expect(c.themeId, `themes ${c.themeIds.join(',')} why ${c.why.join(' | ')}`).toBe(theme);
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.why.length).toBeGreaterThan(0);
    for (const w of c.why) expect(text).toContain(w);
  });

  it('covers every theme and the generic ask', () => {
    const themes = new Set(POSITIVES.map(([, t]) => t));
    for (const t of THEME_IDS) expect(themes.has(t)).toBe(true);
    expect(themes.has('multiple')).toBe(true);
    expect(POSITIVES.length + NEGATIVES.length).toBeGreaterThanOrEqual(60);
  });
});

describe('classifyQuestion: hard negatives', () => {
  it.each(NEGATIVES)('rejects %s (%s)', (text) => {
    const c = classifyQuestion(text);
    expect(c.socialValue, c.why.join(' | ')).toBe(false);
    expect(c.themeId).toBeNull();
    expect(c.themeIds).toEqual([]);
    expect(c.model).toBeNull();
    expect(c.criterionIds).toEqual([]);
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('a carbon question becomes social value when it asks for benefits beyond the plan, not a pass/fail plan', () => {
    expect(classifyQuestion('Do you have a carbon reduction plan? (pass/fail)').socialValue).toBe(false);
    expect(
      classifyQuestion(
        'What additional environmental benefits will you deliver in the performance of this contract to cut greenhouse gas emissions?',
      ).socialValue,
    ).toBe(true);
  });

  it('modern slavery: a risk-management award question is social value, the statutory self-declaration is not', () => {
    const award = classifyQuestion(
      'How will you identify and manage modern slavery risks in the supply chain for this contract?',
    );
    expect(award.socialValue).toBe(true);
    expect(award.criterionIds).toContain('ppn0620-6.3');
    expect(
      classifyQuestion('Please provide a link to your modern slavery statement published under section 54.')
        .socialValue,
    ).toBe(false);
  });

  it('returns a negative verdict with no cues for empty or unrelated text', () => {
    for (const t of ['', '   ', 'Hardware and peripherals', 'Question 4.1']) {
      const c = classifyQuestion(t);
      expect(c.socialValue).toBe(false);
      expect(c.why).toEqual([]);
    }
    // A lot's heading names what is bought, and says so.
    const lot = classifyQuestion('Lot 2 – Hardware');
    expect(lot.socialValue).toBe(false);
    expect(lot.why).toEqual(['Lot 2 –']);
  });
});

describe('classifyQuestion: ids and details', () => {
  it('criterion ids are all known ids and outcomes are PPN 06/20 outcomes', () => {
    for (const [text] of POSITIVES) {
      const c = classifyQuestion(text);
      for (const id of c.criterionIds) expect(CRITERION_IDS as readonly string[]).toContain(id);
      if (c.outcomeId !== null) expect(c.outcomeId).toMatch(/^ppn0620-o[1-8]$/);
    }
  });

  it('keeps the criterion of a topic when a heavier form of it hides the lighter cue', () => {
    // "reduce anti-social behaviour" is the crime topic as an ask: the heavier cue hides the lighter one and must carry
    // its criterion, or the guidance panel would name none.
    const c = classifyQuestion('What will you do to reduce anti-social behaviour near your depots?');
    expect(c.socialValue).toBe(true);
    expect(c.themeId).toBe('wellbeing');
    expect(c.criterionIds).toContain('ppn0620-8.1');
  });

  it('names local employment for recruits from within the area, and local supply chains for firms based there', () => {
    const recruits = classifyQuestion(
      'What percentage of the contract workforce will you recruit from within the county?',
      { procurementDate: '2024-05-01' },
    );
    expect(recruits.criterionIds).toContain('ppn0620-2.2');
    expect(recruits.criterionIds).not.toContain('ppn0620-3.1');
    const firms = classifyQuestion('Percentage of contract spend with suppliers registered within the borough (%)', {
      procurementDate: '2024-05-01',
    });
    expect(firms.criterionIds).toContain('ppn0620-3.1');
  });

  it('points short criterion headings at their PPN 002 criteria under the current model', () => {
    expect(classifyQuestion('Fair pay').criterionIds[0]).toBe('ppn002-1c');
    expect(classifyQuestion('Fair working conditions').criterionIds[0]).toBe('ppn002-1b');
    expect(classifyQuestion('In-work progression for the contract workforce').criterionIds[0]).toBe('ppn002-1d');
    expect(classifyQuestion('Fair pay').nativeId).toBe('ppn002-o1');
  });

  it('puts PPN 06/20 criteria first for a PPN 06/20 procurement and reads MAC references', () => {
    const c = classifyQuestion(
      'MAC 5.1: Demonstrate action to increase the representation of disabled people in the contract workforce.',
    );
    expect(c.model).toBe('ppn-06-20');
    expect(c.criterionIds[0]).toBe('ppn0620-5.1');
    expect(c.outcomeId).toBe('ppn0620-o5');
    expect(c.nativeId).toBeNull();
  });

  it('the disabled-people cue decides the theme over shared training words', () => {
    const c = classifyQuestion(
      'Help disabled people develop new skills through training that leads to recognised qualifications',
    );
    expect(c.themeId).toBe('equal-opportunity');
    expect(c.themeIds).toContain('economic-inequality');
  });

  it('gives a Scottish community benefit its native id and nearest theme', () => {
    const c = classifyQuestion(
      'Community benefits: describe the targeted recruitment and training opportunities you will create for unemployed people.',
    );
    expect(c.model).toBe('scotland-community-benefits');
    expect(c.themeId).toBe('economic-inequality');
    expect(c.nativeId).toBe('scot-cb-training-recruitment');
    const sub = classifyQuestion(
      'Community benefit requirement: how will you advertise subcontracting opportunities to local SMEs?',
    );
    expect(sub.nativeId).toBe('scot-cb-subcontracting');
  });

  it('gives Fair Work First and Welsh well-being goal questions their native ids', () => {
    const fw = classifyQuestion(
      'Fair Work First: will everyone working on the contract be paid at least the real Living Wage?',
    );
    expect(fw.model).toBe('scotland-fair-work-first');
    expect(fw.nativeId).toBe('scot-fwf-living-wage');
    const wales = classifyQuestion(
      'How will your proposal contribute to the well-being goals, in particular a more equal Wales?',
    );
    expect(wales.model).toBe('wales-wellbeing-goals');
    expect(wales.nativeId).toBe('wales-goal-3');
    expect(wales.themeId).toBe('equal-opportunity');
  });

  it('recognises TOMs-style measures questions', () => {
    const named = classifyQuestion('National TOMs NT1: local direct employees hired on this contract.');
    expect(named.toms).toBe(true);
    expect(named.model).toBe('toms');
    const measure = classifyQuestion(
      'No. of weeks of apprenticeships on the contract for local people (Level 2, 3 or 4+)',
    );
    expect(measure.socialValue).toBe(true);
    expect(measure.toms).toBe(true);
    expect(classifyQuestion('How will you create jobs for local people?').toms).toBe(false);
  });

  it('reports the words that decided it, as they appear', () => {
    const c = classifyQuestion('Describe how you will offer Apprenticeships to Local People.');
    expect(c.why).toContain('Apprenticeships');
    expect(c.why).toContain('Local People');
    const neg = classifyQuestion('Describe your Business Continuity plan.');
    expect(neg.why).toContain('Business Continuity');
  });

  it('is deterministic', () => {
    const text = POSITIVES[5]![0];
    expect(classifyQuestion(text)).toEqual(classifyQuestion(text));
  });
  it('a word that is an Object.prototype key ("Constructors") leaves the verdict to the other words', () => {
    const text =
      'Describe how you will create apprenticeships for local people, as a member of the Considerate Constructors Scheme.';
    const c = classifyQuestion(text);
    expect(c.socialValue).toBe(true);
    expect(c.themeId).toBe('economic-inequality');
  });
});

describe('classifyQuestion: track record, measures and resources', () => {
  it('experience of similar contracts is a selection question, unless it asks for the social value delivered on them', () => {
    for (const text of [
      'Please describe two contracts you have delivered for local authorities in the last three years.',
      'Provide details of your experience of similar contracts in the education sector.',
      'Please provide details of your relevant experience within the last five years of work benefiting the local community.',
    ])
      expect(classifyQuestion(text).socialValue, text).toBe(false);
    // Under a sustainability heading too: the track record asked for is the supplier's, not a commitment.
    const timber =
      'Provide details of previous similar projects where you have managed all supply chain members to ensure a sustainable and resilient supply of timber.';
    expect(classifyQuestion(timber, { section: 'Selection: Sustainable timber supply' }).socialValue).toBe(false);
    for (const text of [
      'Provide examples of social value you have delivered on similar contracts.',
      'Describe the social value you delivered on contracts of a similar nature.',
      'Provide details of the social value you delivered on previous similar projects.',
    ])
      expect(classifyQuestion(text).socialValue, text).toBe(true);
  });

  it('a supply chain question about secure supply is not social value; one about modern slavery in it still is', () => {
    expect(
      classifyQuestion(
        'Describe how you manage your supply chain, including how you ensure sustainable and secure supply of goods.',
      ).socialValue,
    ).toBe(false);
    const slavery = classifyQuestion(
      'Describe how you manage your supply chain to identify and address modern slavery risks.',
    );
    expect(slavery.socialValue).toBe(true);
  });

  it('"environment" as a setting (working, test, hosting) is not the climate cue, and argues nothing against', () => {
    expect(classifyQuestion('Describe how you will keep a safe working environment on site.').socialValue).toBe(false);
    const diverse = classifyQuestion('Commitment to a diverse working environment in the delivery team');
    expect(diverse.socialValue).toBe(true);
    expect(diverse.themeId).toBe('equal-opportunity');
    expect(classifyQuestion('Describe how you will protect the environment in delivering the contract.').themeId).toBe(
      'climate',
    );
  });

  it('a TOMs measure line takes the theme of its one topic, however light (waste diverted from landfill)', () => {
    const c = classifyQuestion('NT5 Tonnes of waste diverted from landfill - tonnes');
    expect(c.socialValue).toBe(true);
    expect(c.toms).toBe(true);
    expect(c.themeId).toBe('climate');
  });

  it('a TOMs employment measure in either word order is economic inequality; natural resources are climate', () => {
    expect(classifyQuestion('NT1: No. of direct local employees (FTE) hired or retained on the contract').themeId).toBe(
      'economic-inequality',
    );
    expect(
      classifyQuestion('How will you reduce your use of natural resources in delivering the contract?').themeId,
    ).toBe('climate');
  });

  it('a measure of helping people to access the workplace or the labour market is economic inequality', () => {
    for (const text of [
      'Support for residents facing barriers to access the labour market',
      'Number of residents supported to access the workplace',
    ]) {
      const c = classifyQuestion(text);
      expect(c.socialValue, text).toBe(true);
      expect(c.themeId, text).toBe('economic-inequality');
    }
  });
});

describe('classifyQuestion: context', () => {
  it('a Social Value section heading lifts a weak topic cue over the line', () => {
    const text = 'What training will the team receive?';
    expect(classifyQuestion(text).socialValue).toBe(false);
    const inSection = classifyQuestion(text, { section: 'Section 6: Social Value' });
    expect(inSection.socialValue).toBe(true);
    expect(inSection.why).toContain('Social Value');
  });

  it('an answer box named by a short code ("SV Q3: Your answer") is social value only under a social value heading', () => {
    const box = 'SV Q3: Your answer (max 500 words)';
    expect(classifyQuestion(box, { section: 'Social Value - Fair work' }).socialValue).toBe(true);
    expect(classifyQuestion(box, { section: 'Technical questions' }).socialValue).toBe(false);
  });

  it('under a social value heading, a note that the commitments become contract terms belongs to it', () => {
    const note = 'Commitments offered in this section will be written into the contract as KPIs.';
    expect(classifyQuestion(note, { section: 'Section 7: Social Value' }).socialValue).toBe(true);
    expect(classifyQuestion(note).socialValue).toBe(false);
  });

  /** Each text is social value under the first heading and not under the second: the heading decides. */
  function onlyUnder(texts: readonly string[], svSection: string, otherSection: string): void {
    for (const text of texts) {
      expect(classifyQuestion(text, { section: svSection }).socialValue, `${text} | ${svSection}`).toBe(true);
      expect(classifyQuestion(text, { section: otherSection }).socialValue, `${text} | ${otherSection}`).toBe(false);
    }
  }

  it('under a social value heading, how its answers are scored or bounded belongs to it', () => {
    onlyUnder(
      [
        'Part E will be marked against three sub-criteria: relevance, additionality and how the plan is resourced.',
        'Answers to SV1 to SV4 must not exceed four sides of A4 in total.',
        'Do not include in this section anything the specification already requires: it will not be scored.',
      ],
      'Part E: Social Value (10%)',
      'Part B: Technical (40%)',
    );
  });

  it("a rates schedule's or resource plan's heading argues against its lines", () => {
    onlyUnder(['Apprentice (Level 3) – hours per week on site'], 'Social Value Commitments', 'Resource Plan');
  });

  it('a bilingual Welsh answer box and one limited per question are answer boxes', () => {
    onlyUnder(
      ['Ymateb / Response (uchafswm 500 gair / max 500 words)', 'Response (max 500 words per question)'],
      'Adran C / Section C: Community Benefits',
      'Adran B / Section B: Technical',
    );
  });

  it('under a social value heading, "select" or "choose" opens an ask as "describe" does', () => {
    const ask = 'Choose the options below that you will deliver.';
    expect(classifyQuestion(ask, { section: 'Social Value Commitments' }).socialValue).toBe(true);
    expect(classifyQuestion(ask).socialValue).toBe(false);
  });

  it('a negative named as the floor an ask goes past does not count against it', () => {
    const text =
      'Describe how you will cut carbon on this contract beyond what your published Carbon Reduction Plan already commits to.';
    expect(classifyQuestion(text).socialValue).toBe(true);
    expect(classifyQuestion('Please confirm you have published a Carbon Reduction Plan.').socialValue).toBe(false);
  });

  it('a technical section heading pushes a borderline question out (cue rules alone: the mechanism, not the weights)', () => {
    const noWeights: LearnedWeights = { version: 1, svPrior: 0, features: {} };
    // Energy efficiency is a light climate cue (energy consumption cut is a heavier one, heavier than the heading).
    const text = 'How will you improve energy efficiency on this contract?';
    const plain = classifyWith(text, {}, noWeights, BLEND);
    const technical = classifyWith(text, { section: 'Technical and security' }, noWeights, BLEND);
    expect(plain.socialValue).toBe(true);
    expect(technical.socialValue).toBe(false);
    expect(technical.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('a social value word inside a heading that argues against does not lift the text (cue rules alone)', () => {
    const noWeights: LearnedWeights = { version: 1, svPrior: 0, features: {} };
    const text = 'Suppliers report their carbon emissions.';
    // "Sustainable" alone is a heading for social value; inside "Evergreen Sustainable Supplier Assessment" it is part of
    // the NHS's pass/fail assessment's name, which argues against.
    expect(classifyWith(text, { section: 'Sustainable procurement' }, noWeights, BLEND).socialValue).toBe(true);
    expect(
      classifyWith(text, { section: 'Evergreen Sustainable Supplier Assessment' }, noWeights, BLEND).socialValue,
    ).toBe(false);
  });

  it("the Central Digital Platform's supplier information modules are pass/fail checks; a social value ask under that heading stays one", () => {
    const module =
      'Supplier information: Modern Slavery: explain why and commit to including it before the contract is awarded';
    for (const text of [
      'due diligence processes for modern slavery and human trafficking, including your supply chains',
      'training on modern slavery and trafficking available to staff',
    ]) {
      expect(classifyQuestion(text, { section: module }).socialValue, text).toBe(false);
    }
    for (const text of [
      'How will you tackle modern slavery risks in the supply chain of this contract?',
      'Describe how you will create apprenticeships for local people through this contract.',
    ]) {
      expect(classifyQuestion(text, { section: 'Supplier information' }).socialValue, text).toBe(true);
    }
  });

  it('a guidance document describing itself, now or in the future tense, asks nothing', () => {
    const section = 'Sustainable Procurement Tools: Communities: Commissioning and pre-procurement';
    for (const text of [
      'This document will provide guidance on how to apply communities requirements at each stage of the procurement process.',
      'This guidance describes how to apply communities requirements at each stage of the procurement process.',
    ])
      expect(classifyQuestion(text, { section }).socialValue, text).toBe(false);
    expect(classifyQuestion('The contractor will provide 10 apprenticeships for local people.').socialValue).toBe(true);
  });

  it('a community benefit society is a legal form of organisation, not community benefits delivered', () => {
    for (const text of [
      'Registered under the Cooperative and Community Benefit Societies Act 2014',
      'Is your organisation a community benefit society?',
    ])
      expect(classifyQuestion(text, { section: 'How was your organisation registered?' }).socialValue, text).toBe(
        false,
      );
    const ask = classifyQuestion(
      'Describe the community benefits you will deliver, for example working with local community benefit societies and charities.',
    );
    expect(ask.socialValue).toBe(true);
  });

  it('a contract duty to report on the number of a social value topic frames it (cue rules alone)', () => {
    const noWeights: LearnedWeights = { version: 1, svPrior: 0, features: {} };
    const sme = classifyWith(
      'The Supplier shall report to the Buyer on the number of engagements held with SMEs and the number of any appointed as Subcontractors within its normal reporting procedures.',
      {},
      noWeights,
      BLEND,
    );
    expect(sme.socialValue).toBe(true);
    expect(sme.themeId).toBe('economic-inequality');
    const tickets =
      'The Supplier shall report to the Buyer on the number of helpdesk tickets closed within the agreed service levels.';
    expect(classifyWith(tickets, {}, noWeights, BLEND).socialValue).toBe(false);
  });

  it('a section heading alone does not make a hard negative social value', () => {
    const c = classifyQuestion('Describe your vulnerability management process.', { section: 'Social value' });
    expect(c.socialValue).toBe(false);
  });

  it("a notice's or a brief's description of what is bought outweighs a social topic in it", () => {
    for (const text of [
      'Supporting new social enterprises as part of the growth strategy.',
      'Supported living for adults with a learning disability in the district.',
      'Research into gender equality in digital procurement.',
    ]) {
      expect(classifyQuestion(text).socialValue, text).toBe(true);
      for (const section of [
        'Description of the procurement',
        'II.2.4) Description of the lot',
        'Why the work is being done',
      ])
        expect(classifyQuestion(text, { section }).socialValue, `${text} under ${section}`).toBe(false);
    }
    // One technical heading argues against as it did (-1.5), not as a description does.
    expect(
      classifyQuestion('Supporting new social enterprises as part of the growth strategy.', { section: 'Technical' })
        .socialValue,
    ).toBe(true);
  });

  it('an award criterion named only by sustainability or the environment is social value; technical sustainability is not', () => {
    for (const [text, section] of [
      ['Sustainability', 'Award criteria (quality criterion, lot 1)'],
      ['Environmental characteristics', 'Evaluation Guides: Quality criteria'],
      ['Sustainability 10%', 'Award criteria'],
    ]) {
      const c = classifyQuestion(text!, { section });
      expect(c.socialValue, `${text} under ${section}`).toBe(true);
      expect(c.themeId).toBe('climate');
      expect(classifyQuestion(text!, { section: 'Lot description' }).socialValue, `${text} alone`).toBe(false);
    }
    for (const text of ['Technical sustainability', 'Financial sustainability', 'Health and safety', 'Training'])
      expect(classifyQuestion(text, { section: 'Award criteria' }).socialValue, text).toBe(false);
    // The heading may be written in front of the title.
    expect(classifyQuestion('Evaluation criteria: Environmental (5%)').themeId).toBe('climate');
    expect(classifyQuestion('Award criterion - Sustainability 10%').themeId).toBe('climate');
    expect(classifyQuestion('Evaluation criteria: Technical sustainability (20%)').socialValue).toBe(false);
    // A questionnaire's numbered sections in its weighting table ("Category / Question Weighting").
    expect(classifyQuestion('Section 4 - Environmental', { section: 'Category / Question Weighting' }).themeId).toBe(
      'climate',
    );
    expect(
      classifyQuestion('Section 3 - Customer Care', { section: 'Category / Question Weighting' }).socialValue,
    ).toBe(false);
    expect(classifyQuestion('Section 4 - Environmental', { section: 'Instructions for bidders' }).socialValue).toBe(
      false,
    );
  });

  it('a question under a freedom of information or EIR heading asks a public body for its records', () => {
    for (const section of ['Freedom of information request: sustainability', 'EIR release: energy procurement'])
      expect(
        classifyQuestion('What metrics do you use to measure your carbon footprint and progress towards net zero?', {
          section,
        }).socialValue,
        section,
      ).toBe(false);
  });

  it('a notice title names what is bought, even a social value service', () => {
    expect(
      classifyQuestion('Social value measurement and reporting services for the council', { section: 'Notice title' })
        .socialValue,
    ).toBe(false);
  });

  it("Welsh notices' award criteria by their initials: community wealth building (CWB), the Future Generations Act (WBFGA)", () => {
    expect(classifyQuestion('CWB (10%)', { section: 'Award criteria' }).themeId).toBe('economic-inequality');
    expect(classifyQuestion('WBFGA', { section: 'Award criteria' }).socialValue).toBe(true);
  });

  it('ISO 14001 named as an example of good practice in managing the environmental impacts is an award question', () => {
    const ask =
      'Please describe your environmental good practice systems, including ISO 14001, and how they apply to the works.';
    expect(classifyQuestion(ask).socialValue).toBe(true);
    expect(
      classifyQuestion('Do you hold ISO 14001 or an equivalent environmental management system?').socialValue,
    ).toBe(false);
  });

  it('questions under a freedom of information heading are not social value; an Employment and Skills Plan heading is', () => {
    const text = 'Have you set a net zero carbon target, and what is your timeline for reaching it?';
    expect(classifyQuestion(text, { section: 'Sustainability' }).socialValue).toBe(true);
    expect(classifyQuestion(text, { section: 'Freedom of Information request: sustainability' }).socialValue).toBe(
      false,
    );
    // A short KPI line under a construction Employment and Skills Plan is one of its measures.
    const kpi = classifyQuestion('Professional qualifications', { section: 'Employment and Skills Plan: KPI summary' });
    expect(kpi.socialValue).toBe(true);
    expect(kpi.themeId).toBe('economic-inequality');
    expect(classifyQuestion('Professional qualifications', { section: 'Programme' }).socialValue).toBe(false);
  });

  it("the NHS's pass/fail carbon requirements (Net Zero Supplier Roadmap, Net Zero Commitment, Evergreen) are not social value", () => {
    for (const [section, text] of [
      ['Net Zero Commitment', 'Please describe your approach.'],
      [
        'Overview of the Evergreen Sustainable Supplier Assessment',
        'It gives suppliers a maturity score against sustainability metrics such as emissions reporting.',
      ],
      ['NHS Net Zero Supplier Roadmap', 'Suppliers will be asked to align with the roadmap on sustainability.'],
      [
        'Carbon requirements',
        'Suppliers bidding for contracts under £5 million a year must furnish a Net Zero Commitment.',
      ],
    ] as const)
      expect(classifyQuestion(text, { section }).socialValue, text).toBe(false);
    // An ask to reduce emissions on the contract still is, whatever roadmap it names.
    const ask =
      'Describe how you will reduce carbon emissions in delivering this contract, in line with the NHS Net Zero Supplier Roadmap.';
    expect(classifyQuestion(ask, { section: 'Social value' }).socialValue).toBe(true);
  });

  it('a list is led by its first-listed theme and the themes after it come back as secondary', () => {
    for (const text of [
      'Employment, apprenticeships, work placements, donations and volunteering.',
      'Jobs, training and apprenticeships for local people, and support for community groups.',
    ]) {
      const c = classifyQuestion(text);
      expect(c.themeId, text).toBe('economic-inequality');
      expect(c.secondaryThemeIds, text).toContain('wellbeing');
    }
    expect(classifyQuestion('Volunteering, donations and apprenticeships.').themeId).toBe('wellbeing');
  });

  it('a heading that names a theme outright (COVID-19, health and wellbeing) leads the theme of the list under it', () => {
    const item = 'Offering apprenticeships and work placements to local people.';
    expect(classifyQuestion(item).themeId).toBe('economic-inequality');
    const covid = classifyQuestion(item, { section: 'Theme 1: COVID-19 recovery' });
    expect(covid.themeId).toBe('covid-recovery');
    expect(covid.secondaryThemeIds).toContain('economic-inequality');
    // A wellbeing heading leads the same way ("Support health and wellbeing in the workforce", the model's MAC 7.1).
    expect(
      classifyQuestion('Flexible working and a reasonable adjustments passport', {
        section: 'Support health and wellbeing in the workforce',
      }).themeId,
    ).toBe('wellbeing');
    // Bare "fair work" is PPN 002's Outcome 1 (economic inequality), and Scotland's Fair Work First in a Scottish text.
    const fairWork = 'Describe how you will promote fair work on this contract.';
    expect(classifyQuestion(fairWork).themeId).toBe('economic-inequality');
    expect(classifyQuestion(fairWork, { section: 'Scottish Government: award criteria' }).themeId).toBe(
      'equal-opportunity',
    );
    // A heading lead does not override an item that names another theme as heavily itself.
    expect(classifyQuestion('Fair working conditions', { section: 'Outcome 1: Fair work' }).themeId).toBe(
      'equal-opportunity',
    );
    // A heading without a theme name leaves the item's own theme.
    expect(classifyQuestion(item, { section: 'Community benefits' }).themeId).toBe('economic-inequality');
  });

  it('a bare answer label under a social value heading counts however its generic words are weighted', () => {
    const against = [-500, 0, 0, 0, 0, 0];
    const weights: LearnedWeights = {
      version: 1,
      svPrior: 0,
      features: { supplier: against, respons: against, 'supplier respons': against },
    };
    const label = classifyWith('Supplier response (max 500 words)', { section: 'Community Benefits' }, weights, BLEND);
    expect(label.socialValue).toBe(true);
    expect(classifyWith('Supplier response', { section: 'Mobilisation' }, weights, BLEND).socialValue).toBe(false);
    // Naming the question it answers and its limit.
    for (const box of [
      'Your answer to SV2 (300 words maximum)',
      'Response to Q7.1 - 1,000 words max; tables count',
      'Response to AV3 (300 words)',
      'Your response to SV2 (no more than two sides of A4)',
    ]) {
      expect(classifyWith(box, { section: 'Social Value (10%)' }, weights, BLEND).socialValue).toBe(true);
      expect(classifyWith(box, { section: 'Technical delivery' }, weights, BLEND).socialValue).toBe(false);
    }
  });

  it("a notice's title and CPV codes name what is bought, however social its subject", () => {
    const title = 'Consultancy support for the Council’s community wealth building strategy';
    expect(classifyQuestion(title).socialValue).toBe(true);
    expect(classifyQuestion(title, { section: 'II.1.1) Title' }).socialValue).toBe(false);
    const cpv = 'Additional CPV codes: 85312320 Counselling services; 85323000 Community health services';
    expect(classifyQuestion(cpv, { section: 'II.2.2) Additional CPV code(s)' }).socialValue).toBe(false);
  });

  it('an answer box under a heading numbered in the social value series counts as one under a social value heading', () => {
    expect(
      classifyQuestion('Your response (max 300 words)', { section: 'Question SV3 – Apprenticeships (4%)' }).socialValue,
    ).toBe(true);
    expect(
      classifyQuestion('Your response (max 300 words)', { section: 'Question T3 – Mobilisation (4%)' }).socialValue,
    ).toBe(false);
  });

  it('names community benefits and social value in Welsh, as bilingual Welsh documents do', () => {
    expect(classifyQuestion('Adran 5: Buddion Cymunedol (5%)').socialValue).toBe(true);
    expect(classifyQuestion('Please describe your approach.', { section: 'Gwerth Cymdeithasol' }).socialValue).toBe(
      true,
    );
  });

  it('a generic ask in the answer box is social value under a social value heading, and only there', () => {
    const ask = 'Please describe your approach.';
    expect(classifyQuestion(ask).socialValue).toBe(false);
    const climate = classifyQuestion(ask, { section: 'Social Value: Fighting climate change (10%)' });
    expect(climate.socialValue).toBe(true);
    expect(climate.themeId).toBe('climate');
    expect(climate.confidence).toBe(0.5);
    const plain = classifyQuestion('4.2 Set out your proposal.', { section: 'Community Benefits' });
    expect(plain.socialValue).toBe(true);
    expect(plain.themeId).toBe('multiple');
    // The ask's own words carry no theme: under a heading with none, no theme is guessed from them.
    for (const text of [ask, 'Please set out your proposals in no more than 500 words.']) {
      const generic = classifyQuestion(text, { section: 'Social Value' });
      expect(generic.socialValue).toBe(true);
      expect(generic.themeId).toBe('multiple');
      expect(generic.secondaryThemeIds).toEqual([]);
    }
    // Portals often label the answer box only "Response": under a social value heading it is the social value answer.
    const response = classifyQuestion('Response', {
      section: 'Question 5: Social Value - Tackling economic inequality',
    });
    expect(response.socialValue).toBe(true);
    expect(response.themeId).toBe('economic-inequality');
    expect(classifyQuestion('Supplier response (max 500 words)', { section: 'Community Benefits' }).socialValue).toBe(
      true,
    );
    expect(classifyQuestion('Response', { section: 'Technical approach' }).socialValue).toBe(false);
    expect(classifyQuestion('Response', { section: 'Mobilisation' }).socialValue).toBe(false);
    // A heading that is a theme by name, or a strong cue with a theme, gives the generic ask its theme.
    expect(classifyQuestion('Please provide details.', { section: 'Fair Work First' }).themeId).toBe(
      'equal-opportunity',
    );
    expect(classifyQuestion('Please describe.', { section: 'Net Zero' }).themeId).toBe('climate');
    // A question numbered in the social value series is social value; short form fields under the heading are not.
    expect(classifyQuestion('SV1.2 Please describe your approach').socialValue).toBe(true);
    for (const field of ['Name of organisation', 'Contract reference', 'Date', 'Word count: 500'])
      expect(classifyQuestion(field, { section: 'Social value' }).socialValue).toBe(false);
    // A weighting stated under a social value heading is how social value is weighted.
    expect(
      classifyQuestion('Weighting must be 0, or between 10 and 20.', { section: 'Evaluation weighting: Social value' })
        .socialValue,
    ).toBe(true);
    // A share of the score under a social value heading says how social value is weighted; elsewhere it does not.
    expect(classifyQuestion('Can be up to 20% of the quality score', { section: 'Social value' }).socialValue).toBe(
      true,
    );
    expect(
      classifyQuestion('Can be up to 20% of the quality score', { section: 'Technical approach' }).socialValue,
    ).toBe(false);
    // A "Social values" heading is a social value heading too.
    expect(classifyQuestion('Please describe your approach.', { section: 'Social values' }).socialValue).toBe(true);
    // ... written out as "per cent" too.
    expect(classifyQuestion('Worth 10 per cent of the marks', { section: 'Social value' }).socialValue).toBe(true);
    expect(classifyQuestion('Worth 10 per cent of the marks', { section: 'Technical approach' }).socialValue).toBe(
      false,
    );
    // A list of priority groups for targeted recruitment is a social value list; its items may be singular.
    for (const item of ['Care leaver', 'Military service leaver', 'Armed forces veteran'])
      expect(classifyQuestion(item, { section: 'Priority groups for targeted recruitment' }).themeId).toBe(
        'economic-inequality',
      );
    // Not under a technical heading, not a statement, not an ask with a negative cue in it.
    expect(classifyQuestion(ask, { section: 'Technical approach' }).socialValue).toBe(false);
    expect(
      classifyQuestion('Set maximum word counts for each question.', { section: 'Social value' }).socialValue,
    ).toBe(false);
    expect(
      classifyQuestion('Please describe your business continuity arrangements.', { section: 'Social value' })
        .socialValue,
    ).toBe(false);
    // A generic-looking ask the learned part clearly rejects (log-odds below -2) is not social value either, nor one for
    // the organisation's details; the generic words themselves ("Please provide details of ...") are not held against it.
    expect(classifyQuestion('Please provide your VAT number.', { section: 'Social value' }).socialValue).toBe(false);
    expect(classifyQuestion('Please provide your postal address', { section: 'Social value' }).socialValue).toBe(false);
    expect(classifyQuestion('Please provide details of your proposal.', { section: 'Social value' }).socialValue).toBe(
      true,
    );
  });
});

describe('chooseModel', () => {
  it('a model named in the question wins over the date and the setting', () => {
    const ctx = { procurementDate: '2025-11-03', preferredModel: 'ppn-026' as const };
    expect(chooseModel('Under PPN 06/20, describe ...', ctx).model).toBe('ppn-06-20');
    expect(chooseModel('Using the PPN 002 model social value question ...', ctx).model).toBe('ppn-002');
    expect(chooseModel('In line with PPN 026 ...', ctx).model).toBe('ppn-026');
    expect(chooseModel('Describe your community benefits', ctx).model).toBe('scotland-community-benefits');
    expect(chooseModel('Describe how you meet Fair Work First', ctx).model).toBe('scotland-fair-work-first');
    expect(chooseModel('Contribution to the Well-being of Future Generations (Wales) Act goals', ctx).model).toBe(
      'wales-wellbeing-goals',
    );
    expect(chooseModel('Complete the TOMs measures', ctx).model).toBe('toms');
    expect(chooseModel('Under PPN 06/20, describe ...', ctx).reason).toBe('the question names "PPN 06/20"');
  });

  it('reads the model from the section or hint when the question does not name one', () => {
    const r = chooseModel('Describe your commitments.', { section: 'Social Value (PPN 002)' });
    expect(r).toEqual({ model: 'ppn-002', reason: 'the section names "PPN 002"' });
  });

  it('uses the procurement date boundaries', () => {
    expect(chooseModel('x', { procurementDate: '2025-02-23' }).model).toBe('ppn-06-20');
    expect(chooseModel('x', { procurementDate: '2025-02-24' }).model).toBe('ppn-002');
    expect(chooseModel('x', { procurementDate: '2026-12-31' }).model).toBe('ppn-002');
    expect(chooseModel('x', { procurementDate: '2027-01-01' }).model).toBe('ppn-002'); // audit H1: never PPN 026 from a date
    expect(chooseModel('x', { procurementDate: '2025-11-03' }).reason).toContain('procurement date 2025-11-03');
    expect(modelForDate('2021-06-01')).toBe('ppn-06-20');
  });

  it('ignores an invalid date, then uses the setting, then the default', () => {
    expect(chooseModel('x', { procurementDate: '2025-13-45', preferredModel: 'ppn-06-20' })).toEqual({
      model: 'ppn-06-20',
      reason: 'your setting',
    });
    expect(chooseModel('x', { preferredModel: 'auto' }).model).toBe('ppn-002');
    expect(chooseModel('x').model).toBe('ppn-002');
  });

  it('classifyQuestion reports the chosen model and reason', () => {
    const c = classifyQuestion('How will you create apprenticeships?', { procurementDate: '2024-05-01' });
    expect(c.model).toBe('ppn-06-20');
    expect(c.modelReason).toContain('2024-05-01');
    expect(c.criterionIds[0]).toMatch(/^ppn0620-/);
    const later = classifyQuestion('How will you create apprenticeships?', { procurementDate: '2027-03-01' });
    expect(later.model).toBe('ppn-002'); // audit H1: never PPN 026 from a date
    expect(later.nativeId).not.toBe('ppn026-skills');
  });
});
