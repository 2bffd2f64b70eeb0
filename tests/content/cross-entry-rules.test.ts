// The rules across entries on small fixtures: no build, no content/ folder.
import { describe, expect, test } from 'vitest';
import {
  collectionsReferring,
  comparableName,
  crossEntryProblems,
  deletionRefusal,
  problemsOnSave,
  referrersOf,
} from '../../src/content/validation/cross-entry-rules.ts';
import { ruleEntry as entry, validHelpline, validPorteur, validTerritory } from './factories.ts';

const facts = { routes: ['/', '/besoin-de-soutien/', '/territoires/[slug]/'] };


const porteur = (id: string, name = id) => entry('porteurs', id, validPorteur({ name }));
const territory = (id: string, name: string, porteurId: string) =>
  entry('territories', id, validTerritory({ name, porteur: porteurId }));
const step = (id: string, data: Record<string, unknown>) =>
  entry('chatbot', id, { title: id, message: 'Bonjour.', ...data });

describe('comparableName', () => {
  test.each([
    ['Lyon', 'lyon'],
    ['  LYON  ', 'lyon'],
    ['Lyón', 'lyon'],
    ['Ly\u200bon', 'lyon'],
    ['\ufeffLyon\u2060', 'lyon'],
    ['Ly\u00adon', 'lyon'],
    ['Seine\u00a0Saint  Denis', 'seine saint denis'],
    ['Ｌｙｏｎ', 'lyon'],
    ['Pe\u0301rigord', 'perigord'],
    ['Périgord'.normalize('NFD'), 'perigord'],
  ])('%j compares as %j', (name, expected) => {
    expect(comparableName(name)).toBe(expected);
  });

  test.each([
    ['Seine Saint Denis', 'Seine-Saint-Denis'],
    ['Lyon !', 'Lyon'],
    ['L’Hérault', "l'herault"],
    ['Puy-de-Dôme.', 'Puy de Dome'],
  ])('%j and %j are the same name: only letters and digits count', (a, b) => {
    expect(comparableName(a)).toBe(comparableName(b));
  });

  test('different names stay different', () => {
    expect(comparableName('Loire')).not.toBe(comparableName('Loire-Atlantique'));
    expect(comparableName('Paris 13')).not.toBe(comparableName('Paris 1'));
  });
});

describe('crossEntryProblems', () => {
  test('accepts a consistent set', () => {
    const entries = [porteur('a'), territory('lyon', 'Lyon', 'a'), territory('paris', 'Paris', 'a')];
    expect(crossEntryProblems(entries, facts)).toEqual([]);
  });

  test('names both entries that share a name, whatever the invisible characters', () => {
    const entries = [
      porteur('a'),
      territory('lyon', 'Lyon', 'a'),
      territory('lyon-1', ' ly\u200bon ', 'a'),
    ];
    const problems = crossEntryProblems(entries, facts);
    expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([
      ['content/territories/lyon-1.json', 'name', 'error'],
      ['content/territories/lyon.json', 'name', 'error'],
    ]);
    expect(problems[0]!.message).toContain('content/territories/lyon.json');
    expect(problems[1]!.message).toContain('content/territories/lyon-1.json');
  });

  test('two testimonials of the same person of the same structure are refused', () => {
    const testimonial = (id: string, firstName: string, organisation: string) =>
      entry('testimonials', id, {
        firstName,
        organisation,
        role: 'ambassadrice',
        place: 'Isère',
      });
    const problems = crossEntryProblems(
      [
        testimonial('camille-unis-cite', 'Camille', 'Unis-Cité'),
        testimonial('camille-unis-cite-1', 'camille', 'Unis Cité !'),
        testimonial('camille-falret', 'Camille', 'Fondation Falret'),
      ],
      facts,
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/testimonials/camille-unis-cite-1.md', 'firstName'],
      ['content/testimonials/camille-unis-cite.md', 'firstName'],
    ]);
    expect(problems[0]!.message).toContain('la même personne');
    expect(problems[0]!.twin).toEqual({
      file: 'content/testimonials/camille-unis-cite.md',
      name: 'Camille — Unis-Cité',
    });
  });

  test('the same name in two collections is allowed', () => {
    const entries = [porteur('lyon', 'Lyon'), territory('lyon', 'Lyon', 'lyon')];
    expect(crossEntryProblems(entries, facts)).toEqual([]);
  });

  test('a reference to a missing entry names the field and the folder', () => {
    const problems = crossEntryProblems([territory('lyon', 'Lyon', 'absent')], facts);
    expect(problems).toEqual([
      {
        file: 'content/territories/lyon.json',
        field: 'porteur',
        message: '« absent » ne correspond à aucune entrée de content/porteurs/.',
        severity: 'error',
      },
    ]);
  });

  test('the chatbot tree is checked: a loop, a page that does not exist', () => {
    const entries = [
      entry('helplines', 'ligne', validHelpline()),
      step('debut', { start: true, choices: [{ label: 'Oui', next: 'suite' }] }),
      step('suite', {
        choices: [{ label: 'Encore', next: 'debut' }],
        pages: [{ label: 'Perdue', href: '/nulle-part/' }],
      }),
    ];
    const messages = crossEntryProblems(entries, facts).map((p) => `${p.file} ${p.message}`);
    expect(messages.some((m) => m.includes('suite.json') && m.includes('boucle'))).toBe(true);
    expect(messages.some((m) => m.includes('/nulle-part/'))).toBe(true);
  });

  test('a missing chatbot step is reported once, by the reference rule', () => {
    const entries = [step('debut', { start: true, choices: [{ label: 'Oui', next: 'absente' }] })];
    const problems = crossEntryProblems(entries, facts);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('choices.next');
  });
});

