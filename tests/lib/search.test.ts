import { describe, expect, it } from 'vitest';
import { ftsMatchExpression, nameSpellings, searchTerms } from '../../src/lib/search.js';

describe('name spellings', () => {
  const spellings = nameSpellings([
    { name: 'Alexander Lukashenko', nameSource: 'Alexandre Loukachenko' },
    { name: 'Vladimir Putin', nameSource: 'Poutine' },
    { name: 'Kim Jong Un', nameSource: 'Kim Jong-un' },
    { name: 'Ebrahim Raisi', nameSource: 'Ebrahim Raïssi' },
    { name: 'Viktor Orbán', nameSource: 'Orbán Viktor' },
    { name: 'Osama bin Laden', nameSource: 'Oussama ben Laden' },
    { name: 'Javad Owji', nameSource: null },
  ]);

  it('pairs each word of a name with its other spelling, both ways, folded, whatever the words’ order and count', () => {
    expect(Object.fromEntries(spellings.words)).toEqual({
      alexander: ['alexandre'],
      alexandre: ['alexander'],
      lukashenko: ['loukachenko'],
      loukachenko: ['lukashenko'],
      putin: ['poutine'],
      poutine: ['putin'],
      raisi: ['raissi'],
      raissi: ['raisi'],
      osama: ['oussama'],
      oussama: ['osama'],
    });
    // Not paired: a word with another word of the name (Viktor, Orbán), short particles (bin, ben).
  });

  it('takes a full name in either spelling for the person: any of its later words, or their spellings', () => {
    const terms = (q: string) => searchTerms(q, spellings).map((t) => (t.kind === 'word' ? [t.word, ...t.alternates] : t.digits));
    expect(terms('Vladimir Putin')).toEqual([['poutine', 'putin']]);
    expect(terms('alexandre loukachenko drones')).toEqual([['loukachenko', 'lukashenko'], ['drones']]);
    expect(terms('Kim Jong Un')).toEqual([['jong']]);
    // A first name alone is a word like any other.
    expect(terms('Vladimir')).toEqual([['Vladimir']]);
    expect(ftsMatchExpression('Vladimir Putin', [], spellings)).toBe('("poutine"* OR "putin"*)');
  });

  it('expands a search word that is one of them, whatever its case and accents, and no other', () => {
    expect(searchTerms('LOUKACHENKO drones', spellings)).toEqual([
      { kind: 'word', word: 'LOUKACHENKO', alternates: ['lukashenko'] },
      { kind: 'word', word: 'drones', alternates: [] },
    ]);
    expect(ftsMatchExpression('Raïssi armes', ['statement'], spellings)).toBe(
      '{statement} : (("Raïssi"* OR "raisi"*) AND "armes"*)',
    );
    expect(ftsMatchExpression('Raïssi', [])).toBe('"Raïssi"*');
  });
});
