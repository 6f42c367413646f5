import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { Link } from 'react-router';
import type { Connection, NetworkGraph, NetworkNode } from '../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { organizationPath } from './links';
import { connectionsOf, type RelationGroup } from './network-view';
import { useConnectionWords } from './network-words';

export interface NetworkListProps {
  /** The organizations and connections the filters keep. */
  network: NetworkGraph;
  /** True when some kinds or partners are filtered out. */
  filtered: boolean;
  selectedId: string | null;
  expanded: ReadonlySet<string>;
  onExpandedChange: (id: string, expanded: boolean) => void;
  onAdd: (fromId: string) => void;
  onAsk: (organizationId: string) => void;
  onEdit: (connection: Connection) => void;
  onDelete: (connection: Connection) => void;
  onMakeMember: (node: NetworkNode) => void;
}

/**
 * The network in words, and where it is edited: each organization with its connections ("Refers
 * to: X, Y"), opened to add, edit or delete them. Everything the graph shows is here too.
 */
export function NetworkList({
  network,
  filtered,
  selectedId,
  expanded,
  onExpandedChange,
  ...actions
}: NetworkListProps) {
  const { t } = useTranslation();
  const words = useConnectionWords();
  const nodes = [...network.nodes].sort((a, b) => words.collator.compare(a.name, b.name));
  return (
    <section className="network-list" aria-labelledby="network-list-title">
      <h3 id="network-list-title" className="network__heading">
        {t('network.list.title')}
      </h3>
      <p className="network-list__count">
        {t('network.list.count', { count: nodes.length })}{' '}
        {t('network.list.connections', { count: network.edges.length })}
      </p>
      {nodes.length === 0 ? (
        <p className="empty">{filtered ? t('network.list.noMatch') : t('network.list.empty')}</p>
      ) : (
        <ul className="plain-list network-list__items">
          {nodes.map((node) => (
            <NetworkListItem
              key={node.id}
              node={node}
              groups={connectionsOf(node.id, network.edges, words.collator)}
              filtered={filtered}
              isSelected={node.id === selectedId}
              isExpanded={expanded.has(node.id)}
              onExpandedChange={(open) => onExpandedChange(node.id, open)}
              {...actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps extends Pick<
  NetworkListProps,
  'onAdd' | 'onAsk' | 'onEdit' | 'onDelete' | 'onMakeMember'
> {
  node: NetworkNode;
  groups: RelationGroup[];
  filtered: boolean;
  isSelected: boolean;
  isExpanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
}

function NetworkListItem({
  node,
  groups,
  filtered,
  isSelected,
  isExpanded,
  onExpandedChange,
  onAdd,
  onAsk,
  onEdit,
  onDelete,
  onMakeMember,
}: ItemProps) {
  const { t } = useTranslation();
  const words = useConnectionWords();
  const format = useMeetingFormat();
  const item = useRef<HTMLLIElement>(null);

  // Chosen in the graph: bring it into view here, where its details are.
  useEffect(() => {
    if (isSelected) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isSelected]);

  const count = groups.reduce((sum, group) => sum + group.related.length, 0);
  return (
    <li
      ref={item}
      className={`network-org${isSelected ? ' network-org--selected' : ''}${
        node.everRepresented ? '' : ' network-org--never'
      }`}
      data-organization-id={node.id}
    >
      <Disclosure isExpanded={isExpanded} onExpandedChange={onExpandedChange}>
        <div className="network-org__head">
          <Heading level={4} className="disclosure__heading network-org__name">
            <Button slot="trigger" variant="quiet">
              {node.name}
              {node.shortName && node.shortName !== node.name ? ` (${node.shortName})` : ''}
            </Button>
          </Heading>
          <Badge>{t(`network.status.${node.networkStatus}`)}</Badge>
          {node.everRepresented ? (
            node.lastAttended && (
              <span className="network-org__attended">
                {t('network.list.lastAttended', { date: format.shortDay(node.lastAttended) })}
              </span>
            )
          ) : (
            <span className="network-org__never">
              <span aria-hidden="true">⚠ </span>
              {t('network.list.never')}
            </span>
          )}
          {isSelected && (
            <span className="network-org__selected">
              <span aria-hidden="true">◉ </span>
              {t('network.list.highlighted')}
            </span>
          )}
        </div>
        {groups.length === 0 ? (
          <p className="network-org__none">
            {filtered ? t('network.list.noneShown') : t('network.list.none')}
          </p>
        ) : (
          <ul className="plain-list network-org__relations">
            {groups.map((group) => (
              <li key={group.relation}>
                <span className="network-org__relation">
                  {t('network.list.relationLabel', { relation: words.relation(group.relation) })}
                </span>{' '}
                {words.names(group.related.map((r) => r.otherName))}
              </li>
            ))}
          </ul>
        )}
        <DisclosurePanel className="network-org__panel">
          {count > 0 && (
            <ul className="plain-list network-org__connections">
              {groups.flatMap((group) =>
                group.related.map(({ connection, otherName }) => {
                  const label = `${words.relation(group.relation)} ${otherName}`;
                  return (
                    <li key={connection.id} className="network-connection">
                      <div className="network-connection__text">
                        <strong>{label}</strong>
                        {connection.since && (
                          <span>
                            {' · '}
                            {t('network.list.since', { date: format.shortDay(connection.since) })}
                          </span>
                        )}
                        {connection.note && (
                          <p className="network-connection__note">{connection.note}</p>
                        )}
                      </div>
                      <div className="row-actions">
                        <Button
                          onPress={() => onEdit(connection)}
                          aria-label={t('common.actionOn', {
                            action: t('common.edit'),
                            name: label,
                          })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          variant="danger"
                          onPress={() => onDelete(connection)}
                          aria-label={t('common.actionOn', {
                            action: t('common.delete'),
                            name: label,
                          })}
                        >
                          {t('common.delete')}
                        </Button>
                      </div>
                    </li>
                  );
                }),
              )}
            </ul>
          )}
          <div className="row-actions network-org__actions">
            <Button onPress={() => onAdd(node.id)}>{t('network.list.addFrom')}</Button>
            <Button onPress={() => onAsk(node.id)}>{t('network.list.askThem')}</Button>
            {node.networkStatus === 'potential' && (
              <Button
                onPress={() => onMakeMember(node)}
                aria-label={t('common.actionOn', {
                  action: t('network.list.makeMember'),
                  name: node.name,
                })}
              >
                {t('network.list.makeMember')}
              </Button>
            )}
            <Link className="network-org__link" to={organizationPath(node.id)}>
              {t('network.list.openProfile', { name: node.name })}
            </Link>
          </div>
        </DisclosurePanel>
      </Disclosure>
    </li>
  );
}
