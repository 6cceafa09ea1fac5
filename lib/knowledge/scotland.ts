/**
 * Scotland: community benefit requirements (Procurement Reform (Scotland) Act 2014 ss.24-26) and the Fair Work First
 * criteria (Scottish Government guidance; 1 July 2023 is the date for grants, updated November 2024). All [V] in the reference
 * (section 4.3). Summaries are our paraphrases; nearestTheme maps each item to the closest PPN 06/20 theme.
 */
import type { Fact, FrameworkItem, ScotlandCbRule } from './schema';
import { SRC, at } from './sources';

/** s.25: buyers must consider community benefit requirements in regulated procurements of £4m or more. */
export const SCOTLAND_CB_RULE = {
  thresholdGbp: 4_000_000,
  inForce: '2016-06-01',
  source: at(SRC.scotAct, 's.25'),
  verification: 'verified',
} as const satisfies ScotlandCbRule;

/** Scottish duties beyond ss.24-25 (audit L6, M6; [V] legislation.gov.uk asp/2014/12 s.9, s.25; gov.scot FWF). */
export const SCOTLAND_FACTS = [
  {
    id: 'scot-s9-sustainable-procurement',
    appliesTo: ['scotland-community-benefits', 'scotland-fair-work-first'],
    title: 'Sustainable procurement duty (s.9)',
    summary:
      'Before every regulated procurement the authority must consider how it can improve the economic, social and environmental wellbeing of its area, facilitate the involvement of SMEs, third sector bodies and supported businesses, and promote innovation, and act to secure those improvements where relevant and proportionate; statutory guidance adds a focus on reducing inequality.',
    source: at(SRC.scotAct, 's.9'),
    verification: 'verified',
  },
  {
    id: 'scot-s25-reasons-for-none',
    appliesTo: ['scotland-community-benefits'],
    title: 'Community benefit requirements, or reasons for including none (s.25)',
    summary:
      'For a regulated procurement of £4m or more the contract notice must summarise the community benefit requirements or give the reasons for including none, and the award notice must state the benefits expected.',
    source: at(SRC.scotAct, 's.25'),
    verification: 'verified',
  },
  {
    id: 'scot-fwf-2024',
    appliesTo: ['scotland-fair-work-first'],
    title: 'Fair Work First (updated November 2024)',
    summary:
      'Applied to Scottish public contracts since 2019-21 (the 1 July 2023 date is for grants). Tenders usually ask about effective voice and trade union recognition, workforce development, no inappropriate zero-hours contracts, the gender pay gap and a diverse workplace, the real Living Wage, flexible and family-friendly working from day one, and no fire and rehire. Requirements must relate to the contract, not the firm in general.',
    source: at(SRC.scotFwf, 'Guidance-3 (Nov 2024); sustainableprocurementtools.scot'),
    verification: 'secondary',
  },
] as const satisfies readonly Fact[];

export const SCOTLAND_COMMUNITY_BENEFITS = [
  {
    id: 'scot-cb-training-recruitment',
    modelId: 'scotland-community-benefits',
    nearestTheme: 'economic-inequality',
    title: 'Training and recruitment',
    summary:
      'Contract requirements about training people and recruiting, for example apprenticeships or jobs for local people.',
    source: at(SRC.scotAct, 's.24'),
    verification: 'verified',
  },
  {
    id: 'scot-cb-subcontracting',
    modelId: 'scotland-community-benefits',
    nearestTheme: 'economic-inequality',
    title: 'Subcontracting opportunities',
    summary:
      'Contract requirements that make subcontracting opportunities available, for example to SMEs and third-sector bodies.',
    source: at(SRC.scotAct, 's.24'),
    verification: 'verified',
  },
  {
    id: 'scot-cb-wellbeing',
    modelId: 'scotland-community-benefits',
    nearestTheme: 'wellbeing',
    alsoNear: ['economic-inequality', 'climate'],
    title: 'Wider wellbeing of the area',
    summary:
      "Any other requirement meant to leave the buyer's area better off economically, socially or environmentally, beyond what the contract is for.",
    source: at(SRC.scotAct, 's.24'),
    verification: 'verified',
  },
] as const satisfies readonly FrameworkItem[];

const fwf = at(SRC.scotFwf, 'Fair Work First criteria');

export const SCOTLAND_FAIR_WORK_FIRST = [
  {
    id: 'scot-fwf-living-wage',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'equal-opportunity',
    alsoNear: ['economic-inequality'],
    title: 'Decent living standard and income',
    summary: 'Pay and income that give workers a decent standard of living.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-security',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'equal-opportunity',
    title: 'Secure contracts',
    summary: 'Security of hours, earnings, sick pay and pension for workers.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-voice',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'equal-opportunity',
    alsoNear: ['wellbeing'],
    title: 'Effective voice',
    summary: 'Workers have a real say, including through trade unions.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-progression',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'economic-inequality',
    alsoNear: ['equal-opportunity'],
    title: 'Learning and progression',
    summary: 'Chances for workers to learn, develop and move on in their careers.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-health-safety',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'wellbeing',
    title: 'Healthy and safe work',
    summary: 'A working environment that protects health and safety.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-work-life',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'wellbeing',
    title: 'Work-life balance',
    summary: 'Working patterns that let people balance work with the rest of life.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-respect',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'wellbeing',
    alsoNear: ['equal-opportunity'],
    title: 'Valued and respected',
    summary: 'Workers are treated with respect and feel their contribution is valued.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-inclusive',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'equal-opportunity',
    title: 'Fair, diverse and inclusive workforce',
    summary: 'Recruitment and practice that build a fair, diverse and inclusive workforce.',
    source: fwf,
    verification: 'verified',
  },
  {
    id: 'scot-fwf-innovation',
    modelId: 'scotland-fair-work-first',
    nearestTheme: 'economic-inequality',
    title: 'Innovation and productivity',
    summary: 'Fair work that also supports innovation and productivity.',
    source: fwf,
    verification: 'verified',
  },
] as const satisfies readonly FrameworkItem[];
