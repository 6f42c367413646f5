import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Method, MethodInput } from '../../../../shared/contract';
import { docFromText } from '../../../../shared/domain/rich-text';
import { download } from '../../../../renderer/components/download';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { seriesWithPartners } from '../../../helpers/meetings';
import { renderApp } from '../../../helpers/render';
import { meetingWithItems } from '../meetings/fixtures';

vi.mock('../../../../renderer/components/download', () => ({ download: vi.fn() }));

afterEach(() => {
  vi.mocked(download).mockClear();
  vi.restoreAllMocks();
});

/** A meeting whose second item is internal and third confidential, with notes and a decision. */
async function meetingForMinutes(core: TestCore = makeTestCore()) {
  const meeting = await meetingWithItems(core, [
    { title: 'Round of agency updates', plannedMinutes: 20 },
    { title: 'Staffing at the shelter', plannedMinutes: 10 },
    { title: 'Case J-17', plannedMinutes: 15 },
  ]);
  const { items } = await core.ok('meeting.get', { id: meeting.id });
  const [updates, staffing, caseItem] = items as [
    (typeof items)[0],
    (typeof items)[0],
    (typeof items)[0],
  ];
  await core.ok('agenda.update', { id: staffing.id, changes: { confidentiality: 'internal' } });
  await core.ok('agenda.update', { id: caseItem.id, changes: { confidentiality: 'confidential' } });
  await core.ok('note.save', {
    meetingId: meeting.id,
    itemId: updates.id,
    doc: docFromText('The youth shelter opens a second floor in March.'),
  });
  await core.ok('decision.add', {
    meetingId: meeting.id,
    itemId: updates.id,
    text: 'Invite the youth shelter to the next meeting',
  });
  return { core, meeting, items };
}

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
const preview = () => screen.getByRole('region', { name: 'Preview of the minutes' });

