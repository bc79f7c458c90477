import test from 'ava';
import { readFileSync } from 'node:fs';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test("the installed command starts with the main process's memory tuning, the same as npm run analyze", (t) => {
  const shebang = read('src/cli/framelens.ts').split('\n')[0]!;
  const analyze = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['analyze']!;
  const tuning = analyze.split(/\s+/).filter((arg) => arg.startsWith('--') && arg.includes('='));
  t.true(tuning.length > 0);
  t.is(shebang, `#!/usr/bin/env -S node ${tuning.join(' ')}`);
});
