// <territory-map>: the interactive map of /territoires/ (Leaflet, drawn from the project's own
// TopoJSON, no tile server unless the settings switch one on). The page around it works without
// JavaScript (list and static SVG map); this element only adds the map, markers and filter.
import * as L from 'leaflet';
import { isShown, parsePorteurFilter, spreadOverlapping, type MapEntry } from './map-data.ts';
import {
  element,
  escapedText,
  focusPopupFromKeyboard,
  hideControlsUnderPopup,
  loadLeafletStyles,
  mapColours,
  popupContent,
  PopupRoom,
  readConfig,
  resetControl,
} from './map-dom.ts';
import { departementFeatures, mapLines } from './topology.ts';
import { inSlices, nextTask } from '../lib/tasks.ts';
import type { InteractiveMapConfig } from './map-content.ts';

const ATTRIBUTION = 'Contours : IGN Admin Express, INSEE — Licence Ouverte';
/** Markers closer than this (in screen pixels) are spread apart so that none hides another. */
const MARKER_SPACING = 30;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const coarsePointer = window.matchMedia('(pointer: coarse)').matches;

class TerritoryMap extends HTMLElement {
  private map?: L.Map;
  private config!: InteractiveMapConfig;
  private markers = new Map<string, { marker: L.Marker; entry: MapEntry }>();
  private departementLayers = new Map<string, L.Path>();
  private selected: string[] = [];
  private popupRoom = new PopupRoom(this);
  /** The map's colour tokens, read once when the map is drawn (they never change). */
  private colours!: ReturnType<typeof mapColours>;

  /** Set by the page's loader (territory-map-loader.ts) when a visitor asks for the map. */
  static observedAttributes = ['open'];
  private started = false;

  connectedCallback() {
    document.addEventListener('porteurfilterchange', (event) => {
      this.selected = (event as CustomEvent<{ selected: string[] }>).detail.selected;
      if (this.map) this.applyFilter(true);
    });
    this.start();
  }

  attributeChangedCallback() {
    this.start();
  }

  /** Draws the map once the element is in the page and asked to open. */
  private start() {
    const configUrl = this.dataset.config;
    if (this.started || !this.isConnected || !this.hasAttribute('open') || !configUrl) return;
    this.started = true;
    Promise.all([readConfig(configUrl), loadLeafletStyles()])
      .then(([config]) => {
        this.config = config;
        this.selected = parsePorteurFilter(
          location.search,
          config.porteurs.map((p) => p.id),
        );
        return this.draw();
      })
      .catch((error: unknown) => {
        // Whatever went wrong, the static map is better than an empty frame, and the button
        // stays to try again.
        this.map?.remove();
        this.map = undefined;
        this.started = false;
        this.removeAttribute('open');
        this.piece('[data-map-canvas]').hidden = true;
        this.piece('[data-map-hint]').hidden = true;
        this.piece('[data-map-fallback]').hidden = false;
        this.piece('[data-map-open-row]').hidden = false;
        const status = this.piece('[data-map-status]');
        status.textContent = status.dataset.failure ?? '';
        throw error;
      });
  }

  private piece(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }

