/** A draft's save time as the drafts manager shows it: medium date, short time, in the user's locale. */
export function when(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
