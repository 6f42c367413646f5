import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

const started = useE2eApp();

describe('browser mode smoke test', () => {
  it('loads the app with a main landmark, a title, no console errors and no axe violations', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // newPage has already loaded once; loading again with listeners attached catches start-up errors.
    await page.reload({ waitUntil: 'load' });

    await page.getByRole('main').first().waitFor({ state: 'visible' });
    expect(await page.title()).toMatch(/Roundtable/);
    // The token moved from the address bar into an HttpOnly, SameSite=Strict cookie.
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'rt_token')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });

    await expectNoAxeViolations(page, 'home');
    const file = await snap(page, 'smoke-home');
    expect(existsSync(file)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reaches the core from the page: calls go through and events stream back', async () => {
    const page = await started().newPage();
    const result = await page.evaluate(async () => {
      const events = new EventSource('/events');
      const received = new Promise<string>((resolve, reject) => {
        events.onmessage = (message: MessageEvent<string>) => resolve(message.data);
        setTimeout(() => reject(new Error('no event within 5 s')), 5000);
      });
      await new Promise<void>((resolve, reject) => {
        events.onopen = () => resolve();
        events.onerror = () => reject(new Error('the event stream did not open'));
      });
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: 'org.create', input: { name: 'Smoke Test Shelter' } }),
      });
      const envelope = (await response.json()) as { ok: boolean };
      const event = JSON.parse(await received) as { event: string };
      events.close();
      return { status: response.status, ok: envelope.ok, event: event.event };
    });
    expect(result).toEqual({ status: 200, ok: true, event: 'data.changed' });
  });
});
