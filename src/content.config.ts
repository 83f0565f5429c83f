import { defineCollection } from 'astro:content';
import path from 'node:path';
import { contentDir } from './site.config';
import { checkedGlob } from './lib/content/checked-collection';
import { issueSchema, pageSchema, termSchema } from './lib/content/schemas';

/** The schemas, with every field described, are in src/lib/content/schemas.ts. */
const issues = defineCollection({
  loader: checkedGlob({ collection: 'issues', base: path.join(contentDir, 'issues'), extensions: ['.mdx'], schema: issueSchema }),
  schema: issueSchema,
});

const glossary = defineCollection({
  loader: checkedGlob({ collection: 'glossary', base: path.join(contentDir, 'glossary'), extensions: ['.md'], schema: termSchema }),
  schema: termSchema,
});

const pages = defineCollection({
  loader: checkedGlob({ collection: 'pages', base: path.join(contentDir, 'pages'), extensions: ['.md', '.mdx'], schema: pageSchema }),
  schema: pageSchema,
});

export const collections = { issues, glossary, pages };
