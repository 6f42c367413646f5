import { useTranslation } from 'react-i18next';
import { useCoreMutation } from '../../app/useCore';
import { download } from '../../components/download';
import { useToast } from '../../components/useToast';
import { ICS_TYPE } from './links';
import { useErrorToast } from './useErrorToast';

/** Downloads a meeting's or a series' calendar file, then says which file it saved. */
export function useSaveIcs(method: 'meeting.exportIcs' | 'series.exportIcs') {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const exportIcs = useCoreMutation(method);
  return (id: string) =>
    exportIcs.mutateAsync({ id }).then(({ ics, filename }) => {
      download(filename, ics, ICS_TYPE);
      toast.info(t('meetings.exported', { filename }));
    }, failed);
}
