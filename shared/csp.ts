/**
 * The Content-Security-Policy of the renderer, sent by every host that serves it (Electron's
 * app:// protocol and browser mode). Everything the page needs ships with it, so nothing is
 * loaded from elsewhere, nothing inline runs and the page cannot be framed or post a form.
 * Styles are built into files, and React sets inline styles through the CSSOM, which style-src
 * does not govern. The one relaxation: React Aria injects two fixed <style> elements (touch-action
 * for pressable elements, overscroll containment under modals), allowed by their exact hashes, so
 * any other inline style, or a changed one after an upgrade, is still refused (the smoke e2e test
 * fails on the console error).
 */
const REACT_ARIA_STYLES = [
  "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='", // [data-react-aria-pressable] touch-action
  "'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='", // * overscroll-behavior: contain
];

const directives = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_STYLES.join(' ')}`,
  // data: because the bundler inlines small images (under 4 kB) into the code as data URLs.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = directives.join('; ');
