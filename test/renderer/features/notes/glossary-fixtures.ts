import type { IndexedConcept } from '../../../../shared/contract';

/** A glossary index as `glossary.index` answers it, from short descriptions. */
export function indexOf(
  concepts: { id: string; en?: string[]; fr?: string[]; abbreviations?: string[] }[],
  ignoredAcronyms: string[] = [],
) {
  return {
    concepts: concepts.map((c): IndexedConcept => ({
      id: c.id,
      status: 'preferred',
      preferredId: null,
      en: c.en ?? [],
      fr: c.fr ?? [],
      abbreviations: c.abbreviations ?? [],
    })),
    ignoredAcronyms,
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing case is the same every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A long glossary (2,000 concepts) and a note of about 5,000 words using it. */
export function bigGlossaryAndNote(words = 5000, concepts = 2000) {
  const rand = seeded(6);
  const syllables = ['ho', 'su', 'ing', 'ser', 'vi', 'ce', 'ca', 'se', 'ma', 'na', 'ge', 'ment'];
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(rand() * 3) },
      () => syllables[Math.floor(rand() * syllables.length)],
    ).join('');
  const index = indexOf(
    Array.from({ length: concepts }, (_, i) => ({
      id: `c${i}`,
      en: [Array.from({ length: 1 + (i % 3) }, word).join(' ')],
      fr: [word()],
      abbreviations: i % 2 === 0 ? [`Q${String.fromCharCode(65 + (i % 26))}${i % 7}`] : [],
    })),
  );
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const line: string[] = [];
    for (let n = 0; n < 25; n++) {
      const concept = index.concepts[Math.floor(rand() * concepts)]!;
      const next = rand() < 0.1 ? concept.en[0]! : rand() < 0.05 ? 'CMHA' : 'the agency';
      line.push(next);
      count += next.split(' ').length;
    }
    paragraphs.push(`${line.join(' ')}.`);
  }
  return { index, paragraphs };
}
