import {
  SubjectField,
  TermStatus,
  type GlossaryFilter,
  type Language,
} from '../../../shared/contract';
import { CONCEPT_PARAM } from './links';

/** The alphabetical index: A–Z, then '#' for terms that start with a digit or a sign. */
export const INDEX_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;

/** What the glossary shows; kept in the address (`?q=cmsm&subject=housing`) so a link reopens it. */
export interface GlossaryView {
  /** The search as typed. */
  q: string;
  /** An index letter, or '' for every letter. */
  letter: string;
  subject: SubjectField | '';
  /** An organization's id, or '' for every agency. */
  agency: string;
  status: TermStatus | '';
  missingFrench: boolean;
  /** The concept open over the list, or ''. */
  concept: string;
}

export const DEFAULT_VIEW: GlossaryView = {
  q: '',
  letter: '',
  subject: '',
  agency: '',
  status: '',
  missingFrench: false,
  concept: '',
};

const oneOf = <T extends string>(choices: readonly T[], value: string | null): T | '' =>
  choices.find((choice) => choice === value) ?? '';

/** Reads the view from the address; anything unknown (an old or hand-edited link) is ignored. */
export function viewFromParams(params: URLSearchParams): GlossaryView {
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    letter: oneOf(INDEX_LETTERS, params.get('letter')),
    subject: oneOf(SubjectField.options, params.get('subject')),
    agency: params.get('agency') ?? '',
    status: oneOf(TermStatus.options, params.get('status')),
    missingFrench: params.get('missing') === 'fr',
    concept: params.get(CONCEPT_PARAM) ?? '',
  };
}

/** The address of a view: only what is set, so the plain glossary link stays plain. */
export function paramsFromView(view: GlossaryView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.letter) params.set('letter', view.letter);
  if (view.subject) params.set('subject', view.subject);
  if (view.agency) params.set('agency', view.agency);
  if (view.status) params.set('status', view.status);
  if (view.missingFrench) params.set('missing', 'fr');
  if (view.concept) params.set(CONCEPT_PARAM, view.concept);
  return params;
}

/** True when the list is narrowed by a filter (the search and the letter aside). */
export function hasFilters(view: GlossaryView): boolean {
  return view.subject !== '' || view.agency !== '' || view.status !== '' || view.missingFrench;
}

/** True when anything narrows the list: then "nothing found" rather than "the glossary is empty". */
export const isNarrowed = (view: GlossaryView) =>
  hasFilters(view) || view.q.trim() !== '' || view.letter !== '';

/** The core's filter for a view, sorted and indexed by the app's language. */
export function filterOf(view: GlossaryView, language: Language) {
  const query = view.q.trim();
  return {
    ...(query ? { query } : {}),
    ...(view.letter ? { letter: view.letter } : {}),
    ...(view.subject ? { subject: view.subject } : {}),
    ...(view.agency ? { organizationId: view.agency } : {}),
    ...(view.status ? { status: view.status } : {}),
    missingFrench: view.missingFrench,
    language,
  } satisfies GlossaryFilter;
}
