/**
 * The frontmatter of every collection, each field described for editors and editor tooling.
 * content.config.ts gives them to Astro; checks.ts validates every file against them first,
 * so that a mistake is reported in the site's own words with its line.
 */
import { z } from 'astro/zod';
import { seriesIds } from '../../site.config';
import { termCategoryIds } from './term-categories';

// Every object is strict: a misspelt optional field (`publised:`, `DOI:`) is an error, not silently ignored.
const reference = z
  .strictObject({
    authors: z.array(z.string().min(1)).min(1).describe('Authors as "Surname Initials", in the order the work lists them.'),
    title: z.string().min(1).describe('Title of the cited work, without a trailing full stop.'),
    venue: z.string().min(1).describe('Journal, volume and pages, or publisher, as one string.'),
    year: z.number().int().min(1700).max(2100).describe('Year of publication.'),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'expected a bare DOI such as 10.1038/323533a0, without https://doi.org/')
      .optional()
      .describe('Digital Object Identifier, bare (10.xxxx/...). Preferred over url.'),
    url: z.url().optional().describe('Stable URL, only for works that have no DOI.'),
  })
  .refine((r) => r.doi !== undefined || r.url !== undefined, {
    message: 'each reference needs a doi or, for works without one, a url',
  });

const quizQuestion = z
  .strictObject({
    question: z.string().min(1).describe('The question, in one or two sentences.'),
    options: z
      .array(
        z.strictObject({
          text: z.string().min(1).describe('The answer as the reader sees it.'),
          correct: z.boolean().default(false).describe('True for the one right answer.'),
          explanation: z.string().min(1).describe('Why this answer is right or wrong, shown once revealed.'),
        }),
      )
      .min(3)
      .max(5)
      .describe('Three to five answers, exactly one of them correct.'),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'each question needs exactly one option with correct: true',
    path: ['options'],
  });

/** "2026-11-23" and nothing else: "23/11/2026" or "2026-02-30" would otherwise become another day, or none. */
function calendarDate(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : value;
}

const isoDate = () => z.preprocess(calendarDate, z.date({ error: 'expected a date written as YYYY-MM-DD' }));

export const issueSchema = z.strictObject({
    title: z.string().min(1).describe('Headline of the issue, in sentence case.'),
    description: z
      .string()
      .min(1)
      .max(160, 'must be at most 160 characters, because search engines cut longer meta descriptions')
      .describe('One-sentence summary used for the meta description, feeds and cards.'),
    series: z.enum(seriesIds).default('conundra').describe('Series the issue belongs to.'),
    number: z.number().int().positive().describe('Position in the series; unique within it.'),
    published: isoDate().describe('Publication date; a future date keeps the issue unpublished.'),
    updated: isoDate().optional().describe('Date of the last substantive revision, if any.'),
    authors: z.array(z.string().min(1)).min(1).describe('Names of the authors as they should be credited.'),
    reviewers: z.array(z.string().min(1)).default([]).describe('Names of the clinical or technical reviewers.'),
    tags: z.array(z.string().min(1)).default([]).describe('Lower-case topic tags, for tag pages and feeds.'),
    draft: z.boolean().default(false).describe('True keeps the issue out of production builds.'),
    epigraph: z
      .strictObject({
        text: z.string().min(1).describe('The quotation, exactly as its author wrote it, without quotation marks.'),
        author: z.string().min(1).describe('Who wrote or said it, as they are usually credited.'),
      })
      .optional()
      .describe('A short quotation that opens the issue, shown above the first section, in the feeds and in the email.'),
    references: z.array(reference).min(1).describe('Primary sources the issue relies on.'),
    quiz: z.array(quizQuestion).min(3).max(5).describe('Self-check questions that test understanding, not recall of wording.'),
});

export const termSchema = z.strictObject({
    term: z.string().min(1).describe('Display name of the term.'),
    short: z
      .string()
      .min(1)
      .max(160, 'must be at most 160 characters: it is the popover text and the meta description')
      .describe('One plain sentence defining the term, for popovers and the meta description.'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other names and abbreviations, such as kNN.'),
    category: z.enum(termCategoryIds).describe('The one glossary category the term belongs to.'),
    related: z.array(z.string().min(1)).default([]).describe('Slugs of related terms; checked at build.'),
    sources: z.array(reference).default([]).describe('Primary sources or textbooks behind the definition.'),
    published: isoDate().optional().describe('Publication date; a future date keeps the term unpublished.'),
    updated: isoDate().optional().describe('Date of the last substantive revision, if any.'),
    draft: z.boolean().default(false).describe('True keeps the term out of production builds.'),
});

export const pageSchema = z.strictObject({
    title: z.string().min(1).describe('Page title, shown as the heading and in the browser tab.'),
    description: z
      .string()
      .min(1)
      .max(160, 'must be at most 160 characters, because search engines cut longer meta descriptions')
      .describe('One-sentence summary used for the meta description.'),
    draft: z.boolean().default(false).describe('True keeps the page out of production builds.'),
});
