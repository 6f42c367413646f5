import { useTranslation } from 'react-i18next';
import { useFormDialog } from '../../app/useFormDialog';
import { Button, type ButtonVariant } from '../../components/Button';
import { NewIssueDialog, type LoggedAt } from './NewIssueDialog';
import './system-issues.css';

/**
 * "Log a system issue" at a meeting: a new issue raised there, or one already on the log raised
 * again, on the meeting's day.
 */
export function LogIssueButton({
  meeting,
  variant = 'secondary',
}: {
  meeting: LoggedAt;
  variant?: ButtonVariant;
}) {
  const { t } = useTranslation();
  const dialog = useFormDialog(`systemIssue:log:${meeting.id}`);
  return (
    <>
      <Button variant={variant} onPress={dialog.open}>
        {t('systemIssues.log.button')}
      </Button>
      <NewIssueDialog dialog={dialog} meeting={meeting} />
    </>
  );
}
