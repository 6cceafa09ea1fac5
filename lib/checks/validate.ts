/** Invariants every finding must keep: a message, a reason, cited guidance and spans inside the text. */
import { CHECK_IDS, type Finding } from './types';

/** Problems with one finding for `text`; empty when it is sound. */
export function findingProblems(text: string, f: Finding): string[] {
  const problems: string[] = [];
  if (!(CHECK_IDS as readonly string[]).includes(f.checkId)) problems.push(`unknown checkId ${String(f.checkId)}`);
  if (!['error', 'warning', 'tip'].includes(f.severity)) problems.push(`bad severity ${String(f.severity)}`);
  if (!f.message?.trim()) problems.push('no message');
  if (!f.reason?.trim()) problems.push('no reason');
  if (!f.guidance?.title?.trim() || !f.guidance.citation?.trim()) problems.push('guidance without title or citation');
  if (!['verified', 'secondary', 'unconfirmed'].includes(f.guidance?.verification))
    problems.push('guidance without verification');
  let previousEnd = -1;
  for (const s of f.spans) {
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end > text.length ||
      s.start >= s.end
    ) {
      problems.push(`span ${s.start}-${s.end} outside text of length ${text.length}`);
    } else if (s.start < previousEnd) {
      problems.push(`span ${s.start}-${s.end} overlaps or is out of order`);
    }
    previousEnd = Math.max(previousEnd, s.end);
  }
  return problems;
}
