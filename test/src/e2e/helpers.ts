import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshot, seriousViolations } from './browser.js';

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/Wachtwoord|Password/).fill(password);
  await page.getByRole('button', { name: /^(Aanmelden|Sign in)$/ }).click();
  await page.getByRole('navigation').first().waitFor();
}

/** No serious or critical axe violation on the page as it is now. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}

/** Screenshots at desktop and 360 px phone width (restores the desktop size afterwards). */
export async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
}
