// The news and agenda schemas and their rules across entries, on small entries: no build.
import { describe, expect, test } from 'vitest';
import { newsSchema } from '../../src/content/schemas/news.ts';
import { eventSchema } from '../../src/content/schemas/events.ts';
import { crossEntryProblems } from '../../src/content/validation/cross-entry-rules.ts';
import {
  ruleEntry as entry,
  validEvent,
  validNewsItem,
  validPorteur,
  validTerritory,
} from '../content/factories.ts';
import { isEventPublished, isNewsPublished } from '../../src/news/publication.ts';
import { fixtureContentDir, readContent } from '../helpers/content.ts';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')} : ${i.message}`));

describe('news schema', () => {
  test('a valid item passes, a draft defaults to false', () => {
    const parsed = newsSchema.parse(validNewsItem());
    expect(parsed.draft).toBe(false);
    expect(parsed.date).toBeInstanceOf(Date);
  });

  test('« Dans la presse » needs its article', () => {
    expect(messages(newsSchema.safeParse(validNewsItem({ kind: 'presse' })))).toEqual([
      expect.stringMatching(/^press : Une actualité « Dans la presse » indique l’article/),
    ]);
    const press = { outlet: 'Journal', url: 'https://exemple.fr/a', publishedOn: '2023-12' };
    expect(newsSchema.safeParse(validNewsItem({ kind: 'presse', press })).success).toBe(true);
  });

  test.each(['2024', '2023-12', '2022-10-10'])('a press date as precise as known: %s', (day) => {
    const press = { outlet: 'Journal', url: 'https://exemple.fr/a', publishedOn: day };
    expect(newsSchema.safeParse(validNewsItem({ kind: 'presse', press })).success).toBe(true);
  });

  test.each(['2023-13', '23-12', '2022-10-32', 'décembre 2023'])('refused press date %j', (day) => {
    const press = { outlet: 'Journal', url: 'https://exemple.fr/a', publishedOn: day };
    expect(messages(newsSchema.safeParse(validNewsItem({ kind: 'presse', press })))).toEqual([
      expect.stringMatching(/^press\.publishedOn : Date invalide/),
    ]);
  });

  test('a press date left unquoted in front matter (a number, a date) reads as written', () => {
    const press = (publishedOn: unknown) =>
      newsSchema.parse(
        validNewsItem({
          kind: 'presse',
          press: {
            outlet: 'Journal',
            url: 'https://exemple.fr/a',
            publishedOn: publishedOn as string,
          },
        }),
      ).press!.publishedOn;
    expect(press(2024)).toBe('2024');
    expect(press(new Date('2022-10-10T00:00:00Z'))).toBe('2022-10-10');
    expect(() => press(99)).toThrow(/Date invalide/);
  });

  test('an image needs its text alternative', () => {
    expect(messages(newsSchema.safeParse(validNewsItem({ image: '/uploads/photo.jpg' })))).toEqual([
      'imageAlt : Une image doit avoir un texte alternatif.',
    ]);
  });
});

describe('event schema', () => {
  test.each([
    [{}, []],
    [{ startTime: '14:00', endTime: '16:00' }, []],
    [{ startTime: '14:00' }, []],
    [{ endDate: '2026-10-12' }, []],
    [{ startTime: '20:00', endDate: '2026-10-11', endTime: '02:00' }, []],
    [
      { endTime: '16:00' },
      ['startTime : Une heure de fin demande une heure de début (ou videz l’heure de fin).'],
    ],
    [{ endDate: '2026-10-09' }, ['endDate : La date de fin précède la date de début.']],
    [
      { startTime: '14:00', endTime: '14:00' },
      ['endTime : L’événement doit finir après avoir commencé : vérifiez l’heure de fin.'],
    ],
    [{ startTime: '14:00', endTime: '13:00' }, [expect.stringMatching(/^endTime : /)]],
  ])('%j → %j', (timing, expected) => {
    expect(messages(eventSchema.safeParse(validEvent(timing)))).toEqual(expected);
  });

  test('the département is a code of metropolitan France', () => {
    expect(messages(eventSchema.safeParse(validEvent({ departement: '99' as '35' })))).toEqual([
      expect.stringMatching(/^departement : Code de département inconnu/),
    ]);
  });
});