  private async draw() {
    const canvas = this.piece('[data-map-canvas]');
    // Busy until every shape and marker is drawn and listens: the map is drawn in short tasks.
    canvas.setAttribute('aria-busy', 'true');
    canvas.hidden = false;
    this.piece('[data-map-fallback]').hidden = true;
    this.piece('[data-map-open-row]').hidden = true;
    this.piece('[data-map-status]').textContent = '';
    const hint = this.piece('[data-map-hint]');
    hint.hidden = false;
    hint.querySelector<HTMLElement>(
      coarsePointer ? '[data-hint-touch]' : '[data-hint-pointer]',
    )!.hidden = false;

    const { config } = this;
    this.colours = mapColours();
    const map = L.map(canvas, {
      // No scroll trap: the wheel scrolls the page (Ctrl + wheel zooms, see below) and, on
      // touch screens, one finger scrolls the page while two fingers move and zoom the map.
      scrollWheelZoom: false,
      dragging: !coarsePointer,
      touchZoom: true,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      minZoom: 4,
      maxZoom: config.tiles ? 13 : 10,
      zoomControl: false,
      attributionControl: false,
      fadeAnimation: !reducedMotion,
      zoomAnimation: !reducedMotion,
      markerZoomAnimation: !reducedMotion,
    });
    this.map = map;
    // Opened by its button, which has just gone: the focus moves to the map (Leaflet makes it
    // focusable), where Tab then reaches the markers.
    if (this.hasAttribute('data-focus-on-open')) canvas.focus();
    L.control.zoom({ zoomInTitle: 'Zoomer', zoomOutTitle: 'Dézoomer' }).addTo(map);
    const attribution = L.control
      .attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' })
      .addTo(map);
    attribution.addAttribution(ATTRIBUTION);
    if (config.tiles) {
      // Leaflet's attribution control writes its strings as HTML: the editor's credit is text.
      L.tileLayer(config.tiles.urlTemplate, {
        attribution: escapedText(config.tiles.attribution),
      }).addTo(map);
    }
    resetControl(() => {
      map.closePopup();
      this.fit(true);
    }).addTo(map);
    map.on('resize', () => this.popupRoom.measure());
    // Leaflet listens for Escape only while the map itself has the focus: a marker or the
    // popup's link has it when a keyboard user opens a popup.
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') map.closePopup();
    });
    // A département's name shows while the pointer is over it (a tooltip): Escape hides it
    // without moving the pointer, wherever the focus is (WCAG 1.4.13, RGAA 10.13).
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.departementLayers.forEach((layer) => layer.closeTooltip());
    });
    canvas.addEventListener(
      'wheel',
      (event) => {
        if (!event.ctrlKey) return;
        event.preventDefault();
        map.setZoom(map.getZoom() + (event.deltaY < 0 ? 0.5 : -0.5));
      },
      { passive: false },
    );

    // Drawn in short tasks (src/lib/tasks.ts), so that the page stays responsive while the
    // map appears, even on a slow phone. The view is set first: each shape is then projected and
    // drawn once, as it is added.
    await nextTask();
    const departements = await this.createDepartements();
    this.createMarkers();
    this.styleDepartements();
    const [west, south, east, north] = config.bounds;
    map.setMaxBounds(
      L.latLngBounds([
        [south - 4, west - 6],
        [north + 4, east + 6],
      ]),
    );
    this.fit(false);
    await inSlices(departements, (layer) => layer.addTo(map));
    await this.drawBorders();
    await nextTask();
    await inSlices(this.markers.values(), ({ marker, entry }) => {
      if (isShown(entry.porteur, this.selected)) marker.addTo(map);
    });
    this.spreadMarkers();
    this.updateTabOrder();
    // Measured last, once the page has been laid out with the map: reading sizes earlier would
    // make the browser lay it out once more in the middle of drawing.
    this.popupRoom.measure();
    map.on('zoomend', () => this.spreadMarkers());
    // Only the markers in view take the focus: Tab never lands on one hidden outside the map.
    map.on('moveend zoomend', () => this.updateTabOrder());
    map.on('popupopen', (event) => focusPopupFromKeyboard(event as L.PopupEvent));
    // Where the map cannot pan far enough (its edges, a small screen), a control that would
    // still cover the open popup steps aside until the popup closes.
    map.on('popupopen moveend', () => hideControlsUnderPopup(this));
    map.on('popupclose', () =>
      this.querySelectorAll('[data-under-popup]').forEach((control) =>
        control.removeAttribute('data-under-popup'),
      ),
    );
    canvas.removeAttribute('aria-busy');
  }

  /** The département shapes as Leaflet layers, made in short tasks; not yet on the map. */
  private async createDepartements(): Promise<L.Layer[]> {
    const { config } = this;
    const fills = new Map(config.departements.map((d) => [d.code, d]));
    const shapes = L.geoJSON(undefined, {
      style: () => ({
        ...this.plainLand(),
        weight: 0.8,
        // Leaflet drops points closer than this many pixels: at France's scale a pixel or two is
        // invisible, and drawing the 96 shapes costs a phone noticeably less.
        smoothFactor: 2.5,
      }),
      onEachFeature: (shape, layer) => {
        const code = String(shape.id);
        const fill = fills.get(code);
        if (!fill) {
          (layer as L.Path).options.interactive = false;
          return;
        }
        this.departementLayers.set(code, layer as L.Path);
        // Chromium makes an SVG shape with focus listeners (Leaflet's tooltips add them)
        // focusable: keep the shapes out of the Tab order, where the markers already are.
        layer.on('add', () => {
          const shape = (layer as L.Path).getElement();
          shape?.setAttribute('tabindex', '-1');
          shape?.setAttribute('data-departement', code);
        });
        const entries = fill.territories.map((id) => this.entryById(id)!);
        // Leaflet writes a string tooltip as HTML: content goes in as a node.
        layer.bindTooltip(element('span', '', fill.label), { sticky: true, direction: 'top' });
        layer.bindPopup(() => popupContent(entries, fill.label), this.popupRoom.options());
      },
    });
    await inSlices(departementFeatures(config.topology).features, (shape) => shapes.addData(shape));
    return shapes.getLayers();
  }

  /** The same région borders and outline as the static SVG maps (src/map/topology.ts). */
  private async drawBorders() {
    const { topology } = this.config;
    const { colours } = this;
    const lines = [
      ...mapLines(topology, 'regionBorders').map((line) => ({ line, color: colours.region })),
      ...mapLines(topology, 'outline').map((line) => ({ line, color: colours.outline })),
    ];
    await inSlices(lines, ({ line, color }) =>
      L.polyline(L.GeoJSON.coordsToLatLngs(line), {
        color,
        weight: 1.2,
        interactive: false,
      }).addTo(this.map!),
    );
  }

  private entryById(id: string) {
    return this.config.entries.find((entry) => entry.id === id);
  }

  private createMarkers() {
    for (const entry of this.config.entries) {
      // Colour from a class: the Content-Security-Policy refuses inline style attributes.
      const dot = element('span', `tm-marker__dot ${entry.colourClass}`);
      // The marker's accessible name (it is a role="button" element focusable with Tab).
      const label = element('span', 'visually-hidden', `${entry.name}, ${entry.porteurName}`);
      const icon = L.divIcon({
        className: 'tm-marker',
        // Filled with nodes once added (below): Leaflet would write a string as HTML.
        html: '',
        iconSize: [26, 26],
        iconAnchor: [13, 13],
        popupAnchor: [0, -12],
        tooltipAnchor: [0, -14],
      });
      const marker = L.marker([entry.position[1], entry.position[0]], {
        icon,
        keyboard: true,
        riseOnHover: true,
        autoPanOnFocus: false,
      });
      marker.bindTooltip(element('span', '', entry.name), { direction: 'top' });
      marker.bindPopup(() => popupContent([entry]), this.popupRoom.options());
      const icon$ = () => marker.getElement();
      marker.on('add', () => {
        const icon = icon$();
        icon?.replaceChildren(dot, label);
        icon?.setAttribute('data-territory', entry.id);
        // A role="button" opens with Space as with Enter (Leaflet handles Enter only).
        icon?.addEventListener('keydown', (event) => {
          if (event.key !== ' ') return;
          event.preventDefault();
          marker.openPopup();
        });
        this.updateTabOrder();
      });
      this.markers.set(entry.id, { marker, entry });
    }
  }

  /** Markers outside the view leave the Tab order; those in view are in it. */
  private updateTabOrder() {
    const map = this.map;
    if (!map) return;
    // Before the first fitBounds the map has no view yet: moveend will come.
    let view: L.LatLngBounds;
    try {
      view = map.getBounds();
    } catch {
      return;
    }
    const size = map.getSize();
    // Wholly inside the frame: a marker cut by the edge would show its focus ring cut too.
    const margin = 13;
    for (const { marker } of this.markers.values()) {
      const icon = marker.getElement();
      if (!icon) continue;
      const point = map.latLngToContainerPoint(marker.getLatLng());
      const inside =
        view.contains(marker.getLatLng()) &&
        point.x >= margin &&
        point.y >= margin &&
        point.x <= size.x - margin &&
        point.y <= size.y - margin;
      icon.tabIndex = inside ? 0 : -1;
    }
  }

  private visibleEntries(): MapEntry[] {
    return this.config.entries.filter((entry) => isShown(entry.porteur, this.selected));
  }

  private applyFilter(animate: boolean) {
    const map = this.map!;
    map.closePopup();
    for (const { marker, entry } of this.markers.values()) {
      if (isShown(entry.porteur, this.selected)) marker.addTo(map);
      else marker.remove();
    }
    this.styleDepartements();
    this.fit(animate);
  }

  /** The départements of the porteurs shown take their colour; the others stay plain land. */
  private styleDepartements() {
    for (const fill of this.config.departements) {
      const layer = this.departementLayers.get(fill.code);
      const shown = fill.porteurs.some((porteur) => isShown(porteur, this.selected));
      layer?.setStyle(
        shown
          ? { fillColor: fill.colour, fillOpacity: this.config.tiles ? 0.45 : 0.9, color: '#fff' }
          : this.plainLand(),
      );
    }
  }

  /** A département without territory shown: land, or see-through over map tiles. */
  private plainLand(): L.PathOptions {
    return {
      fillColor: this.colours.land,
      fillOpacity: this.config.tiles ? 0 : 1,
      color: this.colours.border,
    };
  }

  /** Frames the visible territories (or the whole network when none is selected). */
  private fit(animate: boolean) {
    const map = this.map!;
    const entries = this.visibleEntries();
    const bounds = L.latLngBounds([]);
    for (const entry of entries) {
      bounds.extend([entry.position[1], entry.position[0]]);
      const layer = this.departementLayers.get(entry.departement) as L.Polygon | undefined;
      if (layer) bounds.extend(layer.getBounds());
    }
    if (!bounds.isValid()) {
      const [west, south, east, north] = this.config.bounds;
      bounds.extend([south, west]).extend([north, east]);
    }
    map.fitBounds(bounds, {
      padding: [24, 24],
      maxZoom: 7,
      animate: animate && !reducedMotion,
    });
    this.spreadMarkers();
  }

  /** Moves overlapping markers apart at the current zoom (e.g. Paris and Seine-Saint-Denis). */
  private spreadMarkers() {
    const map = this.map!;
    const shown = [...this.markers.values()].filter(({ marker }) => map.hasLayer(marker));
    const points = shown.map(({ entry }) => {
      const point = map.latLngToLayerPoint([entry.position[1], entry.position[0]]);
      return [point.x, point.y] as [number, number];
    });
    const offsets = spreadOverlapping(points, MARKER_SPACING);
    shown.forEach(({ marker }, i) => {
      const [x, y] = points[i]!;
      const [dx, dy] = offsets[i]!;
      marker.setLatLng(map.layerPointToLatLng([x + dx, y + dy]));
    });
  }
}

customElements.define('territory-map', TerritoryMap);
