// Browser test of Parley's GraphiQL console: Debian's chromium driven by playwright-core.
//
//   PARLEY_URL=http://localhost:18080 node --test src/test/browser/graphiql.test.mjs
//
// It opens the examples page (/graphiql-examples.html), follows the headline example into GraphiQL
// (which arrives with query and variables filled in through the `query`/`variables` URL parameters),
// presses the run button and checks the result panel; then does the same for every other example.
// Environment:
//   PARLEY_URL             base URL of the running application (default http://localhost:8080)
//   CHROMIUM_PATH          browser executable (default /usr/bin/chromium)
//   PARLEY_SCREENSHOT_DIR  where screenshots of failures go (default /tmp)
//   PARLEY_SCREENSHOT      set to 1 to also save a screenshot of every passing run
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.PARLEY_URL || 'http://localhost:8080').replace(/\/+$/, '');
const BASE_ORIGIN = new URL(BASE_URL).origin;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT_DIR = process.env.PARLEY_SCREENSHOT_DIR || os.tmpdir();
const SCREENSHOT_ALWAYS = process.env.PARLEY_SCREENSHOT === '1';

const HEADLINE_SUMMARY = "Trump says he accepts King Charles's invitation";

// Every wait is bounded by one of these.
const LAUNCH_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 30_000;
const ACTION_TIMEOUT_MS = 15_000;
const RESULT_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 120_000;

let userDataDir;
let context;
// Requests the pages tried to make to any other origin (CDNs and the like): all blocked, must stay empty.
const foreignRequests = [];

before(async () => {
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-chromium-'));
  // launchPersistentContext is Playwright's way of passing --user-data-dir; a fresh temp dir each run.
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === BASE_ORIGIN) {
      return route.continue();
    }
    foreignRequests.push(url);
    return route.abort();
  });
});

after(async () => {
  try {
    if (context) {
      await Promise.race([
        context.close(),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]);
    }
  } finally {
    if (userDataDir) {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
});

/** Runs body with a fresh page; on failure saves a screenshot and the browser console, then rethrows. */
async function withPage(name, body) {
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(`[console.${msg.type()}] ${msg.text()}`));
  page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));
  try {
    await body(page);
    if (SCREENSHOT_ALWAYS) {
      await screenshot(page, name, 'ok');
    }
  } catch (err) {
    const file = await screenshot(page, name, 'failed');
    const details = [`page: ${page.url()}`, file ? `screenshot: ${file}` : 'screenshot: (could not be taken)', ...consoleLines];
    err.message += '\n' + details.join('\n');
    throw err;
  } finally {
    await page.close().catch(() => {});
  }
}

async function screenshot(page, name, outcome) {
  const file = path.join(SCREENSHOT_DIR, `parley-graphiql-${name}-${outcome}-${Date.now()}.png`);
  try {
    await page.screenshot({ path: file, fullPage: true, timeout: ACTION_TIMEOUT_MS });
    console.log(`# screenshot: ${file}`);
    return file;
  } catch {
    return null;
  }
}

/** The examples on /graphiql-examples.html: id, title and the GraphiQL link each one carries. */
async function readExamples(page) {
  const response = await page.goto(`${BASE_URL}/graphiql-examples.html`);
  assert.ok(response && response.ok(), `GET /graphiql-examples.html answered ${response && response.status()}`);
  // The links are completed by the page's script; wait until the first one carries a query.
  await page.waitForFunction(
    () => (document.querySelector('article.example a.open')?.getAttribute('href') || '').includes('?query='),
    null,
    { timeout: ACTION_TIMEOUT_MS },
  );
  return page.$$eval('article.example', (articles) =>
    articles.map((article) => ({
      id: article.id,
      title: article.querySelector('h2').textContent.trim(),
      href: article.querySelector('a.open').href,
    })),
  );
}

/** Text of the CodeMirror editor inside the element matched by selector ('' when absent). */
function editorText(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const cm = root && (root.classList.contains('CodeMirror') ? root : root.querySelector('.CodeMirror'));
    if (!cm) return '';
    if (cm.CodeMirror && typeof cm.CodeMirror.getValue === 'function') return cm.CodeMirror.getValue();
    return cm.innerText; // fallback: the rendered lines
  }, selector);
}

/** True for GraphiQL's own schema introspection request, false for the query the user runs. */
function isIntrospection(request) {
  return (request.postData() || '').includes('__schema');
}

function isGraphQLPost(response) {
  const request = response.request();
  return request.method() === 'POST' && new URL(response.url()).pathname === '/graphql';
}

/**
 * Presses GraphiQL's run button and returns what the result panel shows once the answer to that
 * very request is on it (an earlier text in the panel, such as a schema error, does not count).
 */
async function runInGraphiQL(page) {
  const runButton = page.locator('button.graphiql-execute-button');
  await runButton.waitFor({ state: 'visible', timeout: ACTION_TIMEOUT_MS });
  const answer = page.waitForResponse(
    (response) => isGraphQLPost(response) && !isIntrospection(response.request()),
    { timeout: RESULT_TIMEOUT_MS },
  );
  answer.catch(() => {}); // awaited below
  await runButton.click({ timeout: ACTION_TIMEOUT_MS });
  const response = await answer;
  assert.equal(response.status(), 200, `POST /graphql answered HTTP ${response.status()}`);
  const expected = JSON.stringify(await response.json());
  // The panel holds the same JSON, pretty-printed.
  await page.waitForFunction(
    (want) => {
      const cm = document.querySelector('.graphiql-response .CodeMirror');
      const text = cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';
      try {
        return JSON.stringify(JSON.parse(text)) === want;
      } catch {
        return false;
      }
    },
    expected,
    { timeout: RESULT_TIMEOUT_MS, polling: 100 },
  );
  const text = await editorText(page, '.graphiql-response');
  return { text, json: JSON.parse(text) };
}

