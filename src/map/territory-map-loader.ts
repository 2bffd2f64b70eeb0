// What /territoires/ runs on load for its map: almost nothing. Leaflet and the map's data are
// fetched and run only when a visitor asks for the interactive map (its button, or a porteur
// filter, whose selection the static map cannot show); heading for the button starts the
// download, so that the click draws at once. Until then the static map and the list stand.

/** Fetches and runs the interactive map's module (once: the browser keeps the module). */
const loadMapModule = () => import('./territory-map-element.ts');

for (const map of document.querySelectorAll<HTMLElement>('territory-map')) {
  const button = map.querySelector<HTMLButtonElement>('[data-map-open]');
  const status = map.querySelector<HTMLElement>('[data-map-status]');
  if (!button || !status) continue;

  const open = (takeFocus: boolean) => {
    if (map.hasAttribute('open')) return;
    // The element draws once it is both defined and open; with the focus when asked by a click.
    map.toggleAttribute('data-focus-on-open', takeFocus);
    map.setAttribute('open', '');
    status.textContent = 'Chargement de la carte interactive…';
    loadMapModule().catch(() => {
      map.removeAttribute('open');
      status.textContent = status.dataset.failure ?? '';
    });
  };

  button.addEventListener('pointerenter', () => void loadMapModule().catch(() => {}), {
    once: true,
  });
  button.addEventListener('focus', () => void loadMapModule().catch(() => {}), { once: true });
  button.addEventListener('click', () => open(true));

  // A selection of porteurs (pressed now or later, or in a shared address) shows on the
  // interactive map only.
  const selectionMade = () =>
    document.querySelector('porteur-filter button[aria-pressed="true"]') !== null;
  if (selectionMade()) open(false);
  document.addEventListener('porteurfilterchange', (event) => {
    if ((event as CustomEvent<{ selected: string[] }>).detail.selected.length > 0) open(false);
  });
}
