import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dependsOn, refreshAfterChange } from '../../../renderer/app/query-client';

describe('what reloads after a change', () => {
  it('reloads glossary answers only for glossary and directory changes', () => {
    const index = ['glossary.index', {}];
    expect(dependsOn(index, ['notes'])).toBe(false);
    expect(dependsOn(index, ['meetings', 'notes'])).toBe(false);
    expect(dependsOn(index, ['glossary'])).toBe(true);
    expect(dependsOn(index, ['directory'])).toBe(true);
    expect(dependsOn(index, ['*'])).toBe(true);
    expect(dependsOn(index, [])).toBe(true);
  });

  it('reloads every other answer on any change', () => {
    expect(dependsOn(['meeting.get', { id: 'm1' }], ['glossary'])).toBe(true);
    expect(dependsOn(['minutes.get', { meetingId: 'm1' }], ['notes'])).toBe(true);
  });

  it('leaves the glossary index alone when a note is saved', async () => {
    const client = new QueryClient();
    client.setQueryData(['glossary.index', {}], { concepts: [] });
    client.setQueryData(['meeting.get', { id: 'm1' }], {});
    await refreshAfterChange(client, ['notes']);
    expect(client.getQueryState(['glossary.index', {}])?.isInvalidated).toBe(false);
    expect(client.getQueryState(['meeting.get', { id: 'm1' }])?.isInvalidated).toBe(true);
  });
});
