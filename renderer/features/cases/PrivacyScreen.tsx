import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { PRIVACY_SHORTCUT, usePrivacy } from './privacy-context';
import './cases.css';

/** A closed eye: decorative, the words beside it say the same. */
export function PrivacyIcon() {
  return (
    <svg
      className="privacy-icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2 12s3.6-6 10-6 10 6 10 6-3.6 6-10 6S2 12 2 12Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
      <path d="M4 20 20 4" fill="none" stroke="currentColor" strokeWidth="2.4" />
    </svg>
  );
}

/**
 * The privacy screen's switch, and its shortcut while the screen holding it is shown. The shortcut
 * works while typing in the notes: that is when the laptop is most likely turned to the room.
 */
export function PrivacyToggle() {
  const { t } = useTranslation();
  const { isOn, setOn, toggle } = usePrivacy();
  const onShortcut = useEffectEvent(toggle);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !PRIVACY_SHORTCUT.matches(event)) return;
      event.preventDefault();
      onShortcut();
    };
    // Capture: the notes editor must not see the key as typing.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <>
      <ToggleButton
        className="button button--quiet privacy-toggle"
        isSelected={isOn}
        onChange={setOn}
        aria-keyshortcuts={PRIVACY_SHORTCUT.aria}
      >
        <PrivacyIcon />
        {t('privacy.toggle')}
        {/* For the eye: assistive technology hears the state once, from aria-pressed. */}
        <span className="privacy-toggle__state" aria-hidden="true">
          {t(isOn ? 'privacy.stateOn' : 'privacy.stateOff')}
        </span>
        <kbd aria-hidden="true">{PRIVACY_SHORTCUT.shown}</kbd>
      </ToggleButton>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {isOn ? t('privacy.announceOn') : ''}
      </p>
    </>
  );
}

/**
 * What the privacy screen covers: while it is on, the children stay mounted (typing in progress is
 * kept) but are hidden from view and from assistive technology, and a cover takes their place.
 */
export function PrivacyCurtain({
  children,
  className,
  cover: extra,
}: {
  children: ReactNode;
  /** The covered area's own class, so wrapping it changes no layout. */
  className?: string;
  /** What may stay in view on the cover (in run mode, the time box). */
  cover?: ReactNode;
}) {
  const { t } = useTranslation();
  const { isOn, setOn } = usePrivacy();
  const curtain = useRef<HTMLDivElement>(null);
  const cover = useRef<HTMLDivElement>(null);
  // Where focus was when the screen went on, to carry on from there once it is off.
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (isOn) {
      // Focus inside what is now hidden would be lost: move it to the cover's button.
      const inside = active !== null && curtain.current?.contains(active);
      if (inside || active === null || active === document.body) {
        returnTo.current = inside ? active : null;
        cover.current?.querySelector<HTMLElement>('button')?.focus();
      }
      return;
    }
    const target = returnTo.current;
    returnTo.current = null;
    const lost = active === null || active === document.body;
    if (target?.isConnected && lost) target.focus();
  }, [isOn]);

  return (
    <>
      {isOn && (
        <div ref={cover} className="privacy-cover">
          <PrivacyIcon />
          <p className="privacy-cover__title">
            {t('privacy.coverTitle', { shortcut: PRIVACY_SHORTCUT.shown })}
          </p>
          <Button variant="primary" onPress={() => setOn(false)}>
            {t('privacy.show')}
          </Button>
          {extra}
        </div>
      )}
      <div ref={curtain} className={className} hidden={isOn}>
        {children}
      </div>
    </>
  );
}
