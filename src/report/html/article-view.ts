// One article: where it came from, its scores, and its clean text with every piece of evidence
// marked at the offsets the analysis recorded, so each number can be checked against the words.
import { articleAnchor, sentenceAnchor } from './anchors.ts';
import type { ArticleReport, FrameInfo, FrameScore, Part, PartScores, Sentence, SentenceSentiment } from '../../types.ts';
import { escapeHtml, externalLink } from './escape.ts';
import { fmtSigned, fmtWeight } from './format.ts';
import { plural } from '../../prose.ts';
import { FAMILIES, frameLabel, framesOf } from './frames.ts';
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
  const inside = article.sentences[part]
    .filter((s) => s.start >= from && s.end <= to && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  let html = '';
  let cursor = from;
  for (const s of inside) {
    if (s.start < cursor) continue;
    html += highlight(text, marks, cursor, s.start);
    const sentiment = sentiments.get(s.index);
    const title = sentiment && sentiment.score !== 0
      ? ` title="Sentence sentiment ${fmtWeight(sentiment.score)} (comparative ${fmtSigned(sentiment.comparative)})"`
      : '';
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

function dominantLabels(ids: readonly string[], frames: readonly FrameInfo[]): string {
  return ids.length ? escapeHtml(ids.slice(0, 3).map((id) => frameLabel(frames, id)).join(', ')) : '<span class="muted">none</span>';
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
      `<td>${dominantLabels(s.dominant.policy, frames)}</td><td>${dominantLabels(s.dominant.generic, frames)}</td></tr>`,
  );
  return `<div class="scroll"><table>
<caption>Scores by part of the article (dominant frames strongest first)</caption>
<thead><tr><th scope="col">Part</th><th scope="col" class="num">Tokens</th><th scope="col" class="num">Sentiment</th><th scope="col" class="num">of it quoted</th><th scope="col" class="num">Comparative</th><th scope="col" class="num">Sentiment cues</th><th scope="col">Dominant policy frames</th><th scope="col">Dominant generic frames</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function findSentence(article: ArticleReport, part: Part, index: number): Sentence | undefined {
  return article.sentences[part].find((s) => s.index === index);
}

/** One frame's evidence sentences from headline and body, each with the cues found in it. */
function renderFrameEvidence(article: ArticleReport, frame: FrameInfo, prefix: string): string {
  const scores: FrameScore[] = [article.scores.headline, article.scores.body].flatMap((p) => p.frames.filter((f) => f.id === frame.id));
  const evidence = scores.flatMap((f) => f.evidence);
  const byKey = new Map(scores.flatMap((f) => f.sentences).map((s) => [`${s.part}:${s.sentence}`, s]));
  const sentences = [...byKey.values()];
  if (!sentences.length) return '';
  const items = sentences.map(({ part, sentence }) => {
    const s = findSentence(article, part, sentence);
    const cues = [...new Set(evidence.filter((e) => e.span.part === part && e.span.sentence === sentence).map((e) => e.cue))];
    const cueText = cues.length ? ` <span class="cue">(${cues.map((c) => `“${escapeHtml(c)}”`).join(', ')})</span>` : '';
    return `<li><a href="#${sentenceAnchor(prefix, part, sentence)}">${PART_LABELS[part]}, sentence ${sentence + 1}</a>: ${s ? escapeHtml(s.text) : '<span class="muted">(sentence missing)</span>'}${cueText}</li>`;
  });
  return `<details><summary>${escapeHtml(frame.label)}: ${plural(evidence.length, 'cue')} in ${plural(sentences.length, 'sentence')}</summary>
<ol>
${items.join('\n')}
</ol>
</details>`;
}

function renderAllFrameEvidence(article: ArticleReport, frames: readonly FrameInfo[], prefix: string): string {
  const blocks = FAMILIES.flatMap((family) => framesOf(frames, family))
    .map((f) => renderFrameEvidence(article, f, prefix))
    .filter(Boolean);
  return `<h4>Frame evidence</h4>\n${blocks.length ? blocks.join('\n') : '<p class="muted">No frame cues found.</p>'}`;
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
          const by = [c.author === undefined ? 'anonymous' : escapeHtml(c.author), c.line === undefined ? '' : `line ${c.line}`]
            .filter(Boolean)
            .join(' · ');
          return `<li><p class="note">${by}</p><blockquote>${escapeHtml(c.text)}</blockquote></li>`;
        })
        .join('\n')}\n</ol>`
    : '<p class="muted">No comments.</p>';
  return `<details><summary>Comments (${article.comments.length})</summary>\n${body}\n</details>`;
}

/** `index` is the article's position in the report; it gives the section a stable anchor. */
export function renderArticle(article: ArticleReport, frames: readonly FrameInfo[], index: number): string {
  const prefix = articleAnchor(index);
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
${renderAllFrameEvidence(article, frames, prefix)}
${renderRemoved(article)}
${renderComments(article)}
</article>`;
}
