import { describe, expect, it } from 'vitest';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

/**
 * Issue 6's notes flow: a term added to the glossary is underlined as it is typed in a note, its
 * definition shows on hover (in English, then in French once the app is), and an unknown acronym
 * is added to the glossary from the note itself.
 */
const started = useE2eApp();

describe('the glossary in the notes, end to end', () => {
  it('underlines terms as typed, defines them on hover in either language, and adds an acronym', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 1366, height: 900 });
    await callCore(page, 'glossary.add', {
      en: {
        term: 'Housing First',
        abbreviations: ['HF'],
        definition:
          'An approach that offers permanent housing first, with support, without preconditions such as sobriety.',
      },
      fr: {
        term: 'Logement d’abord',
        definition:
          'Approche qui offre d’abord un logement permanent, avec du soutien, sans condition préalable comme l’abstinence.',
      },
      subject: 'housing',
    });
    await callCore(page, 'template.save', {
      kind: 'other',
      language: 'en',
      items: [
        { title: 'Agency updates', kind: 'discussion', plannedMinutes: 30, recurring: false },
      ],
    });
    const meeting = await callCore(page, 'meeting.create', {
      title: 'Housing First committee',
      kind: 'other',
      date: new Date().toISOString().slice(0, 10),
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'UTC',
      language: 'en',
    });

    await page.goto(`${started().url.split('#')[0]}#/meetings/${meeting.id}/notes`);
    await page.getByRole('link', { name: /^\d+\. Agency updates/ }).click();
    const note = page.getByRole('textbox', { name: /^Notes: Agency updates/ });
    await note.click();
    await page.keyboard.type('The Housing First team met the CMSM about two referrals.');
    const term = note.locator('.glossary-term', { hasText: 'Housing First' });
    await term.waitFor();
    await expect.poll(() => note.locator('.glossary-unknown').allTextContents()).toEqual(['CMSM']);

    await term.hover();
    const popup = page.getByRole('group', { name: 'Glossary: Housing First' });
    await popup.getByText(/permanent housing first, with support/).waitFor();
    await expectNoAxeViolations(page, 'notes with a term’s definition');
    await snap(page, 'notes/glossary-definition');

    await note.locator('.glossary-unknown', { hasText: 'CMSM' }).hover();
    const unknown = page.getByRole('group', { name: 'Acronym not in the glossary: CMSM' });
    await unknown.waitFor();
    await snap(page, 'notes/glossary-unknown-acronym');
    await unknown.getByRole('button', { name: 'Add definition' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to glossary' });
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Acronym or short form' }).inputValue())
      .toBe('CMSM');
    await page.keyboard.type('Consolidated Municipal Service Manager');
    await dialog
      .getByRole('textbox', { name: 'Definition in English' })
      .fill('The municipality that plans and manages social services for an area of Ontario.');
    await dialog
      .getByRole('textbox', { name: 'Term in French (optional)' })
      .fill('gestionnaire des services municipaux regroupés');
    await expectNoAxeViolations(page, 'quick add to the glossary');
    await snap(page, 'notes/glossary-quick-add');
    await dialog.getByRole('button', { name: 'Add to glossary' }).click();
    await page
      .getByText('“Consolidated Municipal Service Manager” was added to the glossary.')
      .waitFor();
    await note.locator('.glossary-term', { hasText: 'CMSM' }).waitFor();
    await expect.poll(() => note.locator('.glossary-unknown').count()).toBe(0);
    await dismissToasts(page);

    await callCore(page, 'settings.update', { language: 'fr' });
    const notes = page.getByRole('textbox', { name: /^Notes : Agency updates/ });
    await page.mouse.move(0, 0);
    await notes.locator('.glossary-term', { hasText: 'Housing First' }).hover();
    const french = page.getByRole('group', { name: 'Glossaire : Housing First' });
    await french.getByText(/d’abord un logement permanent/).waitFor();
    await expect.poll(() => french.textContent()).toContain('Logement d’abord');
    await expectNoAxeViolations(page, 'notes with a French definition');
    await snap(page, 'notes/glossary-definition-fr');
    expect(errors).toEqual([]);
  });
});
