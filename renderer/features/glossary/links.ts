export const GLOSSARY_PATH = '/glossary';

/** The query parameter naming the concept shown over the list. */
export const CONCEPT_PARAM = 'concept';

/** The glossary, open on one concept: what a "see in the glossary" link goes to. */
export const conceptPath = (id: string) =>
  `${GLOSSARY_PATH}?${CONCEPT_PARAM}=${encodeURIComponent(id)}`;
