// The days of the week as the content stores them, with their French names. Free of zod, so that
// the browser code of the help page can use it without pulling the schemas into its bundle.
export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type WeekDay = (typeof weekDays)[number];

export const weekDayLabels: Record<WeekDay, string> = {
  mon: 'lundi',
  tue: 'mardi',
  wed: 'mercredi',
  thu: 'jeudi',
  fri: 'vendredi',
  sat: 'samedi',
  sun: 'dimanche',
};
