// One event's calendar file: « Ajouter à mon agenda ».
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEventOf, getAgenda, type EventEntry } from '../../news/queries';
import { calendarFile } from '../../news/icalendar';
import { calendarHeaders } from '../../news/links';

export const getStaticPaths = (async () => {
  const { upcoming, past } = await getAgenda();
  return [...upcoming, ...past].map((event) => ({ params: { slug: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventEntry }> = ({ props, site }) =>
  new Response(
    calendarFile([calendarEventOf(props.event, site!)], {
      name: props.event.data.title,
      host: site!.hostname,
      stamp: new Date(),
    }),
    { headers: calendarHeaders },
  );
