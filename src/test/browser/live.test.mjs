// Browser test of live updates: GraphiQL (Parley's bundled console) runs a subscription over its
// WebSocket (graphql-transport-ws), a curator records a position through the HTTP API, and the
// console's result panel shows the new position with its nested fields.
//
//   PARLEY_URL=http://127.0.0.1:18080 PARLEY_TOKEN=<editor JWT> node --test src/test/browser/live.test.mjs
//
// .ci/browser-test.sh makes the token (src/tools/make-token.sh) and starts the application with its key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.PARLEY_URL || 'http://localhost:8080').replace(/\/+$/, '');
const TOKEN = process.env.PARLEY_TOKEN;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT_DIR = process.env.PARLEY_SCREENSHOT_DIR || os.tmpdir();
const TIMEOUT_MS = 30_000;

let userDataDir;
let context;

before(async () => {
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-chromium-live-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: TIMEOUT_MS,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  context.setDefaultTimeout(TIMEOUT_MS);
});

after(async () => {
  try {
    if (context) {
      await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
  } finally {
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  }
});

/** A mutation through the HTTP API as the editor; fails on any error. */
async function mutate(query, variables) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

function responseText(page) {
  return page.evaluate(() => {
    const cm = document.querySelector('.graphiql-response .CodeMirror');
    return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';
  });
}

test('GraphiQL subscribes and shows a position recorded afterwards', { timeout: 120_000 }, async () => {
  assert.ok(TOKEN, 'PARLEY_TOKEN (an editor token) is needed to record a position');
  const suffix = Date.now().toString(36);
  const quote = `Live browser ${suffix}.`;
  const summary = `Browser live check ${suffix}`;
  const subscription = 'subscription { positionRecorded { id summary holder { ... on Person { name } } evidence { quote article { title } } } }';
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(`[console.${msg.type()}] ${msg.text()}`));
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws));
  try {
    await page.goto(`${BASE_URL}/q/graphql-ui/?query=${encodeURIComponent(subscription)}`);
    const run = page.locator('button.graphiql-execute-button');
    await run.waitFor({ state: 'visible' });
    // the schema must be loaded before the run button validates the subscription
    await page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() || '').includes('__schema'))
      .catch(() => {});
    await run.click();
    // the console's WebSocket is open and its subscribe message sent
    await page.waitForFunction(() => true);
    const deadline = Date.now() + TIMEOUT_MS;
    while (!(sockets.length > 0 && !sockets[0].isClosed()) && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    assert.ok(sockets.length > 0, 'GraphiQL opened a WebSocket');
    assert.match(sockets[0].url(), /\/graphql$/);
    await page.waitForTimeout(1_500); // subscribe sent and registered

    const article = (await mutate('mutation ($i: AddArticleInput!) { addArticle(input: $i) { article { id } } }',
      { i: { title: `Browser live ${suffix}`, language: 'nl', publishedMonth: '2025-05', text: `Proef. ${quote} Einde.` } })).addArticle.article.id;
    const person = (await mutate('mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }',
      { i: { name: `Browser Live ${suffix}` } })).createPerson.person.id;
    const recorded = await mutate('mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { position { id } } }', {
      i: {
        holder: person, kind: 'STANCE', summary,
        date: { value: '2025-05-10', precision: 'DAY', basis: 'STATED' },
        evidence: [{ article, quote }],
      },
    });
    const id = recorded.recordPosition.position.id;

    await page.waitForFunction((want) => {
      const cm = document.querySelector('.graphiql-response .CodeMirror');
      return !!cm && !!cm.CodeMirror && cm.CodeMirror.getValue().includes(want);
    }, id, { timeout: TIMEOUT_MS, polling: 100 });
    const shown = JSON.parse(await responseText(page));
    const event = shown.data.positionRecorded;
    assert.equal(event.id, id);
    assert.equal(event.summary, summary);
    assert.equal(event.holder.name, `Browser Live ${suffix}`);
    assert.equal(event.evidence[0].quote, quote);
    assert.equal(event.evidence[0].article.title, `Browser live ${suffix}`);
  } catch (err) {
    const file = path.join(SCREENSHOT_DIR, `parley-live-failed-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    err.message += `\nscreenshot: ${file}\n${consoleLines.join('\n')}`;
    throw err;
  } finally {
    await page.close().catch(() => {});
  }
});
