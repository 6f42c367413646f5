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
