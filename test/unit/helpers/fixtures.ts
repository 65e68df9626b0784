/** Fixture access for unit tests: the real configs copied from the shared set, unmodified. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, type FileAnalysis, type PipelineOptions } from '../../../src/core/pipeline';

export const FIXTURES = join(process.cwd(), 'test', 'fixtures');

export function fixtureText(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

export function analyzeFixture(rel: string, options: PipelineOptions = {}): FileAnalysis {
  return analyzeFile({ path: rel, text: fixtureText(rel) }, options);
}

/** A file's error findings (a counted model has none). */
export function errorsOf(r: Pick<FileAnalysis, 'findings'>): FileAnalysis['findings'] {
  return r.findings.filter((f) => f.severity === 'error');
}

export interface GroundTruthRow {
  readonly file: string;
  readonly variant?: string;
  readonly total: number;
  readonly active?: number;
  readonly evidence: string;
}

/** Rows of GROUND_TRUTH.tsv (file[#VAR=value], total, active, evidence, note). */
export function groundTruth(): GroundTruthRow[] {
  return fixtureText('GROUND_TRUTH.tsv')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('file\t'))
    .map((line) => {
      const [fileCol = '', total = '', active = '', evidence = ''] = line.split('\t');
      const [file = '', variant] = fileCol.split('#');
      return { file, variant, total: Number(total), active: active ? Number(active) : undefined, evidence };
    });
}
