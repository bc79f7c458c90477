import test from 'ava';
import { BIN_ENV, shownUsage } from '../../src/cli/command.ts';

const USAGE = 'Usage: npm run analyze -- [options]\n\nAnalyzes … (npm run worker -- --redis URL) on other machines';

test('the usage names the command as its user typed it: npm run in a checkout, framelens once installed', (t) => {
  t.is(shownUsage(USAGE, {}), USAGE);
  t.is(shownUsage(USAGE, { [BIN_ENV]: '1' }), 'Usage: framelens analyze [options]\n\nAnalyzes … (framelens worker --redis URL) on other machines');
});
