import { SearchKind, type notesContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { currentSettings } from '../settings';
import { isShortQuery, toFtsQuery } from '../search/fts-query';
import { searchIndex } from '../search/search-index';

const ALL_KINDS = SearchKind.options;

export const searchHandlers: HandlersFor<Pick<typeof notesContract, 'search.query'>> = {
  /*
   * Whatever was typed becomes quoted prefix words (toFtsQuery), so no input is FTS5 syntax and
   * none can make the query fail; a query with no word in it finds nothing.
   */
  'search.query': ({ query, kinds, limit }, { db }) => {
    const match = toFtsQuery(query);
    if (match === null || kinds?.length === 0) return [];
    const index = searchIndex(db);
    const { language } = currentSettings(db);
    return isShortQuery(query)
      ? index.findLatest(match, kinds ?? ALL_KINDS, limit, language)
      : index.find(match, kinds ?? ALL_KINDS, limit, language);
  },
};
