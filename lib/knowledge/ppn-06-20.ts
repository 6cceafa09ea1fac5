/**
 * PPN 06/20 Social Value Model (2020): 5 themes, 8 policy outcomes, 23 model award criteria (MACs).
 * Titles and summaries are Social Value Lens's paraphrases. Several official MAC titles are unconfirmed
 * (`titleVerification: 'unconfirmed'`) and the model's reporting-metric list is unconfirmed, so every metric here
 * is marked unconfirmed. Source: reference notes sections 1.3-1.8.
 */
import type { Criterion, Fact, Metric, Outcome, Theme } from './schema';
import { SRC, at } from './sources';

const EC = 'Executive Compass theme summaries';
const TH = 'thrive-platform theme blogs';

/** A metric kind believed to be in the model's reporting-metric list (the list itself is unconfirmed). */
const reported = (label: string): Metric => ({ label, verification: 'unconfirmed', origin: 'reported' });
/** A metric kind Social Value Lens suggests; not from the model. */
const suggested = (label: string): Metric => ({ label, verification: 'unconfirmed', origin: 'suggested' });

const M_JOBS = reported('Full-time equivalent jobs created on the contract, by UK region');
const M_LEARNING = reported('People-hours of learning or training delivered');
const M_PLACEMENTS = reported('Apprenticeship, training and T Level placement starts, by level (2, 3, 4+)');
const M_SPEND = reported('Spend through the contract\'s supply chain with SMEs, VCSEs and new businesses');
const M_CARBON = reported('Emissions cut, in tonnes of CO2 equivalent');
const M_DISABLED = reported('Disabled people working on the contract (number and percentage)');
const M_VOLUNTEER = reported('Volunteering and community support hours');
const M_WELLBEING = reported('Workforce wellbeing measures (for example staff survey results over time)');

export const PPN0620_THEMES = [
  {
    id: 'covid-recovery', modelId: 'ppn-06-20', number: 1, title: 'COVID-19 recovery',
    summary: 'Helping people, communities and organisations recover from the pandemic. Dropped from the 2025 model.',
    source: at(SRC.ppn0620Model, 'Theme 1'), verification: 'verified',
  },
  {
    id: 'economic-inequality', modelId: 'ppn-06-20', number: 2, title: 'Tackling economic inequality',
    summary: 'New businesses, jobs and skills, and a more resilient, diverse supply chain.',
    source: at(SRC.ppn0620Model, 'Theme 2'), verification: 'verified',
  },
  {
    id: 'climate', modelId: 'ppn-06-20', number: 3, title: 'Fighting climate change',
    summary: 'Environmental benefits beyond the contract requirement, including progress towards net zero.',
    source: at(SRC.ppn0620Model, 'Theme 3'), verification: 'verified',
  },
  {
    id: 'equal-opportunity', modelId: 'ppn-06-20', number: 4, title: 'Equal opportunity',
    summary: 'Closing the disability employment gap and tackling inequality in the contract workforce.',
    source: at(SRC.ppn0620Model, 'Theme 4'), verification: 'verified',
  },
  {
    id: 'wellbeing', modelId: 'ppn-06-20', number: 5, title: 'Wellbeing',
    summary: 'Health and wellbeing of the workforce and wider community, and stronger, integrated communities.',
    source: at(SRC.ppn0620Model, 'Theme 5'), verification: 'verified',
  },
] as const satisfies readonly Theme[];

