// The voices of one article: direct quotations with the speaker and verb that attribute them
// (in the same sentence, after the quote or before it, or carried over from the quote before),
// and indirect speech ("X said that …", "…, according to X"), each with the speaker's role.
import { attributions, type Attribution, type NamedSpan } from './attribution.ts';
import { speakerCategory } from './speaker-category.ts';
import type { ActorMentions } from '../actors/find-actors.ts';
import { isDemonym } from '../actors/gazetteer.ts';
import { nameKey } from '../actors/name-tokens.ts';
import { countTokens } from '../../text/segment.ts';
import { quoteRanges } from '../sentiment-quotation.ts';
import { round } from '../../round.ts';
import type { ArticleActor, ArticleVoices, Quote, Segment } from '../../types.ts';
import { table } from '../../settings/tables.ts';

const data = table('voices');

type Sentence = Segment['sentences'][number];

interface Speaker {
  name: string | null;
  surface: string | null;
  verb: string | null;
}

interface Context {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly NamedSpan[];
  actors: ReadonlyMap<string, ArticleActor>;
  lastSpeaker: string | null;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end + 1);
}

/** The name an attribution gives, or the one its pronoun or "the agency" stands for. */
function resolve(att: Attribution, ctx: Context): Speaker {
  if (att.speaker) return { name: att.speaker.name, surface: ctx.text.slice(att.speaker.start, att.speaker.end), verb: att.verb };
  const person = ctx.mentions.filter((m) => m.person && m.end <= att.start).at(-1)?.name ?? null;
  return { name: att.standIn === 'person' ? person : ctx.lastSpeaker, surface: null, verb: att.verb };
}

function quoteOf(speaker: Speaker, ctx: Context, direct: boolean, start: number, end: number, sentence: number): Quote {
  const actor = speaker.name === null ? undefined : ctx.actors.get(speaker.name);
  // An appositive says most ("U.S. Space Force chief of space operations"), a title less ("Gen.").
  const described = (actor?.descriptors.find((d) => d.kind === 'appositive') ?? actor?.descriptors.find((d) => d.kind === 'title'))?.text;
  // A country speaking through an agency or a seat ("CNSA", "the Kremlin"): the form used is its
  // role; a demonym ("Chinese officials") is not one.
  const through = speaker.surface && speaker.surface !== speaker.name && !isDemonym(nameKey(speaker.surface)) ? speaker.surface : null;
  const role = described ?? through;
  const text = ctx.text.slice(start, end);
  return {
    speaker: speaker.name,
    role,
    category: speakerCategory(speaker.name, actor?.kind ?? null, role),
    verb: speaker.verb,
    direct,
    text,
    span: { part: 'body', sentence, start, end },
    words: countTokens(text),
  };
}

/** Where the words after "told" start: past a name or an object pronoun. */
function toldWhom(from: number, ctx: Context): number {
  const name = ctx.mentions.find((m) => m.start > from && /^\s+$/u.test(ctx.text.slice(from, m.start)));
  if (name) return name.end;
  const pronoun = /^\s+(\p{L}+)/u.exec(ctx.text.slice(from));
  return pronoun && data.told.objects.includes(pronoun[1]!.toLowerCase()) ? from + pronoun[0].length : from;
}

/** Reported words of an indirect attribution: after the verb ("said that …") or before the speaker ("…, X said."). */
function reported(att: Attribution, sentence: Sentence, ctx: Context): [number, number] | null {
  const { text } = ctx;
  // "told Reuters that …", "told me …": who was told is not what was said.
  const told = data.told.verbs.includes(att.verb) ? toldWhom(att.end, ctx) : att.end;
  const tail = text.slice(told, sentence.end).replace(/[.!?]$/u, '');
  const lead = /^(?:,|\s)*(?:that\s+)?/u.exec(tail)![0].length;
  if (att.speakerFirst && countTokens(tail) >= data.quotes.minWords) return [told + lead, told + tail.length];
  const anchor = att.speakerFirst ? (att.speaker?.start ?? att.start) : att.start;
  const comma = text.lastIndexOf(',', anchor);
  if (comma > sentence.start && countTokens(text.slice(sentence.start, comma)) >= data.quotes.minWords) return [sentence.start, comma];
  if (!att.speakerFirst && att.speaker && countTokens(text.slice(att.speaker.end, sentence.end)) >= data.quotes.minWords) {
    return [att.speaker.end + /^(?:,|\s)*/u.exec(text.slice(att.speaker.end))![0].length, sentence.end - 1];
  }
  return null;
}

