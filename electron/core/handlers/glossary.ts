import type { glossaryContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { glossaryRepo } from '../db/repos/glossary';
import {
  createConcept,
  deleteConcept,
  findDuplicates,
  getConcept,
  replaceConcept,
  undeleteConcept,
} from '../glossary/concepts';
import { mergeConcepts, unmergeConcept } from '../glossary/merge';
import { glossaryIndex, listConcepts } from '../glossary/search';
import { writer } from './write';

const write = writer('glossary');

export const glossaryHandlers: HandlersFor<
  Omit<
    typeof glossaryContract,
    | 'glossary.import'
    | 'glossary.export'
    | 'glossary.starterStatus'
    | 'glossary.addStarter'
    | 'glossary.removeStarter'
    | 'glossary.declineStarter'
  >
> = {
  'glossary.list': (input, ctx) => listConcepts(ctx, input),

  'glossary.get': ({ id }, ctx) => getConcept(ctx, id),

  // Acronyms as the form holds them: trimmed, blanks (a field being typed) left out.
  'glossary.findDuplicates': ({ en, fr, exceptId }, ctx) => {
    const side = (s: typeof en) => ({
      term: s.term,
      abbreviations: s.abbreviations.map((a) => a.trim()).filter((a) => a !== ''),
    });
    return findDuplicates(ctx, { en: side(en), fr: side(fr) })
      .filter((c) => c.id !== exceptId)
      .map((c) => ({ id: c.id, en: c.en.term, fr: c.fr.term }));
  },

  'glossary.add': (draft, ctx) => write(ctx, () => createConcept(ctx, draft, 'user')),

  'glossary.update': ({ id, draft }, ctx) => write(ctx, () => replaceConcept(ctx, id, draft)),

  'glossary.delete': ({ id }, ctx) =>
    write(ctx, () => {
      deleteConcept(ctx, id);
      return { id };
    }),

  'glossary.undelete': ({ id }, ctx) => write(ctx, () => undeleteConcept(ctx, id)),

  'glossary.merge': ({ keepId, mergeId }, ctx) =>
    write(ctx, () => mergeConcepts(ctx, keepId, mergeId)),

  'glossary.unmerge': ({ mergeId }, ctx) => write(ctx, () => unmergeConcept(ctx, mergeId)),

  'glossary.index': (_input, ctx) => glossaryIndex(ctx),

  'glossary.ignoreAcronym': ({ acronym, ignored }, ctx) =>
    write(ctx, () => {
      const repo = glossaryRepo(ctx.db);
      repo.setIgnored(acronym, ignored, ctx.clock.now());
      return { ignoredAcronyms: repo.ignoredAcronyms() };
    }),
};
