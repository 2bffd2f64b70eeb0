// The Decap CMS configuration's shapes, as the generator writes them (cms/config/config.ts).
import type { CmsBackend } from './backends.ts';

export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  /** [regular expression source, French message]. */
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
};

export type CmsCollection = {
  name: string;
  label: string;
  label_singular: string;
  format: 'json' | 'frontmatter';
  [option: string]: unknown;
};

export type { CmsBackend };

export type CmsConfig = {
  backend: CmsBackend & { commit_messages: Record<string, string> };
  local_backend: boolean;
  publish_mode: 'editorial_workflow';
  load_config_file: false;
  locale: 'fr';
  site_url: string;
  display_url: string;
  logo?: { src: string; show_in_header: boolean };
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
};

export type CmsOptions = {
  backend: CmsBackend;
  /** Public address of the site, for "view live" links. */
  siteUrl: string;
  /** The network's logo and name, for the login screen and the header. */
  logoUrl?: string;
  /** Labels of fixed entries (file collections), by collection then entry id. */
  entryLabels?: Record<string, Record<string, string>>;
};

/** A schema construct the generator cannot turn into a Decap field: extend the generator. */
export class UnsupportedSchemaError extends Error {}
