import test from 'ava';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { hintKey } from '../../../src/clean/html/hint-key.ts';

const el = (html: string): Element => parseDocument(html).children[0] as Element;

test('class and id are lower-cased with camelCase and _ split into -', (t) => {
  t.is(hintKey(el('<div class="socialShare main_col" id="topBar"></div>')), ' social-share main-col top-bar ');
  t.is(hintKey(el('<div></div>')), '');
});

test('an id that is a heading slug is left out', (t) => {
  t.is(hintKey(el('<div class="section" id="how-popular-are-meditation-and-mindfulness"></div>')), ' section ');
  t.is(hintKey(el('<div id="how-popular-are-meditation-and-mindfulness"></div>')), '');
  t.is(hintKey(el('<div id="most-popular"></div>')), ' most-popular ');
});

test("page builders' own prefixes are cut, what they name stays", (t) => {
  t.is(hintKey(el('<div class="elementor-widget elementor-widget-text-editor"></div>')), ' text-editor ');
  t.is(hintKey(el('<div class="elementor-widget-container"></div>')), ' container ');
  t.is(hintKey(el('<div class="elementor-widget-nav-menu"></div>')), ' nav-menu ');
  t.is(hintKey(el('<span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"></span>')), ' type-rich-text ');
});
