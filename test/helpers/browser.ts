/** Debian's Chromium driven by playwright-core (browser downloads fail here; see DEVELOPERS.md). */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repo } from './project.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `scrollbars`: classic scrollbars that take room, as on a desktop browser
 * (Playwright hides them by default), for tests of layout shift.
 */
export async function launch(options: { scrollbars?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (.ci/run does this)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(options.scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    // As root, without a sandbox; and no background connections, which this machine's closed network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Where screenshots are kept as test artifacts (not committed). */
export function artifacts(): string {
  const dir = join(repo, 'test-results');
  mkdirSync(dir, { recursive: true });
  return dir;
}
