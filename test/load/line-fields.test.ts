import test from 'ava';
import { blankField } from '../../src/load/line-fields.ts';

test('an id and a text with something in them pass', (t) => {
  t.is(blankField('a1', 'The plan fell apart.'), null);
});

test('a blank id or text is named, in the words of the format', (t) => {
  t.is(blankField('', 'Text.'), 'id is empty');
  t.is(blankField('  ', 'Text.'), 'id is empty');
  t.is(blankField('a1', ' \t'), 'text is empty');
  t.is(blankField('', '', { id: '"primary_gid"', text: '"sentence_normalized"' }), '"primary_gid" is empty');
});
