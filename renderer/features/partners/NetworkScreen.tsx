import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Connection } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { AskConnectionsForm } from './AskConnectionsForm';
import { ConnectionForm } from './ConnectionForm';
import { NetworkFilters } from './NetworkFilters';
import { NetworkGraph } from './NetworkGraph';
import { NetworkList } from './NetworkList';
import { ALL_SHOWN, filterNetwork, graphViewOf, type NetworkFilter } from './network-view';
import { useConnectionWords } from './network-words';
import './network.css';

/**
 * The partner web: who refers to, partners with or funds whom, as a graph to take in at a glance
 * and as a list to read and edit by keyboard. Organizations never represented at a meeting stand
 * out in both, since they are the ones to reach out to.
 */
export function NetworkScreen() {
  const { t } = useTranslation();
  const toast = useToast();
  const words = useConnectionWords();
  const graph = useCoreQuery('network.graph', {});
  const remove = useCoreMutation('connection.delete');
  const restore = useCoreMutation('connection.undelete');
  const setProfile = useCoreMutation('partner.setProfile');
  const [filter, setFilter] = useState<NetworkFilter>(ALL_SHOWN);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const adding = useFormDialog('connection:new');
  const [addFrom, setAddFrom] = useState<string | undefined>();
  const asking = useFormDialog('connection:ask');
  const [askOf, setAskOf] = useState<string | undefined>();
  const [editing, setEditing] = useState<Connection | undefined>();

  if (graph.data === undefined) return <p role="status">{t('common.loading')}</p>;

  const shown = filterNetwork(graph.data, filter);
  const filtered =
    filter.kinds.length !== ALL_SHOWN.kinds.length ||
    filter.statuses.length !== ALL_SHOWN.statuses.length;
  const never = shown.nodes.filter((node) => !node.everRepresented);

  /** Shows one organization in both views: highlighted in the graph, opened in the list. */
  const select = (id: string | null) => {
    setSelectedId(id);
    if (id !== null) setExpanded((current) => new Set(current).add(id));
  };

  const failed = (error: unknown) =>
    toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`));

  const destroy = (connection: Connection) =>
    remove.mutateAsync({ id: connection.id }).then(
      () =>
        toast.info(t('network.deleted', { words: words.sentence(connection) }), {
          label: t('common.undo'),
          onAction: () => void restore.mutateAsync({ id: connection.id }).catch(failed),
        }),
      failed,
    );

  /** A potential partner joins the network (it was asked, and said yes); Undo puts it back. */
  const makeMember = (organizationId: string, name: string) =>
    setProfile.mutateAsync({ organizationId, networkStatus: 'member' }).then(
      () =>
        toast.info(t('partners.cadence.nowStatus.member', { name }), {
          label: t('common.undo'),
          onAction: () =>
            void setProfile
              .mutateAsync({ organizationId, networkStatus: 'potential' })
              .catch(failed),
        }),
      failed,
    );

  return (
    <div className="network">
      <h2 className="network__title">{t('network.title')}</h2>
      <p className="lead">{t('network.lead')}</p>
      <div className="toolbar">
        <Button
          variant="primary"
          onPress={() => {
            setAddFrom(selectedId ?? undefined);
            adding.open();
          }}
        >
          {t('network.add')}
        </Button>
        <Button
          onPress={() => {
            setAskOf(selectedId ?? undefined);
            asking.open();
          }}
        >
          {t('network.ask.open')}
        </Button>
      </div>

      {graph.data.nodes.length === 0 ? (
        <p className="empty">
          {t('network.empty')} <Link to="/directory/organizations">{t('network.toDirectory')}</Link>
        </p>
      ) : (
        <>
          <NetworkFilters filter={filter} onChange={setFilter} />
          {never.length > 0 && (
            <div className="notice network__never">
              <p className="notice__title">
                <span aria-hidden="true">⚠ </span>
                {t('network.never.title', { count: never.length })}
              </p>
              <p>{words.names(never.map((node) => node.name))}</p>
            </div>
          )}
          <NetworkGraph
            view={graphViewOf(shown, {
              neverMarker: t('network.graph.neverMarker'),
              kind: words.kind,
            })}
            selectedId={selectedId}
            onSelect={select}
          />
          <NetworkList
            network={shown}
            filtered={filtered}
            selectedId={selectedId}
            expanded={expanded}
            onExpandedChange={(id, open) => {
              setExpanded((current) => {
                const next = new Set(current);
                if (open) next.add(id);
                else next.delete(id);
                return next;
              });
              if (open) setSelectedId(id);
              else if (selectedId === id) setSelectedId(null);
            }}
            onAdd={(fromId) => {
              setAddFrom(fromId);
              adding.open();
            }}
            onAsk={(id) => {
              setAskOf(id);
              asking.open();
            }}
            onEdit={setEditing}
            onDelete={(connection) => void destroy(connection)}
            onMakeMember={(node) => void makeMember(node.id, node.name)}
          />
        </>
      )}

      {adding.isOpen && <ConnectionForm dialog={adding} fromId={addFrom} />}
      {asking.isOpen && (
        <AskConnectionsForm dialog={asking} organizationId={askOf} onSaved={select} />
      )}
      {editing && (
        <EditConnectionDialog connection={editing} onClosed={() => setEditing(undefined)} />
      )}
    </div>
  );
}

/** The edit form, open while its connection is chosen; its draft is kept per connection. */
function EditConnectionDialog({
  connection,
  onClosed,
}: {
  connection: Connection;
  onClosed: () => void;
}) {
  const base = useFormDialog(`connection:${connection.id}`);
  const dialog = useMemo(
    () => ({
      ...base,
      isOpen: true,
      close: () => {
        base.close();
        onClosed();
      },
    }),
    [base, onClosed],
  );
  return <ConnectionForm dialog={dialog} connection={connection} />;
}
