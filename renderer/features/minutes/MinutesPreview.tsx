import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../shared/contract';
import { renderMinutesHtml } from '../../../shared/minutes/render-html';
import { useMinutesStylesheet } from './useMinutesStylesheet';

/** The minutes as they will be exported: the very HTML of the HTML export, with its stylesheet. */
export function MinutesPreview({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  useMinutesStylesheet();
  const html = useMemo(() => renderMinutesHtml(minutes, { titleLevel: 2 }), [minutes]);
  return (
    // Named, not headed: the minutes' own title is this region's heading (an h2 under the page's h1).
    <section className="minutes-preview" aria-label={t('minutes.preview')}>
      <div
        className="minutes-preview__paper"
        // Safe to inject: renderMinutesHtml escapes every piece of text and emits only its own
        // fixed markup (no ids, inline styles, scripts or URLs other than checked links), from the
        // core's validated Minutes model. It is the same fragment the HTML export contains.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}
