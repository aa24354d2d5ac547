/**
 * The network a first search is timed on: loopback as it is, or DevTools' "slow 3G" (400 ms
 * of latency per request, 400 kbit/s each way), the phone on a weak signal this portal is
 * designed for. Either way the browser cache is off, so every visit starts cold.
 *
 * Set on the page's DevTools session, the conditions also hold for the requests of the
 * dedicated worker Pagefind searches in (measured: its WebAssembly, 54 KB, took 1.5 s).
 */
import type { Page } from 'playwright-core';

export type NetworkName = 'loopback' | 'slow-3g';

export const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
} as const;

export async function setNetwork(page: Page, network: NetworkName): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (network === 'slow-3g') await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
}
