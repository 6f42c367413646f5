import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  networkingCardsStylesheet,
  renderNetworkingCardsHtml,
} from '../../../shared/networking/cards-html';
import { useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { useSaveCardsPdf } from './CardsButton';
import { networkingPath, networkingRunPath } from './links';
import { useSession } from './useSession';
import './networking-run.css';

/**
 * `/networking/:meetingId/cards`: every participant's personal card, exactly as the exports draw
 * them (the shared renderer, with its own stylesheet). In a browser the print dialog opens by
 * itself and the print stylesheet leaves the cards alone on paper; where the host prints PDF
 * (the desktop app), the PDF is saved from here.
 */
export function CardsScreen() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const { settings } = useSettings();
  const session = useSession(meetingId).data;
  const meeting = useCoreQuery('meeting.get', { id: meetingId }).data?.meeting;
  const info = useCoreQuery('app.info', {}).data;
  const pdf = useSaveCardsPdf(meetingId);
  useCardsStylesheet();

  const html = useMemo(
    () =>
      session && meeting
        ? renderNetworkingCardsHtml(
            { session, date: meeting.date, language: settings.language },
            { titleLevel: 2 },
          )
        : null,
    [session, meeting, settings.language],
  );

  // Opening the page is asking to print: once, when the cards are on it (browser mode only).
  const printed = useRef(false);
  const planned = session?.plan != null;
  useEffect(() => {
    if (!html || !info || info.pdfExport || !planned || printed.current) return;
    printed.current = true;
    const frame = requestAnimationFrame(() => window.print());
    return () => cancelAnimationFrame(frame);
  }, [html, info, planned]);

  if (!session || !html || !info) return <p role="status">{t('common.loading')}</p>;
  const back =
    session.run.phase === 'setup' ? networkingPath(meetingId) : networkingRunPath(meetingId);

  return (
    <div className="networking-cards-screen">
      {/* Everything but the cards stays off paper (see networking-run.css). */}
      <div className="networking-cards-screen__controls">
        <BackLink to={back}>
          {t(
            session.run.phase === 'setup'
              ? 'networking.cards.backToSetup'
              : 'networking.cards.backToRun',
          )}
        </BackLink>
        <PageTitle>{t('networking.cards.title', { title: session.meetingTitle })}</PageTitle>
        <div className="toolbar">
          {info.pdfExport ? (
            <Button variant="primary" onPress={() => void pdf.save()} isPending={pdf.pending}>
              {t('networking.cards.savePdf')}
            </Button>
          ) : (
            <Button
              variant="primary"
              onPress={() => window.print()}
              aria-describedby="networking-cards-help"
            >
              {t('networking.cards.printAgain')}
            </Button>
          )}
        </div>
        {!info.pdfExport && (
          <p id="networking-cards-help" className="field__description">
            {t('networking.cards.printHelp')}
          </p>
        )}
      </div>
      <section
        className="networking-cards-screen__paper"
        aria-label={t('networking.cards.preview')}
      >
        <div
          // Safe to inject: renderNetworkingCardsHtml escapes every piece of text and emits only
          // its own fixed markup (no ids, inline styles, scripts or URLs), from the core's
          // validated session. It is the same fragment the cards' HTML and PDF contain.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </section>
    </div>
  );
}

/**
 * Applies the cards' own stylesheet while the page is shown. The CSP refuses inline <style>
 * elements; a constructed stylesheet adopted by the document is not inline markup and is allowed.
 * It goes when the page does, and with it the print margins it sets.
 */
function useCardsStylesheet() {
  useEffect(() => {
    // Test environments (jsdom) cannot construct stylesheets; nothing is drawn there anyway.
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    let sheet: CSSStyleSheet;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(networkingCardsStylesheet);
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);
}
