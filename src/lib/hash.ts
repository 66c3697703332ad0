import { createHash } from 'node:crypto';

/** Hex SHA-256 of UTF-8 text: how source texts are fingerprinted for verification. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
