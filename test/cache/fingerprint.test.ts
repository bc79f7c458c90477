import test from 'ava';
import { analyzerFingerprint, tablesFingerprint } from '../../src/cache/fingerprint.ts';
import { reportSettings } from '../../src/compare/report-settings.ts';
import { SETTINGS } from '../helpers/settings.ts';

test('a report records the fingerprint of the data tables, apart from that of the whole analyzer', (t) => {
  t.regex(tablesFingerprint(), /^[0-9a-f]{64}$/);
  t.not(tablesFingerprint(), analyzerFingerprint());
  t.is(reportSettings(SETTINGS).tables, tablesFingerprint());
});
