/**
 * A model a file downloads from a hub before training: `huggingface-cli download ORG/NAME --local-dir DIR` (and `hf download`),
 * `modelscope download --model ORG/NAME --local_dir DIR`, `snapshot_download(repo_id="ORG/NAME", local_dir="DIR")`, in a shell
 * line, a Python string or a comment that tells the user to run it. The repository and the folder it fills, each where it is
 * written; a dataset's or a space's download is not a model's.
 */
import type { Range } from '../types';

export interface HubDownload {
  /** The repository id (ORG/NAME) and where it is written. */
  readonly repo: string;
  readonly repoRange: Range;
  /** The folder the files go to (--local-dir, local_dir=), where one is given. */
  readonly localDir?: string;
}

const REPO = /^[\w.-]+\/[\w.-]+$/;
/** The CLIs' options that take a value (the repository is the first word that is not an option or an option's value). */
const VALUED = new Set([
  '--local-dir',
  '--local_dir',
  '--cache-dir',
  '--cache_dir',
  '--revision',
  '--include',
  '--exclude',
  '--repo-type',
  '--repo_type',
  '--token',
  '--max-workers',
  '--max_workers',
  '--local-dir-use-symlinks',
  '--model',
  '--dataset',
]);

const unquote = (s: string): string => s.replace(/^(['"])(.*)\1$/, '$2');

/** The hub downloads a file's text writes, in order. */
export function hubDownloads(text: string): HubDownload[] {
  const out: HubDownload[] = [];
  // The CLIs: the command's words up to the end of its line (a backslash continues it).
  for (const m of text.matchAll(/\b(huggingface-cli|hf|modelscope)\s+download\b((?:[^\n\\]|\\\n|\\(?!\n))*)/g)) {
    const tool = m[1]!;
    const start = m.index + m[0].length - m[2]!.length;
    const words = [...m[2]!.matchAll(/[^\s\\'"`;|&)]+|'[^'\n]*'|"[^"\n]*"/g)];
    let repo: { value: string; at: number } | undefined;
    let localDir: string | undefined;
    let dataset = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]![0];
      const [flag, inline] = w.startsWith('--') ? [w.split('=')[0]!, w.includes('=') ? w.slice(w.indexOf('=') + 1) : undefined] : [w, undefined];
      if (flag.startsWith('-')) {
        const value = inline ?? (VALUED.has(flag) ? words[++i]?.[0] : undefined);
        if (value === undefined) continue;
        const v = unquote(value);
        if (flag === '--local-dir' || flag === '--local_dir') localDir = v;
        else if ((flag === '--repo-type' || flag === '--repo_type') && v !== 'model') dataset = true;
        else if (flag === '--dataset') dataset = true;
        else if (flag === '--model' && tool === 'modelscope' && REPO.test(v) && !repo)
          repo = { value: v, at: start + words[i]!.index + words[i]![0].lastIndexOf(v) };
        continue;
      }
      const v = unquote(w);
      if (!repo && REPO.test(v)) repo = { value: v, at: start + words[i]!.index + w.indexOf(v) };
    }
    if (repo && !dataset) out.push({ repo: repo.value, repoRange: { start: repo.at, end: repo.at + repo.value.length }, ...(localDir ? { localDir } : {}) });
  }
  // Python: snapshot_download(repo_id="ORG/NAME", local_dir="DIR") (huggingface_hub; modelscope's takes model_id).
  for (const m of text.matchAll(/\bsnapshot_download\s*\(([^()]*)\)/g)) {
    const args = m[1]!;
    const at = m.index + m[0].indexOf('(') + 1;
    const kw = (names: string) => new RegExp(`\\b(?:${names})\\s*=\\s*(['"])([^'"\\n]+)\\1`).exec(args);
    const named = kw('repo_id|model_id');
    const first = /^\s*(['"])([^'"\n]+)\1/.exec(args);
    const hit = named ?? first;
    if (!hit || !REPO.test(hit[2]!)) continue;
    const type = kw('repo_type')?.[2];
    if (type !== undefined && type !== 'model') continue;
    const offset = at + hit.index + hit[0].indexOf(hit[2]!);
    const dir = kw('local_dir')?.[2];
    out.push({ repo: hit[2]!, repoRange: { start: offset, end: offset + hit[2]!.length }, ...(dir ? { localDir: dir } : {}) });
  }
  return out.sort((a, b) => a.repoRange.start - b.repoRange.start);
}

const norm = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');

/**
 * The download whose folder is the model path a file names (the path itself, or one ending in the other at a folder boundary:
 * `autodl-tmp/qwen-1.5b` and `./autodl-tmp/qwen-1.5b/`, `/root/autodl-tmp/qwen-1.5b`).
 */
export function downloadInto(downloads: readonly HubDownload[], ref: string): HubDownload | undefined {
  const r = norm(ref);
  if (!r || r === '.') return undefined;
  return downloads.find((d) => {
    if (d.localDir === undefined) return false;
    const l = norm(d.localDir);
    if (!l || l === '.') return false;
    return l === r || r.endsWith(`/${l}`) || l.endsWith(`/${r}`);
  });
}
