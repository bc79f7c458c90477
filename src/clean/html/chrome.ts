// Compiles data/html-chrome.json once per process, so per-node work is Set lookups and a single
// regex exec rather than pattern building.
import { table } from '../../settings/tables.ts';

const data = table('html-chrome');

function capturingGroups(source: string): number {
  return (new RegExp(`${source}|`, 'u').exec('')?.length ?? 1) - 1;
}

// One alternation with a group per named pattern: a single exec tells which table entry matched.
function namedAlternation(table: Record<string, string>): { pattern: RegExp; names: string[] } {
  const names = Object.keys(table);
  for (const name of names) {
    if (capturingGroups(table[name] ?? '') > 0) throw new Error(`html-chrome.json: pattern "${name}" must not capture`);
  }
  return { pattern: new RegExp(names.map((n) => `(${table[n]})`).join('|'), 'u'), names };
}

const chromeClasses = namedAlternation(data.chromeClasses);
const lower = (list: string[]): Set<string> => new Set(list.map((s) => s.toLowerCase()));

export const chrome = {
  invisibleTags: new Set(data.invisibleTags),
  dropTags: new Map(Object.entries(data.dropTags)),
  keptInsideArticle: new Set(data.keptInsideArticle),
  dropRoles: new Set(data.dropRoles),
  hiddenStyle: new RegExp(data.hiddenStyle, 'i'),
  classExemptTags: new Set(data.classExemptTags),
  protectedClass: new RegExp(data.protectedClass, 'u'),
  classOverridesTag: new Set(data.classOverridesTag),
  maxIdWords: data.maxIdWords,
  enginePrefixes: new RegExp(data.enginePrefixes, 'gu'),
  /** Name of the first chrome-class table entry matching a class key, or null. */
  chromeClass(key: string): string | null {
    const m = chromeClasses.pattern.exec(key);
    if (!m) return null;
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return chromeClasses.names[i - 1] ?? null;
    return null;
  },
  rescue: { ...data.rescue, tags: new Set(data.rescue.tags) },
  teaserList: data.teaserList,
  comments: {
    sectionIds: lower(data.comments.sectionIds),
    sectionClasses: lower(data.comments.sectionClasses),
    itemClasses: lower(data.comments.itemClasses),
    itemId: new RegExp(data.comments.itemId, 'i'),
    itemtypeContains: data.comments.itemtypeContains,
    authorClasses: lower(data.comments.authorClasses),
    authorItemprops: lower(data.comments.authorItemprops),
    authorSuffix: new RegExp(data.comments.authorSuffix, 'i'),
    maxAuthorChars: data.comments.maxAuthorChars,
  },
  blockTags: new Set(data.blockTags),
  headingTags: new Set(data.headingTags),
  paragraphTags: new Set(data.paragraphTags),
  tableCellTags: new Set(data.tableCellTags),
  lineBreakTags: new Set(data.lineBreakTags),
  lineBreakClass: new RegExp(data.lineBreakClass, 'u'),
  scoring: {
    ...data.scoring,
    scoredTags: new Set(data.scoring.scoredTags),
    tagBonus: new Map(Object.entries(data.scoring.tagBonus)),
    positiveHints: new RegExp(data.scoring.positiveHints, 'u'),
    negativeHints: new RegExp(data.scoring.negativeHints, 'u'),
  },
  articleBody: data.articleBody,
  blockFilter: {
    ...data.blockFilter,
    boilerplatePhrases: lower(data.blockFilter.boilerplatePhrases),
    boilerplatePrefix: new RegExp(data.blockFilter.boilerplatePrefix, 'iu'),
    bylinePattern: new RegExp(data.blockFilter.bylinePattern, 'u'),
    fieldPattern: new RegExp(data.blockFilter.fieldPattern, 'u'),
    datelinePattern: new RegExp(data.blockFilter.datelinePattern, 'iu'),
    amidText: { ...data.blockFilter.amidText, teaserPrefix: new RegExp(data.blockFilter.amidText.teaserPrefix, 'iu') },
  },
  title: { ...data.title, separators: new RegExp(data.title.separators, 'gu') },
  metadata: {
    ...data.metadata,
    authorMetaNames: data.metadata.authorMetaNames.map((s) => s.toLowerCase()),
    publishedMetaNames: data.metadata.publishedMetaNames.map((s) => s.toLowerCase()),
  },
  jsonLd: { ...data.jsonLd, articleTypes: new Set(data.jsonLd.articleTypes), websiteTypes: new Set(data.jsonLd.websiteTypes) },
  limits: data.limits,
};
