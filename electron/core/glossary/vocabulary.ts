import type { SubjectField, TermStatus } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/domain/search-text';

/*
 * The words files may use for a subject field or a status: the key itself, or its English or
 * French label as people type it (accents, case and punctuation do not matter). Exports write
 * the keys, which read the same in both languages.
 */

const SUBJECT_WORDS: Record<SubjectField, readonly string[]> = {
  general: ['general', 'général', 'generalites', 'other', 'autre'],
  housing: ['housing', 'homelessness', 'logement', 'habitation', 'itinérance'],
  health: ['health', 'health care', 'santé', 'soins de santé'],
  mental_health: ['mental health', 'santé mentale'],
  substance_use: [
    'substance use',
    'addictions',
    'addiction',
    'usage de substances',
    'consommation de substances',
    'dépendances',
    'toxicomanie',
  ],
  employment: ['employment', 'jobs', 'emploi', 'employabilité'],
  income_support: [
    'income support',
    'social assistance',
    'soutien du revenu',
    'soutien au revenu',
    'aide sociale',
  ],
  justice: ['justice', 'legal', 'juridique', 'justice pénale'],
  child_family: [
    'child and family',
    'children and families',
    'child family',
    'family',
    'enfance et famille',
    'enfance famille',
    'famille',
  ],
  education: ['education', 'training', 'éducation', 'formation'],
  disability: ['disability', 'disabilities', 'handicap', 'invalidité', 'personnes handicapées'],
  seniors: ['seniors', 'older adults', 'aînés', 'personnes âgées'],
  newcomers: ['newcomers', 'immigration', 'settlement', 'nouveaux arrivants', 'établissement'],
  indigenous: ['indigenous', 'autochtones', 'autochtone', 'premières nations'],
  governance: ['governance', 'government', 'law', 'gouvernance', 'gouvernement', 'législation'],
};

const STATUS_WORDS: Record<TermStatus, readonly string[]> = {
  preferred: [
    'preferred',
    'preferred term',
    'privilégié',
    'terme privilégié',
    'préféré',
    'recommandé',
  ],
  admitted: ['admitted', 'admitted term', 'acceptable', 'admis', 'terme admis', 'accepté'],
  deprecated: [
    'deprecated',
    'deprecated term',
    'obsolete',
    'avoid',
    'à éviter',
    'terme à éviter',
    'déconseillé',
    'obsolète',
  ],
};

function lookup<K extends string>(words: Record<K, readonly string[]>) {
  const map = new Map<string, K>();
  for (const key of Object.keys(words) as K[]) {
    for (const word of [key, ...words[key]]) map.set(foldForSearch(word.replace(/_/g, ' ')), key);
  }
  return (value: string): K | undefined => map.get(foldForSearch(value.replace(/_/g, ' ')));
}

export const subjectOf = lookup(SUBJECT_WORDS);
export const statusOf = lookup(STATUS_WORDS);
