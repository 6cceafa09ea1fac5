import type { BuyerType, Jurisdiction } from '@/lib/classifier/model';
import type { CheckContext } from '@/lib/checks';

/** What the checker asks about the buyer and the rules (issue 11): the model choice and several findings depend on it. */
export interface RulesAnswers {
  buyerType: BuyerType;
  /** 'unknown' = not sure; 'framework' = a call-off under a named framework. */
  regime: 'unknown' | 'pcr-2015' | 'pa-2023' | 'framework';
  framework: string;
  /** '' = work it out from the wording. England means the UK central rules. */
  jurisdiction: '' | 'england' | 'scotland' | 'wales' | 'northern-ireland';
}

export const EMPTY_RULES: RulesAnswers = { buyerType: 'unknown', regime: 'unknown', framework: '', jurisdiction: '' };

export const BUYER_TYPES: readonly { id: BuyerType; label: string; hint?: string }[] = [
  {
    id: 'central',
    label: 'Central government department, agency or NDPB',
    hint: 'The 10% minimum weighting binds these buyers.',
  },
  { id: 'local', label: 'Local authority' },
  { id: 'nhs', label: 'NHS body' },
  { id: 'devolved', label: 'Devolved body (Scottish, Welsh or Northern Ireland public body)' },
  { id: 'unknown', label: 'Other, or not sure' },
];

const REGIMES: readonly { id: RulesAnswers['regime']; label: string }[] = [
  { id: 'unknown', label: 'Not sure (use the date above or the wording)' },
  { id: 'pcr-2015', label: 'Started before 24 February 2025 (Public Contracts Regulations 2015)' },
  { id: 'pa-2023', label: 'Started on or after 24 February 2025 (Procurement Act 2023)' },
  { id: 'framework', label: 'A call-off under a framework' },
];

const JURISDICTIONS: readonly { id: RulesAnswers['jurisdiction']; label: string }[] = [
  { id: '', label: 'Work it out from the wording' },
  { id: 'england', label: 'England (UK central rules)' },
  { id: 'scotland', label: 'Scotland' },
  { id: 'wales', label: 'Wales' },
  { id: 'northern-ireland', label: 'Northern Ireland' },
];

/** The check context fields these answers give. Pure. */
export function rulesContext(
  r: RulesAnswers,
): Pick<CheckContext, 'buyerType' | 'regime' | 'framework' | 'jurisdiction' | 'jurisdictionStated'> {
  const out: Pick<CheckContext, 'buyerType' | 'regime' | 'framework' | 'jurisdiction' | 'jurisdictionStated'> = {};
  if (r.buyerType !== 'unknown') out.buyerType = r.buyerType;
  if (r.regime === 'pcr-2015' || r.regime === 'pa-2023') out.regime = r.regime;
  if (r.regime === 'framework' && r.framework.trim()) out.framework = r.framework.trim().slice(0, 120);
  if (r.jurisdiction) {
    const j: Jurisdiction = r.jurisdiction === 'england' ? 'uk-central' : r.jurisdiction;
    out.jurisdiction = j;
    out.jurisdictionStated = true;
  }
  return out;
}

/** GOV.UK-style radios and a select for buyer type, regime and jurisdiction. Native inputs: keyboard works as usual. */
export function QuestionCheckerRules({
  value,
  onChange,
}: {
  value: RulesAnswers;
  onChange: (next: RulesAnswers) => void;
}) {
  const set = (patch: Partial<RulesAnswers>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="qc-rules">
      <legend>Who is buying, and under which rules</legend>
      <p class="hint">The model, the weighting rules and some findings depend on these.</p>
      <fieldset class="qc-radios" aria-describedby="qc-buyer-hint">
        <legend>Buyer type</legend>
        <p class="hint" id="qc-buyer-hint">
          The central 10% minimum weighting binds central government departments, their agencies and NDPBs only.
        </p>
        {BUYER_TYPES.map((b) => (
          <div class="qc-radio" key={b.id}>
            <input
              type="radio"
              id={`qc-buyer-${b.id}`}
              name="qc-buyer"
              value={b.id}
              checked={value.buyerType === b.id}
              onChange={() => set({ buyerType: b.id })}
            />
            <label for={`qc-buyer-${b.id}`}>{b.label}</label>
          </div>
        ))}
      </fieldset>
      <fieldset class="qc-radios">
        <legend>When the procurement started, or the framework</legend>
        {REGIMES.map((r) => (
          <div class="qc-radio" key={r.id}>
            <input
              type="radio"
              id={`qc-regime-${r.id}`}
              name="qc-regime"
              value={r.id}
              checked={value.regime === r.id}
              onChange={() => set({ regime: r.id })}
            />
            <label for={`qc-regime-${r.id}`}>{r.label}</label>
          </div>
        ))}
        {value.regime === 'framework' && (
          <div class="field qc-conditional">
            <label for="qc-framework">Framework name</label>
            <p class="hint" id="qc-framework-hint">
              For example G-Cloud 14, DOS6 or G-Cloud 15. Frameworks set up under the 2015 Regulations stay on PPN
              06/20.
            </p>
            <input
              id="qc-framework"
              aria-describedby="qc-framework-hint"
              value={value.framework}
              maxLength={120}
              onInput={(e) => set({ framework: e.currentTarget.value })}
            />
          </div>
        )}
      </fieldset>
      <div class="field">
        <label for="qc-jurisdiction">Where the buyer is</label>
        <select
          id="qc-jurisdiction"
          value={value.jurisdiction}
          onChange={(e) => set({ jurisdiction: e.currentTarget.value as RulesAnswers['jurisdiction'] })}
        >
          {JURISDICTIONS.map((j) => (
            <option key={j.id} value={j.id}>
              {j.label}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
