import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../shared/contract';
import { renderMinutesHtml } from '../../../shared/minutes/render-html';
import { useMinutesStylesheet } from './useMinutesStylesheet';

/** The minutes as they will be exported: the very HTML of the HTML export, with its stylesheet. */
export function MinutesPreview({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  useMinutesStylesheet();
  const html = useMemo(() => renderMinutesHtml(minutes), [minutes]);
  return (
    <section className="minutes-preview" aria-labelledby="minutes-preview-heading">
      <h2 id="minutes-preview-heading" className="visually-hidden">
        {t('minutes.preview')}
      </h2>
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
