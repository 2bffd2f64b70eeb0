// schema.org ContactPoint for a help line, with its opening hours, for the help page's JSON-LD.
import type { Helpline } from '../content/schemas/helplines.ts';
import { openingHoursSpecification } from './opening-hours.ts';

/** A French number in international form: 0800235236 → +33800235236; short numbers stay as they are. */
export function internationalNumber(dial: string): string {
  return /^0\d{9}$/.test(dial) ? `+33${dial.slice(1)}` : dial;
}

export function helplineContactPoint(line: Helpline): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ContactPoint',
    name: line.name,
    description: line.description,
    contactType: line.audience,
    ...(line.dial ? { telephone: internationalNumber(line.dial) } : {}),
    ...(line.url ? { url: line.url } : {}),
    areaServed: 'FR',
    availableLanguage: 'fr',
    ...(line.free ? { contactOption: 'https://schema.org/TollFree' } : {}),
    hoursAvailable: openingHoursSpecification(line.hours),
  };
}
