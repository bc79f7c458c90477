// One article: where it came from, its scores, and its clean text with every piece of evidence
// marked at the offsets the analysis recorded, so each number can be checked against the words.
import { CUE_PREFIX, WORD_PREFIX } from '../../learn/feature-names.ts';
import { ARTICLE_SECTION, framePresenceAnchor, sentenceAnchor } from './anchors.ts';
import type { ArticleReport, FrameInfo, FramePresence, FrameScore, Part, PartScores, Sentence, SentenceSentiment } from '../../types.ts';
import { escapeHtml, externalLink } from './escape.ts';
import { fmtNumber, fmtSigned, fmtWeight, shareShade } from './format.ts';
import { plural } from '../../prose.ts';
import { FAMILIES, FAMILY_LABELS, frameLabel, framesOf } from './frames.ts';
import { highlight, type Mark } from './highlight.ts';
import { outletName } from './outlet-name.ts';

const PART_LABELS: Record<Part, string> = { headline: 'Headline', body: 'Body' };

function sentimentMarks(scores: PartScores, part: Part): Mark[] {
  return scores.sentiment.hits
    .filter((h) => h.span.part === part)
    .map((h) => ({
      start: h.span.start,
      end: h.span.end,
      kind: h.weight < 0 || (h.weight === 0 && h.base < 0) ? 'neg' : 'pos',
      label: [`${h.cue}, ${fmtWeight(h.base)} → ${fmtWeight(h.weight)}`, ...h.modifiers].join(', '),
    }));
}

function frameMarks(scores: PartScores, part: Part, frames: readonly FrameInfo[]): Mark[] {
  return scores.frames.flatMap((f) =>
    f.evidence
      .filter((e) => e.span.part === part)
      .map((e) => ({
        start: e.span.start,
        end: e.span.end,
        kind: 'frame' as const,
        frame: f.id,
        label: `${frameLabel(frames, f.id)}: ${e.cue}`,
      })),
  );
}

function partMarks(article: ArticleReport, part: Part, frames: readonly FrameInfo[]): Mark[] {
  const scores = article.scores[part];
  return [...sentimentMarks(scores, part), ...frameMarks(scores, part, frames)];
}

/** The sentence figures of one part by sentence index, looked up once per part instead of per sentence. */
function sentenceSentiments(article: ArticleReport, part: Part): Map<number, SentenceSentiment> {
  const out = new Map<number, SentenceSentiment>();
  for (const x of article.sentenceSentiment) if (x.part === part && !out.has(x.sentence)) out.set(x.sentence, x);
  return out;
}

/** `text[from, to)` with each sentence inside it wrapped in an anchor target, marks inside. */
function renderRange(
  article: ArticleReport,
  part: Part,
  text: string,
  allMarks: readonly Mark[],
  sentiments: ReadonlyMap<number, SentenceSentiment>,
  prefix: string,
  [from, to]: [number, number],
): string {
  // highlight() clips to each sentence; narrowing to the block first keeps that work per block.
  const marks = allMarks.filter((m) => m.end > from && m.start < to);
  const inside = article.sentences[part].filter((s) => s.start >= from && s.end <= to && s.start < s.end).sort((a, b) => a.start - b.start);
  let html = '';
  let cursor = from;
  for (const s of inside) {
    if (s.start < cursor) continue;
    html += highlight(text, marks, cursor, s.start);
    const sentiment = sentiments.get(s.index);
    const title = sentiment && sentiment.score !== 0 ? ` title="Sentence sentiment ${fmtWeight(sentiment.score)} (normalised ${fmtSigned(sentiment.normalised)})"` : '';
    html += `<span class="s" id="${sentenceAnchor(prefix, part, s.index)}"${title}>${highlight(text, marks, s.start, s.end)}</span>`;
    cursor = s.end;
  }
  return html + highlight(text, marks, cursor, to);
}

function renderBody(article: ArticleReport, frames: readonly FrameInfo[], prefix: string): string {
  const text = article.text;
  const marks = partMarks(article, 'body', frames);
  const sentiments = sentenceSentiments(article, 'body');
  const blocks = article.blocks.length ? article.blocks : [{ kind: 'paragraph' as const, start: 0, end: text.length }];
  return blocks
    .map((b) => {
      const inner = renderRange(article, 'body', text, marks, sentiments, prefix, [b.start, b.end]);
      return b.kind === 'heading' ? `<h4>${inner}</h4>` : `<p>${inner}</p>`;
    })
    .join('\n');
}

function renderHeadline(article: ArticleReport, frames: readonly FrameInfo[], prefix: string): string {
  if (article.title === null) return `<h3 class="headline muted" id="${prefix}-title">(no headline)</h3>`;
  const marks = partMarks(article, 'headline', frames);
  const inner = renderRange(article, 'headline', article.title, marks, sentenceSentiments(article, 'headline'), prefix, [0, article.title.length]);
  return `<h3 class="headline" id="${prefix}-title">${inner}</h3>`;
}