const base = [
  entry('porteurs', 'asso', validPorteur({ name: 'Asso' })),
  entry('territories', 'rennes', validTerritory({ porteur: 'asso' })),
];
const facts = { routes: [] };

describe('rules across news and events', () => {
  test('two news items may not share a title on the same day, whatever the case', () => {
    const problems = crossEntryProblems(
      [
        ...base,
        entry('news', 'a', validNewsItem({ title: 'Rentrée' })),
        entry('news', 'b', validNewsItem({ title: ' RENTRÉE ' })),
        entry('news', 'c', validNewsItem({ title: 'Rentrée', date: '2026-10-11' })),
      ],
      facts,
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/news/b.md', 'title'],
      ['content/news/a.md', 'title'],
    ]);
    expect(problems[0]!.message).toMatch(
      /déjà le titre de content\/news\/a\.md le même jour \(2026-10-10\)/,
    );
  });

  test('two events may not share a title on their first day', () => {
    const problems = crossEntryProblems(
      [
        ...base,
        entry('events', 'a', validEvent({ title: 'Forum' })),
        entry('events', 'b', validEvent({ title: 'Forum', startTime: '10:00' })),
        entry('events', 'c', validEvent({ title: 'Forum', startDate: '2027-10-10' })),
        // Same title and day in the other collection: a news item may announce an event.
        entry('news', 'd', validNewsItem({ title: 'Forum' })),
      ],
      facts,
    );
    expect(problems.map((p) => p.file).sort()).toEqual([
      'content/events/a.md',
      'content/events/b.md',
    ]);
  });

  test('territories and porteurs named must exist', () => {
    const problems = crossEntryProblems(
      [
        ...base,
        entry(
          'news',
          'a',
          validNewsItem({ territories: ['rennes', 'brest'], porteurs: ['asso', 'autre'] }),
        ),
        entry('events', 'b', validEvent({ territory: 'nulle-part', porteur: 'asso' })),
      ],
      facts,
    );
    expect(problems.map((p) => `${p.file} ${p.field} ${p.message}`)).toEqual([
      'content/news/a.md territories « brest » ne correspond à aucune entrée de content/territories/.',
      'content/news/a.md porteurs « autre » ne correspond à aucune entrée de content/porteurs/.',
      'content/events/b.md territory « nulle-part » ne correspond à aucune entrée de content/territories/.',
    ]);
  });
});

describe('what is published', () => {
  const item = (date: string, draft = false) => newsSchema.parse(validNewsItem({ date, draft }));

  test('a news item comes out on its day in Paris, not before', () => {
    // 10 October 2026, 00:30 in Paris is still 9 October in UTC.
    const parisMidnight = new Date('2026-10-09T22:30:00Z');
    expect(isNewsPublished(item('2026-10-10'), parisMidnight)).toBe(true);
    expect(isNewsPublished(item('2026-10-10'), new Date('2026-10-09T21:59:00Z'))).toBe(false);
    expect(isNewsPublished(item('2026-10-11'), parisMidnight)).toBe(false);
    expect(isNewsPublished(item('2026-01-01'), parisMidnight)).toBe(true);
  });

  test('a draft never comes out, even on its day', () => {
    expect(isNewsPublished(item('2026-10-10', true), new Date('2030-01-01T12:00:00Z'))).toBe(false);
    expect(isEventPublished(eventSchema.parse(validEvent({ draft: true })))).toBe(false);
    expect(isEventPublished(eventSchema.parse(validEvent()))).toBe(true);
  });

  test('the fixtures hold a draft and a scheduled item, which the rule keeps out', () => {
    const content = readContent(fixtureContentDir);
    const now = new Date('2026-12-07T12:00:00Z');
    const news = content.of('news');
    const out = news.filter((entry) => !isNewsPublished(entry.data, now)).map((e) => e.id);
    expect(out.length).toBeGreaterThanOrEqual(2);
    for (const id of out) {
      const data = news.find((e) => e.id === id)!.data;
      expect(data.draft || data.date.getTime() > now.getTime(), id).toBe(true);
    }
  });
});