export const PPN0620_OUTCOMES = [
  {
    id: 'ppn0620-o1', modelId: 'ppn-06-20', number: 1, themeId: 'covid-recovery', nearestTheme: 'covid-recovery', isGap: false,
    title: 'Communities recovering from COVID-19',
    summary: 'Help local communities cope with and recover from the effects of the pandemic.',
    source: at(SRC.ppn0620Model, 'Theme 1, Policy outcome 1'), verification: 'verified',
  },
  {
    id: 'ppn0620-o2', modelId: 'ppn-06-20', number: 2, themeId: 'economic-inequality', nearestTheme: 'economic-inequality', isGap: false,
    title: 'New businesses, jobs and skills',
    summary: 'Create new businesses, jobs and skills through the contract.',
    source: at(SRC.ppn0620Model, 'Theme 2, Policy outcome 2', 'CCS framework data'), verification: 'verified',
  },
  {
    id: 'ppn0620-o3', modelId: 'ppn-06-20', number: 3, themeId: 'economic-inequality', nearestTheme: 'economic-inequality', isGap: false,
    title: 'Supply chain resilience and capacity',
    summary: 'Make the supply chain stronger and more capable: diverse suppliers, innovation, fair collaboration and cyber resilience.',
    source: at(SRC.ppn0620Model, 'Theme 2, Policy outcome 3', `${TH}; ${EC}`), verification: 'secondary',
  },
  {
    id: 'ppn0620-o4', modelId: 'ppn-06-20', number: 4, themeId: 'climate', nearestTheme: 'climate', isGap: false,
    title: 'Environmental stewardship',
    summary: 'Look after the environment effectively while delivering the contract.',
    source: at(SRC.ppn0620Model, 'Theme 3, Policy outcome 4', `${EC}; Sharpe Pritchard`), verification: 'secondary',
  },
  {
    id: 'ppn0620-o5', modelId: 'ppn-06-20', number: 5, themeId: 'equal-opportunity', nearestTheme: 'equal-opportunity', isGap: false,
    title: 'Disability employment gap',
    summary: 'Reduce the gap between employment rates of disabled and non-disabled people.',
    source: at(SRC.ppn0620Model, 'Theme 4, Policy outcome 5', `${TH}; ${EC}`), verification: 'secondary',
  },
  {
    id: 'ppn0620-o6', modelId: 'ppn-06-20', number: 6, themeId: 'equal-opportunity', nearestTheme: 'equal-opportunity', isGap: false,
    title: 'Workforce inequality',
    summary: 'Tackle inequality in the workforce, including pay, progression and modern slavery risk.',
    source: at(SRC.ppn0620Model, 'Theme 4, Policy outcome 6', `${TH}; ${EC}`), verification: 'secondary',
  },
  {
    id: 'ppn0620-o7', modelId: 'ppn-06-20', number: 7, themeId: 'wellbeing', nearestTheme: 'wellbeing', isGap: false,
    title: 'Health and wellbeing',
    summary: 'Better physical and mental health for the people delivering the contract and for others it reaches.',
    source: at(SRC.ppn0620Model, 'Theme 5, Policy outcome 7', `${TH}; ${EC}`), verification: 'secondary',
  },
  {
    id: 'ppn0620-o8', modelId: 'ppn-06-20', number: 8, themeId: 'wellbeing', nearestTheme: 'wellbeing', isGap: false,
    title: 'Community integration',
    summary: 'Strengthen community integration, working with the people the contract serves.',
    source: at(SRC.ppn0620Model, 'Theme 5, Policy outcome 8', `${TH}; ${EC}`), verification: 'secondary',
  },
] as const satisfies readonly Outcome[];

type MacInput = Omit<Criterion, 'modelId' | 'nearestTheme' | 'source'> & { via?: string };

function mac(c: MacInput): Criterion {
  const { via, ...rest } = c;
  return {
    ...rest,
    modelId: 'ppn-06-20',
    nearestTheme: c.themeId ?? 'economic-inequality',
    source: at(SRC.ppn0620Model, `Policy outcome ${c.code.split('.')[0]}, MAC ${c.code}`, via),
  };
}

