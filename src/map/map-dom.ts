// The interactive map's DOM pieces: its colours read from the design tokens, and the popups,
// built node by node (content never goes through innerHTML).
import leafletStyles from 'leaflet/dist/leaflet.css?url';
import * as L from 'leaflet';
import type { MapEntry } from './map-data.ts';
import type { InteractiveMapConfig } from './map-content.ts';

/** The map colours are design tokens (src/styles/tokens.css), shared with the static SVG maps. */
export function mapColours() {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(`--map-${name}`).trim();
  return {
    land: token('land'),
    border: token('border'),
    region: token('region'),
    outline: token('outline'),
  };
}

/** Builds an element with text content: content never goes through innerHTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * Text written as HTML that shows exactly that text, for the few Leaflet APIs that take HTML
 * strings only (the attribution control): the browser's own serialiser escapes it.
 */
export function escapedText(text: string): string {
  const node = document.createElement('span');
  node.textContent = text;
  return node.innerHTML;
}

export function popupContent(entries: MapEntry[], title?: string): HTMLElement {
  const box = element('div', 'tm-popup');
  if (title) box.append(element('p', 'tm-popup__departement', title));
  for (const entry of entries) {
    const item = element('div', 'tm-popup__item');
    item.append(element('p', 'tm-popup__name', entry.name));
    const porteur = element('p', 'tm-popup__porteur');
    const swatch = element('span', `tm-popup__swatch ${entry.colourClass}`);
    swatch.setAttribute('aria-hidden', 'true');
    porteur.append(swatch, `Porté par ${entry.porteurInSentence}`);
    item.append(porteur);
    const where = entry.city ? `${entry.city}, ` : '';
    item.append(element('p', 'tm-popup__meta', `${where}${entry.departementLabel}`));
    if (entry.since) item.append(element('p', 'tm-popup__meta', `Depuis ${entry.since}`));
    const link = element('a', 'tm-popup__link', 'Voir la page du territoire');
    link.href = entry.href;
    item.append(link);
    box.append(item);
  }
  return box;
}

/** Opened from the keyboard, the popup takes the focus; closing it gives it back. */
export function focusPopupFromKeyboard(event: L.PopupEvent) {
  const popup = event.popup;
  const container = popup.getElement();
  if (!container) return;
  const close = container.querySelector<HTMLAnchorElement>('.leaflet-popup-close-button');
  close?.setAttribute('aria-label', 'Fermer la fiche');
  close?.setAttribute('title', 'Fermer');
  // Leaflet's source is the layer the popup belongs to.
  const source = (popup as unknown as { _source?: L.Layer })._source;
  const sourceElement = source instanceof L.Marker ? source.getElement() : undefined;
  if (sourceElement && document.activeElement === sourceElement) {
    container.querySelector<HTMLElement>('.tm-popup__link')?.focus({ preventScroll: true });
    popup.once('remove', () => {
      if (
        !document.activeElement ||
        container.contains(document.activeElement) ||
        document.activeElement === document.body
      ) {
        sourceElement.focus({ preventScroll: true });
      }
    });
  }
}

/** Hides the map controls that overlap the open popup (after Leaflet's own panning). */
export function hideControlsUnderPopup(map: HTMLElement) {
  const popup = map.querySelector('.leaflet-popup')?.getBoundingClientRect();
  for (const control of map.querySelectorAll<HTMLElement>('.leaflet-control')) {
    const box = control.getBoundingClientRect();
    const overlaps =
      !!popup &&
      box.left < popup.right &&
      popup.left < box.right &&
      box.top < popup.bottom &&
      popup.top < box.bottom;
    control.toggleAttribute('data-under-popup', overlaps);
  }
}

/**
 * Leaflet's stylesheet, loaded with the map rather than with the page: the page's first response
 * paints without it (it only styles the map, which needs the script anyway).
 */
export function loadLeafletStyles(): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${leafletStyles}"]`))
    return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = leafletStyles;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error('feuille de style de Leaflet')));
  });
  document.head.append(link);
  return loaded;
}

/** The map's data (src/map/map-content.ts, interactiveMapConfig()), from its own file. */
export async function readConfig(url: string): Promise<InteractiveMapConfig> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`données de la carte : ${response.status}`);
  return (await response.json()) as InteractiveMapConfig;
}

/** The « Recentrer la carte » button, top right of the map. */
export function resetControl(onReset: () => void): L.Control {
  const Reset = L.Control.extend({
    onAdd: () => {
      const box = L.DomUtil.create('div', 'leaflet-bar tm-reset');
      const button = L.DomUtil.create('button', '', box);
      button.type = 'button';
      button.textContent = 'Recentrer la carte';
      L.DomEvent.disableClickPropagation(button);
      button.addEventListener('click', onReset);
      return box;
    },
  });
  return new Reset({ position: 'topright' });
}

/**
 * Room kept around an open popup so that it never sits under a control (« Recentrer la carte »,
 * zoom buttons): measured from the controls, shared by every popup's options (Leaflet reads them
 * each time it pans to a popup).
 */
export class PopupRoom {
  private topLeft: [number, number] = [12, 12];
  private bottomRight: [number, number] = [12, 12];

  private readonly map: HTMLElement;

  constructor(map: HTMLElement) {
    this.map = map;
  }

  options(): L.PopupOptions {
    return {
      maxWidth: 260,
      autoPanPaddingTopLeft: this.topLeft,
      autoPanPaddingBottomRight: this.bottomRight,
    };
  }

  /** The height of the controls at the top and bottom of the map, plus a margin. */
  measure() {
    const height = (selector: string) =>
      Math.max(
        0,
        ...[...this.map.querySelectorAll<HTMLElement>(selector)].map((box) => box.offsetHeight),
      );
    this.topLeft[1] = height('.leaflet-top') + 12;
    this.bottomRight[1] = height('.leaflet-bottom') + 12;
  }
}
