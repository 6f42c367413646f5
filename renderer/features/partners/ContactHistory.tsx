import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { meetingPath } from '../meetings/links';
import { ContactForm } from './ContactForm';
import { usePartnerFormat } from './usePartnerFormat';
import { useUndoableDelete } from './useUndoableDelete';

/**
 * A partner's contacts, newest first: those logged here (which can be corrected or deleted) and
 * the meetings someone from it attended (which count as contacts by themselves).
 */
export function ContactHistory({ organizationId, name }: { organizationId: string; name: string }) {
  const { t } = useTranslation();
  const contacts = useCoreQuery('contact.list', { organizationId });
  if (contacts.data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (contacts.data.length === 0) {
    return <p className="empty">{t('partners.history.empty', { name })}</p>;
  }
  return (
    <ul className="contact-history" aria-label={t('partners.history.label', { name })}>
      {contacts.data.map((contact) => (
        <ContactEntry key={contact.id} contact={contact} />
      ))}
    </ul>
  );
}

function ContactEntry({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const format = usePartnerFormat();
  const editing = useFormDialog(`contact:${contact.id}`);
  const remove = useUndoableDelete('contact');
  const day = format.shortDay(contact.date);
  const named = (action: string) => t('common.actionOn', { action, name: day });

  return (
    <li className="contact-history__entry">
      <p className="contact-history__when">
        <strong>{day}</strong>
        {' · '}
        {contact.automatic ? (
          <Badge>{t('partners.history.meetingAttended')}</Badge>
        ) : (
          format.channel(contact.channel)
        )}
        {contact.personName && ` · ${contact.personName}`}
      </p>
      {contact.automatic && contact.meetingId && (
        <p className="contact-history__text">
          <Link to={meetingPath(contact.meetingId)}>
            {contact.summary || t('partners.history.openMeeting')}
          </Link>
        </p>
      )}
      {!contact.automatic && contact.summary && (
        <p className="contact-history__text">{contact.summary}</p>
      )}
      {contact.followUpDate && (
        <p className="contact-history__text">
          {t('partners.history.followUp', { date: format.shortDay(contact.followUpDate) })}
        </p>
      )}
      {!contact.automatic && (
        <div className="row-actions">
          <Button onPress={editing.open} aria-label={named(t('common.edit'))}>
            {t('common.edit')}
          </Button>
          <Button
            variant="danger"
            aria-label={named(t('common.delete'))}
            onPress={() =>
              void remove(
                contact.id,
                t('partners.history.deleted', { date: day, name: contact.organizationName }),
              )
            }
          >
            {t('common.delete')}
          </Button>
          <ContactForm
            dialog={editing}
            organizationId={contact.organizationId}
            organizationName={contact.organizationName}
            contact={contact}
          />
        </div>
      )}
    </li>
  );
}