export function findVoices(body: Segment, groups: ActorMentions, actors: readonly ArticleActor[]): ArticleVoices {
  const { text, sentences } = body;
  const byName = new Map(actors.map((a) => [a.name, a]));
  const mentions: NamedSpan[] = [...groups]
    .flatMap(([name, placed]) => placed.filter((p) => p.place.part === 'body').map((p) => ({ name, person: byName.get(name)?.kind === 'person', start: p.mention.start, end: p.mention.end })))
    .sort((a, b) => a.start - b.start);
  const ctx: Context = { text, sentences, mentions, actors: byName, lastSpeaker: null };
  const allQuotes = quoteRanges(text);
  const quotes = allQuotes.filter(([s, e]) => countTokens(text.slice(s, e)) >= data.quotes.minWords);
  // Attribution verbs inside quotation marks are the speaker's words, so they are never found.
  const found = sentences.map((s) => attributions(text, s, allQuotes, mentions));
  const used = new Set<Attribution>();
  const out: Quote[] = [];
  let previous: { speaker: Speaker; paragraph: number; sentence: number } | null = null;

  const direct = (start: number, end: number): void => {
    const first = sentenceAt(sentences, start);
    const last = sentenceAt(sentences, end);
    if (!first || !last) return;
    const after = found[last.index]!.find((a) => a.start >= end && !used.has(a));
    // The main clause's verb comes first: "Zhang said Russia had expressed … “more and more …”" is Zhang's.
    const before = found[first.index]!.find((a) => a.end <= start && !used.has(a));
    const att = after ?? before;
    // A quotation that opens its sentence, or a long one inside it, goes on from the previous
    // speaker; a short one inside a sentence is a term or a scare quote, unless the sentence's
    // other quotation is attributed ("will be built “…” and designed for “…,” Russia said").
    const opens = text.slice(first.start, start).search(/[\p{L}\p{N}]/u) < 0;
    const sameSentence = previous?.sentence === first.index;
    const continues = opens || sameSentence || countTokens(text.slice(start, end)) >= data.continuation.minWords;
    if (!att && !continues) return;
    let speaker: Speaker = { name: null, surface: null, verb: null };
    if (att) {
      used.add(att);
      speaker = resolve(att, ctx);
    } else if (previous && (sameSentence || first.paragraph - previous.paragraph <= data.continuation.paragraphs)) {
      speaker = { ...previous.speaker, verb: null };
    }
    if (!speaker.name && !opens) return;
    const trimmed = text.slice(start, end).replace(/[\s,]+$/u, '');
    out.push(quoteOf(speaker, ctx, true, start, start + trimmed.length, first.index));
    previous = { speaker, paragraph: last.paragraph, sentence: last.index };
    if (speaker.name) ctx.lastSpeaker = speaker.name;
  };

  let q = 0;
  for (const sentence of sentences) {
    for (; q < quotes.length && quotes[q]![0] < sentence.end; q++) direct(quotes[q]![0], quotes[q]![1]);
    // One indirect attribution per sentence, the outer one: a tag that ends the sentence ("…, the
    // agency Interfax reported."), else the first ("Cruz said that NASA had warned …" is Cruz's).
    const here = found[sentence.index]!;
    const last = here.at(-1);
    if (!last || here.some((a) => used.has(a))) continue;
    const indirect = countTokens(text.slice(last.end, sentence.end)) < data.quotes.minWords ? last : here[0]!;
    const span = reported(indirect, sentence, ctx);
    if (!span) continue;
    used.add(indirect);
    const speaker = resolve(indirect, ctx);
    if (!speaker.name) continue;
    out.push(quoteOf(speaker, ctx, false, span[0], span[1], sentence.index));
    ctx.lastSpeaker = speaker.name;
  }
  // Quoted words are counted as the body's tokens are, so their share stays within 0..1.
  const directWords = out.filter((x) => x.direct).reduce((n, x) => n + x.words, 0);
  const bodyWords = sentences.reduce((n, s) => n + s.tokens.length, 0);
  return { quotes: out, quotedShare: bodyWords ? round(directWords / bodyWords) : 0 };
}
