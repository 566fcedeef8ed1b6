/**
 * An object without its `undefined` fields: a request form builds its contract object from a
 * draft where an empty optional field is `undefined`, and the contract wants it left out (an
 * empty e-mail would be an invalid e-mail), not sent as `null` or "".
 */
export function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
