/**
 * Paths as the files write them ('/'-separated, a Windows path's '\\' accepted): no `node:path` in core. One place for the folder
 * of a path, a join, and the folding of '.' and 'x/..' that references, cluster files and a script's `$(cd … && pwd)` need.
 */

/** The folder of a path: '.' for a bare name, '/' for a file at the root. */
export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '.' : i === 0 ? '/' : path.slice(0, i);
}

/** A path as written, without its leading ./ and doubled slashes. */
export function plainPath(p: string): string {
  return p.replace(/\/{2,}/g, '/').replace(/^(\.\/)+/, '');
}

/** `name` inside `dir` ('.' or '' is the current folder). */
export function joinPath(dir: string, name: string): string {
  return dir === '' || dir === '.' ? name : `${dir.replace(/\/+$/, '')}/${name}`;
}

/**
 * Segments with '.' and empty ones dropped and 'x/..' folded; a leading '..' stays (it leaves the folder the path is relative
 * to), and so does the root of an absolute path (a first '' segment).
 */
export function foldSegments(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (s === '.' || s === '') {
      if (out.length === 0 && s === '') out.push('');
      continue;
    }
    if (s === '..' && out.length && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
    else out.push(s);
  }
  return out;
}

/** A path's last part (`run_mlm.py` of `repo/run_mlm.py`). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
