// Typed access to the content collections for pages: one place for the lookups and sorting
// that several pages share. Pages stay thin and never re-read files themselves.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { departementByCode, type Departement } from './departements.ts';
import { departementLabel } from './departement-label.ts';

/** The data of a collection's one fixed entry (the site's settings, the home page, the menu). */
async function fixedEntry<Name extends 'settings' | 'home' | 'navigation'>(
  collection: Name,
  id: string,
) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`content/${collection}/${id}.json est introuvable.`);
  return entry.data as CollectionEntry<Name>['data'];
}

export const getSettings = () => fixedEntry('settings', 'site');

/** The home page's texts, block by block. */
export const getHome = () => fixedEntry('home', 'accueil');

/** The menu and the footer's links. */
export const getNavigation = () => fixedEntry('navigation', 'menu');

export async function getPorteurs() {
  const porteurs = await getCollection('porteurs');
  // The founder first, then the franchisees by name.
  return porteurs.sort(
    (a, b) =>
      Number(b.data.role === 'fondateur') - Number(a.data.role === 'fondateur') ||
      a.data.name.localeCompare(b.data.name, 'fr'),
  );
}

export type TerritoryView = CollectionEntry<'territories'> & {
  porteur: CollectionEntry<'porteurs'>;
  /** Its département, looked up once here for every page and map. */
  departement: Departement;
  /** "Rhône (69)". */
  departementLabel: string;
};

/** Territories with their porteur and région, sorted by name. */
export async function getTerritories(): Promise<TerritoryView[]> {
  const [territories, porteurs] = await Promise.all([
    getCollection('territories'),
    getCollection('porteurs'),
  ]);
  const porteurById = new Map(porteurs.map((p) => [p.id, p]));
  return territories
    .map((territory) => {
      const porteur = porteurById.get(territory.data.porteur);
      // The content validator refuses such content before a build; this guards dev mode.
      if (!porteur)
        throw new Error(`Porteur inconnu pour ${territory.id} : ${territory.data.porteur}`);
      const departement = departementByCode(territory.data.departement);
      return {
        ...territory,
        porteur,
        departement,
        departementLabel: departementLabel(departement.nom, departement.code),
      };
    })
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
}

export async function getHelplines() {
  return (await getCollection('helplines')).sort(
    (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'fr'),
  );
}

export async function getTestimonials() {
  return (await getCollection('testimonials')).sort((a, b) =>
    a.data.firstName.localeCompare(b.data.firstName, 'fr'),
  );
}

export async function getMilestones() {
  return (await getCollection('milestones')).sort(
    (a, b) => a.data.year - b.data.year || (a.data.month ?? 0) - (b.data.month ?? 0),
  );
}

export async function getPage(id: CollectionEntry<'pages'>['id']) {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx est introuvable.`);
  return page;
}

/** The pages editors created (content/custom-pages/), by title. */
export async function getCustomPages() {
  return (await getCollection('customPages')).sort((a, b) =>
    a.data.title.localeCompare(b.data.title, 'fr'),
  );
}
