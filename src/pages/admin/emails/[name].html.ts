// French e-mail templates for Netlify Identity, whose links open /admin/ (where the Identity widget
// is) rather than the home page (which loads no script). Set their paths in Netlify: Site
// configuration → Identity → Emails (see README). {{ .SiteURL }} and {{ .Token }} are filled by Netlify.
import type { APIRoute, GetStaticPaths } from 'astro';

const templates = {
  invitation: {
    subject: 'Invitation à modifier le site Ambassadeurs Santé Mentale',
    text: 'Vous êtes invité·e à modifier le site Ambassadeurs Santé Mentale. Suivez ce lien pour choisir votre mot de passe :',
    link: 'Accepter l’invitation',
    hash: 'invite_token',
  },
  confirmation: {
    subject: 'Confirmez votre adresse',
    text: 'Suivez ce lien pour confirmer votre adresse électronique :',
    link: 'Confirmer mon adresse',
    hash: 'confirmation_token',
  },
  recovery: {
    subject: 'Nouveau mot de passe',
    text: 'Suivez ce lien pour choisir un nouveau mot de passe :',
    link: 'Choisir un nouveau mot de passe',
    hash: 'recovery_token',
  },
  'email-change': {
    subject: 'Confirmez votre nouvelle adresse',
    text: 'Suivez ce lien pour confirmer votre nouvelle adresse électronique ({{ .NewEmail }}) :',
    link: 'Confirmer la nouvelle adresse',
    hash: 'email_change_token',
  },
};

export const getStaticPaths = (() =>
  Object.keys(templates).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const template = templates[params.name as keyof typeof templates];
  const html = `<h2>${template.subject}</h2>
<p>${template.text}</p>
<p><a href="{{ .SiteURL }}/admin/#${template.hash}={{ .Token }}">${template.link}</a></p>
<p>Le guide des éditeurs : <a href="{{ .SiteURL }}/admin/guide/">{{ .SiteURL }}/admin/guide/</a></p>
`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
