import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { useStarter } from './useStarter';

/** The first-run offer of the starter glossary, until it is taken or turned down. */
export function StarterOffer({ starter }: { starter: ReturnType<typeof useStarter> }) {
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
        <Button variant="primary" isPending={starter.isAdding} onPress={() => void starter.add()}>
          {t(`${k}.accept`, { count: starter.status.available })}
        </Button>
        <Button onPress={() => void starter.decline()}>{t(`${k}.decline`)}</Button>
      </div>
    </section>
  );
}
