import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Cadence, NetworkStatus, type PartnerCadence } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { CadenceStatusText } from './CadenceStatusText';
import { ContactForm } from './ContactForm';
import { ContactHistory } from './ContactHistory';
import { partnerPath } from './links';
import type { FocusTracking } from './useFocusAfterRemoval';
import { usePartnerFormat } from './usePartnerFormat';

/** The table's columns, for the history row to span them all. */
export const CADENCE_COLUMNS = 7;

export interface CadenceRowProps {
  partner: PartnerCadence;
  /** Named by the address (a link from home or another row): history open, row in view. */
  opened?: boolean;
  /** Spread on the row, so that focus survives the row leaving a filtered table. */
  track?: FocusTracking;
}

/** One partner on the cadence dashboard, with its contact history folded beneath it. */
export function CadenceRow({ partner, opened = false, track }: CadenceRowProps) {
  const { t } = useTranslation();
  const format = usePartnerFormat();
  const toast = useToast();
  const logging = useFormDialog(`contact:new:${partner.organizationId}`);
  const setProfile = useCoreMutation('partner.setProfile');
  const [showHistory, setShowHistory] = useState(opened);
  const historyId = useId();
  const rowRef = useRef<HTMLTableRowElement>(null);
  const named = (action: string) => t('common.actionOn', { action, name: partner.name });
  const k = 'partners.cadence';

  const failed = (error: unknown) =>
    toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`));
  const setCadence = (cadence: Cadence) =>
    void setProfile.mutateAsync({ organizationId: partner.organizationId, cadence }).catch(failed);
  // Said in a toast: with the list filtered to members or potential partners, the row goes.
  const setNetworkStatus = (networkStatus: NetworkStatus) =>
    void setProfile
      .mutateAsync({ organizationId: partner.organizationId, networkStatus })
      .then(() => toast.info(t(`${k}.nowStatus.${networkStatus}`, { name: partner.name })), failed);

  // Named again while shown (a link on this screen): open it then too.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setShowHistory(true);
  }
  useEffect(() => {
    if (!opened) return;
    // After the shell has put focus on the screen's title (its effect runs after this one).
    const frame = requestAnimationFrame(() => {
      const toggle = rowRef.current?.querySelector<HTMLElement>('[data-history-toggle]');
      toggle?.scrollIntoView?.({ block: 'center' });
      toggle?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [opened]);

  return (
    <>
      <tr ref={rowRef} className={`cadence-row cadence-row--${partner.status}`} {...track}>
        <th scope="row">
          <Link to={partnerPath(partner.organizationId)}>{partner.name}</Link>
          {partner.shortName && partner.shortName !== partner.name && (
            <>
              <br />
              <span className="muted table__sub">{partner.shortName}</span>
            </>
          )}
        </th>
        <td>
          {partner.lastContactDate === null ? (
            <span className="muted">{t(`${k}.noContact`)}</span>
          ) : (
            <>
              <span className="cadence-day">{format.compactDay(partner.lastContactDate)}</span>
              {partner.lastContactChannel && (
                <>
                  <br />
                  <span className="muted table__sub">
                    {format.channel(partner.lastContactChannel)}
                  </span>
                </>
              )}
            </>
          )}
        </td>
        <td className="table__number">
          {partner.daysSince === null ? (
            <>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t(`${k}.noDays`)}</span>
            </>
          ) : (
            partner.daysSince
          )}
        </td>
        <td>
          {partner.dueDate !== null ? (
            <span className="cadence-day">{format.compactDay(partner.dueDate)}</span>
          ) : partner.status === 'never' ? (
            // Never contacted: due at once.
            t(`${k}.dueNow`)
          ) : (
            <span className="muted">{t(`${k}.notDue`)}</span>
          )}
        </td>
        <td>
          <CadenceStatusText status={partner.status} />
        </td>
        {/* Two pickers in one column: the table still fits a 1366 px screen. */}
        <td className="cadence-select">
          <div className="cadence-select__pair">
            <Select<NetworkStatus>
              label={t(`${k}.networkStatusFor`, { name: partner.name })}
              value={partner.networkStatus}
              onChange={setNetworkStatus}
              options={NetworkStatus.options.map((status) => ({
                id: status,
                label: t(`partners.networkStatus.${status}`),
              }))}
            />
            <Select<Cadence>
              label={t(`${k}.cadenceFor`, { name: partner.name })}
              value={partner.cadence}
              onChange={setCadence}
              options={Cadence.options.map((c) => ({
                id: c,
                label: t(`partners.cadenceChoice.${c}`),
              }))}
            />
          </div>
        </td>
        <td>
          <div className="row-actions">
            <Button variant="primary" onPress={logging.open} aria-label={named(t(`${k}.log`))}>
              {t(`${k}.log`)}
            </Button>
            <Button
              variant="quiet"
              data-history-toggle
              aria-expanded={showHistory}
              aria-controls={showHistory ? historyId : undefined}
              aria-label={named(t(`${k}.history`))}
              onPress={() => setShowHistory((shown) => !shown)}
            >
              <span aria-hidden="true">{showHistory ? '▾ ' : '▸ '}</span>
              {t(`${k}.history`)}
            </Button>
          </div>
          <ContactForm
            dialog={logging}
            organizationId={partner.organizationId}
            organizationName={partner.name}
          />
        </td>
      </tr>
      {showHistory && (
        <tr id={historyId} className="cadence-history">
          <td colSpan={CADENCE_COLUMNS}>
            <ContactHistory organizationId={partner.organizationId} name={partner.name} />
          </td>
        </tr>
      )}
    </>
  );
}
