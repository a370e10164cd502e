const SECONDS = /^(\d{1,6})s?$/;
const CLOCK = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/;

/**
 * Reads a start time as video sites write it in links: `90`, `90s`, `1m30s`,
 * `1h2m3s` (also `01h02m03s`). Anything else, and zero, mean no start.
 */
export function parseStart(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const plain = SECONDS.exec(value);
  if (plain) return Number(plain[1]) || undefined;
  const clock = CLOCK.exec(value);
  if (!clock) return undefined;
  const [, h = '0', m = '0', s = '0'] = clock;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) || undefined;
}
