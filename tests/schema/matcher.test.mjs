// The problem matchers that docs/FORMAT.md gives (the GitHub Actions file in .github/ and
// the VS Code task's pattern) read `timeline check`'s text form: each must find every
// problem and warning that `check --format json` lists, at the same place, with the same
// severity and message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = process.env.TIMELINE_BIN;
assert.ok(bin, 'TIMELINE_BIN names the built timeline binary');

const github = JSON.parse(readFileSync(`${root}.github/timeline-problem-matcher.json`, 'utf8'))
  .problemMatcher[0].pattern[0];
const format = readFileSync(`${root}docs/FORMAT.md`, 'utf8');
const vscodeBlock = [...format.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .find((b) => b.includes('problemMatcher'));
assert.ok(vscodeBlock, 'docs/FORMAT.md has the VS Code task');
const vscode = JSON.parse(vscodeBlock).tasks[0].problemMatcher.pattern;

const FILES = [
  'tests/bad/unknown-key.toml',
  'tests/bad/empty.toml',
  'tests/bad/syntax-error.toml',
  'tests/fixtures/markup.toml',
];

function run(args) {
  return spawnSync(bin, ['--lang', 'en', ...args], { cwd: root, encoding: 'utf8' });
}

for (const [name, pattern] of [['GitHub Actions', github], ['VS Code', vscode]]) {
  test(`the ${name} matcher finds what the JSON form lists`, () => {
    const re = new RegExp(pattern.regexp);
    for (const file of FILES) {
      const text = run(['check', file]);
      const json = run(['check', '--format', 'json', file]);
      assert.equal(text.status, json.status, file);
      const expected = JSON.parse(json.stdout).map(({ file, line, column, severity, message }) => ({
        file, line, column, severity, message,
      }));
      assert.ok(expected.length > 0, file);
      const found = `${text.stderr}${text.stdout}`
        .split('\n')
        .map((l) => re.exec(l))
        .filter(Boolean)
        .map((m) => ({
          file: m[pattern.file],
          line: Number(m[pattern.line]),
          column: Number(m[pattern.column]),
          severity: m[pattern.severity] ?? 'error',
          message: m[pattern.message],
        }));
      assert.deepEqual(found, expected, file);
    }
  });
}
