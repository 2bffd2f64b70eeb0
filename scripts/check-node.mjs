// Stops early with a clear message when the project runs on a Node.js older than Astro 7 needs,
// which happens when a tool is called directly instead of through `npm run`.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `Node.js ${process.versions.node} est trop ancien pour ce projet (Astro 7 demande Node.js 22 ou plus).\n` +
      'Lancez les commandes avec `npm run …` : le projet fournit Node.js 24 dans node_modules (devDependency `node`).\n' +
      'Si node_modules manque, lancez d’abord `npm install`.',
  );
  process.exit(1);
}
