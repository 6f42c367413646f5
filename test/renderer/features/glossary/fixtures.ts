import type { ConceptDraft } from '../../../../shared/contract';
import { makeTestCore, type TestCore } from '../../../helpers/core';

/** A few concepts as partners write them: one deprecated, one English only, one with accents. */
export async function seedGlossary(core: TestCore = makeTestCore()) {
  const add = (draft: ConceptDraft) => core.ok('glossary.add', draft);
  const ow = await add({
    en: {
      term: 'Ontario Works',
      abbreviations: ['OW'],
      definition: 'Ontario’s financial and employment assistance program for people in need.',
    },
    fr: {
      term: 'Programme Ontario au travail',
      abbreviations: ['POT'],
      definition: 'Programme ontarien d’aide financière et d’aide à l’emploi.',
    },
    subject: 'income_support',
  });
  const welfare = await add({
    en: { term: 'Welfare', definition: 'An older name for social assistance.' },
    fr: { term: 'Bien-être social' },
    subject: 'income_support',
    status: 'deprecated',
    preferredId: ow.id,
  });
  const housingFirst = await add({
    en: {
      term: 'Housing First',
      definition: 'An approach that moves people experiencing homelessness into housing first.',
    },
    fr: {
      term: 'Logement d’abord',
      definition: 'Approche qui offre d’abord un logement aux personnes en situation d’itinérance.',
    },
    subject: 'housing',
  });
  const meeting = await add({
    en: { term: 'Case conference' },
    fr: { term: 'Réunion de cas', definition: 'Réunion des intervenants autour d’une situation.' },
    subject: 'general',
  });
  const cmsm = await add({
    en: {
      term: 'Consolidated Municipal Service Manager',
      abbreviations: ['CMSM'],
      definition: 'The municipality that manages social services for an area.',
    },
    subject: 'governance',
  });
  return { core, ow, welfare, housingFirst, meeting, cmsm };
}
