// The generated Decap CMS configuration, as a reviewer would read it: any change to a schema, the
// registry or the generator shows up here (update with `npx vitest run tests/cms -u` and review).
import { describe, expect, test } from 'vitest';
import { collections } from '../../src/lib/collections.ts';
import { backendFromEnv, buildCmsConfig } from '../../cms/config.ts';

/** Long option lists (96 départements) shortened to their ends, so that the snapshot stays readable. */
function readable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, item) =>
      key === 'options' && Array.isArray(item) && item.length > 14
        ? [...item.slice(0, 3), `… ${item.length - 6} autres …`, ...item.slice(-3)]
        : item,
    ),
  );
}

describe('generated configuration', () => {
  test('production: git-gateway, editorial workflow, French, media under /uploads', () => {
    const config = buildCmsConfig(collections, {
      backend: backendFromEnv({}),
      siteUrl: 'https://ambassadeurs-santementale.fr',
      entryLabels: { pages: { 'le-programme': 'Le programme' } },
    });
    expect(readable(config)).toMatchInlineSnapshot(`
      {
        "backend": {
          "branch": "main",
          "commit_messages": {
            "create": "Création dans « {{collection}} » : {{slug}}",
            "delete": "Suppression dans « {{collection}} » : {{slug}}",
            "deleteMedia": "Suppression du fichier {{path}}",
            "update": "Modification dans « {{collection}} » : {{slug}}",
            "uploadMedia": "Ajout du fichier {{path}}",
          },
          "name": "git-gateway",
        },
        "collections": [
          {
            "create": true,
            "delete": true,
            "extension": "md",
            "fields": [
              {
                "label": "Nom",
                "name": "name",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "hint": "Utilisé dans la légende de la carte et les listes.",
                "label": "Nom court",
                "name": "shortName",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,40}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 40 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "hint": "Pour écrire correctement « avec la Fondation ARHM », « du Club Famille », « avec Solipsy ». Devant une voyelle, « l’ » et « d’ » sont mis automatiquement.",
                "label": "Article devant le nom",
                "name": "article",
                "options": [
                  {
                    "label": "le (le Club Famille, le CPN)",
                    "value": "le",
                  },
                  {
                    "label": "la (la Fondation ARHM)",
                    "value": "la",
                  },
                  {
                    "label": "l’ devant un h muet (l’Hôpital…)",
                    "value": "l’",
                  },
                  {
                    "label": "les (les Amis de…)",
                    "value": "les",
                  },
                  {
                    "label": "aucun article (Solipsy, ARHM)",
                    "value": "aucun",
                  },
                ],
                "required": false,
                "widget": "select",
              },
              {
                "hint": "Par exemple « aucun article » pour ARHM (les territoires d’ARHM), « le » pour CPN (les territoires du CPN).",
                "label": "Article devant le nom court",
                "name": "shortArticle",
                "options": [
                  {
                    "label": "le (le Club Famille, le CPN)",
                    "value": "le",
                  },
                  {
                    "label": "la (la Fondation ARHM)",
                    "value": "la",
                  },
                  {
                    "label": "l’ devant un h muet (l’Hôpital…)",
                    "value": "l’",
                  },
                  {
                    "label": "les (les Amis de…)",
                    "value": "les",
                  },
                  {
                    "label": "aucun article (Solipsy, ARHM)",
                    "value": "aucun",
                  },
                ],
                "required": false,
                "widget": "select",
              },
              {
                "label": "Région",
                "name": "region",
                "options": [
                  {
                    "label": "Auvergne-Rhône-Alpes",
                    "value": "Auvergne-Rhône-Alpes",
                  },
                  {
                    "label": "Bourgogne-Franche-Comté",
                    "value": "Bourgogne-Franche-Comté",
                  },
                  {
                    "label": "Bretagne",
                    "value": "Bretagne",
                  },
                  {
                    "label": "Centre-Val de Loire",
                    "value": "Centre-Val de Loire",
                  },
                  {
                    "label": "Corse",
                    "value": "Corse",
                  },
                  {
                    "label": "Grand Est",
                    "value": "Grand Est",
                  },
                  {
                    "label": "Hauts-de-France",
                    "value": "Hauts-de-France",
                  },
                  {
                    "label": "Île-de-France",
                    "value": "Île-de-France",
                  },
                  {
                    "label": "Normandie",
                    "value": "Normandie",
                  },
                  {
                    "label": "Nouvelle-Aquitaine",
                    "value": "Nouvelle-Aquitaine",
                  },
                  {
                    "label": "Occitanie",
                    "value": "Occitanie",
                  },
                  {
                    "label": "Pays de la Loire",
                    "value": "Pays de la Loire",
                  },
                  {
                    "label": "Provence-Alpes-Côte d’Azur",
                    "value": "Provence-Alpes-Côte d’Azur",
                  },
                ],
                "required": true,
                "widget": "select",
              },
              {
                "hint": "Par exemple : « Montpellier et Béziers ».",
                "label": "Zone d’action",
                "name": "area",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "hint": "Fondateur du programme ou franchisé.",
                "label": "Rôle",
                "name": "role",
                "options": [
                  {
                    "label": "Fondateur du programme",
                    "value": "fondateur",
                  },
                  {
                    "label": "Franchisé",
                    "value": "franchise",
                  },
                ],
                "required": true,
                "widget": "select",
              },
              {
                "label": "Année d’entrée dans le réseau",
                "max": 2100,
                "min": 2019,
                "name": "yearJoined",
                "required": false,
                "value_type": "int",
                "widget": "number",
              },
              {
                "label": "Site web",
                "name": "website",
                "pattern": [
                  "^https://[^\\s/?#]+(?:[/?#][\\s\\S]*)?$",
                  "Adresse web invalide : elle doit commencer par https://",
                ],
                "required": false,
                "widget": "string",
              },
              {
                "choose_url": false,
                "hint": "Facultatif. PNG, JPEG, WebP ou AVIF.",
                "label": "Logo",
                "name": "logo",
                "pattern": [
                  "^\\/uploads\\/[\\w\\-/]+\\.(?:png|jpe?g|webp|avif|PNG|JPE?G|WEBP|AVIF)$",
                  "Image attendue : un fichier PNG, JPEG, WebP ou AVIF téléversé dans /uploads/",
                ],
                "required": false,
                "widget": "image",
              },
              {
                "hint": "Obligatoire si une image est ajoutée : décrivez ce qu’elle montre.",
                "label": "Texte alternatif du logo",
                "name": "logoAlt",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,150}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 150 caractères au plus",
                ],
                "required": false,
                "widget": "string",
              },
              {
                "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                "label": "Texte",
                "name": "body",
                "required": true,
                "widget": "markdown",
              },
            ],
            "folder": "content/porteurs",
            "format": "frontmatter",
            "identifier_field": "name",
            "label": "Porteurs de projets",
            "label_singular": "Porteur de projet",
            "name": "porteurs",
            "slug": "{{name}}",
          },
          {
            "create": true,
            "delete": true,
            "extension": "json",
            "fields": [
              {
                "label": "Nom du territoire",
                "name": "name",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,80}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 80 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "hint": "Comment dire « le programme est présent … » : à Lyon, en Isère, dans le Cantal, dans la Marne, dans l’Hérault.",
                "label": "Pour dire « dans » ce territoire",
                "name": "locative",
                "options": [
                  {
                    "label": "à (à Lyon, à Béziers)",
                    "value": "à",
                  },
                  {
                    "label": "en (en Isère, en Savoie, en Seine-Saint-Denis)",
                    "value": "en",
                  },
                  {
                    "label": "dans le (dans le Cantal, dans le Morbihan)",
                    "value": "dans le",
                  },
                  {
                    "label": "dans la (dans la Marne, dans la Somme)",
                    "value": "dans la",
                  },
                  {
                    "label": "dans l’ (dans l’Hérault, dans l’Ain)",
                    "value": "dans l’",
                  },
                  {
                    "label": "dans les (dans les Hauts-de-Seine)",
                    "value": "dans les",
                  },
                ],
                "required": false,
                "widget": "select",
              },
              {
                "hint": "Code INSEE : 69, 93, 2A…",
                "label": "Département",
                "name": "departement",
                "options": [
                  {
                    "label": "10 – Aube",
                    "value": "10",
                  },
                  {
                    "label": "11 – Aude",
                    "value": "11",
                  },
                  {
                    "label": "12 – Aveyron",
                    "value": "12",
                  },
                  "… 90 autres …",
                  {
                    "label": "09 – Ariège",
                    "value": "09",
                  },
                  {
                    "label": "2A – Corse-du-Sud",
                    "value": "2A",
                  },
                  {
                    "label": "2B – Haute-Corse",
                    "value": "2B",
                  },
                ],
                "required": true,
                "widget": "select",
              },
              {
                "hint": "Si le territoire est une ville plutôt qu’un département.",
                "label": "Ville",
                "name": "city",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,80}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 80 caractères au plus",
                ],
                "required": false,
                "widget": "string",
              },
              {
                "collection": "porteurs",
                "display_fields": [
                  "name",
                ],
                "label": "Porteur de projet",
                "name": "porteur",
                "options_length": 100,
                "pattern": [
                  "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  "Identifiant invalide : minuscules, chiffres et tirets",
                ],
                "required": true,
                "search_fields": [
                  "name",
                ],
                "value_field": "{{slug}}",
                "widget": "relation",
              },
              {
                "label": "Année de lancement",
                "max": 2100,
                "min": 2019,
                "name": "since",
                "required": false,
                "value_type": "int",
                "widget": "number",
              },
              {
                "collapsed": true,
                "fields": [
                  {
                    "hint": "Obligatoire si « Coordonnées du repère » est rempli.",
                    "label": "Latitude",
                    "max": 51.5,
                    "min": 41,
                    "name": "latitude",
                    "required": false,
                    "step": 0.0001,
                    "value_type": "float",
                    "widget": "number",
                  },
                  {
                    "hint": "Obligatoire si « Coordonnées du repère » est rempli.",
                    "label": "Longitude",
                    "max": 10,
                    "min": -5.5,
                    "name": "longitude",
                    "required": false,
                    "step": 0.0001,
                    "value_type": "float",
                    "widget": "number",
                  },
                ],
                "hint": "Facultatif : sans coordonnées, le repère est placé au centre du département.",
                "label": "Coordonnées du repère",
                "name": "coordinates",
                "required": false,
                "widget": "object",
              },
              {
                "label": "Présentation",
                "name": "description",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,1000}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 1000 caractères au plus",
                ],
                "required": false,
                "widget": "text",
              },
              {
                "field": {
                  "label": "Source",
                  "name": "item",
                  "pattern": [
                    "^https://[^\\s/?#]+(?:[/?#][\\s\\S]*)?$",
                    "Adresse web invalide : elle doit commencer par https://",
                  ],
                  "required": true,
                  "widget": "string",
                },
                "label": "Sources",
                "label_singular": "Source",
                "name": "sources",
                "required": false,
                "widget": "list",
              },
              {
                "choose_url": false,
                "hint": "Facultatif : une vraie photo du programme sur ce territoire, dont le réseau a les droits.",
                "label": "Photo",
                "name": "photo",
                "pattern": [
                  "^\\/uploads\\/[\\w\\-/]+\\.(?:png|jpe?g|webp|avif|PNG|JPE?G|WEBP|AVIF)$",
                  "Image attendue : un fichier PNG, JPEG, WebP ou AVIF téléversé dans /uploads/",
                ],
                "required": false,
                "widget": "image",
              },
              {
                "hint": "Obligatoire si une image est ajoutée : décrivez ce qu’elle montre.",
                "label": "Texte alternatif de la photo",
                "name": "photoAlt",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,150}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 150 caractères au plus",
                ],
                "required": false,
                "widget": "string",
              },
            ],
            "folder": "content/territories",
            "format": "json",
            "identifier_field": "name",
            "label": "Territoires",
            "label_singular": "Territoire",
            "name": "territories",
            "slug": "{{name}}",
            "summary": "{{name}} ({{departement}})",
          },
          {
            "create": true,
            "delete": true,
            "extension": "json",
            "fields": [
              {
                "label": "Nom",
                "name": "name",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,80}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 80 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "label": "Type",
                "name": "kind",
                "options": [
                  {
                    "label": "Téléphone",
                    "value": "phone",
                  },
                  {
                    "label": "Tchat",
                    "value": "chat",
                  },
                  {
                    "label": "Chatbot",
                    "value": "chatbot",
                  },
                ],
                "required": true,
                "widget": "select",
              },
              {
                "hint": "Avec des espaces : 0 800 235 236.",
                "label": "Numéro affiché",
                "name": "number",
                "pattern": [
                  "^\\d[\\d ]*\\d$",
                  "Numéro affiché invalide : des chiffres, éventuellement groupés par des espaces (0 800 235 236)",
                ],
                "required": false,
                "widget": "string",
              },
              {
                "hint": "Chiffres seuls : 0800235236, 3114.",
                "label": "Numéro composé",
                "name": "dial",
                "pattern": [
                  "^(?:0[1-9]\\d{8}|1\\d{1,2}|3\\d{3})$",
                  "Numéro invalide : 10 chiffres commençant par 0, ou un numéro court (15, 112, 3114…), sans espace",
                ],
                "required": false,
                "widget": "string",
              },
              {
                "label": "Pour qui",
                "name": "audience",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,160}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 160 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "label": "Description",
                "name": "description",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,400}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 400 caractères au plus",
                ],
                "required": true,
                "widget": "text",
              },
              {
                "fields": [
                  {
                    "label": "Type",
                    "name": "type",
                    "options": [
                      {
                        "label": "Tout le temps (24 h/24, 7 j/7)",
                        "value": "always",
                      },
                      {
                        "label": "Selon des plages horaires",
                        "value": "weekly",
                      },
                    ],
                    "required": true,
                    "widget": "select",
                  },
                  {
                    "fields": [
                      {
                        "label": "Jours",
                        "min": 1,
                        "multiple": true,
                        "name": "days",
                        "options": [
                          {
                            "label": "lundi",
                            "value": "mon",
                          },
                          {
                            "label": "mardi",
                            "value": "tue",
                          },
                          {
                            "label": "mercredi",
                            "value": "wed",
                          },
                          {
                            "label": "jeudi",
                            "value": "thu",
                          },
                          {
                            "label": "vendredi",
                            "value": "fri",
                          },
                          {
                            "label": "samedi",
                            "value": "sat",
                          },
                          {
                            "label": "dimanche",
                            "value": "sun",
                          },
                        ],
                        "required": true,
                        "widget": "select",
                      },
                      {
                        "label": "Ouverture",
                        "name": "opens",
                        "pattern": [
                          "^(?:[01]\\d|2[0-3]):[0-5]\\d$",
                          "Heure invalide : format HH:MM sur 24 heures (09:00, 23:30)",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                      {
                        "hint": "Une heure plus petite que l’ouverture signifie « le lendemain » (02:00).",
                        "label": "Fermeture",
                        "name": "closes",
                        "pattern": [
                          "^(?:[01]\\d|2[0-3]):[0-5]\\d$",
                          "Heure invalide : format HH:MM sur 24 heures (09:00, 23:30)",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                    ],
                    "hint": "Seulement pour « Selon des plages horaires » : obligatoire dans ce cas.",
                    "label": "Plages horaires",
                    "name": "slots",
                    "required": false,
                    "summary": "{{fields.opens}}",
                    "widget": "list",
                  },
                ],
                "label": "Horaires",
                "name": "hours",
                "required": false,
                "widget": "object",
              },
              {
                "label": "Remarque sur les horaires",
                "name": "hoursNote",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,240}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 240 caractères au plus",
                ],
                "required": false,
                "widget": "text",
              },
              {
                "default": false,
                "label": "Gratuit",
                "name": "free",
                "required": false,
                "widget": "boolean",
              },
              {
                "default": false,
                "label": "Anonyme",
                "name": "anonymous",
                "required": false,
                "widget": "boolean",
              },
              {
                "label": "Adresse web",
                "name": "url",
                "pattern": [
                  "^https://[^\\s/?#]+(?:[/?#][\\s\\S]*)?$",
                  "Adresse web invalide : elle doit commencer par https://",
                ],
                "required": false,
                "widget": "string",
              },
              {
                "default": 100,
                "label": "Ordre d’affichage",
                "max": 999,
                "min": 0,
                "name": "order",
                "required": false,
                "value_type": "int",
                "widget": "number",
              },
              {
                "date_format": "DD/MM/YYYY",
                "format": "YYYY-MM-DD",
                "label": "Dernière vérification",
                "name": "lastChecked",
                "picker_utc": true,
                "required": false,
                "time_format": false,
                "widget": "datetime",
              },
            ],
            "folder": "content/helplines",
            "format": "json",
            "identifier_field": "name",
            "label": "Lignes d’écoute",
            "label_singular": "Ligne d’écoute",
            "name": "helplines",
            "slug": "{{name}}",
          },
          {
            "create": true,
            "delete": true,
            "extension": "md",
            "fields": [
              {
                "label": "Prénom",
                "name": "firstName",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,40}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 40 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "hint": "Par exemple : « porteuse du projet ».",
                "label": "Rôle",
                "name": "role",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "label": "Structure",
                "name": "organisation",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "collection": "porteurs",
                "display_fields": [
                  "name",
                ],
                "label": "Porteur de projet",
                "name": "porteur",
                "options_length": 100,
                "pattern": [
                  "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  "Identifiant invalide : minuscules, chiffres et tirets",
                ],
                "required": false,
                "search_fields": [
                  "name",
                ],
                "value_field": "{{slug}}",
                "widget": "relation",
              },
              {
                "label": "Territoire ou région",
                "name": "place",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,80}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 80 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "default": false,
                "label": "À la une",
                "name": "featured",
                "required": false,
                "widget": "boolean",
              },
              {
                "choose_url": false,
                "hint": "Facultatif, et seulement avec l’accord écrit de la personne.",
                "label": "Photo",
                "name": "photo",
                "pattern": [
                  "^\\/uploads\\/[\\w\\-/]+\\.(?:png|jpe?g|webp|avif|PNG|JPE?G|WEBP|AVIF)$",
                  "Image attendue : un fichier PNG, JPEG, WebP ou AVIF téléversé dans /uploads/",
                ],
                "required": false,
                "widget": "image",
              },
              {
                "hint": "Obligatoire si une image est ajoutée : décrivez ce qu’elle montre.",
                "label": "Texte alternatif de la photo",
                "name": "photoAlt",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,150}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 150 caractères au plus",
                ],
                "required": false,
                "widget": "string",
              },
              {
                "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                "label": "Texte",
                "name": "body",
                "required": true,
                "widget": "markdown",
              },
            ],
            "folder": "content/testimonials",
            "format": "frontmatter",
            "identifier_field": "firstName",
            "label": "Témoignages",
            "label_singular": "Témoignage",
            "name": "testimonials",
            "slug": "{{firstName}}-{{organisation}}",
            "summary": "{{firstName}} — {{organisation}}",
          },
          {
            "create": true,
            "delete": true,
            "extension": "json",
            "fields": [
              {
                "label": "Année",
                "max": 2100,
                "min": 2019,
                "name": "year",
                "required": true,
                "value_type": "int",
                "widget": "number",
              },
              {
                "hint": "De 1 (janvier) à 12 (décembre), si connu.",
                "label": "Mois",
                "max": 12,
                "min": 1,
                "name": "month",
                "required": false,
                "value_type": "int",
                "widget": "number",
              },
              {
                "label": "Titre",
                "name": "title",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,100}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 100 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "label": "Texte",
                "name": "text",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,500}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 500 caractères au plus",
                ],
                "required": true,
                "widget": "text",
              },
            ],
            "folder": "content/milestones",
            "format": "json",
            "identifier_field": "title",
            "label": "Histoire du programme",
            "label_singular": "Étape",
            "name": "milestones",
            "slug": "{{year}}-{{title}}",
            "summary": "{{year}} — {{title}}",
          },
          {
            "files": [
              {
                "fields": [
                  {
                    "label": "Titre",
                    "name": "title",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,90}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 90 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Pour les moteurs de recherche, 50 à 170 caractères.",
                    "label": "Description",
                    "name": "description",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{50,170}(?<=\\S)\\s*$",
                      "Description trop courte : 50 caractères au moins. Description trop longue : 170 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "label": "Mise à jour",
                    "name": "updated",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                    "label": "Texte",
                    "name": "body",
                    "required": true,
                    "widget": "markdown",
                  },
                ],
                "file": "content/pages/le-programme.mdx",
                "label": "Le programme",
                "name": "le-programme",
              },
              {
                "fields": [
                  {
                    "label": "Titre",
                    "name": "title",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,90}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 90 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Pour les moteurs de recherche, 50 à 170 caractères.",
                    "label": "Description",
                    "name": "description",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{50,170}(?<=\\S)\\s*$",
                      "Description trop courte : 50 caractères au moins. Description trop longue : 170 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "label": "Mise à jour",
                    "name": "updated",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                    "label": "Texte",
                    "name": "body",
                    "required": true,
                    "widget": "markdown",
                  },
                ],
                "file": "content/pages/franchise-sociale.mdx",
                "label": "Franchise sociale",
                "name": "franchise-sociale",
              },
              {
                "fields": [
                  {
                    "label": "Titre",
                    "name": "title",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,90}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 90 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Pour les moteurs de recherche, 50 à 170 caractères.",
                    "label": "Description",
                    "name": "description",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{50,170}(?<=\\S)\\s*$",
                      "Description trop courte : 50 caractères au moins. Description trop longue : 170 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "label": "Mise à jour",
                    "name": "updated",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                    "label": "Texte",
                    "name": "body",
                    "required": true,
                    "widget": "markdown",
                  },
                ],
                "file": "content/pages/devenir-ambassadeur.mdx",
                "label": "Devenir ambassadeur",
                "name": "devenir-ambassadeur",
              },
              {
                "fields": [
                  {
                    "label": "Titre",
                    "name": "title",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,90}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 90 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Pour les moteurs de recherche, 50 à 170 caractères.",
                    "label": "Description",
                    "name": "description",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{50,170}(?<=\\S)\\s*$",
                      "Description trop courte : 50 caractères au moins. Description trop longue : 170 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "label": "Mise à jour",
                    "name": "updated",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                    "label": "Texte",
                    "name": "body",
                    "required": true,
                    "widget": "markdown",
                  },
                ],
                "file": "content/pages/faire-intervenir.mdx",
                "label": "Faire intervenir",
                "name": "faire-intervenir",
              },
              {
                "fields": [
                  {
                    "label": "Titre",
                    "name": "title",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,90}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 90 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Pour les moteurs de recherche, 50 à 170 caractères.",
                    "label": "Description",
                    "name": "description",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{50,170}(?<=\\S)\\s*$",
                      "Description trop courte : 50 caractères au moins. Description trop longue : 170 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "label": "Mise à jour",
                    "name": "updated",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                    "label": "Texte",
                    "name": "body",
                    "required": true,
                    "widget": "markdown",
                  },
                ],
                "file": "content/pages/accessibilite.mdx",
                "label": "Accessibilite",
                "name": "accessibilite",
              },
              {
                "fields": [
                  {
                    "label": "Titre",
                    "name": "title",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,90}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 90 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Pour les moteurs de recherche, 50 à 170 caractères.",
                    "label": "Description",
                    "name": "description",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{50,170}(?<=\\S)\\s*$",
                      "Description trop courte : 50 caractères au moins. Description trop longue : 170 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "label": "Mise à jour",
                    "name": "updated",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                    "label": "Texte",
                    "name": "body",
                    "required": true,
                    "widget": "markdown",
                  },
                ],
                "file": "content/pages/mentions-legales.mdx",
                "label": "Mentions legales",
                "name": "mentions-legales",
              },
              {
                "fields": [
                  {
                    "label": "Titre",
                    "name": "title",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,90}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 90 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Pour les moteurs de recherche, 50 à 170 caractères.",
                    "label": "Description",
                    "name": "description",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{50,170}(?<=\\S)\\s*$",
                      "Description trop courte : 50 caractères au moins. Description trop longue : 170 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "label": "Mise à jour",
                    "name": "updated",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Mise en forme simple : titres, listes, liens, gras, italique.",
                    "label": "Texte",
                    "name": "body",
                    "required": true,
                    "widget": "markdown",
                  },
                ],
                "file": "content/pages/confidentialite.mdx",
                "label": "Confidentialite",
                "name": "confidentialite",
              },
            ],
            "format": "frontmatter",
            "label": "Pages",
            "label_singular": "Page",
            "name": "pages",
          },
          {
            "create": true,
            "delete": true,
            "extension": "json",
            "fields": [
              {
                "hint": "« Début », « Stress »… Sert de titre à l’étape dans la version sans JavaScript.",
                "label": "Nom de l’étape",
                "name": "title",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,60}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 60 caractères au plus",
                ],
                "required": true,
                "widget": "string",
              },
              {
                "default": false,
                "hint": "Une seule étape ouvre la conversation.",
                "label": "Point de départ",
                "name": "start",
                "required": false,
                "widget": "boolean",
              },
              {
                "hint": "Tutoiement, phrases courtes ; une ligne vide sépare deux paragraphes.",
                "label": "Message",
                "name": "message",
                "pattern": [
                  "^\\s*(?=\\S)[\\s\\S]{1,800}(?<=\\S)\\s*$",
                  "Ce champ est obligatoire. Texte trop long : 800 caractères au plus",
                ],
                "required": true,
                "widget": "text",
              },
              {
                "default": false,
                "hint": "Cochez si l’étape propose un exercice ou un conseil (respiration, ancrage…) : il doit être relu par un professionnel du programme.",
                "label": "Contient un conseil de santé",
                "name": "advice",
                "required": false,
                "widget": "boolean",
              },
              {
                "collapsed": true,
                "fields": [
                  {
                    "date_format": "DD/MM/YYYY",
                    "format": "YYYY-MM-DD",
                    "hint": "Obligatoire si « Relecture par un professionnel » est rempli.",
                    "label": "Date de la relecture",
                    "name": "date",
                    "picker_utc": true,
                    "required": false,
                    "time_format": false,
                    "widget": "datetime",
                  },
                  {
                    "hint": "Sa fonction, pas son nom : « psychologue du programme », « infirmier en psychiatrie »… Obligatoire si « Relecture par un professionnel » est rempli.",
                    "label": "Fonction de la personne qui a relu",
                    "name": "reviewerRole",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                    ],
                    "required": false,
                    "widget": "string",
                  },
                ],
                "hint": "À remplir quand un professionnel du programme a relu le conseil de cette étape.",
                "label": "Relecture par un professionnel",
                "name": "review",
                "required": false,
                "widget": "object",
              },
              {
                "default": false,
                "hint": "Affiche tout de suite le 3114 et les numéros d’urgence (15, 112).",
                "label": "Idées suicidaires ou danger immédiat",
                "name": "danger",
                "required": false,
                "widget": "boolean",
              },
              {
                "default": [],
                "fields": [
                  {
                    "label": "Réponse proposée",
                    "name": "label",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "collection": "chatbot",
                    "display_fields": [
                      "title",
                    ],
                    "label": "Étape suivante",
                    "name": "next",
                    "options_length": 100,
                    "pattern": [
                      "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                      "Identifiant invalide : minuscules, chiffres et tirets",
                    ],
                    "required": true,
                    "search_fields": [
                      "title",
                    ],
                    "value_field": "{{slug}}",
                    "widget": "relation",
                  },
                ],
                "hint": "Laissez vide pour une étape finale.",
                "label": "Réponses proposées",
                "name": "choices",
                "required": false,
                "summary": "{{fields.label}}",
                "widget": "list",
              },
              {
                "collection": "helplines",
                "default": [],
                "display_fields": [
                  "name",
                ],
                "label": "Lignes recommandées",
                "multiple": true,
                "name": "helplines",
                "options_length": 100,
                "required": false,
                "search_fields": [
                  "name",
                ],
                "value_field": "{{slug}}",
                "widget": "relation",
              },
              {
                "default": [],
                "fields": [
                  {
                    "label": "Texte du lien",
                    "name": "label",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,80}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 80 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "hint": "Une page du site : /besoin-de-soutien/",
                    "label": "Adresse de la page",
                    "name": "href",
                    "pattern": [
                      "^\\/(?:[a-z0-9-]+\\/)*(?:#[a-z0-9-]+)?$",
                      "Adresse invalide : une page du site, commençant et finissant par « / » (/besoin-de-soutien/)",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                ],
                "label": "Pages recommandées",
                "name": "pages",
                "required": false,
                "summary": "{{fields.label}}",
                "widget": "list",
              },
            ],
            "folder": "content/chatbot",
            "format": "json",
            "identifier_field": "title",
            "label": "Chatbot d’orientation",
            "label_singular": "Étape du chatbot",
            "name": "chatbot",
            "slug": "{{title}}",
          },
          {
            "files": [
              {
                "fields": [
                  {
                    "label": "Nom du site",
                    "name": "siteName",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,60}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 60 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "label": "Description courte",
                    "name": "shortDescription",
                    "pattern": [
                      "^\\s*(?=\\S)[\\s\\S]{1,200}(?<=\\S)\\s*$",
                      "Ce champ est obligatoire. Texte trop long : 200 caractères au plus",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "default": [],
                    "fields": [
                      {
                        "label": "Chiffre",
                        "name": "value",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,20}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 20 caractères au plus",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                      {
                        "label": "Ce qu’il mesure",
                        "name": "label",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,200}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 200 caractères au plus",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                      {
                        "label": "Source",
                        "name": "source",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,160}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 160 caractères au plus",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                      {
                        "label": "Période",
                        "name": "period",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,40}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 40 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                    ],
                    "label": "Chiffres d’impact",
                    "name": "impactFigures",
                    "required": false,
                    "summary": "{{fields.value}}",
                    "widget": "list",
                  },
                  {
                    "collapsed": true,
                    "fields": [
                      {
                        "hint": "Obligatoire si « Territoires annoncés par le réseau » est rempli.",
                        "label": "Nombre de territoires annoncé",
                        "max": 500,
                        "min": 1,
                        "name": "count",
                        "required": false,
                        "value_type": "int",
                        "widget": "number",
                      },
                      {
                        "hint": "Par exemple : « Ambassadeurs Santé Mentale, page Rejoindre le réseau ». Obligatoire si « Territoires annoncés par le réseau » est rempli.",
                        "label": "Source",
                        "name": "source",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,160}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 160 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                    ],
                    "hint": "Le nombre que le réseau communique. Le site l’affiche à côté du nombre de territoires présentés, en expliquant la différence.",
                    "label": "Territoires annoncés par le réseau",
                    "name": "announcedTerritories",
                    "required": false,
                    "widget": "object",
                  },
                  {
                    "collapsed": true,
                    "fields": [
                      {
                        "label": "Adresse du siège de l’éditeur",
                        "name": "publisherAddress",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,200}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 200 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                      {
                        "hint": "Par exemple : « Fondation reconnue d’utilité publique, SIREN … ».",
                        "label": "Forme juridique et immatriculation",
                        "name": "publisherRegistration",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,200}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 200 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                      {
                        "label": "Directeur ou directrice de la publication",
                        "name": "publicationDirector",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                      {
                        "label": "Adresse postale de l’hébergeur",
                        "name": "hostAddress",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,200}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 200 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                      {
                        "hint": "Par exemple : « un an après notre dernier échange ».",
                        "label": "Durée de conservation des messages",
                        "name": "contactRetention",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,200}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 200 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                    ],
                    "hint": "Laissé vide, un renseignement n’apparaît pas sur le site ; la validation le signale.",
                    "label": "Mentions légales",
                    "name": "legal",
                    "required": false,
                    "widget": "object",
                  },
                  {
                    "fields": [
                      {
                        "label": "Numéro affiché",
                        "name": "number",
                        "pattern": [
                          "^\\d[\\d ]*\\d$",
                          "Numéro affiché invalide : des chiffres, éventuellement groupés par des espaces (0 800 235 236)",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                      {
                        "label": "Numéro composé",
                        "name": "dial",
                        "pattern": [
                          "^(?:0[1-9]\\d{8}|1\\d{1,2}|3\\d{3})$",
                          "Numéro invalide : 10 chiffres commençant par 0, ou un numéro court (15, 112, 3114…), sans espace",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                      {
                        "label": "Service",
                        "name": "label",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 120 caractères au plus",
                        ],
                        "required": true,
                        "widget": "string",
                      },
                    ],
                    "label": "Numéros d’urgence",
                    "min": 1,
                    "name": "emergencyNumbers",
                    "required": true,
                    "summary": "{{fields.number}}",
                    "widget": "list",
                  },
                  {
                    "label": "Site neutre du bouton « Quitter rapidement »",
                    "name": "quickExitUrl",
                    "pattern": [
                      "^https://[^\\s/?#]+(?:[/?#][\\s\\S]*)?$",
                      "Adresse web invalide : elle doit commencer par https://",
                    ],
                    "required": true,
                    "widget": "string",
                  },
                  {
                    "fields": [
                      {
                        "default": false,
                        "label": "Activer le fond de carte",
                        "name": "enabled",
                        "required": false,
                        "widget": "boolean",
                      },
                      {
                        "label": "Modèle d’adresse des tuiles",
                        "name": "urlTemplate",
                        "pattern": [
                          "^https:\\/\\/.*\\{z\\}.*\\{x\\}.*\\{y\\}",
                          "Modèle attendu : https://…/{z}/{x}/{y}.png",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                      {
                        "label": "Attribution",
                        "name": "attribution",
                        "pattern": [
                          "^\\s*(?=\\S)[\\s\\S]{1,200}(?<=\\S)\\s*$",
                          "Ce champ est obligatoire. Texte trop long : 200 caractères au plus",
                        ],
                        "required": false,
                        "widget": "string",
                      },
                    ],
                    "label": "Fond de carte (tuiles externes)",
                    "name": "mapTiles",
                    "required": true,
                    "widget": "object",
                  },
                ],
                "file": "content/settings/site.json",
                "label": "Réglages",
                "name": "site",
              },
            ],
            "format": "json",
            "label": "Réglages du site",
            "label_singular": "Réglages",
            "name": "settings",
          },
        ],
        "display_url": "https://ambassadeurs-santementale.fr",
        "load_config_file": false,
        "local_backend": true,
        "locale": "fr",
        "media_folder": "src/assets/uploads",
        "public_folder": "/uploads",
        "publish_mode": "editorial_workflow",
        "site_url": "https://ambassadeurs-santementale.fr",
        "slug": {
          "clean_accents": true,
          "encoding": "ascii",
          "sanitize_replacement": "-",
        },
      }
    `);
  });
});

describe('backend from environment variables', () => {
  test('git-gateway by default, on main', () => {
    expect(backendFromEnv({})).toEqual({ name: 'git-gateway', branch: 'main' });
  });

  test('GitHub with its repository, branch and OAuth server', () => {
    expect(
      backendFromEnv({
        CMS_BACKEND: 'github',
        CMS_REPO: 'reseau-asm/site',
        CMS_BRANCH: 'production',
        CMS_BASE_URL: 'https://oauth.exemple.fr',
        CMS_AUTH_ENDPOINT: 'api/auth',
      }),
    ).toEqual({
      name: 'github',
      repo: 'reseau-asm/site',
      branch: 'production',
      base_url: 'https://oauth.exemple.fr',
      auth_endpoint: 'api/auth',
    });
  });

  test('GitHub without a repository, or an unknown backend, stops the build with a French message', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow(/CMS_REPO/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow(/CMS_BACKEND inconnu/);
  });
});
