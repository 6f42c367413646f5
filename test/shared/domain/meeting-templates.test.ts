import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MeetingKind, TemplateItem } from '../../../shared/contract/meetings';
import { shippedTemplate } from '../../../shared/domain/meeting-templates';

const kinds = MeetingKind.options;
const languages = ['en', 'fr'] as const;
/** What `template.save` accepts: the shipped templates must be savable as they are. */
const SavedTemplate = z.array(TemplateItem).min(1).max(100);

const total = (kind: MeetingKind) =>
  shippedTemplate(kind, 'en').reduce((sum, item) => sum + item.plannedMinutes, 0);

describe('shippedTemplate', () => {
  it.each(kinds.flatMap((kind) => languages.map((language) => [kind, language] as const)))(
    '%s in %s parses with the contract',
    (kind, language) => {
      const items = shippedTemplate(kind, language);
      expect(SavedTemplate.parse(items)).toEqual(items);
      // Titles are already trimmed, so parsing changes nothing the chair would see.
      for (const item of items) expect(item.title).toBe(item.title.trim());
      expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
    },
  );

  it.each(kinds)('%s has the same shape in English and French', (kind) => {
    const shape = (language: 'en' | 'fr') =>
      shippedTemplate(kind, language).map(({ kind, plannedMinutes, recurring }) => ({
        kind,
        plannedMinutes,
        recurring,
      }));
    expect(shape('fr')).toEqual(shape('en'));
  });

  it('is translated, not copied', () => {
    for (const kind of kinds) {
      const en = shippedTemplate(kind, 'en');
      const fr = shippedTemplate(kind, 'fr');
      // "Discussion" is the same word in both languages; nothing else may be left in English.
      const untranslated = fr.filter((item, i) => item.title === en[i]?.title);
      expect(untranslated.map((i) => i.title)).toEqual(untranslated.length ? ['Discussion'] : []);
    }
    const french = shippedTemplate('case_consultation', 'fr').map((i) => i.title);
    expect(french).toContain('Tour de table des organismes');
    expect(french).toContain('Suivi des actions en cours');
  });

  it.each(kinds)('%s fits in a 90-minute meeting', (kind) => {
    expect(total(kind)).toBeGreaterThan(0);
    expect(total(kind)).toBeLessThanOrEqual(90);
  });

  it('gives a case consultation the field’s agenda, in order', () => {
    const items = shippedTemplate('case_consultation', 'en');
    const expected: [RegExp, TemplateItem['kind']][] = [
      [/agency updates/i, 'round'],
      [/case reviews.*de-identified.*time-boxed/i, 'case_review'],
      [/joint participants/i, 'discussion'],
      [/difficulties arising/i, 'discussion'],
      [/changes needed in the system/i, 'discussion'],
      [/open actions/i, 'action_review'],
      [/date of next meeting/i, 'discussion'],
    ];
    const positions = expected.map(([title, kind]) => {
      const at = items.findIndex((item) => title.test(item.title));
      expect(at, String(title)).toBeGreaterThanOrEqual(0);
      expect(items[at]?.kind).toBe(kind);
      return at;
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Every item is standing: each meeting of the series has the same structure.
    expect(items.every((item) => item.recurring)).toBe(true);
    // The goal is stated up front.
    expect(items[0]?.title).toMatch(/goal/i);
    // Case reviews get the largest share of the time.
    const reviews = items.find((item) => item.kind === 'case_review');
    expect(Math.max(...items.map((i) => i.plannedMinutes))).toBe(reviews?.plannedMinutes);
  });

  it('gives an interagency meeting a go-around, a speaker, a discussion and a next meeting', () => {
    const items = shippedTemplate('interagency', 'en');
    expect(items.map((i) => i.kind)).toEqual([
      'discussion',
      'round',
      'presentation',
      'discussion',
      'discussion',
    ]);
    expect(items.at(-1)?.title).toMatch(/meet again/i);
    // The speaker changes every time: the slot is not copied to the next meeting.
    expect(items.find((i) => i.kind === 'presentation')?.recurring).toBe(false);
  });

  it('gives a committee standing items, decisions and an action review', () => {
    const items = shippedTemplate('committee', 'en');
    expect(items.filter((i) => i.kind === 'action_review')).toHaveLength(1);
    expect(items.some((i) => /decision/i.test(i.title))).toBe(true);
    expect(items.some((i) => /standing/i.test(i.title))).toBe(true);
  });

  it('gives speed networking a welcome, the rounds and a wrap-up, and other meetings a minimal agenda', () => {
    expect(shippedTemplate('speed_networking', 'en').map((i) => i.title)).toEqual([
      expect.stringMatching(/welcome and instructions/i),
      'Networking rounds',
      expect.stringMatching(/wrap-up/i),
    ]);
    expect(shippedTemplate('other', 'en').map((i) => i.title)).toEqual([
      expect.stringMatching(/welcome/i),
      'Discussion',
      'Next steps',
    ]);
  });

  it('returns fresh objects each time', () => {
    const first = shippedTemplate('committee', 'fr');
    first[0]!.title = 'Changed';
    first.pop();
    expect(shippedTemplate('committee', 'fr')[0]?.title).not.toBe('Changed');
    expect(shippedTemplate('committee', 'fr')).toHaveLength(first.length + 1);
  });
});