function renderOutlet(article: ArticleReport): string {
  const o = article.outlet;
  const flags: string[] = [];
  if (!o.known) flags.push('unknown outlet');
  if (o.repost) flags.push(`reposted on ${escapeHtml(o.repost.on)}`);
  if (!article.lang.scored) flags.push(`in ${escapeHtml(article.lang.name)}: not scored`);
  const notes: string[] = [];
  if (o.source === 'metadata') notes.push('Outlet from the given metadata.');
  if (o.source === 'text') notes.push('Outlet named by the text itself.');
  if (o.source === 'unknown') notes.push('No outlet in the metadata or the text: this article is counted as an outlet of its own.');
  if (o.evidence) notes.push(`Evidence: “${escapeHtml(o.evidence)}”.`);
  if (o.repost) notes.push(`Repost evidence: “${escapeHtml(o.repost.evidence)}”.`);
  return `<p class="outlet">${outletName(o)}${flags.map((f) => `<span class="flag">${f}</span>`).join('')}</p>
<p class="note">${notes.join(' ')}</p>`;
}

function renderMeta(article: ArticleReport): string {
  const rows: Array<[string, string]> = [
    ['File', `${escapeHtml(article.file)} <span class="muted">(${escapeHtml(article.kind)})</span>`],
    ['URL', article.url === null ? '<span class="muted">none</span>' : externalLink(article.url)],
    ['Published', article.published === null ? '<span class="muted">unknown</span>' : escapeHtml(article.published)],
    ['Author', article.author === null ? '<span class="muted">unknown</span>' : escapeHtml(article.author)],
  ];
  return `<dl class="meta">\n${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`;
}

function topLabel(id: string | null, frames: readonly FrameInfo[]): string {
  return id === null ? '<span class="muted">none</span>' : escapeHtml(frameLabel(frames, id));
}

