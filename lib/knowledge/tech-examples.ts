/**
 * Concrete, additional commitments a supplier of each kind of technology work can make, in our words (knowledge-audit.md
 * section 5, "For technology suppliers specifically"). These are Social Value Lens's suggestions, not a list from any
 * model: every example is labelled with its source and verification, and a caution says what is core delivery rather
 * than social value for that kind of work. Exposed for the guidance panel through `techExamplesFor`.
 */
import type { CategoryId, Verification } from './ids';
import type { Source } from './schema';
import { SRC, at } from './sources';

export interface TechExample {
  /** The commitment, in our words. */
  text: string;
  /** Model criteria it most often answers (PPN 06/20 MAC codes, PPN 002 codes), for signposting. */
  answers: readonly string[];
  source: Source;
  verification: Verification;
}

export interface TechExamples {
  category: CategoryId;
  examples: readonly TechExample[];
  /** What is core delivery, not social value, for this kind of work (double counting with quality). */
  caution: string;
  cautionSource: Source;
}

const OURS = at(SRC.audit, 'Section 5 (technology suppliers): our suggestions');
const CORE = at(SRC.ppn0620Guide, 'Section 1 (social value as distinct from core deliverables)');
const own = (text: string, answers: readonly string[]): TechExample => ({
  text,
  answers,
  source: OURS,
  verification: 'unconfirmed',
});

export const TECH_EXAMPLES: Readonly<Record<CategoryId, TechExamples>> = {
  software: {
    category: 'software',
    examples: [
      own(
        "Accredited digital-skills training (for example a Level 3 or 4 apprenticeship such as software developer or data analyst; check the current standard names) for the buyer's users or local learners, with numbers and dates.",
        ['2.3', '2a'],
      ),
      own(
        'Open-source reusable components built for this contract so other public bodies can use them, with a named licence and release date.',
        ['3.3'],
      ),
      own('Supported internships for disabled people in support or testing roles on the contract.', ['5.2', '6']),
      own(
        'Carbon reporting per workload to the buyer each quarter, with a reduction target beyond the specification.',
        ['4.1', '4'],
      ),
    ],
    caution:
      'Product features, secure development and user research for the product are what the licence buys and are scored in quality.',
    cautionSource: CORE,
  },
  hardware: {
    category: 'hardware',
    examples: [
      own(
        'Take-back of replaced devices, data-wiped, refurbished and donated to digitally excluded people: a number of units by a date, with the partner named.',
        ['1.2', '4.1'],
      ),
      own('Device-life extension (repair, spares, battery replacement) with a target average years in service.', [
        '4.1',
        '4',
      ]),
      own('WEEE recycling and reuse figures reported by weight and share each year.', ['4.1', '4.2']),
      own(
        'Supply-chain due diligence on electronics manufacturing, a high modern-slavery risk area: audits, remediation and what you publish.',
        ['6.3', '1e'],
      ),
    ],
    caution:
      'Supplying compliant, energy-rated devices is the contract itself; count only what goes beyond the specification.',
    cautionSource: CORE,
  },
  telecoms: {
    category: 'telecoms',
    examples: [
      own(
        'A trainee field-engineer intake recruited in the contract area: numbers, start dates and the training provider.',
        ['2.2', '2.3', '2a'],
      ),
      own(
        'Civils and installation work subcontracted to SMEs, with a named share of spend and payment faster than 30 days.',
        ['3.1', '3'],
      ),
      own(
        'Community connectivity beyond the specification (for example free access in named community venues) for a stated period.',
        ['1.2', '8.1'],
      ),
      own('Fleet emissions cut by a stated share by a date (electric vans, route planning).', ['4.1', '4']),
    ],
    caution: 'Network coverage and resilience set in the specification are core delivery, not social value.',
    cautionSource: CORE,
  },
  cloud: {
    category: 'cloud',
    examples: [
      {
        text: 'Be honest that hosting has few contract roles: local headcount targets are the wrong lever; choose commitments you can deliver.',
        answers: [],
        source: at(SRC.techUk2025, 'Headcount targets in specialist markets', 'reference section 2.8'),
        verification: 'secondary',
      },
      own(
        'Energy and carbon data per workload reported to the buyer, with a reduction plan beyond the specification.',
        ['4.1', '4'],
      ),
      own(
        "Cyber support for SMEs in your supply chain or the buyer's area to reach a recognised standard, with numbers and dates.",
        ['3.5', '3'],
      ),
      own(
        'The real Living Wage for data-centre facilities staff (cleaning, security) serving the contract, including subcontracted staff.',
        ['1c', '6.1'],
      ),
    ],
    caution:
      'Platform security and availability are contract requirements; only what goes beyond them counts as social value.',
    cautionSource: CORE,
  },
  'digital-services': {
    category: 'digital-services',
    examples: [
      own('Apprentices and returners placed on the delivery team, with numbers, levels and start dates.', [
        '2.2',
        '2.3',
        '2a',
      ]),
      own(
        "Knowledge transfer to the buyer's own staff: named roles trained and able to run the service by a date (capability building).",
        ['2.3', '3.3'],
      ),
      own('SME partners on the team with a stated share of contract spend, paid faster than 30 days.', ['3.1', '3']),
      own('Mental-health support for high-pressure roles on the contract team, with take-up reported.', ['7.1', '8']),
    ],
    caution:
      'User research, accessibility and security are core delivery under the Service Standard, not social value.',
    cautionSource: CORE,
  },
  'managed-services': {
    category: 'managed-services',
    examples: [
      own(
        'Progression from the service desk into technical roles: a number of people each year, with the training paid for.',
        ['6.2', '1d'],
      ),
      own('Apprentices and returners in service-desk and field roles on the contract.', ['2.2', '2a']),
      own('Refurbishment and donation of retired devices with data wiping, counted in units.', ['1.2', '4.1']),
      own('Field and niche services subcontracted to local SMEs or social enterprises with a named share of spend.', [
        '3.1',
        '3',
      ]),
    ],
    caution: 'Service levels, security and user support in the specification are core delivery, not social value.',
    cautionSource: CORE,
  },
};

/** The examples and caution for one category. */
export function techExamplesFor(category: CategoryId): TechExamples {
  return TECH_EXAMPLES[category];
}

/** Examples that answer a given criterion code ("2.3", "1a"), for signposting under one question. */
export function techExamplesForCriterion(category: CategoryId, code: string): TechExample[] {
  return TECH_EXAMPLES[category].examples.filter((e) => e.answers.includes(code));
}
