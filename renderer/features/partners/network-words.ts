import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection, ConnectionKind } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { localeOf } from '../../i18n';
import type { Relation } from './network-view';

/** Connections in words, in the app's language: what the list, the toasts and the graph say. */
export function useConnectionWords() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const locale = localeOf(settings.language);
  return useMemo(() => {
    const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    return {
      collator: new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
      kind: (kind: ConnectionKind) => t(`network.kind.${kind}`),
      relation: (relation: Relation) => t(`network.relation.${relation}`),
      /** "Maison Bon Accueil refers to Ottawa Mission." */
      sentence: (connection: Pick<Connection, 'kind' | 'fromName' | 'toName'>) =>
        t(`network.sentence.${connection.kind}`, {
          from: connection.fromName,
          to: connection.toName,
        }),
      names: (names: readonly string[]) => list.format(names),
    };
  }, [t, locale]);
}
