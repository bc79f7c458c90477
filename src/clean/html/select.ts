// Selector queries that stay linear on deeply nested pages. cheerio's `$(selector)` walks the tree
// with domutils' findAll, whose stack shifts cost the current depth per node: 100,000 nested
// <div>s make each query take seconds. Here the elements are listed once per page, with a
// push/pop walk, and each query filters that list; a search under one element walks the same way.
// A selector is compiled once per process, not once per page and query: compiling was most of the
// time of the twenty-odd queries a page gets.
import type { Cheerio, CheerioAPI } from 'cheerio';
import { compile } from 'css-select';
import { isTag, type AnyNode, type Element } from 'domhandler';

const listed = new WeakMap<CheerioAPI, Element[]>();
// Selectors come from code and data files, so this holds a bounded set.
const compiled = new Map<string, (el: Element) => boolean>();

function queryOf(selector: string): (el: Element) => boolean {
  let query = compiled.get(selector);
  if (!query) {
    query = compile<AnyNode, Element>(selector);
    compiled.set(selector, query);
  }
  return query;
}

function elementsOf($: CheerioAPI): Element[] {
  const cached = listed.get($);
  if (cached) return cached;
  const out: Element[] = [];
  const stack: AnyNode[] = [...$.root()[0]!.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isTag(n)) out.push(n);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  listed.set($, out);
  return out;
}

/** `$(selector)` in document order, in time linear in the page's size. */
export function select($: CheerioAPI, selector: string): Cheerio<Element> {
  return $(elementsOf($).filter(queryOf(selector)));
}

/**
 * The first element under `el` (itself included), in document order, that passes `test`. Elements
 * that pass `skip` are passed over with everything under them.
 */
export function descendant(el: AnyNode, test: (n: Element) => boolean, skip?: (n: Element) => boolean): Element | undefined {
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isTag(n) || skip?.(n)) continue;
    if (test(n)) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return undefined;
}
