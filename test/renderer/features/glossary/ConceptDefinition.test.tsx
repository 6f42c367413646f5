import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConceptDefinition } from '../../../../renderer/features/glossary/ConceptDefinition';
import { renderWithProviders } from '../../../helpers/render';
import { seedGlossary } from './fixtures';

describe('concept definition', () => {
  it('shows the side in the app’s language: French in French', async () => {
    const { core, ow } = await seedGlossary();
    const shelter = await core.ok('org.create', { name: 'Refuge Nord' });
    const concept = await core.ok('glossary.update', {
      id: ow.id,
      draft: {
        en: { term: 'Ontario Works', abbreviations: ['OW'], definition: 'Financial help.' },
        fr: {
          term: 'Programme Ontario au travail',
          abbreviations: ['POT'],
          definition: 'Aide financière.',
          note: 'On dit souvent « l’aide sociale ».',
        },
        subject: 'income_support',
        meanings: [{ organizationId: shelter.id, fr: 'Notre volet d’aide au logement.' }],
      },
    });
    await renderWithProviders(<ConceptDefinition concept={concept} />, {
      core,
      settings: { language: 'fr' },
    });
    expect(await screen.findByText('Programme Ontario au travail')).toHaveAttribute(
      'lang',
      'fr-CA',
    );
    expect(document.querySelector('.concept-definition__abbreviations')).toHaveTextContent(
      '(POT, OW)',
    );
    // The other language's acronym is said in it.
    expect(screen.getByText('OW')).toHaveAttribute('lang', 'en-CA');
    expect(screen.getByText('POT')).toHaveAttribute('lang', 'fr-CA');
    expect(screen.getByText('Aide financière.')).toHaveAttribute('lang', 'fr-CA');
    expect(screen.getByText('On dit souvent « l’aide sociale ».')).toBeVisible();
    expect(screen.getByText('Chez Refuge Nord')).toBeVisible();
    expect(screen.getByText('Notre volet d’aide au logement.')).toBeVisible();
    expect(screen.queryByText('Financial help.')).not.toBeInTheDocument();
  });

  it('falls back to the other language and says so; a deprecated term says what to use', async () => {
    const { core, cmsm, welfare } = await seedGlossary();
    await renderWithProviders(
      <>
        <ConceptDefinition concept={await core.ok('glossary.get', { id: cmsm.id })} />
        <ConceptDefinition
          concept={await core.ok('glossary.get', { id: welfare.id })}
          language="en"
        />
      </>,
      { core, settings: { language: 'fr' } },
    );
    expect(await screen.findByText('Consolidated Municipal Service Manager')).toHaveAttribute(
      'lang',
      'en-CA',
    );
    expect(
      screen.getByText('The municipality that manages social services for an area.'),
    ).toHaveAttribute('lang', 'en-CA');
    expect(screen.getByText('Définition offerte en anglais seulement.')).toBeVisible();

    // A panel may show the terms in another language than the app's when asked to.
    expect(screen.getByText(/À éviter — employer/)).toHaveTextContent(
      'À éviter — employer Ontario Works',
    );
    expect(screen.getByText('Ontario Works')).toHaveAttribute('lang', 'en-CA');
  });
});
