// Decap's French phrases, corrected: typos fixed, French typography (’, non-breaking spaces before
// : ; ! ?), what was left in English translated, and messages that say what happened. A refused
// format gets a shorter message: the schema's own message already says what is expected.
type Phrases = { [key: string]: string | Phrases };

const fixes: [RegExp, string][] = [
  [/modications|mofications/g, 'modifications'],
  [/Impsosible/g, 'Impossible'],
  [/'%\{path\}'/g, '« %{path} »'],
  [/(\p{L})'(\p{L})/gu, '$1’$2'],
  [/\.\.\./g, '…'],
  [/ ([:;!?])/g, '\u00a0$1'],
  [/ !$/g, '\u00a0!'],
];

/** Phrases replaced whole, by their path in Decap's locale. */
const replacements: Record<string, string> = {
  'app.header.media': 'Médias',
  'app.app.checkConfigYml':
    'La configuration est générée à la construction du site (cms/config/) : relancez la construction.',
  // "＋" (full width) shows as an empty box without a CJK font.
  'collection.collectionTop.newButton': '+ %{collectionLabel}',
  'editor.editorControlPane.widget.regexPattern': '%{fieldLabel}\u00a0: %{pattern}.',
  // Said for any field in error, not only for missing ones (an out-of-range year too).
  'ui.toast.missingRequiredField':
    'Enregistrement impossible : un ou plusieurs champs sont à corriger (voir les messages en rouge dans le formulaire).',
  'ui.toast.onFailToPersist': 'L’entrée n’a pas été enregistrée\u00a0: %{details}',
  'ui.toast.onFailToDelete': 'L’entrée n’a pas été supprimée\u00a0: %{details}',
  'ui.toast.onFailToPublishEntry': 'L’entrée n’a pas été publiée\u00a0: %{details}',
  'ui.errorBoundary.details': 'Une erreur est survenue. Vous pouvez ',
  'ui.errorBoundary.privacyWarning':
    'Le signalement s’ouvre prérempli avec le message d’erreur et des informations techniques. Relisez-le et retirez toute donnée personnelle avant de l’envoyer.',
  'mediaLibrary.mediaLibrary.onDelete':
    'Voulez-vous vraiment supprimer la ressource choisie\u00a0?',
  'workflow.workflow.newPost': 'Nouvelle entrée',
};

function fix(phrases: Phrases, path: string[]): Phrases {
  return Object.fromEntries(
    Object.entries(phrases).map(([key, value]) => {
      const here = [...path, key];
      if (typeof value !== 'string') return [key, fix(value, here)];
      const text = replacements[here.join('.')] ?? value;
      return [key, fixes.reduce((result, [pattern, to]) => result.replace(pattern, to), text)];
    }),
  );
}

export function fixFrench(phrases: Phrases): Phrases {
  return fix(phrases, []);
}