export const PPN0620_CRITERIA: readonly Criterion[] = [
  mac({
    id: 'ppn0620-1.1', code: '1.1', outcomeId: 'ppn0620-o1', themeId: 'covid-recovery',
    title: 'Jobs and retraining for people who lost work in the pandemic',
    summary: 'Jobs, retraining and routes back to work for people who lost employment in the pandemic, with a lean towards growing sectors.',
    lookFor: [
      'Who the roles are for and how you will reach them (for example through local employment services)',
      'A number of jobs or retraining places on this contract, with dates',
      'Links to growth sectors such as digital skills',
      'How you will track whether people stay in work',
    ],
    metrics: [M_JOBS, M_LEARNING], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: `${EC}; ${TH}`,
  }),
  mac({
    id: 'ppn0620-1.2', code: '1.2', outcomeId: 'ppn0620-o1', themeId: 'covid-recovery',
    title: 'Helping people and communities recover',
    summary: 'Support people and communities, especially those hardest hit, to cope with and recover from the pandemic.',
    lookFor: [
      'A named group or place and the need you will meet',
      'Activity beyond the contract\'s core deliverables (for example digital inclusion support)',
      'Partners you will work with and a timed plan',
      'How you will measure the difference made',
    ],
    metrics: [M_VOLUNTEER], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: EC,
  }),
  mac({
    id: 'ppn0620-1.3', code: '1.3', outcomeId: 'ppn0620-o1', themeId: 'covid-recovery',
    title: 'Helping organisations recover and adapt',
    summary: 'Support organisations and businesses to recover, including adopting new ways of working to deliver services.',
    lookFor: [
      'Which organisations benefit (for example local SMEs or charities)',
      'Concrete support: mentoring, advice, tools or capacity',
      'A clear link to how the contract is delivered',
      'Numbers and dates you can report against',
    ],
    metrics: [suggested('Organisations supported and hours of support given')], needsBaseline: false,
    verification: 'unconfirmed', titleVerification: 'unconfirmed',
  }),
  mac({
    id: 'ppn0620-1.4', code: '1.4', outcomeId: 'ppn0620-o1', themeId: 'covid-recovery',
    title: 'Health of people affected by the pandemic',
    summary: 'Look after the health, physical and mental, of people hit by the pandemic, and take pressure off health and care services.',
    lookFor: [
      'The people whose health you will support and why',
      'Specific activities and who delivers them',
      'How this relieves pressure on health or care services',
      'How you will measure take-up and effect',
    ],
    metrics: [M_WELLBEING, M_VOLUNTEER], needsBaseline: false,
    verification: 'unconfirmed', titleVerification: 'unconfirmed',
  }),
  mac({
    id: 'ppn0620-1.5', code: '1.5', outcomeId: 'ppn0620-o1', themeId: 'covid-recovery',
    title: 'Workplace conditions that support recovery',
    summary: 'Improve workplace conditions for recovery: safe working, remote working and sustainable travel.',
    lookFor: [
      'Changes to how the contract team works, not general company policy',
      'Remote or hybrid working and travel arrangements for the contract',
      'Health and safety measures and how staff are consulted',
      'Targets with dates and how progress is reported',
    ],
    metrics: [M_WELLBEING], needsBaseline: false,
    verification: 'unconfirmed', titleVerification: 'unconfirmed', via: EC,
  }),
  mac({
    id: 'ppn0620-2.1', code: '2.1', outcomeId: 'ppn0620-o2', themeId: 'economic-inequality',
    title: 'Entrepreneurship and new business growth',
    summary: 'Create chances for new organisations and entrepreneurs to start and grow through the contract.',
    lookFor: [
      'How you will open subcontracting to new businesses, SMEs and VCSEs',
      'Engagement before subcontracting, such as advertised opportunities or supplier events',
      'A selection process that new and small suppliers can realistically pass',
      'A spend or supplier-count target with dates',
    ],
    metrics: [M_SPEND], needsBaseline: false,
    verification: 'verified', titleVerification: 'verified', via: 'CCS G-Cloud framework data',
  }),
  mac({
    id: 'ppn0620-2.2', code: '2.2', outcomeId: 'ppn0620-o2', themeId: 'economic-inequality',
    title: 'Jobs and training for people facing barriers',
    summary: 'Employment and training for people who face barriers to work or live in deprived areas, and in skills-shortage or growth sectors.',
    lookFor: [
      'The group you will recruit from and how you will remove barriers',
      'Number of roles, placements or apprenticeships on this contract, with dates',
      'Quality of the work offered: fair pay, progression and a voice at work',
      'Support that keeps people in work after they start',
    ],
    metrics: [M_JOBS, M_PLACEMENTS], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: `${TH}; ${EC}`,
  }),
  mac({
    id: 'ppn0620-2.3', code: '2.3', outcomeId: 'ppn0620-o2', themeId: 'economic-inequality',
    title: 'Education and training linked to the contract',
    summary: 'Learning connected to the contract\'s work: training that fills skills gaps and ends in a recognised qualification.',
    lookFor: [
      'The skills gap you are addressing and why it matters for this contract',
      'Training or apprenticeships that lead to recognised qualifications, by level',
      'Work with schools, colleges or training providers',
      'Numbers of learners and completion dates',
    ],
    metrics: [M_LEARNING, M_PLACEMENTS], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: 'CCS G-Cloud 15 file names',
  }),
  mac({
    id: 'ppn0620-3.1', code: '3.1', outcomeId: 'ppn0620-o3', themeId: 'economic-inequality',
    title: 'A diverse supply chain',
    summary: 'Widen the range of suppliers delivering the contract: small and new firms, social enterprises, charities and mutuals.',
    lookFor: [
      'A target share of contract spend with SMEs and VCSEs',
      'How opportunities will be advertised and made accessible',
      'Fair terms beyond the law, such as paying smaller suppliers in 10-15 days (30 days is already required by Procurement Act 2023 s.68)',
      'How spend will be tracked and reported',
    ],
    metrics: [M_SPEND], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: TH,
  }),
  mac({
    id: 'ppn0620-3.2', code: '3.2', outcomeId: 'ppn0620-o3', themeId: 'economic-inequality',
    title: 'Innovation across the supply chain',
    summary: 'Support innovation and new technology throughout the supply chain to lower cost or raise quality.',
    lookFor: [
      'A specific innovation tied to delivering this contract',
      'The expected gain in cost or quality and how it is measured',
      'How supply chain partners, including smaller ones, take part',
      'Milestones with dates',
    ],
    metrics: [suggested('Innovations trialled or adopted, with measured cost or quality change')], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: TH,
  }),
  mac({
    id: 'ppn0620-3.3', code: '3.3', outcomeId: 'ppn0620-o3', themeId: 'economic-inequality',
    title: 'Scalable methods that modernise delivery',
    summary: 'Develop scalable, future-proof ways of working that modernise delivery and raise productivity.',
    lookFor: [
      'What new method you will introduce and where it applies',
      'How it scales beyond the first use and stays maintainable',
      'Evidence of the productivity gain you expect',
      'A plan for handing the method over to the buyer',
    ],
    metrics: [suggested('Productivity measures agreed with the buyer (for example time or cost per transaction)')], needsBaseline: false,
    verification: 'unconfirmed', titleVerification: 'unconfirmed',
  }),
  mac({
    id: 'ppn0620-3.4', code: '3.4', outcomeId: 'ppn0620-o3', themeId: 'economic-inequality',
    title: 'Fair collaboration with supply chain partners',
    summary: 'Work collaboratively across the supply chain and treat supply chain partners fairly and responsibly.',
    lookFor: [
      'Payment faster than the 30 days the law already requires (Procurement Act 2023 s.68), and how you will keep to it',
      'How partners are involved in planning and improvement',
      'Knowledge sharing with smaller partners',
      'A fair route for raising and resolving disputes',
    ],
    metrics: [suggested('Share of SME supplier invoices paid faster than 30 days')], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: `${TH}; CCS file names`,
  }),
  mac({
    id: 'ppn0620-3.5', code: '3.5', outcomeId: 'ppn0620-o3', themeId: 'economic-inequality',
    title: 'Managing cyber security risk',
    summary: 'Find and control cyber risks in how the contract is delivered, down through subcontractors.',
    lookFor: [
      'How you identify cyber risks for this contract and its suppliers',
      'Steps beyond the contract\'s mandatory security requirements',
      'Assurance you will ask of subcontractors and how you check it',
      'How risks and incidents are reported to the buyer',
    ],
    metrics: [suggested('Supply chain partners assessed for cyber risk, and findings closed')], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: TH,
  }),
  mac({
    id: 'ppn0620-4.1', code: '4.1', outcomeId: 'ppn0620-o4', themeId: 'climate',
    title: 'Extra environmental benefits and net zero',
    summary: 'Deliver environmental benefits beyond what the contract requires, including working towards net zero emissions.',
    lookFor: [
      'Benefits beyond the contract\'s normal environmental housekeeping',
      'An emissions baseline for the contract and a reduction target with dates',
      'How suppliers on the contract will be helped to cut emissions',
      'Any nature benefits, such as biodiversity or green space, and who delivers them',
    ],
    metrics: [M_CARBON], needsBaseline: true,
    baselineNote: 'Our suggestion: state the current emissions of the contract scope so reductions can be measured.',
    verification: 'secondary', titleVerification: 'secondary', via: EC,
  }),
  mac({
    id: 'ppn0620-4.2', code: '4.2', outcomeId: 'ppn0620-o4', themeId: 'climate',
    title: 'Influencing others to protect the environment',
    summary: 'Encourage the people the contract touches, from staff and suppliers to service users and neighbours, to look after the environment.',
    lookFor: [
      'Who you will influence and through what activity (training, campaigns, volunteering)',
      'A link to the work of the contract',
      'Participation numbers and dates',
      'How you will show the effect, not just the activity',
    ],
    metrics: [M_VOLUNTEER, suggested('People reached by environmental training or campaigns')], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: EC,
  }),
  mac({
    id: 'ppn0620-5.1', code: '5.1', outcomeId: 'ppn0620-o5', themeId: 'equal-opportunity',
    title: 'More disabled people in the contract workforce',
    summary: 'Take action to increase the share of disabled people working on the contract.',
    lookFor: [
      'Current representation on the contract workforce and a target with dates',
      'Inclusive recruitment and retention, for example through Disability Confident',
      'Workplace adjustments and support for line managers',
      'How you will report progress',
    ],
    metrics: [M_DISABLED], needsBaseline: true,
    baselineNote: 'Our suggestion: state the current number and share of disabled people on the contract workforce.',
    verification: 'secondary', titleVerification: 'secondary', via: `${TH}; ${EC}`,
  }),
  mac({
    id: 'ppn0620-5.2', code: '5.2', outcomeId: 'ppn0620-o5', themeId: 'equal-opportunity',
    title: 'Skills for disabled people',
    summary: 'Training for disabled people in skills the contract uses, ending in qualifications employers recognise.',
    lookFor: [
      'Placements, apprenticeships or training aimed at disabled people',
      'How the training is made accessible',
      'Recognised qualifications gained, with numbers and dates',
      'Routes from training into work on the contract',
    ],
    metrics: [M_PLACEMENTS, M_LEARNING], needsBaseline: false,
    verification: 'secondary', titleVerification: 'secondary', via: `${TH}; ${EC}`,
  }),
  mac({
    id: 'ppn0620-6.1', code: '6.1', outcomeId: 'ppn0620-o6', themeId: 'equal-opportunity',
    title: 'Tackling inequality in the workforce',
    summary: 'Spot and reduce unfair gaps in jobs, training and pay among the people delivering the contract.',
    lookFor: [
      'An analysis of pay and representation gaps in the contract workforce',
      'Actions that address the gaps, with targets and dates',
      'Fair recruitment and promotion practice for this contract',
      'How results will be reported',
    ],
    metrics: [suggested('Pay and representation gaps in the contract workforce, over time')], needsBaseline: true,
    baselineNote: 'Our suggestion: state the current pay and representation gaps so change can be shown.',
    verification: 'secondary', titleVerification: 'secondary', via: EC,
  }),
  mac({
    id: 'ppn0620-6.2', code: '6.2', outcomeId: 'ppn0620-o6', themeId: 'equal-opportunity',
    title: 'In-work progression',
    summary: 'Skills that let people, particularly from disadvantaged or minority backgrounds, move up into better-paid roles on the contract.',
    lookFor: [
      'Who will benefit and how they are selected',
      'Training or mentoring that leads to higher-paid roles',
      'Numbers progressing, with dates',
      'How pay progression will be tracked',
    ],
    metrics: [M_LEARNING, suggested('People moving into higher-paid roles on the contract')], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: TH,
  }),
  mac({
    id: 'ppn0620-6.3', code: '6.3', outcomeId: 'ppn0620-o6', themeId: 'equal-opportunity',
    title: 'Modern slavery risk',
    summary: 'Find and deal with the risk of forced labour and exploitation in delivering the contract and in its supply chain.',
    lookFor: [
      'Where the contract\'s supply chain carries modern slavery risk',
      'Due diligence, audits and supplier terms you will apply',
      'Training for staff who buy or manage suppliers',
      'What you will do if a case is found, and how you will report',
    ],
    metrics: [suggested('Suppliers risk-assessed and audited; issues found and remedied')], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: 'CCS file names',
  }),
  mac({
    id: 'ppn0620-7.1', code: '7.1', outcomeId: 'ppn0620-o7', themeId: 'wellbeing',
    title: 'Health and wellbeing of the contract workforce',
    summary: 'Practical support for the physical and mental wellbeing of the people delivering the contract.',
    lookFor: [
      'A wellbeing programme for the contract team, not only a company policy',
      'Staff involvement in choosing what to work on',
      'Mental health support, for example trained first-aiders or counselling access',
      'How you will measure engagement and wellbeing over time',
    ],
    metrics: [M_WELLBEING], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: EC,
  }),
  mac({
    id: 'ppn0620-7.2', code: '7.2', outcomeId: 'ppn0620-o7', themeId: 'wellbeing',
    title: 'Influencing others on health and wellbeing',
    summary: 'Encourage staff, suppliers, service users and communities around the contract to look after their health.',
    lookFor: [
      'Who you will reach and how',
      'A link between the activity and the contract',
      'Partners such as local health or community groups',
      'Reach and effect you will report',
    ],
    metrics: [M_VOLUNTEER, suggested('People reached by health and wellbeing activity')], needsBaseline: false,
    verification: 'secondary', titleVerification: 'unconfirmed', via: TH,
  }),
  mac({
    id: 'ppn0620-8.1', code: '8.1', outcomeId: 'ppn0620-o8', themeId: 'wellbeing',
    title: 'Co-design with users and communities',
    summary: 'Work with users and communities to co-design and deliver the contract in ways that build strong, integrated communities.',
    lookFor: [
      'Which users or community groups will be involved',
      'How they shape design and delivery, not just receive updates',
      'Community activity linked to the contract, such as volunteering',
      'Participation numbers and how feedback changes the service',
    ],
    metrics: [M_VOLUNTEER, suggested('Users and community members involved in co-design sessions')], needsBaseline: false,
    verification: 'unconfirmed', titleVerification: 'unconfirmed',
  }),
];

