/**
 * Today's calendar date where the person is, as YYYY-MM-DD: a resident in Hessen at 00:30
 * means today, not yesterday in UTC. Used for "starts soon" and for an appointment's lead time.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
