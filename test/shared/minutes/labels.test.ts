import { describe, expect, it } from 'vitest';
import {
  formatGeneratedAt,
  formatLongDate,
  formatShortDate,
  formatTime,
  formatZone,
  minutesLabels,
} from '../../../shared/minutes/labels';

/** Intl separates some parts with no-break spaces: compare the words. */
const plain = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ');

describe('minutes dates and times', () => {
  it('writes a calendar day in full, the same day whatever the machine’s zone', () => {
    expect(formatLongDate('2026-12-07', 'en')).toBe('Monday, December 7, 2026');
    expect(formatLongDate('2026-12-07', 'fr')).toBe('lundi 7 décembre 2026');
    expect(formatLongDate('2027-01-01', 'en')).toBe('Friday, January 1, 2027');
    expect(formatShortDate('2026-12-15', 'en')).toBe('Dec 15, 2026');
    expect(formatShortDate('2026-12-15', 'fr')).toBe('15 déc. 2026');
    expect(formatLongDate('not a date', 'en')).toBe('not a date');
  });

  it('writes times and zones the Canadian way in each language', () => {
    expect(plain(formatTime('09:30', 'en'))).toBe('9:30 a.m.');
    expect(plain(formatTime('13:05', 'fr'))).toBe('13 h 05');
    expect(formatZone('America/Toronto', '2026-12-07', 'en')).toBe('Eastern Time');
    expect(formatZone('America/Toronto', '2026-12-07', 'fr')).toBe('heure de l’Est');
    expect(formatZone('Not/AZone', '2026-12-07', 'en')).toBe('Not/AZone');
  });

  it('says when the minutes were produced in the meeting’s zone, or UTC if the zone is unknown', () => {
    const at = Date.UTC(2026, 11, 7, 16, 5);
    expect(plain(formatGeneratedAt(at, 'America/Toronto', 'en'))).toBe(
      'December 7, 2026 at 11:05 a.m.',
    );
    expect(plain(formatGeneratedAt(at, 'Not/AZone', 'fr'))).toBe('7 décembre 2026 à 16 h 05');
  });
});

describe('the withheld sentence', () => {
  it('counts by level, singular and plural, in English and French', () => {
    const none = { internal: 0, confidential: 0 };
    const en = (items: typeof none, reviewedActions = none) =>
      minutesLabels('en').withheld({ ...items, reviewedActions });
    const fr = (items: typeof none, reviewedActions = none) =>
      minutesLabels('fr').withheld({ ...items, reviewedActions });
    expect(en({ internal: 0, confidential: 0 })).toBeNull();
    expect(en({ internal: 1, confidential: 0 })).toBe(
      '1 agenda item was withheld from these minutes (1 internal).',
    );
    expect(en({ internal: 1, confidential: 1 })).toBe(
      '2 agenda items were withheld from these minutes (1 internal, 1 confidential).',
    );
    expect(fr({ internal: 0, confidential: 1 })).toBe(
      '1 point de l’ordre du jour a été omis de ce compte rendu (1 confidentiel).',
    );
    expect(fr({ internal: 2, confidential: 3 })).toBe(
      '5 points de l’ordre du jour ont été omis de ce compte rendu (2 internes, 3 confidentiels).',
    );
  });

  it('counts the reviewed actions left out after the items, or alone', () => {
    const none = { internal: 0, confidential: 0 };
    const en = minutesLabels('en').withheld;
    const fr = minutesLabels('fr').withheld;
    expect(en({ ...none, reviewedActions: { internal: 0, confidential: 1 } })).toBe(
      '1 action from an earlier meeting was withheld from these minutes (1 confidential).',
    );
    expect(
      en({ internal: 1, confidential: 0, reviewedActions: { internal: 2, confidential: 1 } }),
    ).toBe(
      '1 agenda item was withheld from these minutes (1 internal). ' +
        '3 actions from earlier meetings were withheld from these minutes (2 internal, 1 confidential).',
    );
    expect(fr({ ...none, reviewedActions: { internal: 1, confidential: 0 } })).toBe(
      '1 suivi d’une rencontre précédente a été omis de ce compte rendu (1 interne).',
    );
    expect(fr({ ...none, reviewedActions: { internal: 0, confidential: 2 } })).toBe(
      '2 suivis de rencontres précédentes ont été omis de ce compte rendu (2 confidentiels).',
    );
  });

  it('has the same words in both languages', () => {
    expect(Object.keys(minutesLabels('fr')).sort()).toEqual(
      Object.keys(minutesLabels('en')).sort(),
    );
  });
});
