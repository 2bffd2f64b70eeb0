// The audit's sample names real pages; a territory page among them lasts as long as editors keep
// the territory. One rule for the statement (no link to a page gone since the audit) and its test.

/** Whether `path` is the page of a territory that the content no longer has. */
export function isRemovedTerritoryPage(path: string, territoryIds: ReadonlySet<string>): boolean {
  const territory = /^\/territoires\/([^/]+)\/$/.exec(path)?.[1];
  return territory !== undefined && !territoryIds.has(territory);
}
