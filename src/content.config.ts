import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { porteurSchema } from './schemas/porteurs.ts';
import { territorySchema } from './schemas/territories.ts';
import { helplineSchema } from './schemas/helplines.ts';
import { testimonialSchema } from './schemas/testimonials.ts';
import { milestoneSchema } from './schemas/milestones.ts';
import { pageSchema } from './schemas/pages.ts';
import { settingsSchema } from './schemas/settings.ts';
import { chatbotNodeSchema } from './schemas/chatbot.ts';

const from = (folder: string, extension: string) =>
  glob({ pattern: `*.${extension}`, base: `./content/${folder}` });

export const collections = {
  porteurs: defineCollection({ loader: from('porteurs', 'md'), schema: porteurSchema }),
  territories: defineCollection({ loader: from('territories', 'json'), schema: territorySchema }),
  helplines: defineCollection({ loader: from('helplines', 'json'), schema: helplineSchema }),
  testimonials: defineCollection({ loader: from('testimonials', 'md'), schema: testimonialSchema }),
  milestones: defineCollection({ loader: from('milestones', 'json'), schema: milestoneSchema }),
  pages: defineCollection({ loader: from('pages', 'mdx'), schema: pageSchema }),
  settings: defineCollection({ loader: from('settings', 'json'), schema: settingsSchema }),
  chatbot: defineCollection({ loader: from('chatbot', 'json'), schema: chatbotNodeSchema }),
};
