import { useTranslation } from 'react-i18next';
import { ConnectionKind, NetworkStatus } from '../../../shared/contract';
import { Checkbox } from '../../components/Checkbox';
import type { NetworkFilter } from './network-view';

const toggled = <T,>(list: readonly T[], item: T, on: boolean, order: readonly T[]) =>
  order.filter((entry) => (entry === item ? on : list.includes(entry)));

/** Which kinds of connection and which partners to show, in the graph and in the list alike. */
export function NetworkFilters({
  filter,
  onChange,
}: {
  filter: NetworkFilter;
  onChange: (filter: NetworkFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="network-filters" role="search" aria-label={t('network.filters.label')}>
      <fieldset className="network-filters__group">
        <legend className="field__label">{t('network.filters.kinds')}</legend>
        {ConnectionKind.options.map((kind) => (
          <Checkbox
            key={kind}
            isSelected={filter.kinds.includes(kind)}
            onChange={(on) =>
              onChange({
                ...filter,
                kinds: toggled(filter.kinds, kind, on, ConnectionKind.options),
              })
            }
          >
            {t(`network.kind.${kind}`)}
          </Checkbox>
        ))}
      </fieldset>
      <fieldset className="network-filters__group">
        <legend className="field__label">{t('network.filters.statuses')}</legend>
        {NetworkStatus.options.map((status) => (
          <Checkbox
            key={status}
            isSelected={filter.statuses.includes(status)}
            onChange={(on) =>
              onChange({
                ...filter,
                statuses: toggled(filter.statuses, status, on, NetworkStatus.options),
              })
            }
          >
            {t(`network.status.${status}`)}
          </Checkbox>
        ))}
      </fieldset>
    </div>
  );
}
