// Swagger UI in a real browser: Debian's Chromium, headless, driven by playwright-core.
// Opens /q/swagger-ui of the running service, authorizes with a bearer token, expands GET /api/v1/provinces
// (listProvinces), tries it out with asOf=2023-07-26, executes, and checks the response the page shows:
// status 200, Hà Nội among the units and "total": 63. Screenshot to SCREENSHOT_DIR on failure.
//
//   THIDUA_BASE=http://127.0.0.1:18090 TOKEN_VIEWER=... node e2e/swagger-ui.test.mjs
// (e2e/run.sh starts the service and sets these.)
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = required('THIDUA_BASE');
const token = required('TOKEN_VIEWER');
const screenshots = process.env.SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'thidua-swagger-shots-'));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const timeout = 30_000;

const profile = mkdtempSync(join(tmpdir(), 'thidua-chromium-'));
let context;
let page;
const started = Date.now();
const step = (text) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);

try {
  // A fresh profile each run (launchPersistentContext is Playwright's way to give Chromium its --user-data-dir).
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--no-first-run', '--disable-quic', '--disable-sync', '--disable-dev-shm-usage'],
    viewport: { width: 1400, height: 1000 },
    timeout,
  });
  context.setDefaultTimeout(timeout);
  page = context.pages()[0] ?? await context.newPage();

  await page.goto(`${base}/q/swagger-ui/`, { waitUntil: 'domcontentloaded' });
  await page.locator('.information-container .title').filter({ hasText: 'Thi đua API' }).waitFor();
  step('Swagger UI loaded the contract');

  // Authorize: paste the bearer token into the "bearer" scheme, then close the dialog.
  await page.locator('.auth-wrapper button.authorize').click();
  const dialog = page.locator('.dialog-ux .modal-ux');
  await dialog.waitFor();
  await dialog.locator('input[type=text], input[type=password]').first().fill(token);
  await dialog.locator('.auth-btn-wrapper button.authorize').click();
  await dialog.locator('.auth-btn-wrapper button', { hasText: 'Logout' }).waitFor(); // shown once authorized
  await dialog.locator('.auth-btn-wrapper button', { hasText: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.auth-wrapper button.authorize.locked').waitFor();
  step('authorized with a bearer token');

  // GET /api/v1/provinces: expand, try it out with asOf=2023-07-26, execute.
  const operation = page.locator('#operations-Provinces-listProvinces');
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  // Swagger UI fills the other parameters with the contract's examples (q=Thái Bình): clear them.
  for (const input of await operation.locator('tr[data-param-name] input[type=text]').all()) {
    await input.fill('');
  }
  await operation.locator('tr[data-param-name="asOf"] input').fill('2023-07-26');
  await operation.locator('button.execute').click();
  step('executed GET /api/v1/provinces?asOf=2023-07-26');

  // The server response (not the documented ones): its row in the live responses table.
  const live = operation.locator('.live-responses-table tr.response');
  await live.locator('.response-col_description .highlight-code').first().waitFor();
  const status = (await live.locator('.response-col_status').first().innerText()).trim();
  const body = await live.locator('.response-col_description .highlight-code').first().innerText();
  const url = await operation.locator('.request-url pre').first().innerText().catch(() => '');
  const curl = await operation.locator('.curl-command').first().innerText().catch(() => '');

  const failures = [];
  if (!/^200\b/.test(status)) failures.push(`status shown is "${status}", expected 200`);
  if (!body.includes('Hà Nội')) failures.push('the response shown does not contain "Hà Nội"');
  if (!body.includes('"total": 63')) failures.push('the response shown does not contain "total": 63');
  if (!url.includes('/api/v1/provinces?asOf=2023-07-26')) failures.push(`request URL "${url}" lacks asOf=2023-07-26`);
  if (!curl.includes(`Authorization: Bearer ${token}`)) failures.push('the request shown was sent without the token');
  if (failures.length > 0) {
    throw new Error(failures.join('; ') + `\n--- response shown:\n${body.slice(0, 600)}`);
  }
  step(`response shown: ${status}, ${body.match(/"total": \d+/)[0]}, contains Hà Nội (${url})`);
  console.log('swagger-ui: 1 passed, 0 failed');
} catch (error) {
  console.error(`swagger-ui: FAILED: ${error.message}`);
  if (page) {
    mkdirSync(screenshots, { recursive: true });
    const file = join(screenshots, 'swagger-ui-failure.png');
    await page.screenshot({ path: file, fullPage: false }).then(() => console.error(`screenshot: ${file}`),
        (e) => console.error(`no screenshot: ${e.message}`));
  }
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set: run e2e/run.sh`);
    process.exit(2);
  }
  return value;
}
