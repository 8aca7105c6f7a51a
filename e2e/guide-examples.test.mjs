// Runs the examples of the integrators' guide (docs/INTEGRATION.md) as they are written, against the running
// service, so that the guide cannot drift from what the service does.
//
// Every ```sh and ```js block of the guide must be preceded by a marker comment:
//   <!-- e2e {"as": "viewer", "expect": ["^HTTP/1.1 200", "\"total\":63"]} -->   run it and check its output
//   <!-- e2e {"as": "province:37", "requires": "/api/v1/changes", ...} -->          run it if that path exists
//   <!-- e2e-skip: why -->                                                           not run (the reason is printed)
// "as" picks the token: viewer, central, admin, province:37 (an officer of today's Ninh Bình, which took over Hà Nam
// and Nam Định), province:33 (today's Hưng Yên, which took over Thái Bình, the 2023 head of DBSH) or province:36 (a
// token for Nam Định's retired code, which the service refuses). sh blocks run with bash (set -euo pipefail)
// with $BASE and $TOKEN set; js blocks run as ES modules in Node with BASE and TOKEN defined before the block
// (Node's fetch is the browser's). "expect" lists regular expressions (JavaScript, multiline; a leading (?i) makes
// one case-insensitive) that the output (stdout and stderr) must match.
// "id" names a js block that later blocks may prepend with "uses": ["id"].
//
//   THIDUA_BASE=... TOKEN_VIEWER=... TOKEN_CENTRAL=... TOKEN_ADMIN=... TOKEN_NINHBINH=... TOKEN_HUNGYEN=... \
//   TOKEN_NAMDINH_RETIRED=... node e2e/guide-examples.test.mjs docs/INTEGRATION.md
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const guide = process.argv[2] ?? 'docs/INTEGRATION.md';
const base = need('THIDUA_BASE');
const tokens = {
  viewer: need('TOKEN_VIEWER'),
  central: need('TOKEN_CENTRAL'),
  admin: need('TOKEN_ADMIN'),
  'province:37': need('TOKEN_NINHBINH'),
  'province:33': need('TOKEN_HUNGYEN'),
  'province:36': need('TOKEN_NAMDINH_RETIRED'),
};

const markdown = readFileSync(guide, 'utf8');
const blocks = [];
const fence = /(?:<!--\s*(e2e-skip:[^]*?|e2e\s+\{[^]*?\})\s*-->\s*\n)?```(sh|js)\n([^]*?)```/g;
for (let m; (m = fence.exec(markdown)) !== null;) {
  const line = markdown.slice(0, m.index).split('\n').length;
  blocks.push({ marker: m[1], lang: m[2], code: m[3], line });
}

const named = new Map();
let passed = 0;
let failed = 0;
let skipped = 0;
const work = mkdtempSync(join(tmpdir(), 'thidua-guide-'));   // the examples' working directory
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

for (const block of blocks) {
  const where = `${guide}:${block.line} (${block.lang})`;
  if (!block.marker) {
    console.log(`FAIL ${where}: no <!-- e2e {...} --> or <!-- e2e-skip: ... --> marker before the example`);
    failed++;
    continue;
  }
  if (block.marker.startsWith('e2e-skip:')) {
    console.log(`skip ${where}: ${block.marker.slice('e2e-skip:'.length).trim()}`);
    skipped++;
    continue;
  }
  let spec;
  try {
    spec = JSON.parse(block.marker.replace(/^e2e\s+/, ''));
  } catch (e) {
    console.log(`FAIL ${where}: marker is not JSON: ${e.message}`);
    failed++;
    continue;
  }
  if (spec.id) named.set(spec.id, block.code);
  const token = tokens[spec.as ?? 'viewer'];
  if (!token) {
    console.log(`FAIL ${where}: unknown "as": ${spec.as}`);
    failed++;
    continue;
  }
  if (spec.requires) {
    const probe = await fetch(base + spec.requires, { headers: { Authorization: `Bearer ${token}` } });
    if (probe.status === 404 || probe.status === 405) {
      console.log(`skip ${where}: ${spec.requires} is not served by this build (${probe.status})`);
      skipped++;
      continue;
    }
  }

  const env = { ...process.env, BASE: base, TOKEN: token };
  let run;
  if (block.lang === 'sh') {
    run = spawnSync('bash', ['-c', `set -euo pipefail\n${block.code}`], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
  } else {
    const prelude = (spec.uses ?? []).map((id) => named.get(id) ?? `throw new Error('no example with id ${id}');`).join('\n');
    const source = `const BASE = process.env.BASE;\nconst TOKEN = process.env.TOKEN;\n${prelude}\n${block.code}`;
    run = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
  }
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const problems = [];
  if (run.error) problems.push(run.error.message);
  if (run.status !== 0) problems.push(`exit status ${run.status}`);
  for (const expected of spec.expect ?? []) {
    const caseless = expected.startsWith('(?i)');
    const pattern = new RegExp(caseless ? expected.slice(4) : expected, caseless ? 'mi' : 'm');
    if (!pattern.test(output)) problems.push(`output does not match /${expected}/`);
  }
  if (problems.length === 0) {
    console.log(`ok   ${where}: ${firstLine(output)}`);
    passed++;
  } else {
    console.log(`FAIL ${where}: ${problems.join('; ')}\n--- example:\n${block.code}--- output:\n${output}---`);
    failed++;
  }
}
console.log(`guide examples: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) console.log(`no example ran: is ${guide} the guide?`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
// An example may leave a connection of Node's fetch pool open, which would keep the process (and CI) waiting
// after the last example: once the output is written, leave with the exit code.
setTimeout(() => process.exit(), 2000).unref();

function firstLine(text) {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
}

function need(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set: run e2e/run.sh`);
    process.exit(2);
  }
  return value;
}
