import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// Two-core build machines running suites in parallel can take over a second to settle a screen.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks what react-aria measures with and what downloads use; these stand-ins do nothing.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) satisfies MediaQueryList;

Element.prototype.scrollIntoView ??= function scrollIntoView() {};

URL.createObjectURL ??= () => 'blob:test';
URL.revokeObjectURL ??= () => {};

// ProseMirror (the notes editor) measures the caret to scroll it into view and maps clicks to
// positions; jsdom does no layout, so these answer "nowhere" and empty rectangles.
document.elementFromPoint ??= () => null;
Range.prototype.getClientRects ??= function getClientRects() {
  return Object.assign([], { item: () => null }) as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect ??= function getBoundingClientRect() {
  return new DOMRect();
};