/** Fails fast, with a clear message, when the console is not served at all. */
async function assertConsoleServed(page) {
  const response = await page.request.get(`${BASE_URL}/q/graphql-ui/`, { timeout: ACTION_TIMEOUT_MS });
  assert.equal(response.status(), 200,
    `GET /q/graphql-ui/ answered HTTP ${response.status()}: the GraphiQL console is not served (PARLEY_GRAPHIQL_ENABLED=false?)`);
}

/** Opens a GraphiQL URL and waits until the console is up and its schema introspection answered cleanly. */
async function openGraphiQL(page, url, navigate) {
  const introspection = page.waitForResponse(
    (response) => isGraphQLPost(response) && isIntrospection(response.request()),
    { timeout: NAVIGATION_TIMEOUT_MS },
  );
  introspection.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  await navigate(url);
  const schema = await (await introspection).json();
  assert.equal(schema.errors, undefined, `GraphiQL could not load the schema: ${JSON.stringify(schema.errors)}`);
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible', timeout: NAVIGATION_TIMEOUT_MS });
}

test('the examples page links every example, headline first, to GraphiQL', { timeout: TEST_TIMEOUT_MS }, async () => {
  await withPage('examples-page', async (page) => {
    const examples = await readExamples(page);
    assert.ok(examples.length >= 4, `expected at least 4 examples, found ${examples.length}`);
    assert.equal(examples[0].id, 'headline', 'the headline query must come first');
    for (const example of examples) {
      const url = new URL(example.href);
      assert.equal(url.origin, BASE_ORIGIN, `${example.id}: link leaves the application`);
      assert.equal(url.pathname, '/q/graphql-ui/', `${example.id}: link does not point at GraphiQL`);
      assert.ok(url.searchParams.get('query'), `${example.id}: link carries no query`);
      // The bundled render.js decodes with decodeURIComponent, which leaves '+' alone.
      assert.ok(!url.search.includes('+'), `${example.id}: link encodes spaces as '+'`);
    }
  });
});

test('GraphiQL opens with the headline query preloaded and runs it', { timeout: TEST_TIMEOUT_MS }, async () => {
  await withPage('headline', async (page) => {
    await assertConsoleServed(page);
    await readExamples(page);
    // Follow the link as a reader would.
    await openGraphiQL(page, null, async () => {
      await page.locator('#headline a.open').click({ timeout: ACTION_TIMEOUT_MS });
      await page.waitForURL(/\/q\/graphql-ui\/\?/, { timeout: NAVIGATION_TIMEOUT_MS });
    });

    const query = await editorText(page, '.graphiql-query-editor');
    assert.match(query, /commitments\(leader: \$leader, on: \$on\)/, 'query editor does not hold the headline query');
    // The examples are named operations; GraphiQL names the tab after the operation (its tab bar
    // shows only with two tabs or more, so read the tab state GraphiQL keeps in localStorage).
    await page.waitForFunction(
      () => {
        const titles = [...document.querySelectorAll('.graphiql-tab')].map((tab) => tab.textContent);
        try {
          const state = JSON.parse(localStorage.getItem('graphiql:tabState') || '{}');
          (state.tabs || []).forEach((tab) => titles.push(tab.title));
        } catch { /* not there yet */ }
        return titles.some((title) => (title || '').includes('LeaderCommitmentsOnDay'));
      },
      null,
      { timeout: ACTION_TIMEOUT_MS, polling: 200 },
    );
    const variables = JSON.parse(await editorText(page, '.graphiql-editor-tool'));
    assert.deepEqual(variables, { leader: 'Trump', on: '2025-02-27' }, 'variables editor does not hold the headline variables');

    const { text, json } = await runInGraphiQL(page);
    assert.ok(text.includes(HEADLINE_SUMMARY), `result panel does not show "${HEADLINE_SUMMARY}":\n${text}`);
    assert.ok(!text.includes('"errors"'), `result panel shows errors:\n${text}`);
    assert.equal(json.errors, undefined);
    const commitment = json.data.commitments.find((c) => c.summary.startsWith(HEADLINE_SUMMARY));
    assert.equal(commitment.holder.name, 'Donald Trump');
    assert.ok(commitment.evidence.length > 0, 'the commitment carries no evidence');

    // What the reader sees, not only what the editor holds.
    const visible = await page.locator('.graphiql-response').innerText({ timeout: ACTION_TIMEOUT_MS });
    assert.ok(visible.includes(HEADLINE_SUMMARY), 'the summary is not visible in the result panel');
  });
});

test('every example runs in GraphiQL without errors', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
  await withPage('all-examples', async (page) => {
    await assertConsoleServed(page);
    const examples = await readExamples(page);
    for (const example of examples) {
      await openGraphiQL(page, example.href, (url) => page.goto(url));
      const query = await editorText(page, '.graphiql-query-editor');
      assert.equal(query.trim(), new URL(example.href).searchParams.get('query').trim(), `${example.id}: query not preloaded`);
      const { text, json } = await runInGraphiQL(page);
      assert.ok(!text.includes('"errors"'), `${example.id} ("${example.title}") answered with errors:\n${text}`);
      assert.ok(json.data && Object.values(json.data).every((v) => v !== null), `${example.id}: empty data:\n${text}`);
    }
  });
});

test('no page asked for anything outside the application (no CDN)', () => {
  assert.deepEqual(foreignRequests, []);
});
