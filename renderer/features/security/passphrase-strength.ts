import { MIN_PASSPHRASE_LENGTH } from '../../../shared/contract';

export type Strength = 'empty' | 'tooShort' | 'fair' | 'good' | 'strong';

/**
 * A hint from the length alone, the one measure that holds for passphrases: four or five
 * unrelated words beat any clever password of ten characters. Counted as the contract counts
 * (UTF-16 units), so the hint never calls "long enough" what the core then refuses.
 */
export function strengthOf(passphrase: string): { strength: Strength; length: number } {
  const length = passphrase.length;
  const strength: Strength =
    length === 0
      ? 'empty'
      : length < MIN_PASSPHRASE_LENGTH
        ? 'tooShort'
        : length < 14
          ? 'fair'
          : length < 20
            ? 'good'
            : 'strong';
  return { strength, length };
}
