import { useEffect } from 'react';
import { minutesStylesheet } from '../../../shared/minutes/render-html';

/**
 * Applies the minutes' own stylesheet while the minutes screen is shown, so the preview looks
 * exactly like the HTML export. The CSP refuses inline <style> elements; a constructed stylesheet
 * adopted by the document is not inline markup and is allowed. It goes when the screen does, and
 * with it the print page margins it sets.
 */
export function useMinutesStylesheet() {
  useEffect(() => {
    // Test environments (jsdom) cannot construct stylesheets; nothing is shown there anyway.
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    let sheet: CSSStyleSheet;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(minutesStylesheet);
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);
}
