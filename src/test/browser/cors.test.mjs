// Browser test of CORS: a page served from a second local origin (python3 -m http.server, started
// by .ci/browser-test.sh) fetches Parley's API. The application runs with CORS on for exactly that
// origin (PARLEY_CORS_ORIGINS=http://127.0.0.1:<page port>): from there the browser hands the page
// the data; from an origin that is not listed (http://localhost:<page port>) it blocks the answer.
//
//   PARLEY_URL=http://127.0.0.1:18080 PARLEY_CORS_PAGE_URL=http://127.0.0.1:18082 node --test cors.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.PARLEY_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const PAGE_URL = (process.env.PARLEY_CORS_PAGE_URL || 'http://127.0.0.1:8082').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = 30_000;

let userDataDir;
let context;

before(async () => {
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-chromium-cors-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: TIMEOUT_MS,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(TIMEOUT_MS);
});

after(async () => {
  try {
    if (context) {
      await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
  } finally {
    if (userDataDir) {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
});

/** Opens the page at origin, lets it fetch the API and returns what it got. */
async function fetchFrom(origin) {
  const page = await context.newPage();
  try {
    const url = `${origin}/index.html?api=${encodeURIComponent(BASE_URL)}`;
    const response = await page.goto(url);
    assert.ok(response && response.ok(), `the page at ${url} was not served`);
    await page.waitForFunction(() => document.getElementById('result').dataset.outcome, null, { timeout: TIMEOUT_MS });
    return page.evaluate(() => {
      const result = document.getElementById('result');
      return { outcome: result.dataset.outcome, text: result.textContent };
    });
  } finally {
    await page.close().catch(() => {});
  }
}

test('a listed origin gets the data', { timeout: 90_000 }, async () => {
  assert.notEqual(new URL(PAGE_URL).origin, new URL(BASE_URL).origin, 'the page must come from another origin');
  const { outcome, text } = await fetchFrom(PAGE_URL);
  assert.equal(outcome, 'data', `the browser blocked a listed origin: ${text}`);
  const json = JSON.parse(text);
  assert.equal(json.errors, undefined, text);
  assert.equal(json.data.person.name, 'Vladimir Putin');
});

test('an origin that is not listed is blocked by the browser', { timeout: 90_000 }, async () => {
  const other = new URL(PAGE_URL);
  other.hostname = 'localhost'; // same server, another origin, not in PARLEY_CORS_ORIGINS
  const { outcome, text } = await fetchFrom(other.origin);
  assert.equal(outcome, 'blocked', `an unlisted origin read the answer: ${text}`);
});