describe('deletion', () => {
  const entries = [
    porteur('a', 'Association A'),
    porteur('b'),
    territory('lyon', 'Lyon', 'a'),
    territory('isere', 'Isère', 'a'),
  ];

  test('lists the entries pointing to an entry', () => {
    expect(referrersOf(entries, 'porteurs', 'a').map((r) => [r.entry.id, r.field])).toEqual([
      ['lyon', 'porteur'],
      ['isere', 'porteur'],
    ]);
    expect(referrersOf(entries, 'porteurs', 'b')).toEqual([]);
  });

  test('refuses to delete a referenced entry, naming every referrer', () => {
    const refusal = deletionRefusal(entries, 'porteurs', 'a');
    expect(refusal).toContain('« Lyon » (content/territories/lyon.json)');
    expect(refusal).toContain('« Isère » (content/territories/isere.json)');
    expect(deletionRefusal(entries, 'porteurs', 'b')).toBeNull();
  });

  test('knows which collections can point to a collection', () => {
    expect(collectionsReferring('porteurs')).toEqual(
      expect.arrayContaining(['territories', 'testimonials']),
    );
    expect(collectionsReferring('chatbot')).toEqual(['chatbot']);
    expect(collectionsReferring('settings')).toEqual([]);
  });
});

describe('problemsOnSave', () => {
  const current = [porteur('a'), territory('lyon', 'Lyon', 'a'), territory('paris', 'Paris', 'a')];
  const newFile = 'content/territories/(nouvelle entrée).json';
  const candidate = (id: string, file: string, name: string, porteurId = 'a') => ({
    ...territory(id, name, porteurId),
    file,
  });

  test('a new entry with a taken name is refused, on the new entry', () => {
    const problems = problemsOnSave(current, candidate('', newFile, 'LYON'), facts);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(newFile);
    expect(problems[0]!.message).toContain('content/territories/lyon.json');
  });

  test('a rename to a taken name is refused; keeping one’s own name is not', () => {
    const file = 'content/territories/paris.json';
    expect(problemsOnSave(current, candidate('paris', file, 'Lyon'), facts)).toHaveLength(1);
    expect(problemsOnSave(current, candidate('paris', file, 'Paris'), facts)).toEqual([]);
    expect(problemsOnSave(current, candidate('paris', file, 'Paris 2'), facts)).toEqual([]);
  });

  test('a reference to a missing entry is refused', () => {
    const file = 'content/territories/paris.json';
    const problems = problemsOnSave(current, candidate('paris', file, 'Paris', 'zz'), facts);
    expect(problems.map((p) => p.field)).toEqual(['porteur']);
  });

  test('problems the content already had do not block an unrelated save', () => {
    const broken = [...current, territory('orphan', 'Orphelin', 'absent')];
    const file = 'content/territories/paris.json';
    expect(crossEntryProblems(broken, facts)).toHaveLength(1);
    expect(problemsOnSave(broken, candidate('paris', file, 'Paris 2'), facts)).toEqual([]);
  });
});
