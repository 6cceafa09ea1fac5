import type { Choice, ImportPlan } from '@/lib/packs/plan';
import { ConflictChoice, clip } from './PackConflictChoice';

export type PackChoices = { drafts: Record<string, Choice>; evidence: Record<string, Choice> };

/** What a pack would change, with a choice per conflict; nothing is written until the user presses Import. */
export function PackPreview({
  plan,
  fromVersion,
  choices,
  busy,
  onChoices,
  onConfirm,
  onCancel,
}: {
  plan: ImportPlan;
  fromVersion: number | null;
  choices: PackChoices;
  busy: boolean;
  onChoices: (choices: PackChoices) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const conflicts = plan.drafts.conflicts.filter((c) => !c.alreadyKept);
  return (
    <div data-testid="pack-preview">
      <h3>What this pack would change</h3>
      <dl>
        <dt>From</dt>
        <dd>{plan.meta.authorName || 'No name given'}</dd>
        <dt>Made</dt>
        <dd>
          {plan.meta.createdAt.slice(0, 16).replace('T', ' ')} with Social Value Lens {plan.meta.appVersion}
          {fromVersion !== null && fromVersion < 2 ? ` (older pack format ${fromVersion}, brought up to date)` : ''}
        </dd>
        {plan.meta.note && (
          <>
            <dt>Note</dt>
            <dd style="white-space: pre-wrap">{clip(plan.meta.note, 1000)}</dd>
          </>
        )}
      </dl>
      <p data-testid="pack-preview-summary">
        {plan.drafts.add.length} new drafts in {plan.tenders.add.length} new tenders, {plan.drafts.unchanged} already
        the same, {conflicts.length} conflicts, {plan.revisions.add} earlier versions, {plan.evidence.add.length} new
        evidence items
        {plan.evidence.conflicts.length
          ? `, ${plan.evidence.conflicts.length} evidence items that differ from yours`
          : ''}
        .
      </p>
      {plan.nothingNew && conflicts.length === 0 && plan.evidence.conflicts.length === 0 && (
        <p>You already have everything in this pack.</p>
      )}
      {plan.drafts.add.length > 0 && (
        <>
          <h4>New drafts</h4>
          <ul data-testid="pack-preview-added">
            {plan.drafts.add.map((d) => (
              <li key={d.key}>
                <strong>{clip(d.question, 160)}</strong>
                <br />
                {clip(d.text)}
              </li>
            ))}
          </ul>
        </>
      )}
      {conflicts.length > 0 && (
        <>
          <h4>Conflicts</h4>
          <p class="hint">
            Your text is never overwritten without your choice. Their text is always kept as a revision marked with
            their name.
          </p>
          {conflicts.map((c, i) => (
            <ConflictChoice
              key={c.key}
              testId="pack-conflict"
              legend={clip(c.question, 160)}
              mine={c.mine}
              theirs={c.theirs}
              theirsLabel={`${c.author}’s`}
              name={`conflict-${i}`}
              labels={['Keep mine (theirs is kept as a revision)', 'Use theirs (mine is kept as a revision)']}
              value={choices.drafts[c.key] ?? 'mine'}
              onChange={(value) => onChoices({ ...choices, drafts: { ...choices.drafts, [c.key]: value } })}
            />
          ))}
        </>
      )}
      {plan.evidence.conflicts.map((c, i) => (
        <ConflictChoice
          key={c.id}
          legend={`Evidence: ${clip(c.mine.title, 120)}`}
          mine={c.mine.text}
          theirs={c.theirs.text}
          theirsLabel="Theirs"
          name={`evidence-${i}`}
          labels={['Keep mine', 'Use theirs']}
          value={choices.evidence[c.id] ?? 'mine'}
          onChange={(value) => onChoices({ ...choices, evidence: { ...choices.evidence, [c.id]: value } })}
        />
      ))}
      <p>
        <button type="button" data-testid="pack-import-confirm" disabled={busy} onClick={onConfirm}>
          Import
        </button>{' '}
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
