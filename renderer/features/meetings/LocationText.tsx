import { useTranslation } from 'react-i18next';

/** A room in words, or a call link that opens in the browser (only web links may leave the app). */
export function LocationText({ location }: { location: string }) {
  const { t } = useTranslation();
  if (!/^https?:\/\/\S+$/i.test(location.trim())) return <>{location}</>;
  return (
    <a href={location.trim()} target="_blank" rel="noreferrer">
      {location.trim()}
      <span className="visually-hidden"> {t('meetings.opensExternally')}</span>
    </a>
  );
}
