import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail } from '../../../shared/contract';
import { queryKey, useCoreMutation } from '../../app/useCore';
import { useToast } from '../../components/useToast';
import { useErrorToast } from './useErrorToast';

/**
 * Delete (with Undo), defer to the parking lot and reorder for agenda items, with the same
 * messages wherever an item is shown (a meeting's agenda, a series' parking lot).
 */
export function useAgendaActions() {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const queryClient = useQueryClient();
  const remove = useCoreMutation('agenda.delete');
  const undelete = useCoreMutation('agenda.undelete');
  const park = useCoreMutation('agenda.park');
  const reorder = useCoreMutation('agenda.reorder');

  return {
    remove: (item: AgendaItem) =>
      remove.mutateAsync({ id: item.id }).then(
        () =>
          toast.info(t('agenda.deleted', { title: item.title }), {
            label: t('common.undo'),
            onAction: () =>
              void undelete
                .mutateAsync({ id: item.id })
                .then(() => toast.info(t('agenda.restored', { title: item.title })), failed),
          }),
        failed,
      ),
    park: (item: AgendaItem) =>
      park
        .mutateAsync({ id: item.id })
        .then(() => toast.info(t('agenda.parked', { title: item.title })), failed),
    /** Shows the new order at once and saves it; on failure the saved order comes back. */
    reorder: async (meetingId: string, itemIds: string[]) => {
      const key = queryKey('meeting.get', { id: meetingId });
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<MeetingDetail>(key, (detail) => {
        if (!detail) return detail;
        const byId = new Map(detail.items.map((item) => [item.id, item]));
        const items = itemIds.flatMap((id) => byId.get(id) ?? []);
        return { ...detail, items };
      });
      try {
        await reorder.mutateAsync({ meetingId, itemIds });
      } catch (error) {
        failed(error);
        await queryClient.invalidateQueries({ queryKey: key });
      }
    },
  };
}
