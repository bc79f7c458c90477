// Minimal, type-correct ArticleReports for the compare tests: only outlet, id, whole-text
// sentiment, frame shares and frame presence matter to the compare stage.
import { tokenize } from '../../src/text/segment.ts';
import type { ArticleReport, FrameInfo, FrameScore, PartScores } from '../../src/types.ts';
import { emptyArticleParts } from '../helpers/empty-parts.ts';

export const frames: FrameInfo[] = [
  { id: 'security', label: 'Security and defense', family: 'policy', description: '' },
  { id: 'political', label: 'Political', family: 'policy', description: '' },
  { id: 'capacity', label: 'Capacity and resources', family: 'policy', description: '' },
  { id: 'conflict', label: 'Conflict', family: 'generic', description: '' },
  { id: 'human', label: 'Human interest', family: 'generic', description: '' },
];

function part(comparative: number, shares: Record<string, number>, frameList: FrameInfo[], hits: Record<string, number>, present: string[]): PartScores {
  // Two matches per frame unless told: enough for a frame to count as dominant.
  const scores: FrameScore[] = frameList
    .filter((f) => f.id in shares)
    .map((f) => ({ id: f.id, label: f.label, family: f.family, hits: hits[f.id] ?? 2, rate: 1, share: shares[f.id]!, sentences: [], evidence: [] }));
  return {
    tokens: 100,
    sentiment: { score: comparative * 100, quoted: 0, comparative, tokens: 100, hits: [] },
    frames: scores,
    presence: frameList.map((f) => ({ id: f.id, family: f.family, present: present.includes(f.id), strength: present.includes(f.id) ? 1 : 0, evidence: [], sentences: [] })),
    top: { policy: null, generic: null },
    dominant: { policy: [], generic: [] },
  };
}

export function article(
  id: string,
  outlet: string,
  { comparative = 0, shares = {}, hits = {}, present = [] }: { comparative?: number; shares?: Record<string, number>; hits?: Record<string, number>; present?: string[] } = {},
  frameList = frames,
): ArticleReport {
  const known = !outlet.startsWith('unknown (');
  const scores = part(comparative, shares, frameList, hits, present);
  return {
    id,
    file: id,
    kind: 'text',
    sha256: '0'.repeat(64),
    outlet: { name: outlet, known, source: known ? 'metadata' : 'unknown' },
    title: null,
    url: null,
    published: null,
    author: null,
    text: '',
    blocks: [],
    sentences: { headline: [], body: [] },
    sentenceSentiment: [],
    removed: [],
    comments: [],
    scores: { headline: scores, body: scores, whole: scores },
    ...emptyArticleParts(),
  };
}

/** Word counts from a text, the way the pipeline counts `token.norm`. */
export function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const { norm } of tokenize(text)) m.set(norm, (m.get(norm) ?? 0) + 1);
  return m;
}
