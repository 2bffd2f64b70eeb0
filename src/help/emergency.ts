// How an emergency number is reached from a link: a call (tel:) or a text message (sms:, the 114
// for those who cannot speak or hear on the phone). One place for every list of emergency numbers.
import type { Settings } from '../content/schemas/settings.ts';

export type EmergencyNumber = Settings['emergencyNumbers'][number];

export function emergencyHref(emergency: Pick<EmergencyNumber, 'dial' | 'reach'>): string {
  return `${emergency.reach === 'sms' ? 'sms' : 'tel'}:${emergency.dial}`;
}
