import test from 'ava';
import { middleNameVariants, nameEndings, nameParts } from '../../../src/analyze/actors/name-variants.ts';

test('nameParts: given name, middle names, surname and suffix; none for one word', (t) => {
  t.deepEqual(nameParts('Martin Luther King Jr.'), { first: 'martin', middle: ['luther'], surname: 'king', suffix: 'jr' });
  t.deepEqual(nameParts('John W. Raymond'), { first: 'john', middle: ['w'], surname: 'raymond', suffix: '' });
  t.is(nameParts('Putin'), null);
});

test('middleNameVariants: a name without the middle name goes to the one with it, unless two middle names go with it', (t) => {
  t.deepEqual([...middleNameVariants(['John W. Raymond', 'John Raymond', 'Raymond', 'Jane Raymond'])], [['John Raymond', 'John W. Raymond']]);
  t.deepEqual([...middleNameVariants(['George W. Bush', 'George H. W. Bush', 'George Bush'])], []);
  t.deepEqual([...middleNameVariants(['Donald John Trump', 'Donald Trump Jr'])], []);
});

test('nameEndings: the last two or more words of a longer name, each with that name; endings two names share are left out', (t) => {
  const endings = nameEndings(['Kathleen Hawk Sawyer', 'James Van Der Beek', 'George W. Bush', 'George H. W. Bush', 'Tim Cook']);
  t.is(endings.get('hawk sawyer'), 'Kathleen Hawk Sawyer');
  t.is(endings.get('van der beek'), 'James Van Der Beek');
  t.is(endings.get('der beek'), 'James Van Der Beek');
  t.false(endings.has('w bush'));
  t.is(endings.get('h w bush'), 'George H. W. Bush');
  t.false(endings.has('tim cook'));
});
