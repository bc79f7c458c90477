// The settings a story's report records beside its comparison: the thresholds the compare stage
// used, the sources of the lexicons the analyzer scored with and a fingerprint of every data table,
// so that the story page, rendered from report.json alone, can say them.
import { languageSources } from '../analyze/language.ts';
import claims from '../../data/claims.json' with { type: 'json' };
import reuse from '../../data/reuse.json' with { type: 'json' };
import type { ReportSettings } from '../types.ts';
import { tablesFingerprint } from '../cache/fingerprint.ts';

export function reportSettings(): ReportSettings {
  return { claimsCoreShare: claims.core.share, reuseMinWords: reuse.passage.minWords, languageSources: languageSources(), tables: tablesFingerprint() };
}