/** Facts about the PPN 06/20 model evaluation question. */
export const PPN0620_QUESTION_FACTS = [
  {
    id: 'ppn0620-q-commitment', appliesTo: ['ppn-06-20'],
    title: 'The question asks for your commitment',
    summary: 'The model question asks what commitment you will make so the contract delivers the chosen policy outcome and award criteria. The template leaves the length blank; some tenders count characters, others words.',
    source: at(SRC.ppn0620Table, 'Model Evaluation Question', 'pdf4pro transcription'), verification: 'verified',
  },
  {
    id: 'ppn0620-q-method-plan', appliesTo: ['ppn-06-20'],
    title: 'Method statement and timed project plan',
    summary: 'Answers are expected to explain the approach (method statement) and set out dated steps (project plan) for delivering, monitoring and reporting each commitment.',
    source: at(SRC.ppn0620Guide, 'Section 3', `${TH}; ${EC}`), verification: 'secondary',
  },
  {
    id: 'ppn0620-q-min-weighting', appliesTo: ['ppn-06-20'],
    title: 'At least 10% of the total score',
    summary: 'Central government buyers give social value at least 10% of the total score, more where they can justify it.',
    source: at(SRC.ppn0620Guide, 'Section 3 (minimum weighting)'), verification: 'verified',
  },
] as const satisfies readonly Fact[];