function renderScores(article: ArticleReport, frames: readonly FrameInfo[]): string {
  const parts: Array<[string, PartScores]> = [
    ['Headline', article.scores.headline],
    ['Body', article.scores.body],
    ['Whole', article.scores.whole],
  ];
  const rows = parts.map(
    ([name, s]) =>
      `<tr><th scope="row">${name}</th><td class="num">${s.tokens}</td><td class="num">${fmtWeight(s.sentiment.score)}</td><td class="num">${fmtWeight(s.sentiment.quoted)}</td><td class="num">${fmtSigned(s.sentiment.comparative)}</td><td class="num">${s.sentiment.hits.length}</td>` +
      `<td>${topLabel(s.top.policy, frames)}</td><td>${topLabel(s.top.generic, frames)}</td></tr>`,
  );
  return `<div class="scroll"><table>
<caption>Scores by part of the article; top frame: the strongest frame present, per family</caption>
<thead><tr><th scope="col">Part</th><th scope="col" class="num">Tokens</th><th scope="col" class="num">Sentiment</th><th scope="col" class="num">of it quoted</th><th scope="col" class="num">Comparative</th><th scope="col" class="num">Sentiment cues</th><th scope="col">Top policy frame</th><th scope="col">Top generic frame</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function findSentence(article: ArticleReport, part: Part, index: number): Sentence | undefined {
  return article.sentences[part].find((s) => s.index === index);
}

/** A trained feature in words: a word stem, or a frame's cue count or rate (see src/analyze/frame-features.ts). */
function featureLabel(feature: string, frames: readonly FrameInfo[]): string {
  if (feature.startsWith(WORD_PREFIX)) return `word “${feature.slice(WORD_PREFIX.length)}”`;
  if (feature.startsWith(CUE_PREFIX)) {
    const rest = feature.slice(CUE_PREFIX.length);
    const rate = rest.endsWith(':rate');
    return `${frameLabel(frames, rate ? rest.slice(0, -':rate'.length) : rest)} cue ${rate ? 'rate' : 'count'}`;
  }
  return feature;
}

/** The sentences that carry a frame: those its presence names and those its cues are in, headline first. */
function frameSentences(article: ArticleReport, frameId: string, presence: FramePresence | undefined): Array<{ part: Part; sentence: number }> {
  const scores: FrameScore[] = [article.scores.headline, article.scores.body].flatMap((p) => p.frames.filter((f) => f.id === frameId));
  const all = [...(presence?.sentences ?? []), ...scores.flatMap((f) => f.sentences)];
  const byKey = new Map(all.map((s) => [`${s.part}:${s.sentence}`, s]));
  return [...byKey.values()].sort((a, b) => Number(a.part === 'body') - Number(b.part === 'body') || a.sentence - b.sentence);
}

/** One frame's evidence: the features that decided its presence, then its sentences, each with the cues found in it. */
function renderFrameEvidence(article: ArticleReport, frame: FrameInfo, presence: FramePresence | undefined, frames: readonly FrameInfo[], prefix: string): string {
  const cues = [article.scores.headline, article.scores.body].flatMap((p) => p.frames.filter((f) => f.id === frame.id)).flatMap((f) => f.evidence);
  const sentences = frameSentences(article, frame.id, presence);
  const features = presence?.evidence ?? [];
  if (!sentences.length && !features.length) return '<span class="muted">none</span>';
  const featureList = features.length
    ? `<p>Deciding features: ${features.map((f) => `<span class="cue">${escapeHtml(featureLabel(f.feature, frames))}</span> ${fmtWeight(f.contribution)}`).join(', ')}</p>`
    : '';
  const items = sentences.map(({ part, sentence }) => {
    const s = findSentence(article, part, sentence);
    const found = [...new Set(cues.filter((e) => e.span.part === part && e.span.sentence === sentence).map((e) => e.cue))];
    const cueText = found.length ? ` <span class="cue">(${found.map((c) => `“${escapeHtml(c)}”`).join(', ')})</span>` : '';
    return `<li><a href="#${sentenceAnchor(prefix, part, sentence)}">${PART_LABELS[part]}, sentence ${sentence + 1}</a>: ${s ? escapeHtml(s.text) : '<span class="muted">(sentence missing)</span>'}${cueText}</li>`;
  });
  const sentenceList = items.length ? `<ol>\n${items.join('\n')}\n</ol>` : '';
  return `<details><summary>${plural(features.length, 'feature')}, ${plural(cues.length, 'cue')} in ${plural(sentences.length, 'sentence')}</summary>
${featureList}${sentenceList}
</details>`;
}

/** Whether each frame is present in the whole article and how strongly, with its evidence one click away. */
function renderFramePresence(article: ArticleReport, frames: readonly FrameInfo[], prefix: string): string {
  const presence = new Map(article.scores.whole.presence.map((p) => [p.id, p]));
  const rows = FAMILIES.flatMap((family) => {
    const members = framesOf(frames, family);
    if (!members.length) return [];
    const head = `<tr><th scope="rowgroup" colspan="4">${FAMILY_LABELS[family]}</th></tr>`;
    return [
      head,
      ...members.map((f) => {
        const p = presence.get(f.id);
        const id = framePresenceAnchor(prefix, frames.indexOf(f));
        const present = p ? (p.present ? '<strong>present</strong>' : '<span class="muted">absent</span>') : '<span class="muted">not scored</span>';
        const strength = p ? `<td class="num" style="${shareShade(p.strength)}">${fmtNumber(p.strength, 2)}</td>` : '<td class="num muted">–</td>';
        return `<tr id="${id}"${p?.present ? ' class="present"' : ''}><th scope="row">${escapeHtml(f.label)}</th><td>${present}</td>${strength}<td>${renderFrameEvidence(article, f, p, frames, prefix)}</td></tr>`;
      }),
    ];
  });
  return `<h4>Frames in this article</h4>
<div class="scroll"><table class="presence">
<caption>Whether each frame is present in the whole article, the way coders record it, and how strongly (0–1: orders articles by how strongly they carry the frame). Open the evidence for the features that decided it and the sentences that carry it.</caption>
<thead><tr><th scope="col">Frame</th><th scope="col">Present</th><th scope="col" class="num">Strength</th><th scope="col">Evidence</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function renderRemoved(article: ArticleReport): string {
  const where = article.kind === 'html' ? 'Block' : 'Line';
  const body = article.removed.length
    ? `<div class="scroll"><table>
<thead><tr><th scope="col" class="num">${where}</th><th scope="col">Rule</th><th scope="col">Removed text</th></tr></thead>
<tbody>
${article.removed.map((r) => `<tr><td class="num">${r.line}</td><td>${escapeHtml(r.rule)}</td><td>${escapeHtml(r.text)}</td></tr>`).join('\n')}
</tbody>
</table></div>`
    : '<p class="muted">Nothing was removed.</p>';
  return `<details><summary>Removed chrome (${article.removed.length})</summary>\n${body}\n</details>`;
}

function renderComments(article: ArticleReport): string {
  const body = article.comments.length
    ? `<ol>\n${article.comments
        .map((c) => {
          const by = [c.author === undefined ? 'anonymous' : escapeHtml(c.author), c.line === undefined ? '' : `line ${c.line}`].filter(Boolean).join(' · ');
          return `<li><p class="note">${by}</p><blockquote>${escapeHtml(c.text)}</blockquote></li>`;
        })
        .join('\n')}\n</ol>`
    : '<p class="muted">No comments.</p>';
  return `<details><summary>Comments (${article.comments.length})</summary>\n${body}\n</details>`;
}

export function renderArticle(article: ArticleReport, frames: readonly FrameInfo[]): string {
  const prefix = ARTICLE_SECTION;
  return `<article class="article" id="${prefix}" aria-labelledby="${prefix}-title">
<header>
${renderOutlet(article)}
${renderHeadline(article, frames, prefix)}
${renderMeta(article)}
</header>
${renderScores(article, frames)}
<div class="article-text">
${renderBody(article, frames, prefix)}
</div>
${renderFramePresence(article, frames, prefix)}
${renderRemoved(article)}
${renderComments(article)}
</article>`;
}
