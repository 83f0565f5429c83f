import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './content-problem';

/** A content file's frontmatter as its editor wrote it, with the line of every field. */
export interface FrontmatterSource {
  /** The fields, parsed as YAML 1.2 (dates stay strings, so their spelling can be checked). */
  data: Record<string, unknown>;
  /** The file line of a field (path as in quiz.0.options), or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  problems: ContentProblem[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of a file that must be UTF-8, or the problem that says where it is not. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; problem?: ContentProblem } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // Scan line by line: quick, and precise enough to point at the line.
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          const bad = bytes.subarray(start, i).find((b) => b > 0x7f) ?? 0;
          return {
            problem: {
              file,
              line,
              field: 'encoding',
              message: `the file is not valid UTF-8 (byte 0x${bad.toString(16).toUpperCase().padStart(2, '0')} on this line); expected UTF-8 text: save the file again with the encoding set to UTF-8`,
            },
          };
        }
        start = i + 1;
        line++;
      }
    }
    return { problem: { file, field: 'encoding', message: 'the file is not valid UTF-8; expected UTF-8 text' } };
  }
}

/** Splits "---\n…\n---" off the top of a Markdown or MDX file and parses it, keeping positions. */
export function readFrontmatter(file: string, text: string): FrontmatterSource {
  const problems: ContentProblem[] = [];
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/.exec(source);
  if (!match) {
    problems.push({
      file,
      line: 1,
      field: 'frontmatter',
      message: 'expected the file to start with a line of three dashes (---), the fields, and another --- line',
    });
    return { data: {}, lineOf: () => undefined, problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter, uniqueKeys: true, prettyErrors: false });
  // The YAML starts on the file's second line, after the opening ---.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const yamlText = match[1] ?? '';
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^\s*([^:\n]+?)\s*:/.exec(yamlText.slice(error.pos[0]))?.[1] ?? 'a field';
      const first = yamlText.slice(0, error.pos[0]).split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
      problems.push({
        file,
        line: lineAt(error.pos[0]),
        field: key,
        message: `given twice (first on line ${first + 2}); expected each field once, because only one of them would be kept`,
      });
    } else {
      problems.push({ file, line: lineAt(error.pos[0]), field: 'frontmatter', message: `not valid YAML: ${error.message.split('\n')[0]}` });
    }
  }
  const parsed: unknown = doc.errors.length > 0 ? {} : doc.toJS();
  const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  if (doc.errors.length === 0 && data !== parsed) {
    problems.push({ file, line: 2, field: 'frontmatter', message: 'expected fields written as name: value, one per line' });
  }

  function lineOf(path: readonly PropertyKey[]): number | undefined {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(key));
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) line = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  }
  return { data, lineOf, problems };
}
