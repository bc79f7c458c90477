// Compiles data/chrome-patterns.json once: the cleaner's heuristics live in that file, not in code.
import { table } from '../../settings/tables.ts';

const data = table('chrome-patterns');

export type MetaKind = 'outlet' | 'author' | 'source' | 'source-title';

export interface LineRule {
  rule: string;
  meta?: MetaKind;
  startsList: boolean;
  patterns: RegExp[];
}

const whole = (p: string): RegExp => new RegExp(`^(?:${p})$`, 'iu');

export const lineRules: LineRule[] = data.lineRules.map((r) => ({
  rule: r.rule,
  meta: (r as { meta?: MetaKind }).meta,
  startsList: (r as { startsList?: boolean }).startsList === true,
  patterns: r.patterns.map((p) => ((r as { partial?: boolean }).partial ? new RegExp(p, 'u') : whole(p))),
}));

export const forum = {
  memberTitle: whole(data.forum.memberTitles),
  profileField: whole(data.forum.profileFields),
  counter: whole(data.forum.counter),
  usernameMaxWords: data.forum.usernameMaxWords,
  panelLookBehind: data.forum.panelLookBehind,
};

export const datePatterns: RegExp[] = data.dates.patterns.map(whole);

export const thresholds = data.classifier;

export const captionOpener = new RegExp(data.captionOpeners, 'iu');

/** A captured name longer than this is a sentence, not an outlet or a person. */
export const captureMaxWords = data.captureMaxWords;

export const commentSection = {
  starts: data.commentSection.starts.map(whole),
  headers: data.commentSection.headers.map(whole),
  minArticleWords: data.commentSection.minArticleWords,
};

export const articleRun = data.articleRun;
