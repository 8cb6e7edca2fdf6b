/**
 * The short reference a user is shown when something fails and the log line carries, so that a report from a
 * user can be matched to the log. Platform-neutral: the core (an `error` answer) and the adapters both use it.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** "ERR-7KQ2MZ": short, unambiguous when read aloud, random. */
export function errorReference(): string {
  const bytes = randomBytes(6);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `ERR-${out}`;
}
