/**
 * Whole numbers as en-GB shows them (12,345), without `toLocaleString`: that builds a number formatter on every call,
 * and the overlay formats counts on every render of every badge. Non-integers and non-finite values fall back to
 * one shared Intl.NumberFormat.
 */
let shared: Intl.NumberFormat | undefined;

export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return (shared ??= new Intl.NumberFormat('en-GB')).format(n);
  const digits = String(Math.abs(n));
  let out = digits.length > 3 ? '' : digits;
  if (digits.length > 3) {
    const head = digits.length % 3 || 3;
    out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  }
  return n < 0 ? `-${out}` : out;
}
