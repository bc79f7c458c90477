// The settings a story's report records beside its comparison: the thresholds the compare stage
// used, the sources of the lexicons the analyzer scored with and a fingerprint of every data table,
// so that the story page, rendered from report.json alone, can say them.
import { languageSources } from '../analyze/language.ts';
import type { ReportSettings } from '../types.ts';
import type { CompareSettings } from '../settings/settings-schema.ts';
import { tablesFingerprint } from '../cache/fingerprint.ts';

export function reportSettings(settings: CompareSettings): ReportSettings {
  return { claimsCoreShare: settings.claims.core.share, reuseMinWords: settings.reuse.passage.minWords, languageSources: languageSources(), tables: tablesFingerprint() };
}
