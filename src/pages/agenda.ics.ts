// The whole agenda as a calendar to subscribe to: every published event, past ones included.
import type { APIRoute } from 'astro';
import { calendarEventOf, getAgenda } from '../news/queries';
import { calendarFile } from '../news/icalendar';
import { calendarHeaders } from '../news/links';
import { getSettings } from '../content/queries';

export const GET: APIRoute = async ({ site }) => {
  const [{ upcoming, past }, settings] = await Promise.all([getAgenda(), getSettings()]);
  return new Response(
    calendarFile(
      [...upcoming, ...past].map((event) => calendarEventOf(event, site!)),
      { name: `Agenda · ${settings.siteName}`, host: site!.hostname, stamp: new Date() },
    ),
    { headers: calendarHeaders },
  );
};