describe('minutes screen', () => {
  it('previews the minutes as exported, and says which items were withheld', async () => {
    const { core, meeting } = await meetingForMinutes();
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/minutes`, core });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Minutes: Housing First committee' }),
    ).toBeVisible();

    expect(
      within(preview()).getByRole('heading', { name: /Round of agency updates/ }),
    ).toBeVisible();
    expect(within(preview()).getByText(/second floor in March/)).toBeVisible();
    expect(within(preview()).getByText(/Invite the youth shelter/)).toBeVisible();
    expect(within(preview()).queryByText(/Staffing at the shelter/)).not.toBeInTheDocument();
    expect(within(preview()).queryByText(/Case J-17/)).not.toBeInTheDocument();

    expect(screen.getByText(/1 internal item is left out\. Tick/)).toBeVisible();
    expect(screen.getByText(/1 confidential item is left out/)).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: 'Include internal items' }));
    expect(
      await within(preview()).findByRole('heading', { name: /Staffing at the shelter/ }),
    ).toBeVisible();
    expect(screen.queryByText(/internal item is left out/)).not.toBeInTheDocument();
    // Confidential items never leave, whatever is ticked.
    expect(within(preview()).queryByText(/Case J-17/)).not.toBeInTheDocument();
    expect(screen.getByText(/1 confidential item is left out/)).toBeVisible();
  });

  it('writes the minutes in the language chosen, the app’s by default', async () => {
    const { core, meeting } = await meetingForMinutes();
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/minutes`, core });
    await screen.findByRole('heading', { level: 1, name: /^Minutes: / });
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(preview().querySelector('article.minutes')).toHaveAttribute('lang', 'en');

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    await waitFor(() =>
      expect(preview().querySelector('article.minutes')).toHaveAttribute('lang', 'fr'),
    );
    expect(within(preview()).getByText('Compte rendu')).toBeVisible();
  });

  it('exports Markdown, HTML and Word files, and prints when the host cannot make a PDF', async () => {
    const { core, meeting } = await meetingForMinutes();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/minutes`, core });
    await screen.findByRole('heading', { level: 1, name: /^Minutes: / });

    await user.click(screen.getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'HTML' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    await user.click(screen.getByRole('button', { name: 'Word (.docx)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(3));

    const [markdown, html, docx] = vi.mocked(download).mock.calls;
    expect(markdown![0]).toMatch(/\.md$/);
    expect(String(markdown![1])).toContain('Round of agency updates');
    expect(html![0]).toMatch(/\.html$/);
    expect(String(html![1])).toContain('<article class="minutes"');
    expect(String(html![1])).not.toContain('Case J-17');
    expect(docx![0]).toMatch(/\.docx$/);
    // A DOCX is a zip archive: its bytes, decoded from base64, start with "PK".
    const bytes = docx![1] as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(await screen.findByText(/Saved .*\.docx/)).toBeInTheDocument();

    // Browser mode: no PDF button, the print dialog instead.
    expect(screen.queryByRole('button', { name: 'PDF' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('asks the desktop app for the PDF when it can print one', async () => {
    const { core, meeting } = await meetingForMinutes();
    const calls: MethodInput<'minutes.export'>[] = [];
    // The desktop host's printer, as app.info and minutes.export report it.
    const desktop: TestCore = Object.assign(Object.create(core) as TestCore, {
      async call(method: Method, input: unknown) {
        if (method === 'app.info') {
          const info = await core.ok('app.info', {});
          return { ok: true, value: { ...info, pdfExport: true } };
        }
        if (method === 'minutes.export') {
          const request = input as MethodInput<'minutes.export'>;
          calls.push(request);
          if (request.format === 'pdf') {
            return {
              ok: true,
              value: {
                filename: 'minutes.pdf',
                mimeType: 'application/pdf',
                encoding: 'base64',
                content: btoa('%PDF-1.7 fake'),
              },
            };
          }
        }
        return core.call(method, input);
      },
    });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/minutes`, core: desktop });
    await screen.findByRole('heading', { level: 1, name: /^Minutes: / });
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Include internal items' }));
    await user.click(screen.getByRole('button', { name: 'PDF' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(calls).toEqual([
      {
        meetingId: meeting.id,
        includeInternal: true,
        language: 'en',
        includeTerms: false,
        format: 'pdf',
      },
    ]);
    const [filename, content, type] = vi.mocked(download).mock.calls[0]!;
    expect(filename).toBe('minutes.pdf');
    expect(type).toBe('application/pdf');
    expect(new TextDecoder().decode(content as Uint8Array)).toBe('%PDF-1.7 fake');
  });

  it('shows what the review of open actions decided, and says when some are left out', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await seriesWithPartners(core);
    const secret = await core.ok('agenda.add', {
      meetingId: firstMeeting.id,
      item: { title: 'Case J-17', confidentiality: 'confidential' },
    });
    const form = await core.ok('action.add', {
      meetingId: firstMeeting.id,
      description: 'Send the intake form',
    });
    const call = await core.ok('action.add', {
      meetingId: firstMeeting.id,
      itemId: secret.id,
      description: 'Call the J-17 landlord',
    });
    const next = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    for (const actionId of [form.id, call.id]) {
      await core.ok('action.review', { actionId, meetingId: next.id, outcome: 'done' });
    }
    const { container } = await renderApp({ path: `/meetings/${next.id}/minutes`, core });
    await screen.findByRole('heading', { level: 1, name: /^Minutes: / });

    expect(
      within(preview()).getByRole('heading', { name: 'Actions from earlier meetings' }),
    ).toBeVisible();
    expect(within(preview()).getByText('Done')).toBeVisible();
    expect(within(preview()).getByText(/Send the intake form/)).toBeVisible();
    expect(within(preview()).queryByText(/J-17/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/1 action from an earlier meeting, decided under a confidential item/),
    ).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('appends the glossary terms the shared minutes use when asked, in the preview and the files', async () => {
    const { core, meeting } = await meetingForMinutes();
    await core.ok('glossary.add', {
      en: { term: 'youth shelter', definition: 'A shelter for people aged 16 to 24.' },
      fr: { term: 'refuge jeunesse', definition: 'Un refuge pour les 16 à 24 ans.' },
    });
    // Said only under the internal item's title.
    await core.ok('glossary.add', { en: { term: 'staffing', definition: 'Who works when.' } });
    const { user, container } = await renderApp({
      path: `/meetings/${meeting.id}/minutes`,
      core,
    });
    await screen.findByRole('heading', { level: 1, name: /^Minutes: / });
    const box = screen.getByRole('checkbox', { name: 'Include the terms used (glossary)' });
    expect(box).not.toBeChecked();
    expect(within(preview()).queryByText('Terms used in this meeting')).not.toBeInTheDocument();

    await user.click(box);
    const heading = await within(preview()).findByRole('heading', {
      name: 'Terms used in this meeting',
    });
    const section = heading.closest('section')!;
    expect(within(section).getByText('youth shelter')).toBeVisible();
    expect(within(section).getByText('A shelter for people aged 16 to 24.')).toBeVisible();
    expect(within(section).queryByText('staffing')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Include internal items' }));
    expect(await within(preview()).findByText('staffing')).toBeVisible();

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(
      await within(preview()).findByRole('heading', { name: 'Termes utilisés pendant la réunion' }),
    ).toBeVisible();
    expect(within(preview()).getByText('refuge jeunesse')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const markdown = String(vi.mocked(download).mock.calls[0]![1]);
    expect(markdown).toContain('## Termes utilisés pendant la réunion');
    expect(markdown).toContain('**refuge jeunesse**');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('passes axe, preview included', async () => {
    const { core, meeting } = await meetingForMinutes();
    const { container } = await renderApp({ path: `/meetings/${meeting.id}/minutes`, core });
    await screen.findByRole('heading', { level: 1, name: /^Minutes: / });
    expect(await axeViolations(container)).toEqual([]);
  });
});
