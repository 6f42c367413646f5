import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { useStarter } from './useStarter';

/**
 * The first-run offer of the starter glossary, until it is taken or turned down. The offer leaves
 * the screen once answered, so `onAnswered` gives the focus somewhere that stays.
 */
export function StarterOffer({
  starter,
  onAnswered,
}: {
  starter: ReturnType<typeof useStarter>;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  if (!starter.offered || !starter.status) return null;
  const k = 'glossary.starter';
  return (
    <section className="notice starter-offer" aria-labelledby="starter-offer-title">
      <h2 id="starter-offer-title" className="starter-offer__title">
        {t(`${k}.offerTitle`)}
      </h2>
      <p>{t(`${k}.offer`, { count: starter.status.available })}</p>
      <div className="starter-offer__buttons">
        {/* Not `isPending`: its announcement names the button, which is gone once the terms
            are in, leaving the live region pointing at nothing. The status below says it. */}
        <Button
          variant="primary"
          onPress={() => {
            if (!starter.isAdding) void starter.add().then(onAnswered);
          }}
        >
          {t(`${k}.accept`, { count: starter.status.available })}
        </Button>
        <Button onPress={() => void starter.decline().then(onAnswered)}>{t(`${k}.decline`)}</Button>
      </div>
      <p role="status" className="starter-offer__status">
        {starter.isAdding && t(`${k}.adding`)}
      </p>
    </section>
  );
}
