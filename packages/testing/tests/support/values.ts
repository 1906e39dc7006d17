/**
 * Test values shaped like credentials, assembled at run time so this repository holds nothing a secret scanner (or
 * a reader) could take for a real credential. Deterministic for a given seed.
 */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnopqrstuvwyz23456789";

export function fakeSecret(seed: number, length = 20): string {
  let state = seed * 2654435761 + 97;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += ALPHABET[Math.floor(state / 65536) % ALPHABET.length];
  }
  return out;
}
