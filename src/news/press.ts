// How the site credits the article a « Dans la presse » item summarises.
import type { NewsItem } from '../content/schemas/news.ts';
import { partialDateInWords } from './paris-time.ts';

type PressArticle = NonNullable<NewsItem['press']>;

/** « Valentine… », paru dans Viva Magazine en décembre 2023. / Article paru dans X le 10 octobre 2022. */
export function pressSourceSentence({ outlet, originalTitle, publishedOn }: PressArticle): string {
  const when = !publishedOn
    ? ''
    : /^\d{4}-\d{2}-\d{2}$/.test(publishedOn)
      ? ` le ${partialDateInWords(publishedOn)}`
      : ` en ${partialDateInWords(publishedOn)}`;
  return originalTitle
    ? `« ${originalTitle} », paru dans ${outlet}${when}.`
    : `Article paru dans ${outlet}${when}.`;
}
