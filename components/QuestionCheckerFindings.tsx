import type { Finding, Severity, Span } from '@/lib/checks';

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', tip: 'Tip' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };
const VERIFICATION_LABEL = {
  verified: 'checked against the source',
  secondary: 'from secondary commentary',
  unconfirmed: 'not confirmed; our judgement',
} as const;

interface Piece {
  text: string;
  severity: Severity | null;
}

/** Cut the text into plain and highlighted pieces; overlapping spans take the worst severity. */
export function highlightPieces(text: string, findings: readonly Finding[]): Piece[] {
  const marks: Array<Span & { severity: Severity }> = findings.flatMap((f) =>
    f.spans
      .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
      .map((s) => ({ ...s, severity: f.severity })),
  );
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    if (start === end) continue;
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    const severity =
      covering.length === 0
        ? null
        : covering.reduce((w, m) => (RANK[m.severity] < RANK[w] ? m.severity : w), covering[0]!.severity);
    const last = pieces.at(-1);
    if (last && last.severity === severity) last.text += text.slice(start, end);
    else pieces.push({ text: text.slice(start, end), severity });
  }
  return pieces;
}

/** The wording with the findings' spans in <mark>: every piece is a text node, never HTML. */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  return (
    <div class="qc-highlighted" data-testid="qc-highlighted">
      {highlightPieces(text, findings).map((p, i) =>
        p.severity ? (
          <mark key={i} data-severity={p.severity}>
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </div>
  );
}

export function FindingItem({ finding, text }: { finding: Finding; text: string }) {
  const quoted = finding.spans.slice(0, 3).map((s) => text.slice(s.start, s.end));
  return (
    <li class="qc-finding" data-severity={finding.severity} data-check={finding.checkId} data-testid="qc-finding">
      <p class="qc-message">
        <strong class="qc-severity">{SEVERITY_LABEL[finding.severity]}:</strong> {finding.message}
      </p>
      {quoted.length > 0 && (
        <p class="qc-quoted">
          In your wording:{' '}
          {quoted.map((q, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <mark data-severity={finding.severity}>{q}</mark>
            </span>
          ))}
        </p>
      )}
      <p class="qc-reason">Why: {finding.reason}</p>
      <details class="qc-guidance">
        <summary>Guidance: {finding.guidance.title}</summary>
        <p>{finding.guidance.summary}</p>
        <p class="qc-source">
          Source: {finding.guidance.citation} ({VERIFICATION_LABEL[finding.guidance.verification]})
        </p>
      </details>
    </li>
  );
}

export function countsText(counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.tip;
  if (total === 0) return 'No findings';
  const parts = (['error', 'warning', 'tip'] as const)
    .filter((s) => counts[s] > 0)
    .map(
      (s) =>
        `${counts[s]} ${counts[s] === 1 ? SEVERITY_LABEL[s].toLowerCase() : `${SEVERITY_LABEL[s].toLowerCase()}s`}`,
    );
  return `${total} ${total === 1 ? 'finding' : 'findings'}: ${parts.join(', ')}`;
}
