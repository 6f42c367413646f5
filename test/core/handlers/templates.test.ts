import { describe, expect, it } from 'vitest';
import type { TemplateItem } from '../../../shared/contract';
import { shippedTemplate } from '../../../shared/domain/meeting-templates';
import { makeTestCore } from '../../helpers/core';
import { biweekly, oneOff } from '../../helpers/meetings';

const own: TemplateItem[] = [
  { title: 'Check-in', kind: 'round', plannedMinutes: 10, recurring: true },
  { title: 'Updates', kind: 'discussion', plannedMinutes: 30, recurring: false },
];

describe('templates', () => {
  it('are the shipped ones until a chair saves their own', async () => {
    const core = makeTestCore();
    expect(await core.ok('template.get', { kind: 'committee', language: 'fr' })).toEqual({
      kind: 'committee',
      language: 'fr',
      items: shippedTemplate('committee', 'fr'),
      customised: false,
    });
    expect(
      await core.ok('template.save', { kind: 'committee', language: 'fr', items: own }),
    ).toEqual({ kind: 'committee', language: 'fr', items: own, customised: true });
    expect(await core.ok('template.get', { kind: 'committee', language: 'fr' })).toMatchObject({
      items: own,
      customised: true,
    });
    // One kind in one language: the others keep theirs.
    expect(await core.ok('template.get', { kind: 'committee', language: 'en' })).toMatchObject({
      customised: false,
    });
  });

  it('give new meetings and series their agenda', async () => {
    const core = makeTestCore();
    await core.ok('template.save', { kind: 'committee', language: 'en', items: own });
    await core.ok('template.save', { kind: 'case_consultation', language: 'en', items: own });
    const meeting = await core.ok('meeting.create', oneOff());
    const { firstMeeting } = await core.ok('series.create', biweekly());
    for (const id of [meeting.id, firstMeeting.id]) {
      const { items } = await core.ok('meeting.get', { id });
      expect(items.map((i) => [i.title, i.kind, i.plannedMinutes, i.recurring])).toEqual([
        ['Check-in', 'round', 10, true],
        ['Updates', 'discussion', 30, false],
      ]);
    }
  });

  it('reset to the shipped one', async () => {
    const core = makeTestCore();
    await core.ok('template.save', { kind: 'interagency', language: 'en', items: [] });
    expect(await core.ok('template.reset', { kind: 'interagency', language: 'en' })).toEqual({
      kind: 'interagency',
      language: 'en',
      items: shippedTemplate('interagency', 'en'),
      customised: false,
    });
    // Resetting what was never changed is harmless.
    await core.ok('template.reset', { kind: 'interagency', language: 'en' });
  });

  it('fall back to the shipped one when the stored one cannot be read', async () => {
    const core = makeTestCore();
    for (const stored of ['not json', '[{"title":"","kind":"nope"}]', '{"items":[]}']) {
      core.db
        .prepare(
          "INSERT OR REPLACE INTO templates (kind, language, items) VALUES ('other', 'en', ?)",
        )
        .run(stored);
      expect(await core.ok('template.get', { kind: 'other', language: 'en' })).toMatchObject({
        items: shippedTemplate('other', 'en'),
        customised: false,
      });
    }
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'other' }));
    expect((await core.ok('meeting.get', { id: meeting.id })).items).toHaveLength(
      shippedTemplate('other', 'en').length,
    );
  });

  it('refuse invalid items, field by field', async () => {
    const core = makeTestCore();
    const error = await core.fails('template.save', {
      kind: 'committee',
      language: 'en',
      items: [{ title: ' ', kind: 'discussion', plannedMinutes: -1, recurring: false }],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['items.0.title', 'required'],
      ['items.0.plannedMinutes', 'invalidMinutes'],
    ]);
  });
});
