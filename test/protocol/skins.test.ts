import {describe, expect, it} from 'vitest';
import {
  coffeeDrinks,
  coffeeWords,
  reword,
  skinNames,
  skins,
  wordsOf,
  type CoffeeDrink,
  type CoffeeWord,
} from '../../source/protocol/skins.js';
import {stepKinds} from '../../source/protocol/vocabulary.js';
import {scenarioFor} from '../../source/engine/scenario-for.js';
import {settings} from '../fixtures/ui-runs.js';

describe('the skins: one words table each', () => {
  it('a generated run in the kitchen orders dishes; a scenario file keeps its drinks', () => {
    const generated = scenarioFor({...settings(), skin: 'kitchen'});
    const coffee = scenarioFor(settings());
    expect(generated.skin).toBe('kitchen');
    expect(generated.customers.map((c) => c.drink)).toEqual(
      coffee.customers.map((c) => skins.kitchen.menu[c.drink as CoffeeDrink]),
    );
    for (const customer of generated.customers)
      expect(generated.menu[customer.drink]).toEqual(
        coffee.menu[coffee.customers.find((c) => c.id === customer.id)!.drink],
      );
    const file = scenarioFor({...settings({scenario: 'two-tasks'}), skin: 'kitchen'});
    expect(file.customers.map((c) => c.drink)).toEqual(['sleep 2 s', 'sleep 1 s']);
  });

  it('every skin says every coffee word and names every step kind', () => {
    // Compile time first: a table without a word is no Record<CoffeeWord, string>.
    const {barista: _barista, ...withoutBarista} = skins.kitchen.prose;
    // @ts-expect-error a skin missing "barista" does not compile
    const incomplete: Record<CoffeeWord, string> = withoutBarista;
    expect(Object.keys(incomplete)).not.toContain('barista');
    for (const name of skinNames) {
      const words = skins[name];
      for (const word of coffeeWords)
        expect(words.prose[word].trim(), `${name}: ${word}`).not.toBe('');
      for (const kind of stepKinds)
        expect(words.steps[kind].trim(), `${name}: ${kind}`).not.toBe('');
      // The lanes tell the steps apart only if their names differ.
      expect(new Set(stepKinds.map((kind) => words.steps[kind])).size, name).toBe(stepKinds.length);
      expect(new Set(coffeeDrinks.map((drink) => words.menu[drink])).size, name).toBe(
        coffeeDrinks.length,
      );
    }
  });

  it('a run that names no skin is told in the coffee shop words', () => {
    expect(wordsOf({})).toBe(skins.coffee);
    expect(wordsOf({skin: 'grading'})).toBe(skins.grading);
  });

  it('rewords our prose: each word, its capital, and the article before it', () => {
    const sentence =
      'Baristas share an espresso machine: one barista takes an order, a customer waits.';
    expect(reword(sentence, skins.coffee)).toBe(sentence);
    expect(reword(sentence, skins.kitchen)).toBe(
      'Chefs share an oven: one chef takes a dish, a diner waits.',
    );
    expect(reword(sentence, skins.grading)).toBe(
      'TAs share a copier: one TA takes a paper, a student waits.',
    );
    expect(reword('2 baristas on 2 cores · shop loop busy', skins.server)).toBe(
      '2 workers on 2 cores · event loop busy',
    );
  });

  it('leaves words that only contain a coffee word alone', () => {
    expect(reword('lock ordering, brewlanes, reordered', skins.kitchen)).toBe(
      'lock ordering, brewlanes, reordered',
    );
  });
});
