/**
 * Every check of a collection's files, as one pure function of their bytes: encoding, frontmatter
 * syntax, the schema (with unknown fields), the rules that relate one field to another, and the
 * rules across files. checked-collection.ts runs it in the build and in `astro dev`.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-problem';
import { addressProblems, entryId, tagSpellingProblems, type TaggedFile } from './collection-checks';
import { dateOrderProblems, fileNumberProblems, termSelfReferenceProblems } from './entry-checks';
import { decodeUtf8, readFrontmatter } from './frontmatter-source';
import type { CollectionName } from './reserved-routes';
import { schemaProblems } from './schema-problems';

export interface SourceFile {
  file: string;
  relativePath: string;
  bytes: Uint8Array;
}

interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  element?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  out?: { _zod: { def: ZodDef } };
}

/** The field names an object of the schema allows at a path, for "did you mean". */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  const unwrap = () => {
    for (;;) {
      if (def.innerType) def = def.innerType._zod.def;
      else if (def.type === 'pipe' && def.out) def = (def.out._zod.def.type === 'transform' ? def.in : def.out)?._zod.def ?? def;
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    if (def.type === 'object' && def.shape) {
      const next = def.shape[String(key)];
      if (!next) return [];
      def = next._zod.def;
    } else if (def.type === 'array' && def.element) {
      def = def.element._zod.def;
    } else {
      return [];
    }
    unwrap();
  }
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export function checkCollection(collection: CollectionName, files: readonly SourceFile[], schema: z.ZodType): ContentProblem[] {
  const problems: ContentProblem[] = [...addressProblems(collection, files)];
  const tagged: TaggedFile[] = [];
  for (const source of files) {
    const { text, problem } = decodeUtf8(source.file, source.bytes);
    if (text === undefined) {
      if (problem) problems.push(problem);
      continue;
    }
    const frontmatter = readFrontmatter(source.file, text);
    problems.push(...frontmatter.problems);
    if (frontmatter.problems.length > 0) continue;
    const { data, lineOf } = frontmatter;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      problems.push(...schemaProblems(source.file, parsed.error.issues, data, lineOf, (p) => fieldsAt(schema, p)));
      continue;
    }
    const valid = parsed.data as Record<string, unknown>;
    const id = entryId(source.relativePath);
    problems.push(...dateOrderProblems(source.file, valid as { published?: Date; updated?: Date }, lineOf));
    if (collection === 'issues') {
      problems.push(...fileNumberProblems(source.file, id, valid as { number: number }, lineOf));
      tagged.push({ file: source.file, tags: (valid['tags'] as string[] | undefined) ?? [], lineOf });
    }
    if (collection === 'glossary') {
      problems.push(...termSelfReferenceProblems(source.file, id, valid as { term: string; aliases: string[]; related: string[] }, lineOf));
    }
  }
  problems.push(...tagSpellingProblems(tagged));
  return problems;
}