/**
 * The official PPN 06/20 policy outcome titles as the model writes them (audit M2, section 3.3: Edition 1.1; theme 1
 * [V], the rest [S] thrive/Executive Compass). Our `title`s are paraphrases not contained in these, so detection of a
 * question that quotes the model (lib/checks/named.ts, and any classifier cue) should use this one table.
 */
export const OFFICIAL_PPN0620_TITLES: readonly { id: string; title: string; verification: 'verified' | 'secondary' }[] = [
  { id: 'ppn0620-o1', title: 'Help local communities to manage and recover from the impact of COVID-19', verification: 'verified' },
  { id: 'ppn0620-o2', title: 'Create new businesses, new jobs and new skills', verification: 'secondary' },
  { id: 'ppn0620-o3', title: 'Increase supply chain resilience and capacity', verification: 'secondary' },
  { id: 'ppn0620-o4', title: 'Effective stewardship of the environment', verification: 'secondary' },
  { id: 'ppn0620-o5', title: 'Reduce the disability employment gap', verification: 'secondary' },
  { id: 'ppn0620-o6', title: 'Tackle workforce inequality', verification: 'secondary' },
  { id: 'ppn0620-o7', title: 'Improve health and wellbeing', verification: 'secondary' },
  { id: 'ppn0620-o8', title: 'Improve community integration', verification: 'secondary' },
];
