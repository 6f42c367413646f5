import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

const started = useE2eApp();

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

describe('partner directory, end to end', () => {
  it('creates, edits and finds organizations and people, in English and French', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await heading(page, 'Home').waitFor();
    await page.getByRole('link', { name: 'Directory' }).click();
    await heading(page, 'Partner directory').waitFor();
    await expectNoAxeViolations(page, 'directory list (empty)');
    await snap(page, 'directory-list-empty');

    // Create an organization, with one mistake fixed on the way.
    await page.getByRole('button', { name: 'New organization' }).click();
    const orgForm = page.getByRole('dialog', { name: 'New organization' });
    await orgForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Maison Bon Accueil');
    await orgForm.getByRole('textbox', { name: 'Short name', exact: true }).fill('MBA');
    await orgForm.getByRole('button', { name: /Kind/ }).click();
    await page.getByRole('option', { name: 'Funded program' }).click();
    await orgForm.getByRole('textbox', { name: 'Phone', exact: true }).fill('613 555-0100');
    await orgForm.getByRole('textbox', { name: 'Email', exact: true }).fill('accueil@');
    await orgForm
      .getByRole('textbox', { name: 'Website', exact: true })
      .fill('maisonbonaccueil.ca');
    await orgForm
      .getByRole('textbox', { name: 'Services', exact: true })
      .fill('Emergency shelter for families; housing search; meals.');
    await orgForm.getByRole('button', { name: 'Create organization' }).click();
    await orgForm.getByText('Not a valid email address.').waitFor();
    await expectNoAxeViolations(page, 'organization form with an error');
    await snap(page, 'organization-form-error');
    await orgForm
      .getByRole('textbox', { name: 'Email', exact: true })
      .fill('accueil@maisonbonaccueil.ca');
    await expectNoAxeViolations(page, 'organization form');
    await snap(page, 'organization-form');
    await orgForm.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).waitFor();
    await orgForm.waitFor({ state: 'detached' });

    // A second organization so the list shows more than one row.
    await page.getByRole('button', { name: 'New organization' }).click();
    const second = page.getByRole('dialog', { name: 'New organization' });
    await second
      .getByRole('textbox', { name: 'Name', exact: true })
      .fill('Ottawa Police Liaison Unit');
    await second.getByRole('textbox', { name: 'Name', exact: true }).press('Enter');
    await page.getByRole('link', { name: 'Ottawa Police Liaison Unit' }).waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'directory list');
    await snap(page, 'directory-list');

    // A person who works there.
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'New person' }).click();
    const personForm = page.getByRole('dialog', { name: 'New person' });
    await personForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Amélie Roy');
    await personForm.getByRole('button', { name: /Organization \(optional\)/ }).click();
    await page.getByRole('option', { name: 'Maison Bon Accueil' }).click();
    await personForm.getByRole('textbox', { name: 'Role', exact: true }).fill('Housing worker');
    await expectNoAxeViolations(page, 'person form');
    await snap(page, 'person-form');
    await personForm.getByRole('button', { name: 'Create person' }).click();
    await page.getByRole('link', { name: 'Amélie Roy' }).waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'people list');
    await snap(page, 'people-list');

    // Edit the organization from its page.
    await page.getByRole('link', { name: 'Organizations' }).click();
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).click();
    await heading(page, 'Maison Bon Accueil').waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const editOrg = page.getByRole('dialog', { name: 'Edit organization' });
    await editOrg.getByRole('textbox', { name: 'Phone', exact: true }).fill('613 555-0199');
    await editOrg.getByRole('button', { name: 'Save' }).click();
    await editOrg.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '613 555-0199' }).waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'organization detail');
    await snap(page, 'organization-detail');

    // Edit the person from theirs.
    await page.getByRole('link', { name: 'Amélie Roy' }).click();
    await heading(page, 'Amélie Roy').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editPerson = page.getByRole('dialog', { name: 'Edit person' });
    await editPerson
      .getByRole('textbox', { name: 'Email', exact: true })
      .fill('amelie.roy@maisonbonaccueil.ca');
    await editPerson.getByRole('button', { name: 'Save' }).click();
    await editPerson.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'amelie.roy@maisonbonaccueil.ca' }).waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'person detail');
    await snap(page, 'person-detail');

    // Everything is still there after a reload.
    await page.reload({ waitUntil: 'load' });
    await heading(page, 'Amélie Roy').waitFor();
    expect(
      await page.getByRole('link', { name: 'amelie.roy@maisonbonaccueil.ca' }).isVisible(),
    ).toBe(true);
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).click();
    await page.getByRole('link', { name: '613 555-0199' }).waitFor();

    // Settings: French, applied at once.
    await page.getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings').waitFor();
    await expectNoAxeViolations(page, 'settings');
    await snap(page, 'settings');
    // The label is what a person clicks; react-aria keeps the input itself visually hidden.
    await page.getByText('Français', { exact: true }).click();
    await heading(page, 'Paramètres').waitFor();
    await page.getByRole('link', { name: 'Répertoire' }).click();
    await heading(page, 'Répertoire des partenaires').waitFor();
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Programme financé' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA');
    await expectNoAxeViolations(page, 'directory list in French');
    await snap(page, 'directory-fr');

    await page.getByRole('link', { name: 'Maison Bon Accueil' }).click();
    await heading(page, 'Maison Bon Accueil').waitFor();
    await expectNoAxeViolations(page, 'organization detail in French');
    await snap(page, 'organization-detail-fr');
    await page.getByRole('button', { name: 'Modifier' }).click();
    const editFr = page.getByRole('dialog', { name: 'Modifier l’organisme' });
    await editFr.getByRole('textbox', { name: 'Courriel', exact: true }).fill('pas-un-courriel');
    await editFr.getByRole('button', { name: 'Enregistrer' }).click();
    await editFr.getByText('Cette adresse courriel n’est pas valide.').waitFor();
    await expectNoAxeViolations(page, 'organization form in French');
    await snap(page, 'organization-form-fr');
    // Escape with unsaved changes asks first; discarding them closes the form.
    await page.keyboard.press('Escape');
    await page
      .getByRole('alertdialog', { name: 'Abandonner vos modifications?' })
      .getByRole('button', { name: 'Abandonner les modifications' })
      .click();
    await editFr.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'accueil@maisonbonaccueil.ca' }).waitFor();

    // Dark and high contrast, as a chair may choose for a projector.
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByText('Foncé', { exact: true }).click();
    await page.getByText('Contraste élevé', { exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-contrast')).toBe('high');
    await expectNoAxeViolations(page, 'settings, dark high contrast');
    await snap(page, 'settings-dark-high-contrast');
    await page.getByText('Contraste élevé', { exact: true }).click();
    await page.getByRole('link', { name: 'Répertoire' }).click();
    await page.getByRole('link', { name: 'Personnes' }).click();
    await page.getByRole('link', { name: 'Amélie Roy' }).click();
    await heading(page, 'Amélie Roy').waitFor();
    await expectNoAxeViolations(page, 'person detail, dark');
    await snap(page, 'person-detail-dark');

    expect(errors).toEqual([]);
  });
});
