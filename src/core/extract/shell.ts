/**
 * Shell launch scripts (bash): read statically, never run. A small interpreter walks the script in
 * order: variable and array assignments, ${VAR:-default}, $(( )) arithmetic, quoting and word
 * splitting, line continuations, and `case`/`if` blocks selected by the variables' values (set in
 * the script or by the user, e.g. MODEL=39B). Every `--flag value` and `--flag=value` of every
 * command becomes a fact whose value range is where the value was written: the assignment
 * (`TP=2`), not the flag that reads `$TP`, because edits go there.
 */
import { extractPython } from './python';
import type { Fact, FactValue, Finding, Range } from '../types';
import { finding } from '../types';
import { extractJson, type Extraction } from './json';
import { extractToml } from './toml';
import { foldSegments } from '../paths';

/** A string whose characters remember their source offsets (-1: made up, e.g. an override). */
interface Located {
  readonly text: string;
  readonly pos: readonly number[];
  /** Contains a part we cannot know statically ($(cmd), $1, an unset variable). */
  readonly unknown: boolean;
  /** Where in text those parts sit (set whenever unknown is), so word splitting keeps the known words known. */
  readonly holes?: readonly Hole[];
}

/** An unknown part: where it sits in the expanded text, and where it was written. */
interface Hole {
  readonly at: number;
  readonly src: Range;
}

interface Word {
  readonly parts: readonly Part[];
  readonly range: Range;
}

type Part =
  | { readonly kind: 'lit'; readonly text: string; readonly pos: readonly number[]; readonly quoted: boolean }
  | {
      readonly kind: 'var';
      readonly name: string;
      readonly index?: string;
      readonly op?: string;
      readonly arg?: Word;
      /** ${NAME##pattern} and its kin: the literal glob removed from the value's start (#, ##) or end (%, %%). */
      readonly strip?: { readonly op: '#' | '##' | '%' | '%%'; readonly glob: string };
      /** ${NAME/text/with}, ${NAME//text/with}: a literal text replaced, the first time or every time (`${TOKENS//_}`: 30_000 → 30000). */
      readonly replace?: { readonly all: boolean; readonly from: string; readonly to: string };
      /** ${!NAME[@]}: the array's indices, 0 1 … (a loop over them, `for i in "${!models[@]}"`). */
      readonly keys?: true;
      readonly quoted: boolean;
      readonly range: Range;
    }
  | { readonly kind: 'arith'; readonly expr: string; readonly range: Range; readonly quoted: boolean }
  | { readonly kind: 'cmd'; readonly range: Range; readonly quoted: boolean };

export type Token =
  | { readonly type: 'word'; readonly word: Word }
  | { readonly type: 'array'; readonly name: string; readonly append: boolean; readonly elements: readonly Word[]; readonly range: Range }
  | { readonly type: 'op'; readonly op: string; readonly range: Range }
  | { readonly type: 'nl'; readonly range: Range }
  /**
   * A JSON file the script writes by a heredoc (`cat <<EOT > $DS_CONFIG` … `EOT`): where it goes (the redirection's word) and
   * its body, read where the script writes it (an unquoted delimiter expands $VAR, ${…}, $(( )) in it).
   */
  | { readonly type: 'written'; readonly target?: Word; readonly body: Word; readonly range: Range };

export interface ShellOptions {
  /** Variables the user sets (e.g. MODEL=39B); assignments in the script do not override them. */
  readonly vars?: Readonly<Record<string, string>>;
  /** The environment the script starts in, each value where a file sets it (a Kubernetes container's env); the script may assign over them. */
  readonly environment?: Readonly<Record<string, { readonly text: string; readonly range: Range }>>;
  /**
   * What the script that runs or sources this one hands it (`export MODEL_PATH=…; bash train.sh`, `source common.sh` after
   * setting variables): exported, set where that script wrote them (not in this file: no position here).
   */
  readonly inherited?: Readonly<Record<string, string>>;
  /**
   * What each script this one sources leaves set (`source config.sh` of `TP=4`), by the path as this one writes it
   * (shellVariables of that script): set at the `source` line, as the shell does.
   */
  readonly sourced?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The YAML reader, for a YAML file the script writes (the caller's: the YAML reader reads shell scripts in job files). */
  readonly yaml?: (file: string, text: string) => Extraction;
  /**
   * The options the command that submits this script gives the scheduler (`sbatch --nodes=16 job.sh`: {"--nodes": "16"}), over
   * the script's own #SBATCH lines, said where they are.
   */
  readonly jobOptions?: Readonly<Record<string, string>>;
}

/** Scripts run after training on its output: evaluation, inference, merging adapters, export and conversion, serving. */
const AFTER_THE_RUN =
  /^(eval|evaluate|evaluation|infer|inference|predict|generate|merge|export|convert|serve|chat|bench|benchmark|test)([_.-]|$)|[_-](eval|evaluate|evaluation|infer|inference|merge|export|convert)[_.]/i;

/** Training CLIs' commands run after training on its output (ms-swift's, LLaMA-Factory's, LitGPT's, Axolotl's). */
const AFTER_THE_RUN_CLI =
  /^(swift (export|infer|deploy|eval|app|web-ui|merge-lora)|llamafactory-cli (export|chat|eval|api|webchat|webui)|litgpt (generate|chat|serve|evaluate|merge_lora|convert_\w+)|axolotl (merge-lora|merge_lora|inference|evaluate))$/;

/** The test operators that compare values. */
const COMPARISONS: ReadonlySet<string> = new Set(['=', '==', '!=', '-eq', '-ne', '-gt', '-ge', '-lt', '-le']);

const MAX_TOKENS = 200000;
const MAX_STEPS = 200000;

export function extractShell(file: string, text: string, options: ShellOptions = {}): Extraction {
  if (text.trim() === '') return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  const errors: Finding[] = [];
  const heredocs: Heredoc[] = [];
  const { interp, directives } = interpreted(file, text, options, errors, heredocs);
  // A Python script this one writes out (and runs): its facts, under ["@heredoc", its file name], read in the environment
  // the script exports; where it sits in this file.
  const environ = interp.environment();
  const embedded: Fact[] = heredocs
    .filter((h) => h.kind === 'python' && h.target !== undefined)
    .flatMap((h) =>
      extractPython(file, blankedOutside(text, h.start, h.end), { environ }).facts.map((f) => ({ ...f, path: ['@heredoc', h.target!, ...f.path] })),
    );
  // A JSON file it writes (a DeepSpeed config made by a heredoc): its facts under ["@heredoc", the path written], each where
  // its text was written (a value expanded from a variable: the variable's assignment).
  // (A YAML one likewise, an accelerate config written to /tmp and handed to --config_file.)
  // (And a TOML one, torchtitan's train config the launch names by --job.config_file.)
  const written: Fact[] = interp.written.flatMap((w) => {
    const syntax = writtenSyntax(w.target) ?? 'json';
    if (syntax === 'yaml' && !options.yaml) return [];
    const json = syntax === 'yaml' ? options.yaml!(file, w.body.text) : syntax === 'toml' ? extractToml(file, w.body.text) : extractJson(file, w.body.text);
    if (json.errors.some((e) => e.severity === 'error')) return [];
    const at = (r: Range): Range => rangeOf(slice(w.body, r.start, r.end), w.range);
    // A value on a line where the body holds a part only a run knows is unknown.
    const lines = holesOf(w.body).map((h) => ({
      start: w.body.text.lastIndexOf('\n', h.at - 1) + 1,
      end: w.body.text.indexOf('\n', h.at) < 0 ? w.body.text.length : w.body.text.indexOf('\n', h.at),
    }));
    const onHole = (f: Fact) => lines.some((l) => f.valueRange.start <= l.end && f.valueRange.end >= l.start);
    return json.facts.map((f) => ({
      ...f,
      path: ['@heredoc', w.target, ...f.path],
      keyRange: at(f.keyRange),
      valueRange: at(f.valueRange),
      ...(onHole(f) ? { value: null, unknown: true as const } : {}),
    }));
  });
  const sbatch: Fact[] = directives.map((d) => ({
    file,
    path: ['#SBATCH', d.name],
    value: d.value === undefined ? true : toValue({ text: d.value.text, pos: [], unknown: false }),
    keyRange: d.keyRange,
    valueRange: d.value?.range ?? d.keyRange,
  }));
  return { facts: [...sbatch, ...interp.facts, ...embedded, ...written], errors };
}

/** The script read through, with the environment it starts in: the interpreter after its run, and its #SBATCH directives. */
function interpreted(file: string, text: string, options: ShellOptions, errors: Finding[], heredocs: Heredoc[]) {
  const tokens = tokenizeShell(text, errors, file, heredocs);
  // A job script this one writes out and submits: its #SBATCH lines are the job's.
  const written = [
    ...sbatchDirectives(text),
    ...heredocs.filter((h) => h.kind === 'shell').flatMap((h) => sbatchDirectives(blankedOutside(text, h.start, h.end))),
  ];
  const directives = withJobOptions(file, written, options.jobOptions ?? {}, errors);
  const environment = slurmEnvironment(directives);
  for (const [k, v] of Object.entries(options.environment ?? {}))
    environment.set(k, {
      text: v.text,
      pos: Array.from(v.text, (_, i) => (v.range.end - v.range.start === v.text.length ? v.range.start + i : v.range.start)),
      unknown: false,
    });
  for (const [k, v] of Object.entries(options.inherited ?? {}))
    if (!environment.has(k)) environment.set(k, { text: v, pos: Array.from(v, () => -1), unknown: false });
  const interp = new Interpreter(
    file,
    tokens,
    options.vars ?? {},
    errors,
    environment,
    text,
    [...Object.keys(options.environment ?? {}), ...Object.keys(options.inherited ?? {})],
    directives.length > 0,
    options.sourced ?? {},
  );
  interp.run();
  return { interp, directives };
}

/** The syntax of a config a script writes by a heredoc, by the extension of the path written; undefined for any other. */
export function writtenSyntax(target: string): 'json' | 'yaml' | 'toml' | undefined {
  return /\.json$/i.test(target) ? 'json' : /\.ya?ml$/i.test(target) ? 'yaml' : /\.toml$/i.test(target) ? 'toml' : undefined;
}

/**
 * The variables a script leaves set whose values are known (plain ones, exported or not), for a script that sources it: read in
 * the environment that script hands it (`inherited`). Arrays stay the sourced script's (its flags are read with it).
 */
export function shellVariables(file: string, text: string, options: ShellOptions = {}): Record<string, string> {
  if (text.trim() === '') return {};
  return interpreted(file, text, options, [], []).interp.variables();
}

/** The text with everything outside [start, end) made blank (newlines kept): offsets, lines and columns stay the file's. */
export function blankedOutside(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

/** sbatch's options that take no value (`sbatch --exclusive --parsable job.sh`; the others take the next word, unless written --opt=value). */
const SBATCH_SWITCHES: ReadonlySet<string> = new Set([
  '--exclusive',
  '--parsable',
  '--wait',
  '-W',
  '--test-only',
  '--hold',
  '-H',
  '--requeue',
  '--no-requeue',
  '-O',
  '--overcommit',
  '--contiguous',
  '--spread-job',
  '--use-min-nodes',
  '-Q',
  '--quiet',
  '-v',
  '--verbose',
]);

/** srun's options that take no value (the others take the next word, unless written --opt=value). */
const SRUN_SWITCHES: ReadonlySet<string> = new Set([
  '-l',
  '--label',
  '-u',
  '--unbuffered',
  '-v',
  '--verbose',
  '-Q',
  '--quiet',
  '-K',
  '--kill-on-bad-exit',
  '-X',
  '--disable-status',
  '-O',
  '--overcommit',
  '-E',
  '--preserve-env',
  '-Z',
  '--no-allocate',
  '--exclusive',
  '--overlap',
  '--exact',
  '--pty',
  '--no-container-mount-home',
  '--container-remap-root',
  '--no-container-remap-root',
  '--container-writable',
  '--container-readonly',
  '--no-kill',
  '--multi-prog',
  '--whole',
]);

/** Slurm's short options, as their long names. */
const SBATCH_SHORT: Readonly<Record<string, string>> = {
  '-N': '--nodes',
  '-n': '--ntasks',
  '-G': '--gpus',
  '-c': '--cpus-per-task',
  '-p': '--partition',
  '-t': '--time',
};

interface Directive {
  readonly name: string;
  readonly keyRange: Range;
  readonly value?: { readonly text: string; readonly range: Range };
}

/** sbatch's short options by their long names. */
const SBATCH_LONG: Readonly<Record<string, string>> = { '-N': '--nodes', '-n': '--ntasks', '-G': '--gpus', '-c': '--cpus-per-task', '-p': '--partition' };

/**
 * The script's #SBATCH directives with the submitting command's options over them (`sbatch --nodes=16 job.sh` over
 * `#SBATCH --nodes=128`), each said at the line it replaces (or the top of the script).
 */
function withJobOptions(file: string, written: readonly Directive[], options: Readonly<Record<string, string>>, errors: Finding[]): Directive[] {
  const long = (name: string) => SBATCH_LONG[name] ?? name;
  const out = [...written];
  for (const [name, value] of Object.entries(options)) {
    const key = long(name);
    const at = out.findIndex((d) => long(d.name) === key);
    const range = at >= 0 ? (out[at]!.value?.range ?? out[at]!.keyRange) : { start: 0, end: 0 };
    const replaced = { name: key, keyRange: at >= 0 ? out[at]!.keyRange : range, value: { text: value, range } };
    if (at >= 0) out[at] = replaced;
    else out.push(replaced);
    errors.push(
      finding(
        'assumed',
        'info',
        { id: 'shell.jobOption', args: { option: `${key}=${value}`, was: at >= 0 ? (written[at]!.value?.text ?? 'true') : '—' } },
        { file, range },
      ),
    );
  }
  return out;
}

/**
 * The #SBATCH directives of a batch script: sbatch reads them from the comment lines before the first command and stops
 * there. `--nodes=4`, `--nodes 4`, `-N 4` and `-N4` are the same directive.
 */
export function sbatchDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  const lineRe = /[^\n]*(\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) && m[0] !== '') {
    const line = m[0].replace(/\r?\n$/, '');
    const start = m.index;
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) break;
    const d = /^(\s*#SBATCH\s+)(.*)$/.exec(line);
    if (!d) continue;
    const words: { text: string; at: number }[] = [];
    const wordRe = /\S+/g;
    let w: RegExpExecArray | null;
    const body = d[2]!.replace(/\s#.*$/, '');
    while ((w = wordRe.exec(body))) words.push({ text: w[0], at: start + d[1]!.length + w.index });
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (!word.text.startsWith('-')) continue;
      const eq = word.text.indexOf('=');
      const short = /^(-[A-Za-z])(.+)$/.exec(word.text);
      let name: string;
      let value: Directive['value'];
      if (eq > 0) {
        name = word.text.slice(0, eq);
        value = { text: word.text.slice(eq + 1), range: { start: word.at + eq + 1, end: word.at + word.text.length } };
      } else if (short && !word.text.startsWith('--')) {
        name = short[1]!;
        value = { text: short[2]!, range: { start: word.at + 2, end: word.at + word.text.length } };
      } else {
        name = word.text;
        const next = words[i + 1];
        if (next && !next.text.startsWith('-')) {
          value = { text: next.text, range: { start: next.at, end: next.at + next.text.length } };
          i++;
        }
      }
      out.push({ name: SBATCH_SHORT[name] ?? name, keyRange: { start: word.at, end: word.at + name.length }, value });
    }
  }
  return out;
}

/** The variables Slurm sets for the job from its directives (SLURM_NNODES, SLURM_NTASKS_PER_NODE, SLURM_GPUS_PER_NODE, …). */
function slurmEnvironment(directives: readonly Directive[]): Map<string, Located> {
  const env = new Map<string, Located>();
  const at = (name: string) => directives.find((d) => d.name === name)?.value;
  // The value points at the directive (its trailing number for gpu:8), so an edit goes there.
  const set = (names: readonly string[], v: { text: string; range: Range } | undefined, text = v?.text) => {
    if (!v || text === undefined || !v.text.endsWith(text)) return;
    const from = v.range.end - text.length;
    for (const n of names) env.set(n, { text, pos: Array.from(text, (_, i) => from + i), unknown: false });
  };
  const nodes = at('--nodes');
  // A range (--nodes=2-4) is not one number: left unset.
  if (nodes && /^\d+$/.test(nodes.text)) set(['SLURM_NNODES', 'SLURM_JOB_NUM_NODES'], nodes);
  set(['SLURM_NTASKS_PER_NODE'], at('--ntasks-per-node'));
  set(['SLURM_NTASKS', 'SLURM_NPROCS'], at('--ntasks'));
  const gpus = at('--gpus-per-node') ?? at('--gres');
  const count = gpus ? /(?:^|:)(\d+)$/.exec(gpus.text)?.[1] : undefined;
  if (gpus && count) set(['SLURM_GPUS_PER_NODE', 'SLURM_GPUS_ON_NODE'], gpus, count);
  return env;
}

// ---------------------------------------------------------------- tokenizer

const OPERATORS = [';;', '&&', '||', '>>', '<<<', '<<', '>&', '2>', '&>', ';', '|', '&', '(', ')', '<', '>'];

/**
 * A heredoc that writes a file (`cat > train.py <<'EOF'`, `cat <<EOF > job.sbatch`): a shell script's body is read as part of
 * this script (a job script written out and submitted), a Python script's is kept for the launch that runs it.
 */
export interface Heredoc {
  readonly kind: 'shell' | 'python';
  /** The file it writes, as written (a literal name; undefined where the name is computed). */
  readonly target?: string;
  readonly start: number;
  readonly end: number;
}

/** What a heredoc's body is: a shell script (its shebang, its #SBATCH lines, its name), a Python script, a JSON object, or none of them. */
function heredocKind(body: string, target: string | undefined): Heredoc['kind'] | 'json' | undefined {
  const first = body.slice(0, 200).split('\n', 1)[0]!;
  if (/^#!.*\bpython/.test(first) || (target !== undefined && /\.py$/.test(target))) return 'python';
  if (/^#!.*\b(ba|z)?sh\b/.test(first) || /^\s*#SBATCH\s/m.test(body) || (target !== undefined && /\.(sh|bash|slurm|sbatch)$/.test(target))) return 'shell';
  if (/^\s*\{/.test(body) || (target !== undefined && /\.json$/i.test(target))) return 'json';
  // (A YAML config written the same way, read as the JSON is: an accelerate config for --config_file.)
  if (target !== undefined && /\.ya?ml$/i.test(target)) return 'json';
  // (And a TOML one, torchtitan's train config, to a path the script names literally or by a variable, `cat > $CONFIG_FILE`: a
  // body that opens with a [table] and sets keys.)
  if ((target === undefined || /\.toml$/i.test(target)) && /^\s*\[[\w.]+\]\s*$/m.test(first) && /^\s*\w+\s*=/m.test(body)) return 'json';
  return undefined;
}

export function tokenizeShell(text: string, errors: Finding[] = [], file = '', heredocs: Heredoc[] = []): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  // A shell script's body being read in place: where it ends, and where the line after its delimiter starts.
  let inline: { end: number; after: number } | undefined;
  // A heredoc's body is skipped, except after `read [options] NAME <<DELIM`, which assigns it to NAME
  // (OpenRLHF's `read -r -d '' training_commands <<EOF`): that becomes NAME=body, its flags located in the body.
  const pendingHeredocs: { delim: string; strip: boolean; assign?: string; quotedDelim: boolean; writes?: boolean; runs?: boolean; target?: string }[] = [];
  let lineStart = 0;

  // Right after a line continuation, before any word: a comment there ends the command (bash cannot continue through it).
  let continued = false;
  // A comment ended a command on this line (cutOff); the flag lines after it are dropped until a line starts otherwise (orphans).
  let cutOff = false;
  let orphans = false;
  while (i < n && tokens.length < MAX_TOKENS) {
    if (inline && i >= inline.end) {
      i = inline.after;
      inline = undefined;
      continue;
    }
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continued = true;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') {
      i += 3;
      continued = true;
      continue;
    }
    // `--flag x \<space or tab>` at a line's end (or before a comment): bash escapes the blank, not the line break, so the
    // command ends there. Read as the one command it was meant to be, and said.
    if (c === '\\' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      let k = i + 1;
      while (text[k] === ' ' || text[k] === '\t') k++;
      if (k >= n || text[k] === '\n' || text[k] === '#' || (text[k] === '\r' && text[k + 1] === '\n'))
        errors.push(finding('unknown-value', 'warning', { id: 'extract.shellBackslashBlank' }, { file, range: { start: i, end: k } }));
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      const start = i;
      while (i < n && text[i] !== '\n') i++;
      // `--flag x \` then `#--other y \`: the command ends at this comment's line; the lines after it are a command of their own.
      if (continued && tokens.length > lineStart && /\\\s*$/.test(text.slice(start, i))) {
        // (Said where flag lines follow it; a commented-out last flag ends the command as meant.)
        const next = /^(?:\n[ \t]*(?:#[^\n]*)?(?=\n))*\n[ \t]*([^\s#])/.exec(text.slice(i));
        if (!orphans && next?.[1] === '-')
          errors.push(finding('unknown-value', 'warning', { id: 'extract.shellCommentEnds' }, { file, range: { start, end: i } }));
        cutOff = true;
      }
      continued = false;
      continue;
    }
    continued = false;
    if (c === '\n') {
      // The lines a comment cut off from their command: bash runs each as a command named by its first flag, which fails; they
      // are not the launch's flags.
      if (orphans && startsWithFlag(tokens[lineStart])) tokens.length = lineStart;
      else if (orphans && tokens.length > lineStart) orphans = false;
      if (cutOff) {
        orphans = true;
        cutOff = false;
      }
      tokens.push({ type: 'nl', range: { start: i, end: i + 1 } });
      i++;
      // Skip heredoc bodies that start after this line.
      while (pendingHeredocs.length) {
        const h = pendingHeredocs.shift()!;
        const bodyStart = i;
        let bodyEnd = i;
        while (i < n) {
          const eol = text.indexOf('\n', i);
          const line = text.slice(i, eol < 0 ? n : eol);
          i = eol < 0 ? n : eol + 1;
          if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim) break;
          bodyEnd = eol < 0 ? n : eol + 1;
        }
        if (h.assign)
          tokens.push(heredocAssignment(text, h.assign, bodyStart, bodyEnd, !h.quotedDelim), { type: 'nl', range: { start: bodyEnd, end: bodyEnd } });
        else if (h.writes && !inline) {
          const kind = heredocKind(text.slice(bodyStart, bodyEnd), h.target);
          // (A file named by a variable, `cat > ${CONFIG_FILE} << EOF`: what it is, its name's extension once expanded.)
          const target = kind === 'json' || (kind === undefined && h.target === undefined) ? writtenTarget(tokens.slice(lineStart)) : undefined;
          if (kind === 'json' || (kind === undefined && target)) {
            // Read where the script writes it, with the variables set by then (the file's name may be one of them).
            const range = { start: bodyStart, end: bodyEnd };
            tokens.push({ type: 'written', target, body: heredocBody(text, range, !h.quotedDelim), range });
            tokens.push({ type: 'nl', range: { start: bodyEnd, end: bodyEnd } });
          } else if (kind) heredocs.push({ kind, target: h.target, start: bodyStart, end: bodyEnd });
          // A shell script's body is read here, as this script's own lines; the lines after its delimiter follow it.
          if (kind === 'shell' && pendingHeredocs.length === 0) {
            inline = { end: bodyEnd, after: i };
            i = bodyStart;
          }
        } else if (h.runs && !inline && pendingHeredocs.length === 0) {
          // (Its #SBATCH lines are the job's, as a written job script's are.)
          heredocs.push({ kind: 'shell', start: bodyStart, end: bodyEnd });
          inline = { end: bodyEnd, after: i };
          i = bodyStart;
        }
      }
      lineStart = tokens.length;
      continue;
    }
    // A template's placeholder (`--pretrain <path_to_model>`): a value the user fills in, not a redirection.
    const placeholder = /^<[A-Za-z_][^<>\s]*>(?=[\s;|&)]|$)/.exec(text.slice(i, i + 200));
    if (placeholder) {
      const range = { start: i, end: i + placeholder[0].length };
      tokens.push({ type: 'word', word: { parts: [{ kind: 'cmd', range, quoted: false }], range } });
      i = range.end;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      if (op === '<<') {
        // Heredoc: <<EOF, <<-EOF, <<'EOF', <<"EOF"
        let j = i + 2;
        const strip = text[j] === '-';
        if (strip) j++;
        while (text[j] === ' ') j++;
        const m = /^(['"]?)([A-Za-z_][\w]*)\1/.exec(text.slice(j, j + 200));
        if (m && text[i + 2] !== '<') {
          const line = tokens.slice(lineStart).filter((t): t is Extract<Token, { type: 'word' }> => t.type === 'word');
          const first = line[0]?.word.parts[0];
          const last = line.length > 1 ? line[line.length - 1]!.word.parts : undefined;
          const name = last?.length === 1 && last[0]!.kind === 'lit' && /^[A-Za-z_]\w*$/.test(last[0]!.text) ? last[0]!.text : undefined;
          const assign = first?.kind === 'lit' && first.text === 'read' && line[0]!.word.parts.length === 1 ? name : undefined;
          // `cat > FILE <<EOF` / `cat <<EOF > FILE` / `tee FILE <<EOF`: the file the body is written to (its name, after
          // the heredoc's own word on this line when the redirection follows it).
          const writes = first?.kind === 'lit' && !first.quoted && (first.text === 'cat' || first.text === 'tee');
          // `sbatch <<EOT` / `bash <<EOF` (options only, no script named): the body is the script that runs, read as this one's lines.
          const runs =
            first?.kind === 'lit' &&
            !first.quoted &&
            /^(sbatch|bash|sh|zsh)$/.test(first.text) &&
            line.slice(1).every((w) => w.word.parts[0]?.kind === 'lit' && w.word.parts[0].text.startsWith('-'));
          pendingHeredocs.push({
            delim: m[2]!,
            strip,
            assign,
            quotedDelim: m[1] !== '',
            writes,
            runs,
            target: writes ? heredocTarget(text, lineStart, tokens, j + m[0].length) : undefined,
          });
          i = j + m[0].length;
          continue;
        }
      }
      tokens.push({ type: 'op', op, range: { start: i, end: i + op.length } });
      i += op.length;
      continue;
    }
    // A word, or an array assignment NAME=( ... ): a word of one unquoted NAME= right before "(".
    const w = readWord(text, i, ' \t\r\n;&|<>()', true);
    const only = w.word.parts.length === 1 ? w.word.parts[0] : undefined;
    if (text[w.end] === '(' && only?.kind === 'lit' && !only.quoted && /^[A-Za-z_]\w*\+?=$/.test(only.text)) {
      const r = readArray(text, w.end + 1, errors, file);
      tokens.push({
        type: 'array',
        name: only.text.replace(/\+?=$/, ''),
        append: only.text.endsWith('+='),
        elements: r.elements,
        range: { start: i, end: r.end },
      });
      i = r.end;
      continue;
    }
    i = w.end;
    if (w.word.parts.length) tokens.push({ type: 'word', word: w.word });
  }
  // (The file's last line, with no newline after it, may be one of those cut-off flag lines too.)
  if (orphans && startsWithFlag(tokens[lineStart])) tokens.length = lineStart;
  return tokens;
}

/** A line's first word is a flag (`--lr 1e-4 \`): no command bash could run. */
function startsWithFlag(t: Token | undefined): boolean {
  const p = t?.type === 'word' ? t.word.parts[0] : undefined;
  return p?.kind === 'lit' && p.text.startsWith('-');
}

/**
 * The file a `cat` / `tee` line writes: the word after `>` (or tee's first argument) among the line's words so far, else after
 * the heredoc's word on the rest of the line (`cat <<EOF > job.sh`). A literal name only.
 */
function heredocTarget(text: string, lineStart: number, tokens: readonly Token[], from: number): string | undefined {
  const line = tokens.slice(lineStart);
  const literal = (t: Token | undefined) =>
    t?.type === 'word' && t.word.parts.every((p) => p.kind === 'lit') ? t.word.parts.map((p) => (p.kind === 'lit' ? p.text : '')).join('') : undefined;
  const redirect = line.findIndex((t) => t.type === 'op' && (t.op === '>' || t.op === '>>'));
  if (redirect >= 0) return literal(line[redirect + 1]);
  const tee = line.length > 1 && literal(line[0]) === 'tee' ? line.slice(1).find((t) => !literal(t)?.startsWith('-')) : undefined;
  if (tee) return literal(tee);
  const rest = /^[ \t]*>>?[ \t]*([\w./-]+)/.exec(text.slice(from, from + 300));
  return rest?.[1];
}

/** The word a `cat` / `tee` line writes to: the one after `>` or `>>`, else tee's first argument that is not an option. */
function writtenTarget(line: readonly Token[]): Word | undefined {
  const redirect = line.findIndex((t) => t.type === 'op' && (t.op === '>' || t.op === '>>'));
  const next = redirect >= 0 ? line[redirect + 1] : undefined;
  if (next?.type === 'word') return next.word;
  const words = line.filter((t): t is Extract<Token, { type: 'word' }> => t.type === 'word');
  const head = words[0]?.word.parts[0];
  if (redirect >= 0 || head?.kind !== 'lit' || head.text !== 'tee') return undefined;
  return words.slice(1).find((t) => !(t.word.parts[0]?.kind === 'lit' && t.word.parts[0].text.startsWith('-')))?.word;
}

/**
 * A heredoc's body as one word that is never split: with a quoted delimiter the text as written; otherwise bash's expansions
 * in it ($VAR, ${VAR…}, $(( )), $( ), backquotes; a backslash escapes $, `, \ and joins lines), every other character as is.
 */
function heredocBody(text: string, range: Range, expand: boolean): Word {
  const parts: Part[] = [];
  let lit = '';
  let litPos: number[] = [];
  const flush = () => {
    if (lit) parts.push({ kind: 'lit', text: lit, pos: litPos, quoted: true });
    lit = '';
    litPos = [];
  };
  let i = range.start;
  while (i < range.end) {
    const ch = text[i]!;
    if (expand && ch === '\\' && '$`\\\n'.includes(text[i + 1] ?? ' ')) {
      if (text[i + 1] !== '\n') {
        lit += text[i + 1];
        litPos.push(i + 1);
      }
      i += 2;
      continue;
    }
    if (expand && (ch === '$' || ch === '`')) {
      flush();
      i = readDollar(text.slice(0, range.end), i, parts, true);
      continue;
    }
    lit += ch;
    litPos.push(i);
    i++;
  }
  flush();
  return { parts, range };
}

/**
 * NAME=body as one word: the body kept whole (quoted); with an unquoted delimiter expanded as bash does (its variables, `$( )`,
 * line continuations: heredocBody), as written otherwise.
 */
function heredocAssignment(text: string, name: string, start: number, end: number, continuations: boolean): Token {
  const head = `${name}=`;
  if (continuations) {
    const body = heredocBody(text, { start, end }, true);
    const parts: Part[] = [{ kind: 'lit', text: head, pos: Array.from(head, () => start), quoted: false }, ...body.parts];
    return { type: 'word', word: { parts, range: { start, end } } };
  }
  let body = '';
  const pos: number[] = [];
  for (let k = start; k < end; k++) {
    if (continuations && text[k] === '\\' && text[k + 1] === '\n') {
      k++;
      continue;
    }
    body += text[k];
    pos.push(k);
  }
  return {
    type: 'word',
    word: {
      parts: [
        { kind: 'lit', text: head, pos: Array.from(head, () => start), quoted: false },
        { kind: 'lit', text: body, pos, quoted: true },
      ],
      range: { start, end },
    },
  };
}

function readArray(text: string, from: number, errors: Finding[], file: string): { elements: Word[]; end: number } {
  const elements: Word[] = [];
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ')') return { elements, end: i + 1 };
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const sub = readWord(text, i, ' \t\r\n)', false);
    if (sub.end === i) break;
    elements.push(sub.word);
    i = sub.end;
  }
  errors.push(finding('syntax', 'warning', { id: 'extract.shellUnclosed', args: { what: '(' } }, { file, range: { start: from - 1, end: from } }));
  return { elements, end: n };
}

/**
 * One word from i up to an unquoted character of `stops`: literal text, quotes, $… and `…`. A
 * backslash-newline inside it continues the line when `continuation` (outside array literals).
 */
function readWord(text: string, i: number, stops: string, continuation: boolean): { word: Word; end: number } {
  const start = i;
  const parts: Part[] = [];
  let lit = '';
  let litPos: number[] = [];
  const flush = () => {
    if (lit) parts.push({ kind: 'lit', text: lit, pos: litPos, quoted: false });
    lit = '';
    litPos = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (stops.includes(ch)) break;
    // (A backslash that ends the text is itself: bash keeps it.)
    if (ch === '\\' && i + 1 < text.length) {
      if (continuation && text[i + 1] === '\n') {
        i += 2;
        continue;
      }
      lit += text[i + 1];
      litPos.push(i + 1);
      i += 2;
      continue;
    }
    if (ch === "'") {
      flush();
      i = readSingle(text, i, parts, text.length);
      continue;
    }
    if (ch === '"') {
      flush();
      i = readDouble(text, i + 1, parts);
      continue;
    }
    if (ch === '$' || ch === '`') {
      flush();
      i = readDollar(text, i, parts, false);
      continue;
    }
    lit += ch;
    litPos.push(i);
    i++;
  }
  flush();
  return { word: { parts, range: { start, end: i } }, end: i };
}

/** Reads '...' starting at the opening quote (index i); returns the index after the closing quote. */
function readSingle(text: string, i: number, parts: Part[], limit: number): number {
  const end = text.indexOf("'", i + 1);
  const stop = end < 0 || end > limit ? limit : end;
  const body = text.slice(i + 1, stop);
  parts.push({ kind: 'lit', text: body, pos: Array.from(body, (_, k) => i + 1 + k), quoted: true });
  // (Unclosed, the word ends where the text does.)
  return stop < limit ? stop + 1 : limit;
}

/** Reads a double-quoted string from i (after the opening quote); returns the index after the closing quote. */
function readDouble(text: string, i: number, parts: Part[]): number {
  let lit = '';
  let litPos: number[] = [];
  let expanded = false;
  const flush = () => {
    // An empty "" still makes a (quoted, empty) word; "${A[@]}" of an empty array makes none.
    if (lit || !expanded) parts.push({ kind: 'lit', text: lit, pos: litPos, quoted: true });
    lit = '';
    litPos = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      flush();
      return i + 1;
    }
    if (ch === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) {
      if (text[i + 1] !== '\n') {
        lit += text[i + 1];
        litPos.push(i + 1);
      }
      i += 2;
      continue;
    }
    if (ch === '$' || ch === '`') {
      if (lit) flush();
      i = readDollar(text, i, parts, true);
      expanded = true;
      continue;
    }
    lit += ch;
    litPos.push(i);
    i++;
  }
  flush();
  return i;
}

function matching(text: string, i: number, open: string, close: string): number {
  let depth = 1;
  let q: string | undefined;
  for (let j = i; j < text.length; j++) {
    const c = text[j]!;
    if (q) {
      if (c === '\\' && q === '"') j++;
      else if (c === q) q = undefined;
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === '\\') j++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return j;
  }
  return -1;
}

function readDollar(text: string, i: number, parts: Part[], quoted: boolean): number {
  const start = i;
  if (text[i] === '`') {
    const end = text.indexOf('`', i + 1);
    const stop = end < 0 ? text.length : end + 1;
    parts.push({ kind: 'cmd', range: { start, end: stop }, quoted });
    return stop;
  }
  const next = text[i + 1];
  if (next === '(' && text[i + 2] === '(') {
    const end = matching(text, i + 3, '(', ')');
    if (end >= 0 && text[end + 1] === ')') {
      parts.push({ kind: 'arith', expr: text.slice(i + 3, end), range: { start, end: end + 2 }, quoted });
      return end + 2;
    }
  }
  if (next === '(') {
    const end = matching(text, i + 2, '(', ')');
    const stop = end < 0 ? text.length : end + 1;
    parts.push({ kind: 'cmd', range: { start, end: stop }, quoted });
    return stop;
  }
  if (next === '{') {
    const end = matching(text, i + 2, '{', '}');
    const stop = end < 0 ? text.length : end + 1;
    const inner = text.slice(i + 2, end < 0 ? text.length : end);
    const keys = /^!([A-Za-z_]\w*)\[[@*]\]$/.exec(inner);
    if (keys) {
      parts.push({ kind: 'var', name: keys[1]!, index: '@', keys: true, quoted, range: { start, end: stop } });
      return stop;
    }
    const m = /^(#?)([A-Za-z_]\w*|\d+|[@*#?$!])(\[([^\]]*)\])?(.*)$/s.exec(inner);
    if (!m) {
      parts.push({ kind: 'cmd', range: { start, end: stop }, quoted });
      return stop;
    }
    const rest = m[5] ?? '';
    const opMatch = /^(:?[-=+?])/.exec(rest);
    const op = m[1] ? '#' : opMatch ? opMatch[1] : rest ? 'other' : undefined;
    let arg: Word | undefined;
    if (opMatch) {
      const argStart = i + 2 + inner.length - rest.length + opMatch[1]!.length;
      arg = parseInline(text, argStart, end < 0 ? text.length : end);
    }
    // (${NAME##*/}, ${NAME%/*}: a literal glob of * and ? only; one holding an expansion is unknown.)
    const strip = !m[1] && !m[3] ? /^(##|#|%%|%)([^$`]*)$/s.exec(rest) : null;
    if (strip) {
      parts.push({ kind: 'var', name: m[2]!, strip: { op: strip[1] as '#' | '##' | '%' | '%%', glob: strip[2]! }, quoted, range: { start, end: stop } });
      return stop;
    }
    // (A literal text only: one holding a glob or an expansion is unknown.)
    const sub = !m[1] && !m[3] ? /^(\/\/?)([^$`*?[\]/\\]+)(?:\/([^$`\\]*))?$/s.exec(rest) : null;
    if (sub) {
      parts.push({ kind: 'var', name: m[2]!, replace: { all: sub[1] === '//', from: sub[2]!, to: sub[3] ?? '' }, quoted, range: { start, end: stop } });
      return stop;
    }
    parts.push({ kind: 'var', name: m[2]!, index: m[4], op, arg, quoted, range: { start, end: stop } });
    return stop;
  }
  const m = /^([A-Za-z_]\w*|\d|[@*#?$!-])/.exec(text.slice(i + 1, i + 200));
  if (m) {
    parts.push({ kind: 'var', name: m[1]!, quoted, range: { start, end: i + 1 + m[1]!.length } });
    return i + 1 + m[1]!.length;
  }
  parts.push({ kind: 'lit', text: '$', pos: [i], quoted });
  return i + 1;
}

/** The argument of ${VAR:-arg}: quotes and expansions, no word splitting. */
function parseInline(text: string, from: number, to: number): Word {
  const parts: Part[] = [];
  let i = from;
  let lit = '';
  let litPos: number[] = [];
  const flush = () => {
    if (lit) parts.push({ kind: 'lit', text: lit, pos: litPos, quoted: true });
    lit = '';
    litPos = [];
  };
  while (i < to) {
    const ch = text[i]!;
    if (ch === '"') {
      flush();
      const sub: Part[] = [];
      const after = readDouble(text.slice(0, to), i + 1, sub);
      parts.push(...sub);
      i = after;
      continue;
    }
    if (ch === "'") {
      flush();
      i = readSingle(text, i, parts, to);
      continue;
    }
    if (ch === '$' || ch === '`') {
      flush();
      i = readDollar(text, i, parts, true);
      continue;
    }
    lit += ch;
    litPos.push(i);
    i++;
  }
  flush();
  return { parts, range: { start: from, end: to } };
}

// ---------------------------------------------------------------- interpreter

type Value = { readonly kind: 'scalar'; readonly value: Located } | { readonly kind: 'array'; readonly values: readonly Located[] };

interface Expanded extends Located {
  readonly range: Range;
}

class Interpreter {
  readonly facts: Fact[] = [];
  /** JSON files the script writes by heredocs: the path written (as the script names it) and the expanded body. */
  readonly written: { readonly target: string; readonly body: Located; readonly range: Range }[] = [];
  private readonly vars = new Map<string, Value>();
  /**
   * The names of the files the script writes whose names it computes at run time (`CONFIG_FILE=…-$(date +%F).yml`): each as
   * `named` spells it, so that a word naming the same file later (`axolotl.cli.train ${CONFIG_FILE}`) is known to be that file.
   */
  private readonly writtenNames = new Set<string>();
  /** Variables exported to the commands that follow (`export NAME=…`, `export NAME`). */
  private readonly exported = new Set<string>();
  /** The environment the command being read runs in, by name: the exported variables and its own leading assignments. */
  private commandEnv: readonly string[] = [];
  /** The names an earlier command with flags ran with in its environment (said unset for a later one that runs without them). */
  private readonly envSaid = new Set<string>();
  /** Functions the script defines, by name: where each body starts (the token after its "{"). */
  private readonly functions = new Map<string, number>();
  /** Functions being run (a function that calls itself is not run again). */
  private readonly running = new Set<string>();
  private readonly pinned: Set<string>;
  /** Whether the script sources another (whose arrays it would share). */
  private sourcesAny = false;
  /** Whether an expansion read an array no line of the script sets (varValue), as empty. */
  private unsetArray = false;
  private pos = 0;
  private steps = 0;
  private halted = false;
  /** The command being read follows `||`: it runs only where the one before failed. */
  private orElse = false;
  /** The folder `cd` moved to, relative to where the script starts ('' there); undefined once a cd goes where the reading cannot follow. */
  private cwd: string | undefined = '';
  /** A Python script was run with flags: the run. A script after it that evaluates, merges or exports what it made is not. */
  private ran = false;

  constructor(
    private readonly file: string,
    private readonly tokens: readonly Token[],
    overrides: Readonly<Record<string, string>>,
    private readonly errors: Finding[],
    environment: ReadonlyMap<string, Located> = new Map(),
    private readonly text = '',
    exported: readonly string[] = [],
    /** A batch script (#SBATCH directives): it runs under sbatch, which sets the job's SLURM_JOB_ID. */
    private readonly batchJob = false,
    /** What each script this one sources leaves set (ShellOptions.sourced). */
    private readonly sourcedVars: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
  ) {
    // $PWD: the folder the script starts in, where this reading resolves its relative paths from.
    this.vars.set('PWD', { kind: 'scalar', value: { text: '.', pos: [-1], unknown: false } });
    for (const [k, v] of environment) this.vars.set(k, { kind: 'scalar', value: v });
    for (const k of exported) this.exported.add(k);
    for (const [k, v] of Object.entries(overrides)) this.vars.set(k, { kind: 'scalar', value: { text: v, pos: Array.from(v, () => -1), unknown: false } });
    this.pinned = new Set(Object.keys(overrides));
  }

  /** The exported variables whose values are known, as a process the script runs sees them. */
  environment(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of this.exported) {
      const v = this.vars.get(name);
      if (v?.kind === 'scalar' && !v.value.unknown) out[name] = v.value.text;
    }
    return out;
  }

  /** Every plain variable whose value is known (shellVariables). */
  variables(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, v] of this.vars) if (v.kind === 'scalar' && !v.value.unknown) out[name] = v.value.text;
    return out;
  }

  run(): void {
    this.list(true, new Set());
    const flagged = () => this.facts.some((f) => typeof f.path[0] === 'string' && f.path[0].startsWith('--'));
    // A file that only defines arrays of flags and runs nothing with flags (a model's arguments, MODEL_ARGS=(--num-layers 48 …),
    // kept apart for a launcher that sources it): each such array's flags, read as a command's.
    if (flagged()) return;
    for (const v of this.vars.values()) {
      if (v.kind !== 'array' || !v.values.some((x) => x.text.startsWith('--'))) continue;
      this.flags(v.values.map((x) => ({ ...x, range: rangeOf(x, { start: 0, end: 0 }) })));
    }
    if (flagged()) return;
    // Nor any such array: a string of flags that states a model's shape (GLM's `gpt_options=" --num-layers 24 …"`, a
    // NEMOTRON_ARGS="--num-layers ${NUM_LAYERS} …" a launch elsewhere takes), read as a command's flags, said.
    for (const [name, v] of this.vars) {
      if (v.kind !== 'scalar') continue;
      const at = rangeOf(v.value, { start: 0, end: 0 });
      const words = statements(v.value).flatMap((st) => splitWords(st).map((w) => ({ ...w, range: rangeOf(w, at) })));
      if (!words[0]?.text.startsWith('--') || !words.some((w) => MODEL_SHAPE_FLAG.test(w.text))) continue;
      this.flags(words);
      this.errors.push(finding('assumed', 'info', { id: 'extract.flagsFragment', args: { name } }, { file: this.file, range: at }));
      return;
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private keyword(t: Token | undefined): string | undefined {
    if (!t) return undefined;
    if (t.type === 'op') return t.op;
    if (t.type !== 'word' || t.word.parts.length !== 1) return undefined;
    const p = t.word.parts[0]!;
    return p.kind === 'lit' && !p.quoted ? p.text : undefined;
  }

  /** Runs commands until one of the stop keywords (not consumed) or the end. */
  private list(exec: boolean, stops: ReadonlySet<string>): void {
    while (this.pos < this.tokens.length) {
      if (++this.steps > MAX_STEPS) return;
      const t = this.peek()!;
      const kw = this.keyword(t);
      if (kw !== undefined && stops.has(kw)) return;
      if (t.type === 'nl' || (t.type === 'op' && (kw === ';' || kw === '&' || kw === '&&' || kw === '||' || kw === '|'))) {
        this.orElse = kw === '||';
        this.pos++;
        continue;
      }
      if (t.type === 'written') {
        if (exec && !this.halted) this.write(t);
        this.pos++;
        continue;
      }
      if (kw === 'if') this.ifStatement(exec);
      else if (kw === 'case') this.caseStatement(exec);
      else if (kw === 'for') this.forLoop(exec && !this.halted);
      else if (kw === 'while' && exec && !this.halted && this.positionalCount() > 0 && this.argumentLoop()) continue;
      else if (kw === 'while' || kw === 'until') this.loopOnce(exec && !this.halted);
      else if (kw === 'select') this.skipLoop();
      else if (kw === 'function' || this.isFunctionDef()) this.skipFunction();
      else if (kw === '{' || kw === '(') {
        this.pos++;
        this.list(exec, new Set([kw === '{' ? '}' : ')']));
        this.pos++;
      } else if (t.type === 'op') this.pos++;
      else this.simpleCommand(exec && !this.halted);
    }
  }

  /** A heredoc's JSON (or YAML) file, where the script writes it: its path and body with the variables set by then. */
  private write(t: Extract<Token, { type: 'written' }>): void {
    const expanded = t.target ? this.expandJoined(t.target) : undefined;
    if (!expanded?.text) return;
    // (A name computed at run time is the file's name all the same: the script names it so again.)
    const target = expanded.unknown ? this.named(expanded) : expanded;
    if (expanded.unknown) this.writtenNames.add(target.text);
    const body = this.expandJoined(t.body);
    // (A body with parts only a run knows, `datasets:\n${DATASETS}` of a printf: read, the values on those lines unknown.)
    if (!body.unknown || writtenSyntax(target.text) === 'yaml') this.written.push({ target: target.text, body, range: t.range });
  }

  /**
   * A value with parts only a run knows, spelled with those parts as the script writes them (`…-lora-$( date '+%F' ).yml`):
   * the same text wherever the script names the same thing; a name, not a value to read.
   */
  private named(l: Located): Located {
    let text = '';
    const pos: number[] = [];
    let at = 0;
    for (const h of [...holesOf(l)].sort((a, b) => a.at - b.at)) {
      text += l.text.slice(at, h.at);
      pos.push(...l.pos.slice(at, h.at));
      text += this.text.slice(h.src.start, h.src.end);
      for (let i = h.src.start; i < h.src.end; i++) pos.push(i);
      at = h.at;
    }
    return { text: text + l.text.slice(at), pos: [...pos, ...l.pos.slice(at)], unknown: false };
  }

  private isFunctionDef(): boolean {
    const a = this.tokens[this.pos];
    const b = this.tokens[this.pos + 1];
    const c = this.tokens[this.pos + 2];
    return a?.type === 'word' && b?.type === 'op' && b.op === '(' && c?.type === 'op' && c.op === ')';
  }

  private skipFunction(): void {
    // function name [()] { ... }  or  name() { ... }: its body is remembered, run where the script calls it.
    const first = this.keyword(this.peek());
    const name = first === 'function' ? this.keyword(this.tokens[this.pos + 1]) : first;
    while (this.pos < this.tokens.length && this.keyword(this.peek()) !== '{') this.pos++;
    this.pos++;
    if (name && /^[A-Za-z_][\w:-]*$/.test(name)) this.functions.set(name, this.pos);
    this.list(false, new Set(['}']));
    this.pos++;
  }

  /** Runs a function's body where the script calls it (its arguments, $1 …, stay values only the run knows). */
  private callFunction(name: string): void {
    const body = this.functions.get(name)!;
    const back = this.pos;
    this.running.add(name);
    this.pos = body;
    this.list(true, new Set(['}']));
    this.running.delete(name);
    this.pos = back;
  }

  /**
   * `for NAME in WORDS; do …; done`: the body once, with NAME the first word (a script that loops over configurations runs
   * the first); a loop of another form, or over nothing known, is skipped.
   */
  private forLoop(exec: boolean): void {
    if (this.arithmeticFor(exec)) return;
    const name = this.tokens[this.pos + 1];
    const inWord = this.keyword(this.tokens[this.pos + 2]);
    const variable = name?.type === 'word' ? this.keyword(name) : undefined;
    if (!exec || !variable || !/^[A-Za-z_]\w*$/.test(variable) || inWord !== 'in') return this.skipLoop();
    this.pos += 3;
    const items: Expanded[] = [];
    const from = this.pos;
    this.unsetArray = false;
    while (this.pos < this.tokens.length) {
      const t = this.peek()!;
      const kw = this.keyword(t);
      if (kw === 'do' || t.type === 'nl' || kw === ';') break;
      if (t.type === 'word') items.push(...this.expand(t.word));
      this.pos++;
    }
    const listed = this.span(from, this.pos);
    while (this.pos < this.tokens.length && this.keyword(this.peek()) !== 'do') this.pos++;
    this.pos++;
    const first = items[0];
    if (first) this.vars.set(variable, { kind: 'scalar', value: first });
    // (A list that expands to nothing for an array no line sets: the body runs no time, said.)
    else if (listed && this.unsetArray)
      this.errors.push(finding('assumed', 'info', { id: 'extract.shellLoopEmpty', args: {} }, { file: this.file, range: listed }));
    const before = this.facts.length;
    this.list(first !== undefined, new Set(['done']));
    this.pos++;
    // A loop whose body runs a command for each of several known values (a sweep over layouts): read for the first, said.
    const known = items.filter((x) => !x.unknown);
    if (first && !first.unknown && known.length > 1 && listed && this.facts.slice(before).some((f) => f.path[0] === '@command'))
      this.errors.push(
        finding('assumed', 'info', { id: 'extract.shellLoopFirst', args: { count: known.length, first: first.text } }, { file: this.file, range: listed }),
      );
  }

  /**
   * A C-style loop, `for (( t=0; t<${#TASKS[@]}; t++ ))`, whose first clause sets its counter to a number: its body read once,
   * for that first value (`${TASKS[$t]}` the array's first item), as a `for … in` loop is read for its first item. False for any
   * other loop.
   */
  private arithmeticFor(exec: boolean): boolean {
    const next = this.tokens[this.pos + 1];
    if (!next) return false;
    const at = next.type === 'word' ? next.word.range.start : next.range.start;
    const clauses = /^\(\(\s*([A-Za-z_]\w*)\s*=\s*(\d+)\s*;[^\n]*?\)\)/.exec(this.text.slice(at));
    if (!clauses) return false;
    const first = clauses[2]!;
    if (exec) this.vars.set(clauses[1]!, { kind: 'scalar', value: { text: first, pos: Array.from(first, () => -1), unknown: false } });
    this.pos++;
    this.loopOnce(exec);
    return true;
  }

  /** The script's positional arguments, $1 …, as the script that runs it hands them. */
  private positionalCount(): number {
    let n = 0;
    while (this.vars.has(String(n + 1))) n++;
    return n;
  }

  /**
   * A loop that reads the script's own options (`while (( "$#" )); do case "$1" in --gpus) gpus="$2"; shift 2;; … esac; done`,
   * `while [[ $# -gt 0 ]]`): run over the arguments the script is handed, each pass where its `case` takes it, as long as a pass
   * shifts them. False (nothing consumed) for any other loop.
   */
  private argumentLoop(): boolean {
    const at = this.pos;
    let body = at + 1;
    while (body < this.tokens.length && this.keyword(this.tokens[body]) !== 'do') body++;
    const cond = this.span(at + 1, body);
    const condition = cond ? this.text.slice(cond.start, cond.end) : '';
    let first = body + 1;
    while (this.tokens[first]?.type === 'nl') first++;
    const subject = this.tokens[first + 1];
    const onFirst = subject?.type === 'word' && /^"?\$\{?1\}?"?$/.test(this.text.slice(subject.word.range.start, subject.word.range.end));
    if (!/\$\{?#\}?|\$\{?1\}?/.test(condition) || this.keyword(this.tokens[first]) !== 'case' || !onFirst) return false;
    for (let pass = 0; pass < 256 && !this.halted; pass++) {
      const before = this.positionalCount();
      if (before === 0) break;
      this.pos = first;
      this.list(true, new Set(['done']));
      if (this.positionalCount() >= before) break;
    }
    this.pos = first;
    this.list(false, new Set(['done']));
    this.pos++;
    return true;
  }

  /** `shift [n]`: the positional arguments move down by n. */
  private shift(n: number): void {
    const count = this.positionalCount();
    for (let i = 1; i <= count; i++) {
      const v = this.vars.get(String(i + n));
      if (v && i + n <= count) this.vars.set(String(i), v);
      else this.vars.delete(String(i));
    }
  }

  /**
   * A `while` or `until` loop (a retry loop, `while true; do …; "${CMD[@]}"; … break; done`): its body read once, as a `for`
   * loop's is for its first value; its condition is not run. (Not a loop over lines it reads, `while read -r a b; do …`: its
   * body works on input only running the script has.)
   */
  private loopOnce(exec: boolean): void {
    let reads = false;
    while (this.pos < this.tokens.length && this.keyword(this.peek()) !== 'do') {
      if (this.keyword(this.peek()) === 'read') reads = true;
      this.pos++;
    }
    this.pos++;
    this.list(exec && !reads, new Set(['done']));
    this.pos++;
  }

  /** A loop not run (a `select`, a `for` loop past an exit): its body passed over. */
  private skipLoop(): void {
    this.loopOnce(false);
  }

  private ifStatement(exec: boolean): void {
    this.pos++; // if
    let taken = false;
    // A condition it cannot tell ([ "$1" == 70b ]) takes its branch; where there are others, that is said at the condition.
    let guessed: Range | undefined;
    let arms = 1;
    for (;;) {
      const start = this.pos;
      const cond = this.condition(exec && !taken, new Set(['then']));
      const condition = this.span(start, this.pos);
      if (exec && !taken && cond === undefined && this.comparesUnknown) guessed = condition;
      this.pos++; // then
      // (A branch it cannot tell that only serves a model for the others, `trl vllm-serve` on the last node, where another arm
      // follows: that arm is the one that trains, taken instead, and said.)
      const serves = exec && !taken && cond === undefined && this.servesOnly();
      if (serves) {
        guessed = undefined;
        this.errors.push(finding('assumed', 'info', { id: 'extract.shellServingBranch' }, { file: this.file, range: condition ?? { start: 0, end: 0 } }));
      }
      const run = exec && !taken && cond !== false && !serves;
      this.list(run, new Set(['elif', 'else', 'fi']));
      if (run) taken = true;
      const kw = this.keyword(this.peek());
      if (kw === 'elif') {
        this.pos++;
        arms++;
        continue;
      }
      if (kw === 'else') {
        this.pos++;
        arms++;
        this.list(exec && !taken, new Set(['fi']));
      }
      this.pos++; // fi
      if (guessed && arms > 1) this.errors.push(finding('unknown-value', 'warning', { id: 'extract.shellBranchUnknown' }, { file: this.file, range: guessed }));
      return;
    }
  }

  /**
   * Whether the arm starting here, up to its `elif` / `else` (another arm follows; not at `fi`), runs an inference server (`vllm
   * serve`, `trl vllm-serve`, `python -m vllm.entrypoints…` or `sglang.launch_server`, `text-generation-launcher`) and no training
   * launcher (torchrun, accelerate, deepspeed, a Python script, a training CLI).
   */
  private servesOnly(): boolean {
    let depth = 0;
    let commandStart = true;
    const words: string[][] = [];
    for (let k = this.pos; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      const kw = this.keyword(t);
      if (depth === 0 && (kw === 'elif' || kw === 'else')) break;
      if (depth === 0 && kw === 'fi') return false;
      if (kw === 'if' || kw === 'case' || kw === 'do') depth++;
      else if (kw === 'fi' || kw === 'esac' || kw === 'done') depth--;
      if (t.type === 'nl' || (t.type === 'op' && [';', '&&', '||', '|', '&'].includes(t.op))) {
        commandStart = true;
        continue;
      }
      if (t.type !== 'word') continue;
      const text = t.word.parts.map((p) => (p.kind === 'lit' ? p.text : '\u0000')).join('');
      if (commandStart) words.push([text]);
      else words[words.length - 1]?.push(text);
      commandStart = false;
    }
    // (A command's program: past a keyword that opens a block on its line, `then vllm serve …`, a runner such as nohup, and the
    // variables it is given.)
    const program = (w: readonly string[]) => w.find((x) => !/^[A-Za-z_]\w*=/.test(x) && !/^(then|do|else|\{|\(|nohup|time|exec)$/.test(x)) ?? '';
    const serving = (w: readonly string[]) => {
      const line = w.join(' ');
      return /(^|[\s/])vllm serve\b|(^|[\s/])trl vllm-serve\b|-m (vllm\.entrypoints|sglang\.launch_server)\b|(^|[\s/])text-generation-launcher\b/.test(line);
    };
    const training = (w: readonly string[]) =>
      !serving(w) &&
      (/(^|\/)(torchrun|deepspeed|accelerate|llamafactory-cli|axolotl|swift|tune|litgpt|composer)$/.test(program(w)) ||
        (/(^|\/)python[\d.]*$/.test(program(w)) && w.some((x) => /\.py$/.test(x) || x === '-m')));
    return words.some(serving) && !words.some(training);
  }

  /** The text range of the words among tokens [from, to). */
  private span(from: number, to: number): Range | undefined {
    const ranges = this.tokens.slice(from, to).flatMap((t) => (t.type === 'word' ? [t.word.range] : []));
    return ranges.length ? { start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end } : undefined;
  }

  /** Whether the last condition that could not be told compared a value only the run knows. */
  private comparesUnknown = false;

  /**
   * Evaluates `[ a = b ]`-style tests, several joined by `&&` / `||` as the shell joins them (left to right, equal precedence); undefined
   * when it cannot tell (the branch is then taken). One test it cannot tell does not hide another that decides (`[[ $a == MOCK ]] ||
   * [[ $b == MOCK ]]` with $b known to differ and $a not: still undecided; with $b equal: true).
   */
  private condition(exec: boolean, stops: ReadonlySet<string>): boolean | undefined {
    const clauses: { words: Expanded[]; raw: Word[] }[] = [{ words: [], raw: [] }];
    const joins: ('&&' | '||')[] = [];
    while (this.pos < this.tokens.length) {
      const t = this.peek()!;
      const kw = this.keyword(t);
      if (kw !== undefined && stops.has(kw)) break;
      if (t.type === 'word') {
        clauses[clauses.length - 1]!.words.push(...this.expand(t.word));
        clauses[clauses.length - 1]!.raw.push(t.word);
      } else if (t.type === 'op' && (t.op === '&&' || t.op === '||')) {
        joins.push(t.op as '&&' | '||');
        clauses.push({ words: [], raw: [] });
      }
      this.pos++;
    }
    this.comparesUnknown = false;
    if (!exec) return undefined;
    let unknownCompared = false;
    const one = (c: { words: Expanded[]; raw: Word[] }) => {
      const v = this.test(c.words, c.raw);
      if (v === undefined && this.comparesUnknown) unknownCompared = true;
      return v;
    };
    let value = one(clauses[0]!);
    joins.forEach((op, i) => {
      const next = one(clauses[i + 1]!);
      if (op === '&&') value = value === false || next === false ? false : value === true && next === true ? true : undefined;
      else value = value === true || next === true ? true : value === false && next === false ? false : undefined;
    });
    this.comparesUnknown = value === undefined && unknownCompared;
    return value;
  }

  /** One test, `[ a = b ]`, `[[ -z $x ]]`, `test …`: undefined when it cannot tell. */
  private test(words: Expanded[], raw: Word[]): boolean | undefined {
    this.comparesUnknown = false;
    const w = words.map((x) => x.text).filter((x) => x !== '[' && x !== ']' && x !== '[[' && x !== ']]' && x !== 'test');
    // A batch script asking whether it runs under sbatch (`if [ -z $SLURM_JOB_ID ]; then sbatch "$0"; exit; fi`, the
    // self-submitting idiom): its #SBATCH directives say it does, and sbatch sets the job's id.
    const tested = raw.filter((x) => !['[', ']', '[[', ']]', 'test'].includes(x.parts.length === 1 && x.parts[0]!.kind === 'lit' ? x.parts[0]!.text : ''));
    const jobVar = tested[1]?.parts.length === 1 && tested[1].parts[0]!.kind === 'var' ? tested[1].parts[0]!.name : undefined;
    if (this.batchJob && tested.length === 2 && (jobVar === 'SLURM_JOB_ID' || jobVar === 'SLURM_JOBID') && !this.vars.has(jobVar)) {
      const op = tested[0]!.parts[0];
      if (op?.kind === 'lit' && (op.text === '-z' || op.text === '-n')) return op.text === '-n';
    }
    if (words.some((x) => x.unknown)) {
      // A value compared ([ "$1" == 70b ]): the branch selects by what only the run knows (a file test or -n, a presence check,
      // does not choose a configuration).
      this.comparesUnknown = w.length === 3 && COMPARISONS.has(w[1]!);
      return undefined;
    }
    const [a, op, b] = w;
    if (w.length === 3 && a !== undefined && op !== undefined && b !== undefined) {
      if (op === '=' || op === '==') return a === b;
      if (op === '!=') return a !== b;
      const x = Number(a);
      const y = Number(b);
      if (Number.isFinite(x) && Number.isFinite(y)) {
        if (op === '-eq') return x === y;
        if (op === '-ne') return x !== y;
        if (op === '-gt') return x > y;
        if (op === '-ge') return x >= y;
        if (op === '-lt') return x < y;
        if (op === '-le') return x <= y;
      }
    }
    if (w.length === 2 && w[0] === '-n') return (w[1] ?? '') !== '';
    if (w.length === 2 && w[0] === '-z') return (w[1] ?? '') === '';
    return undefined;
  }

  private caseStatement(exec: boolean): void {
    this.pos++; // case
    const subject = this.peek();
    const value = subject?.type === 'word' ? this.expand(subject.word, false)[0] : undefined;
    this.pos++;
    if (this.keyword(this.peek()) === 'in') this.pos++;
    let taken = false;
    while (this.pos < this.tokens.length) {
      const t = this.peek()!;
      const kw = this.keyword(t);
      if (kw === 'esac') {
        this.pos++;
        return;
      }
      if (t.type === 'nl' || kw === ';;' || kw === '(' || kw === '|') {
        this.pos++;
        continue;
      }
      // Patterns up to ')'.
      const patterns: string[] = [];
      while (this.pos < this.tokens.length && this.keyword(this.peek()) !== ')') {
        const p = this.peek()!;
        if (p.type === 'word')
          patterns.push(
            this.expand(p.word, false)
              .map((x) => x.text)
              .join(''),
          );
        this.pos++;
      }
      this.pos++; // )
      const match = !taken && value !== undefined && !value.unknown && patterns.some((p) => glob(p, value.text));
      this.list(exec && match, new Set([';;', 'esac']));
      if (match) taken = true;
      if (this.keyword(this.peek()) === ';;') this.pos++;
    }
  }

  private simpleCommand(exec: boolean): void {
    const words: Token[] = [];
    let hereString: Token | undefined;
    while (this.pos < this.tokens.length) {
      const t = this.peek()!;
      if (t.type === 'nl') break;
      if (t.type === 'op') {
        if (t.op === '<<<') hereString = this.tokens[this.pos + 1];
        if (REDIRECTIONS.has(t.op)) {
          // The redirection and its target (`2>&1`: the `&` and the descriptor after it too).
          const next = this.tokens[this.pos + 1];
          this.pos += next?.type === 'op' && next.op === '&' ? 3 : 2;
          continue;
        }
        break;
      }
      const kw = this.keyword(t);
      if (words.length > 0 && (kw === 'then' || kw === 'do' || kw === 'fi' || kw === 'done' || kw === 'esac' || kw === '}')) break;
      words.push(t);
      this.pos++;
    }
    if (!exec || words.length === 0) return;
    // Leading assignments (NAME=value command …: the command's own environment).
    let k = 0;
    const prefix: string[] = [];
    // What the leading assignments replace, restored once the command has run (they are its environment, not the shell's);
    // assignments alone on a line stay.
    const saved = new Map<string, Value | undefined>();
    for (; k < words.length; k++) {
      const t = words[k]!;
      if (t.type === 'array') {
        this.assignArray(t);
        continue;
      }
      const assigned = t.type === 'word' ? assignedName(t.word) : undefined;
      const before = assigned !== undefined ? this.vars.get(assigned) : undefined;
      if (t.type === 'word' && this.tryAssign(t.word)) {
        prefix.push(assigned!);
        if (!saved.has(assigned!)) saved.set(assigned!, before);
        continue;
      }
      break;
    }
    if (k >= words.length) return;
    const first = words[k]!;
    const name = this.keyword(first);
    if (name === 'shift') {
      const n = words[k + 1]?.type === 'word' ? Number(this.expandJoined((words[k + 1] as Extract<Token, { type: 'word' }>).word).text) : 1;
      if (Number.isInteger(n) && n >= 0) this.shift(n);
      return;
    }
    if (name === 'export' || name === 'declare' || name === 'local' || name === 'readonly' || name === 'typeset') {
      for (const t of words.slice(k + 1)) {
        if (t.type === 'array') this.assignArray(t);
        else if (t.type === 'word') this.tryAssign(t.word);
        if (name === 'export' && t.type === 'word') {
          const exported = assignedName(t.word) ?? this.expandJoined(t.word).text;
          if (/^[A-Za-z_]\w*$/.test(exported)) this.exported.add(exported);
        }
      }
      return;
    }
    // read [-r] NAME… <<< "$WORDS": the words split at $IFS (whitespace when unset), the last name taking the rest.
    if (name === 'read' && hereString?.type === 'word') {
      this.readHereString(
        words.slice(k + 1).filter((t): t is Extract<Token, { type: 'word' }> => t.type === 'word'),
        hereString.word,
      );
      return;
    }
    // readarray / mapfile NAME < <(command): lines only the run knows (NAME's elements unknown, not unset: a default given as
    // ${NAME[0]:-0} is not what the run reads).
    if (name === 'readarray' || name === 'mapfile') {
      const target = words
        .slice(k + 1)
        .filter((t): t is Extract<Token, { type: 'word' }> => t.type === 'word')
        .map((t) => this.expandJoined(t.word).text)
        .filter((w) => /^[A-Za-z_]\w*$/.test(w))
        .pop();
      if (target && !this.pinned.has(target))
        this.vars.set(target, { kind: 'array', values: [unknownPart(first.type === 'word' ? first.word.range : first.range)] });
      return;
    }
    // exit ends what the script runs; exit with a failure status is an error path (a missing setting), not the run.
    if (name === 'exit') {
      // (`cd "$DIR" || exit`, as ShellCheck asks: the exit runs only where the command before it failed.)
      if (this.orElse) return;
      const status = words[k + 1]?.type === 'word' ? this.expandJoined((words[k + 1] as Extract<Token, { type: 'word' }>).word).text : '0';
      if (status === '0' || status === '') this.halted = true;
      return;
    }
    if (name === 'cd') this.changeDir(words.slice(k + 1));
    if ((name === 'source' || name === '.') && words[k + 1]?.type === 'word') this.sourced(words[k + 1] as Extract<Token, { type: 'word' }>);
    if (name !== undefined && FLAGLESS_COMMANDS.has(name)) return;
    if (name !== undefined && this.functions.has(name) && !this.running.has(name)) {
      this.callFunction(name);
      for (const [n, v] of saved) {
        if (v === undefined) this.vars.delete(n);
        else this.vars.set(n, v);
      }
      return;
    }
    const expanded: Expanded[] = [];
    for (const t of words.slice(k)) if (t.type === 'word') expanded.push(...this.expand(t.word));
    this.commandEnv = [...new Set([...this.exported, ...prefix])];
    this.command(expanded);
    for (const [n, v] of saved) {
      if (v === undefined) this.vars.delete(n);
      else this.vars.set(n, v);
    }
  }

  /**
   * A command's flags; a command string run by `bash -c "…"` / `sh -c "…"` (after srun, numactl and the like) or by `eval`
   * is split into words again and read as the command it is, each word where it was written.
   */
  private command(all: readonly Expanded[]): void {
    // (nohup, time and exec run the command that follows them as it is; so does AWS Neuron's neuron_parallel_compile, which runs
    // the training command to compile its graphs ahead.)
    let skip = 0;
    for (;;) {
      const w = all[skip]?.text ?? '';
      if (skip < all.length - 1 && /^(nohup|time|exec|neuron_parallel_compile)$/.test(w)) skip++;
      // A project's environment runner (`uv run python train.py`, `poetry run`, `pipenv run`, `pixi run`, `conda run -n ENV`):
      // the command it runs, after the runner's own options.
      else if (/^(uv|poetry|pipenv|pixi|hatch|conda|mamba|micromamba)$/.test(w) && all[skip + 1]?.text === 'run') {
        skip += 2;
        while (skip < all.length - 1 && all[skip]!.text.startsWith('-')) {
          const option = all[skip]!.text;
          skip += /^(-n|--name|-p|--prefix|--with|--python|--env-file|--project|--directory|--extra|--group|--package|--index|-e|--environment)$/.test(option)
            ? 2
            : 1;
        }
      } else break;
    }
    // (A runner given the script itself, `uv run train.py`, runs it with the environment's Python: read as `python train.py`, its
    // `python` where the runner's `run` is.)
    const runner = skip >= 2 && all[skip - 1]?.text === 'run' && /\.py$/.test(all[skip]?.text ?? '') ? all[skip - 1] : undefined;
    const words = runner ? [{ ...runner, text: 'python' }, ...all.slice(skip)] : skip ? all.slice(skip) : all;
    // A command string given to a launcher that runs it elsewhere (xpk's `workload create --command "python3 MaxText/train.py …"`,
    // `gcloud … tpu-vm ssh --command="…"`): the launcher's own flags, then the string read as the command it is.
    const given = words.findIndex((w, i) => i > 0 && (w.text === '--command' || w.text.startsWith('--command=')));
    if (given > 0 && (words[given]!.text !== '--command' || words[given + 1])) {
      this.flags(words.slice(0, given));
      const w = words[given]!;
      const value = w.text === '--command' ? words[given + 1]! : { ...slice(w, '--command='.length, w.text.length), range: w.range };
      const inner = splitWords(value)
        .map(unquoted)
        .map((x) => ({ ...x, range: rangeOf(x, value.range) }));
      return this.command(inner);
    }
    // A container run (`docker run … IMAGE python3 train.py`, podman, `singularity exec IMAGE torchrun …`): the command it runs
    // in the container, from its launcher on.
    // (Under a job launcher too, `srun --label apptainer exec --nv IMAGE ./launcher.sh pretrain_gpt.py …`: from the Python program
    // a wrapper of the container's is handed.)
    const box = words.findIndex(
      (w, i) =>
        (i === 0 || /(^|\/)(srun|mpirun|mpiexec)$/.test(words[0]!.text)) &&
        /^(docker|podman|singularity|apptainer)$/.test(w.text) &&
        /^(run|exec)$/.test(words[i + 1]?.text ?? ''),
    );
    if (box >= 0) {
      const inner = words.findIndex(
        (w, i) =>
          i > box + 2 &&
          (/^((\S*\/)?python[\d.]*|torchrun|accelerate|deepspeed|llamafactory-cli|swift|tune|axolotl|composer|litgpt|trl)$/.test(w.text) ||
            (box > 0 && /(^|\/)[\w.-]+\.py$/.test(w.text))),
      );
      if (inner > 0) {
        this.flags(words.slice(0, inner));
        return this.command(words.slice(inner));
      }
    }
    const shell = words.findIndex((w, i) => /^(\/usr)?(\/bin\/)?(ba)?sh$/.test(w.text) && /^-[a-z]*c$/.test(words[i + 1]?.text ?? ''));
    const evaluated = words[0]?.text === 'eval' ? 0 : -1;
    const at = shell >= 0 ? shell + 2 : evaluated >= 0 ? 1 : -1;
    if (at < 0 || at >= words.length) return this.flags(words);
    if (shell > 0) this.flags(words.slice(0, shell));
    const text = joinWords(shell >= 0 ? [words[at]!] : words.slice(at));
    // A string of several commands (`bash -c "cd $DIR; source venv/bin/activate; accelerate launch … \\\n train.py …"`): each
    // read as its own command, the ones that only set up the shell (cd, source, echo, …) skipped.
    for (const statement of statements(text)) {
      // The second shell removes the quotes the string kept ('$SEQ_LENGTH' → 1024, --node_rank='0'), and expands the variables
      // the first left to it (`\$SLURM_GPUS_PER_NODE` in a double-quoted string): from what this reading knows (the job's
      // #SBATCH directives), else unknown.
      const inner = splitWords(statement)
        .map(unquoted)
        .map((w) => this.expandAgain(w, words[at]!.range))
        .map((w) => ({ ...w, range: rangeOf(w, words[at]!.range) }));
      // (A compound command's keywords: `then` / `else` / `do` before a command are dropped, and so is exec; a test, a loop's or
      // a case's head, and the ends of blocks are no command with flags.)
      while (inner.length > 1 && /^(then|else|do|exec|\{)$/.test(inner[0]!.text)) inner.shift();
      // (Nor is an assignment of a command's output, `N=$(nvidia-smi … | wc -l)`.)
      if (
        !inner.length ||
        FLAGLESS_COMMANDS.has(inner[0]!.text) ||
        SHELL_KEYWORDS.has(inner[0]!.text) ||
        /^[A-Za-z_]\w*=\$\(/.test(inner[0]!.text) ||
        inner.every((w) => /^[A-Za-z_]\w*=/.test(w.text))
      )
        continue;
      // The string's own command: its leading words again name the program (a wrapper such as numactl is one more word); its
      // leading assignments (`HF_HUB_ENABLE_HF_TRANSFER=1 accelerate launch …`) are its environment.
      this.flags(inner.slice(inner.findIndex((w) => !/^[A-Za-z_]\w*=/.test(w.text))));
    }
  }

  /** A word's `$NAME` / `${NAME}` as a second shell expands them: a known variable's value, else an unknown part. */
  private expandAgain(w: Located, src: Range): Located {
    if (w.unknown || !/\$\{?[A-Za-z_]/.test(w.text)) return w;
    let out: Located = { text: '', pos: [], unknown: false };
    let last = 0;
    for (const m of w.text.matchAll(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)) {
      const i = m.index;
      out = concat(out, slice(w, last, i));
      const v = this.vars.get(m[1] ?? m[2]!);
      out = concat(
        out,
        v?.kind === 'scalar' && !v.value.unknown
          ? { text: v.value.text, pos: Array.from(v.value.text, () => w.pos[i] ?? -1), unknown: false }
          : unknownPart(rangeOf(slice(w, i, i + m[0].length), src)),
      );
      last = i + m[0].length;
    }
    return concat(out, slice(w, last, w.text.length));
  }

  /**
   * `source FILE` / `. FILE` of a shell script (not a virtual environment's activate, not a .env file): the script it reads, at
   * ["@shell"] (as a script it runs is) and at ["@sourced"] (what it leaves set comes back: ShellOptions.sourced), with every
   * variable known at that point at ["@env", name] (a sourced script shares the shell's variables).
   */
  private sourced(arg: Extract<Token, { type: 'word' }>): void {
    this.sourcesAny = true;
    const whole = this.expandJoined(arg.word);
    // (Under a folder only the run knows: its known tail, found beside the script.)
    const path = knownTail(whole) ?? whole;
    // (A script whose name only the run knows, `source "$DIR/sizes/$SIZE.sh"`: said, as its settings are not read.)
    if (path.unknown && /\.(sh|bash)$/.test(path.text) && path.text.lastIndexOf('/') < Math.max(...(path.holes ?? []).map((h) => h.at)))
      this.errors.push(finding('unknown-value', 'warning', { id: 'extract.shellSourcedUnknown', args: {} }, { file: this.file, range: arg.word.range }));
    // (Not one that sets up the machine: a system path, a conda, module or toolchain init script, a shell profile.)
    if (
      path.unknown ||
      !/\.(sh|bash)$/.test(path.text) ||
      /^\/(opt|usr|etc)\/|(^|\/)(\.?bashrc|\.?profile|activate|conda\.sh|[\w-]*init\.sh|env\.sh)$/.test(path.text)
    )
      return;
    const range = rangeOf(path, arg.word.range);
    this.facts.push({ file: this.file, path: ['@shell'], value: path.text, keyRange: range, valueRange: range });
    this.facts.push({ file: this.file, path: ['@sourced'], value: path.text, keyRange: range, valueRange: range });
    for (const [name, v] of this.vars) {
      if (v.kind !== 'scalar' || v.value.unknown) continue;
      const at = rangeOf(v.value, arg.word.range);
      this.facts.push({ file: this.file, path: ['@env', name], value: toValue(v.value), keyRange: at, valueRange: at });
    }
    // What it leaves set (read with it by the caller), from here on: a value the user sets stays theirs.
    for (const [name, v] of Object.entries(this.sourcedVars[path.text] ?? {}))
      if (!this.pinned.has(name)) this.vars.set(name, { kind: 'scalar', value: { text: v, pos: Array.from(v, () => -1), unknown: false } });
  }

  /** The environment the command runs in (its exported variables and its own assignments), at ["@env", name], where each was written. */
  private commandEnvironment(words: readonly Expanded[]): void {
    // (A name an earlier command had in its own environment, `CUDA_VISIBLE_DEVICES=0 python prepare.py --x`, that this one runs
    // without: unset here, a null fact, so that the later command's environment is its own.)
    for (const name of this.envSaid) {
      if (this.commandEnv.includes(name) && this.vars.get(name)?.kind === 'scalar') continue;
      this.facts.push({ file: this.file, path: ['@env', name], value: null, keyRange: words[0]!.range, valueRange: words[0]!.range });
      this.envSaid.delete(name);
    }
    for (const name of this.commandEnv) {
      const v = this.vars.get(name);
      if (v?.kind !== 'scalar') continue;
      this.envSaid.add(name);
      const at = rangeOf(v.value, words[0]!.range);
      this.facts.push({
        file: this.file,
        path: ['@env', name],
        value: toValue(v.value),
        keyRange: at,
        valueRange: at,
        ...(v.value.unknown ? { unknown: true as const } : {}),
      });
    }
  }

  /** `cd DIR`: a relative folder the reading knows is followed; `cd` alone, `cd -`, an absolute or unknown one is not. */
  private changeDir(args: readonly Token[]): void {
    const arg = args.find((t): t is Extract<Token, { type: 'word' }> => t.type === 'word');
    const dir = arg ? this.expandJoined(arg.word) : undefined;
    if (!dir || dir.unknown || this.cwd === undefined || /^[/~-]/.test(dir.text) || dir.text === '') {
      this.cwd = undefined;
      return;
    }
    const parts = this.cwd ? this.cwd.split('/') : [];
    for (const seg of dir.text.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (!parts.length || parts[parts.length - 1] === '..') parts.push('..');
        else parts.pop();
      } else parts.push(seg);
    }
    this.cwd = parts.join('/');
  }

  private tryAssign(word: Word): boolean {
    const first = word.parts[0];
    if (!first || first.kind !== 'lit' || first.quoted) return false;
    const m = /^([A-Za-z_]\w*)(\+?)=/.exec(first.text);
    if (!m) return false;
    const name = m[1]!;
    const restFirst: Part = { kind: 'lit', text: first.text.slice(m[0].length), pos: first.pos.slice(m[0].length), quoted: false };
    const valueStart = first.pos[m[0].length] ?? word.range.end;
    const valueWord: Word = { parts: [restFirst, ...word.parts.slice(1)], range: { start: valueStart, end: word.range.end } };
    if (this.pinned.has(name)) return true;
    const value = this.expandJoined(valueWord);
    const prev = this.vars.get(name);
    if (m[2] && prev?.kind === 'scalar') this.vars.set(name, { kind: 'scalar', value: concat(prev.value, value) });
    else this.vars.set(name, { kind: 'scalar', value });
    return true;
  }

  private readHereString(args: readonly Extract<Token, { type: 'word' }>[], word: Word): void {
    const names = args.map((t) => this.expandJoined(t.word).text).filter((n) => /^[A-Za-z_]\w*$/.test(n));
    const value = this.expandJoined(word);
    const ifs = this.vars.get('IFS');
    const separators = ifs?.kind === 'scalar' && !ifs.value.unknown ? ifs.value.text : ' \t\n';
    // Fields between separators, each a slice of the located value (so each keeps where it was written).
    const fields: { from: number; to: number }[] = [];
    let from = 0;
    for (let i = 0; i <= value.text.length; i++) {
      if (i < value.text.length && !separators.includes(value.text[i]!)) continue;
      if (i > from || !/^\s*$/.test(separators)) fields.push({ from, to: i });
      from = i + 1;
    }
    names.forEach((n, i) => {
      if (this.pinned.has(n)) return;
      const f = fields[i];
      const v = !f ? empty() : i === names.length - 1 ? slice(value, f.from, value.text.length) : slice(value, f.from, f.to);
      this.vars.set(n, { kind: 'scalar', value: v });
    });
  }

  private assignArray(t: Extract<Token, { type: 'array' }>): void {
    if (this.pinned.has(t.name)) return;
    const values: Located[] = [];
    for (const w of t.elements) values.push(...this.expand(w));
    const prev = this.vars.get(t.name);
    const base = t.append && prev ? (prev.kind === 'array' ? prev.values : [prev.value]) : [];
    this.vars.set(t.name, { kind: 'array', values: [...base, ...values] });
  }

  /** Expansion without word splitting (assignments, case subjects). */
  private expandJoined(word: Word): Located {
    let out: Located = { text: '', pos: [], unknown: false };
    for (const p of word.parts) out = concat(out, joinWords(this.partValue(p)));
    return out;
  }

  /** Full expansion: quoted parts stay whole, unquoted expansions split on whitespace, "${A[@]}" yields one word per element. */
  private expand(word: Word, split = true): Expanded[] {
    const out: Located[] = [];
    let cur: Located | undefined;
    for (const p of word.parts) {
      const values = this.partValue(p);
      const splits = split && !p.quoted && p.kind !== 'lit';
      if (p.kind === 'var' && p.quoted && (p.index === '@' || p.name === '@')) {
        // "${A[@]}": each element is its own word.
        values.forEach((v, i) => {
          if (i === 0) cur = cur ? concat(cur, v) : v;
          else {
            if (cur) out.push(cur);
            cur = v;
          }
        });
        continue;
      }
      const joined = joinWords(values);
      if (!splits) {
        cur = cur ? concat(cur, joined) : joined;
        continue;
      }
      const pieces = splitWords(joined);
      if (pieces.length === 0) {
        if (values.some((v) => v.unknown)) cur = cur ? concat(cur, unknownPart(word.range)) : unknownPart(word.range);
        continue;
      }
      pieces.forEach((piece, i) => {
        if (i === 0 && !/^\s/.test(joined.text)) cur = cur ? concat(cur, piece) : piece;
        else {
          if (cur) out.push(cur);
          cur = piece;
        }
      });
      if (/\s$/.test(joined.text) && cur) {
        out.push(cur);
        cur = undefined;
      }
    }
    if (cur) out.push(cur);
    // (A word that names a file the script wrote under a name computed at run time: that file.)
    const written = (l: Located): Located => {
      const name = l.unknown && this.writtenNames.size ? this.named(l) : undefined;
      return name && this.writtenNames.has(name.text) ? name : l;
    };
    return out.map(written).map((l) => ({ ...l, range: rangeOf(l, word.range) }));
  }

  private partValue(p: Part): Located[] {
    switch (p.kind) {
      case 'lit':
        return [{ text: p.text, pos: p.pos, unknown: false }];
      case 'cmd': {
        const dir = scriptFolder(this.text.slice(p.range.start, p.range.end));
        if (dir !== undefined) return [{ text: dir, pos: Array.from(dir, () => -1), unknown: false }];
        return this.echoed(p.range) ?? this.testedEcho(p.range) ?? this.cdPwd(p.range) ?? this.exprValue(p.range) ?? [unknownPart(p.range)];
      }
      case 'arith': {
        const v = this.arith(p.expr);
        if (v === undefined) return [unknownPart(p.range)];
        const text = String(v);
        // The result points at the whole expression: an edit replaces it.
        return [{ text, pos: Array.from(text, (_, i) => (i === text.length - 1 ? p.range.end - 1 : p.range.start)), unknown: false }];
      }
      case 'var':
        return this.varValue(p);
    }
  }

  /**
   * A command substitution that echoes a fallback after a test of a variable the reading knows, `$( [ -n "$HP" ] && getp
   * model_name || echo "google/gemma-4-26B-A4B-it" )`: with HP empty the test fails and the echo runs (its words, where they
   * were written); with HP set, the other command runs (undefined: what it prints is the run's). `[ -z … ]` the other way round.
   */
  private testedEcho(range: Range): Located[] | undefined {
    if (!this.text.startsWith('$(', range.start) || this.text[range.end - 1] !== ')') return undefined;
    const inner = this.text.slice(range.start + 2, range.end - 1);
    const m = /^(\s*\[\[?\s+(-[nz])\s+"?\$\{?([A-Za-z_]\w*)\}?"?\s+\]\]?\s*&&\s*)(.+?)(\s*\|\|\s*)(echo\s+[^|;&`$()]+?)\s*$/s.exec(inner);
    if (!m) return undefined;
    const v = this.vars.get(m[3]!);
    if (!v || v.kind !== 'scalar' || v.value.unknown) return undefined;
    const passes = (v.value.text !== '') === (m[2] === '-n');
    if (passes) return undefined;
    // The echo's words, each where it was written.
    const at = range.start + 2 + m[1]!.length + m[4]!.length + m[5]!.length + 'echo'.length;
    return [this.echoWords(at, m[6]!.slice('echo'.length))];
  }

  /**
   * `$(expr A op B)` (or in backquotes) of integers or variables the reading knows (`$(expr 16 / $nproc_per_node)`): its integer
   * result (expr's division truncates), pointing at the whole substitution.
   */
  private exprValue(range: Range): Located[] | undefined {
    const raw = this.text.slice(range.start, range.end);
    const m = /^(?:\$\(|`)\s*expr\s+(\S+)\s+(\\?\*|[-+/%])\s+(\S+)\s*(?:\)|`)$/.exec(raw);
    if (!m) return undefined;
    const num = (w: string): number | undefined => {
      const name = /^"?\$\{?([A-Za-z_]\w*)\}?"?$/.exec(w)?.[1];
      const v = name ? this.vars.get(name) : undefined;
      const text = name ? (v && v.kind === 'scalar' && !v.value.unknown ? v.value.text : undefined) : w;
      return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : undefined;
    };
    const a = num(m[1]!);
    const b = num(m[3]!);
    const op = m[2]!.replace('\\', '');
    if (a === undefined || b === undefined || ((op === '/' || op === '%') && b === 0)) return undefined;
    const v = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? Math.trunc(a / b) : a % b;
    const text = String(v);
    return [{ text, pos: Array.from(text, (_, i) => (i === text.length - 1 ? range.end - 1 : range.start)), unknown: false }];
  }

  /**
   * A command substitution that only echoes words through whitespace filters, `$(echo "$OVERRIDES" | tr '\n' ' ' | sed 's/  \+/ /g')`
   * (Megatron-Bridge's launch scripts collapse a multi-line override string so): the echoed words, each where it was written.
   * Any other command is made when the script runs (undefined).
   */
  private echoed(range: Range): Located[] | undefined {
    const open = this.text.startsWith('$(', range.start) ? range.start + 2 : undefined;
    if (open === undefined || this.text[range.end - 1] !== ')') return undefined;
    const inner = this.text.slice(open, range.end - 1);
    const m =
      /^(\s*echo\s+)([^|]*?)\s*((?:\|\s*(?:tr\s+(?:'\\n'\s+' '|"\\n"\s+" "|-s\s+' '|-d\s+'\\n')|sed\s+'s\/\s*\[?\s*\]?\s*[ \\]*\+?\/ ?\/g?'|xargs)\s*)*)$/.exec(
        inner,
      );
    if (!m || /[`$]\(|[;&<>]/.test(m[2]!)) return undefined;
    return [this.echoWords(open + m[1]!.length, m[2]!)];
  }

  /**
   * Whether words[i] follows a long flag's values without a script or the program between (`--dataset a b`: b is --dataset's;
   * `-m module config.yml`: a positional argument).
   */
  private flagValueAt(words: readonly Located[], i: number, lead: number): boolean {
    for (let j = i - 1; j >= lead; j--) {
      const t = words[j]!.text;
      if (/\.py$/.test(t)) return false;
      // (Nor past `-m MODULE`: what follows a module is its own arguments, `-m src.llmtuner.cli train x.yaml`.)
      if (words[j - 1]?.text === '-m') return false;
      // (A flag of one value past its value: GPT-NeoX's deepy.py --conf_dir DIR, then its config names.)
      if (t.startsWith('--')) return !(ONE_VALUE_FLAGS.has(t) && j < i - 1);
    }
    return false;
  }

  /**
   * `$(cd "$SCRIPT_DIR/.." && pwd)` (`;` for `&&`, `cd -P`, `--`, its output sent to /dev/null, `pwd -P`): a folder the reading
   * knows relative to the script's (scriptFolder's "." and "./.."), normalized as scriptFolder writes it ("./../x/.." → "./..");
   * undefined for any other folder, which only the run knows.
   */
  private cdPwd(range: Range): Located[] | undefined {
    const open = this.text.startsWith('$(', range.start) ? range.start + 2 : undefined;
    if (open === undefined || this.text[range.end - 1] !== ')') return undefined;
    const m = /^(\s*cd\s+(?:-P\s+)?(?:--\s+)?)([^\s;&|<>`]+)\s*(?:(?:&>|2?>)\s*\/dev\/null\s*(?:2>&1\s*)?)?(?:&&|;)\s*pwd(?:\s+-P)?\s*$/.exec(
      this.text.slice(open, range.end - 1),
    );
    if (!m) return undefined;
    const dir = this.echoWords(open + m[1]!.length, m[2]!);
    if (dir.unknown || !/^\.(\/|$)/.test(dir.text)) return undefined;
    const parts = foldSegments(dir.text.split('/').filter(Boolean));
    const text = parts.length ? `./${parts.join('/')}` : '.';
    return [{ text, pos: Array.from(text, () => -1), unknown: false }];
  }

  /** An echo's words written at `start` of the text, expanded, each where it was written, as one value. */
  private echoWords(start: number, words: string): Located {
    const tokens = tokenizeShell(' '.repeat(start) + words).filter((t): t is Extract<Token, { type: 'word' }> => t.type === 'word');
    return joinWords(tokens.flatMap((t) => this.expand(t.word, false)));
  }

  /** Whether no line of the script (outside its comments) assigns `name`, declares it or reads into it. */
  private neverAssigned(name: string): boolean {
    const assigns = new RegExp(
      `(?:^|[\\s;&|(])${name}(?:\\[[^\\]\\n]*\\])?\\+?=|\\b(?:read|readarray|mapfile|declare|local|typeset|export|readonly)\\b[^\\n]*\\b${name}\\b`,
    );
    return !this.text.split('\n').some((line) => !/^\s*#/.test(line) && assigns.test(line.replace(/\s#.*$/, '')));
  }

  private varValue(p: Extract<Part, { kind: 'var' }>): Located[] {
    const v = this.vars.get(p.name);
    let values: Located[] | undefined;
    if (v) {
      if (v.kind === 'array') {
        if (p.keys) values = v.values.map((_, i) => ({ text: String(i), pos: Array.from(String(i), () => -1), unknown: false }));
        else if (p.index === '@' || p.index === '*') values = [...v.values];
        else if (p.index !== undefined) {
          // (An index only the run knows is an element only it knows; an index past the end is bash's empty one.)
          const i = this.arith(p.index);
          values = i === undefined ? [unknownPart(p.range)] : Number.isInteger(i) && v.values[i] ? [v.values[i]!] : [];
        } else values = v.values[0] ? [v.values[0]] : [];
      } else values = p.keys ? [{ text: '0', pos: [-1], unknown: false }] : [v.value];
    }
    // (An array no line of the script sets, and no script it sources could, `"${LOSS_TYPES[@]}"` where every line that set it is
    // commented out: bash's empty one (no environment hands a shell an array), a loop over it runs nothing.)
    else if ((p.index === '@' || p.index === '*') && !p.keys && /^[A-Za-z_]\w*$/.test(p.name) && !this.sourcesAny && this.neverAssigned(p.name)) {
      values = [];
      this.unsetArray = true;
    }
    if (p.op === '#') return values ? [{ text: String(values.reduce((s, x) => s + x.text.length, 0)), pos: [], unknown: false }] : [unknownPart(p.range)];
    if (p.strip) return values && values.length === 1 && !values[0]!.unknown ? [stripGlob(values[0]!, p.strip.op, p.strip.glob)] : [unknownPart(p.range)];
    if (p.replace) return values && values.length === 1 && !values[0]!.unknown ? [replaced(values[0]!, p.replace)] : [unknownPart(p.range)];
    // (Set to what only the run knows, $(cmd) or a line readarray reads, is set: its default is not what the run takes.)
    const isSet = values !== undefined && (values.length > 1 || (values[0]?.text ?? '') !== '' || values[0]?.unknown === true);
    if ((p.op === ':-' || p.op === '-' || p.op === ':=' || p.op === '=') && (p.op.startsWith(':') ? !isSet : values === undefined) && p.arg) {
      const d = this.expandJoined(p.arg);
      if (p.op.endsWith('=') && !this.pinned.has(p.name)) this.vars.set(p.name, { kind: 'scalar', value: d });
      return [d];
    }
    if ((p.op === ':+' || p.op === '+') && p.arg) return isSet ? [this.expandJoined(p.arg)] : [];
    if (p.op === 'other') return [unknownPart(p.range)];
    if (values === undefined) return [unknownPart(p.range)];
    return values;
  }

  private arith(expr: string): number | undefined {
    try {
      const v = new Arith(expr, (name) => {
        const val = this.vars.get(name);
        // Unset, or set to what only the run knows ($1, $(hostname), an expression over an unset variable): unknown, where bash
        // would take 0 (a global batch of $((WORLD_SIZE * 4)) over an unset NNODES is the run's, not 0).
        const first = val?.kind === 'scalar' ? val.value : val?.values[0];
        if (!val || first?.unknown) return undefined;
        const text = first?.text ?? '';
        const num = Number(text.trim() === '' ? 0 : text.trim());
        return Number.isFinite(num) ? Math.trunc(num) : undefined;
      }).parse();
      return v !== undefined && Number.isFinite(v) ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * A shell script the command runs, at ["@shell"], and the arguments it hands it (`bash train.sh 8 llama`, `sbatch job.sh
   * ./logs`): its $1, $2, … at ["@arg", n], where they were written.
   */
  private runsScript(words: readonly Expanded[], script: Expanded): void {
    this.facts.push({ file: this.file, path: ['@shell'], value: script.text, keyRange: script.range, valueRange: script.range });
    words.slice(words.indexOf(script) + 1).forEach((w, i) => {
      if (!w.unknown) this.facts.push({ file: this.file, path: ['@arg', i + 1], value: toValue(w), keyRange: w.range, valueRange: w.range });
    });
  }

  private srunNodes(words: readonly Expanded[], at: '@srun' | '@sbatch' = '@srun'): void {
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (/(^|\/)(python[\d.]*|torchrun|deepspeed|accelerate|bash|sh|apptainer|singularity|docker|enroot)$|\.(sh|py)$/.test(w.text)) return;
      const joined = /^(?:--nodes=|-N)(\d+)$/.exec(w.text);
      const next = (w.text === '-N' || w.text === '--nodes') && words[i + 1] && /^\d+$/.test(words[i + 1]!.text) ? words[i + 1]! : undefined;
      if (!joined && !next) continue;
      const value = next ?? w;
      if (value.unknown) return;
      this.facts.push({
        file: this.file,
        path: [at, '--nodes'],
        value: Number(next ? next.text : joined![1]),
        keyRange: w.range,
        valueRange: value.range,
      });
      return;
    }
  }

  /**
   * A program built from source and run by its path with single-letter options (`./train_gpt2cu -b 4 -t 1024 -e d12`, under
   * `mpirun -np 8` or `mpiexec -n 8`): its words, at ["@native", i] (0 the program), for the recognizer that knows its options;
   * the launcher's process count at ["@mpi", "-np"]. (A script, a Python file or a command with long flags is not this.)
   */
  private native(words: readonly Expanded[]): void {
    const mpi = /(^|\/)(mpirun|mpiexec)$/.test(words[0]?.text ?? '');
    const at = mpi ? words.findIndex((w, i) => i > 0 && !w.unknown && /^\.{0,2}\//.test(w.text)) : 0;
    const program = at >= 0 ? words[at] : undefined;
    if (!program || program.unknown || !/^\.{0,2}\/[\w./-]*[A-Za-z][\w-]*$/.test(program.text) || /\.(sh|bash|py)$/.test(program.text)) return;
    const args = words.slice(at + 1);
    if (!args.some((w) => /^-[A-Za-z]$/.test(w.text)) || args.some((w) => w.text.startsWith('--'))) return;
    words.slice(at).forEach((w, i) =>
      this.facts.push({
        file: this.file,
        path: ['@native', i],
        value: toValue(w),
        keyRange: w.range,
        valueRange: w.range,
        ...(w.unknown ? { unknown: true as const, ...tailOf(w) } : {}),
      }),
    );
    const np = mpi ? words.findIndex((w, i) => i < at && (w.text === '-np' || w.text === '-n' || w.text === '--np')) : -1;
    const count = np >= 0 ? words[np + 1] : undefined;
    if (count && np + 1 < at)
      this.facts.push({
        file: this.file,
        path: ['@mpi', '-np'],
        value: toValue(count),
        keyRange: words[np]!.range,
        valueRange: count.range,
        ...(count.unknown ? { unknown: true as const, ...tailOf(count) } : {}),
      });
  }

  private flags(given: readonly Expanded[]): void {
    // A launcher run by its path (`/scratch/venv/bin/accelerate launch …`, `~/.local/bin/llamafactory-cli train x.yaml`): read as
    // its name, where the word stays.
    const program = /^\S*\/(accelerate|torchrun|deepspeed|llamafactory-cli|swift|tune|axolotl|trl|litgpt|composer)$/.exec(given[0]?.text ?? '');
    const words = program && !given[0]!.unknown ? [{ ...given[0]!, text: program[1]! }, ...given.slice(1)] : given;
    // sbatch's options before the job script it submits (`GBS=4 sbatch --nodes=16 run.sh ./logs`): its node count read, at
    // ["@sbatch", "--nodes"] (the job's, over the script's own #SBATCH line); the script, with what it is handed, as a shell
    // script the command runs.
    if (/(^|\/)sbatch$/.test(words[0]?.text ?? '')) {
      this.srunNodes(words, '@sbatch');
      let p = 1;
      while (p < words.length && words[p]!.text.startsWith('-'))
        p += words[p]!.text.includes('=') || /^-[A-Za-z]\S+$/.test(words[p]!.text) || SBATCH_SWITCHES.has(words[p]!.text) ? 1 : 2;
      const job = words[p];
      if (!job || job.unknown || !/\.(sh|bash|sbatch|slurm)$/.test(job.text)) return;
      this.runsScript(words, job);
      this.commandEnvironment(words);
      return;
    }
    // srun's own options before the program it runs (`srun -l --container-image IMG --mpi=pmix python train.py …`): its node count
    // read, the rest its own, not the program's flags; the program's words follow srun's.
    if (/(^|\/)srun$/.test(words[0]?.text ?? '') && words[1]?.text.startsWith('-')) {
      this.srunNodes(words);
      let p = 1;
      while (p < words.length && words[p]!.text.startsWith('-')) p += words[p]!.text.includes('=') || SRUN_SWITCHES.has(words[p]!.text) ? 1 : 2;
      if (p < words.length) return this.flags([words[0]!, ...words.slice(p)]);
    }
    this.native(words);
    // A command's leading words (its program and what precedes the first flag: a subcommand, a script, a model id), each a
    // fact at ["@command", i], when there are two or more: what a program's subcommand selects is the recognizers' to read.
    // (The Python interpreter's own options before its script, python3 -u train.py, are not the program's: skipped.)
    const lead: Expanded[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const python = lead.length === 1 && /(^|\/)python[\d.]*$/.test(lead[0]!.text);
      if (python && /^-[bBdEiIOqsSuvx]+$/.test(w.text)) continue;
      if (python && (w.text === '-X' || w.text === '-W')) {
        i++;
        continue;
      }
      if (w.text.startsWith('-') || /^[A-Za-z_][\w.]*=/.test(w.text)) break;
      lead.push(w);
    }
    // The script a command with flags runs, with no other leading word (./run_train.sh --training.steps 10), at ["@program"] (a
    // command of two or more leading words has them at ["@command", i]); and the folder a `cd` moved the script to, where the
    // command's relative paths start, at ["@cwd"].
    // A shell script the command runs (bash scripts/train_sft.sh, sh run.sh, ./run.sh), with what it is handed: at ["@shell"],
    // the exported variables and the command's own assignments at ["@env", name].
    // (After a job launcher's own word, `srun bash train.sh 8`; the script's own arguments after it, $1 … to the run.)
    const k = /(^|\/)(srun|mpirun|mpiexec)$/.test(lead[0]?.text ?? '') ? 1 : 0;
    // srun's node count for its step (`srun -N 8 torchrun …`, `--nodes=8`), at ["@srun", "--nodes"]: read up to the program it runs.
    if (/(^|\/)srun$/.test(lead[0]?.text ?? '')) this.srunNodes(words);
    const written =
      lead.length >= k + 2 && /^(\S*\/)?(ba|z)?sh$/.test(lead[k]!.text) ? lead[k + 1] : lead.length === 1 && words.length === 1 ? lead[0] : undefined;
    // (A script under a folder only the run knows, `bash $LLM_DK_DIR/ipex/examples/gpt.sh`: its known tail, found beside this one.)
    const tail = written ? knownTail(written) : undefined;
    const runs = tail && written ? { ...tail, range: written.range } : written;
    if (runs && !runs.unknown && /\.(sh|bash)$/.test(runs.text)) {
      this.runsScript(words, runs);
      if (!words.some((w) => w.text.startsWith('--'))) this.commandEnvironment(words);
    }
    if (words[0] && !words[0].unknown && words.some((w) => w.text.startsWith('--'))) {
      if (lead.length < 2 && /\.sh$/.test(words[0].text))
        this.facts.push({ file: this.file, path: ['@program'], value: words[0].text, keyRange: words[0].range, valueRange: words[0].range });
      if (this.cwd) this.facts.push({ file: this.file, path: ['@cwd'], value: this.cwd, keyRange: words[0].range, valueRange: words[0].range });
    }
    // The Python script a launcher runs after its own flags (`torchrun --nnodes=2 --nproc-per-node 8 train.py --lr …`,
    // `accelerate launch --multi_gpu train.py`, after a job launcher's own word too: `srun deepspeed --num_gpus 8 train.py`):
    // one more leading word, as when no flag comes between.
    // (Composer's launcher too: `composer --world_size 32 scripts/train/train.py yamls/mpt/125m.yaml k=v`.)
    const launcher = /(^|\/)(python[\d.]*|torchrun|deepspeed|composer)$/.test(lead[k]?.text ?? '')
      ? k + 1
      : lead[k]?.text === 'accelerate' && lead[k + 1]?.text === 'launch'
        ? k + 2
        : // (Lightning Fabric's launcher: `lightning run model --devices=8 pretrain/x.py`, `fabric run model …`, `fabric run …`.)
          /^(lightning|fabric)$/.test(lead[k]?.text ?? '') && lead[k + 1]?.text === 'run'
          ? lead[k + 2]?.text === 'model'
            ? k + 3
            : k + 2
          : 0;
    if (launcher && lead.length === launcher) {
      const at = words.findIndex(
        (w, i) => i > lead.length && !w.unknown && /^[\w./-]+\.py$/.test(w.text) && (!words[i - 1]!.text.startsWith('-') || words[i - 1]!.text.includes('=')),
      );
      if (at > 0 && !words.slice(lead.length, at).some((w) => w.text === '-m')) {
        lead.push(words[at]!);
        // (And the config file nanoGPT's configurator execs, the script's first argument: `torchrun --standalone
        // --nproc_per_node=8 train.py config/train_gpt2.py --batch_size=8`, one more leading word as when no flag comes between.)
        const config = words[at + 1];
        if (config && !config.unknown && /^[\w./-]+\.py$/.test(config.text)) lead.push(config);
      }
    }
    // After the run, a script that evaluates, merges, exports or serves what it made (python eval_gsm8k.py --model_name_or_path
    // outputs/…): its flags are not the run's (its model is the run's output folder).
    const script = lead
      .find((w) => /\.py$/.test(w.text))
      ?.text.split('/')
      .pop();
    // (So is a training CLI's command of that kind, `swift export`, `llamafactory-cli export`, `litgpt generate`, `axolotl
    // merge-lora`, after the CLI's run, `megatron sft`.)
    const cli = /^(swift|megatron|llamafactory-cli|litgpt|axolotl)$/.exec(words[0]?.text.split('/').pop() ?? '')?.[0];
    if ((script || cli) && words.some((w) => w.text.startsWith('--'))) {
      if (this.ran && (script ? AFTER_THE_RUN.test(script) : AFTER_THE_RUN_CLI.test(`${cli} ${words[1]?.text ?? ''}`))) return;
      this.ran = true;
    }
    if (lead.length >= 2)
      lead.forEach((w, i) =>
        this.facts.push({
          file: this.file,
          path: ['@command', i],
          value: w.unknown ? null : w.text,
          keyRange: w.range,
          valueRange: w.range,
          ...(w.unknown ? { unknown: true as const, ...tailOf(w) } : {}),
        }),
      );
    // Words only running the script would tell (a command substitution, a positional argument, an unset variable) among the
    // flags may add flags of their own: said once per command, at the first of them.
    const hidden = words.find((w, i) => i >= lead.length && w.unknown && (w.text === '' || holesOf(w)[0]?.at === 0) && !words[i - 1]?.text.startsWith('--'));
    if (hidden)
      this.errors.push(
        finding('unknown-value', 'info', { id: 'extract.shellUnknownWords', args: {} }, { file: this.file, range: rangeOf(hidden, hidden.range) }),
      );
    // The environment a command with flags runs in (NPROC_PER_NODE=4 swift sft …, export CUDA_VISIBLE_DEVICES=0,1), at
    // ["@env", name], where each value was written: launchers read their process counts there.
    if (words.some((w) => w.text.startsWith('--'))) this.commandEnvironment(words);
    // python -m MODULE (torch.distributed.run's too): the module the command runs, the last one named, at ["@module"].
    // (A file of the working folder may be run by a name no import could spell: `-m openai-oss-sft-lora`.)
    const modules = words.filter((w, i) => words[i - 1]?.text === '-m' && !w.unknown && /^[A-Za-z_][\w.-]*$/.test(w.text));
    const module = modules[modules.length - 1];
    if (module) this.facts.push({ file: this.file, path: ['@module'], value: module.text, keyRange: module.range, valueRange: module.range });
    // GPT-NeoX's deepy.py -d DIR (its short form of --conf_dir): the folder its config names are in.
    const neoxDir = words.some((w) => /(^|\/)deepy\.py$/.test(w.text)) ? words.findIndex((w) => w.text === '-d') : -1;
    const dirWord = neoxDir >= 0 ? words[neoxDir + 1] : undefined;
    if (dirWord)
      this.facts.push({
        file: this.file,
        path: ['--conf_dir'],
        value: toValue(dirWord),
        keyRange: words[neoxDir]!.range,
        valueRange: dirWord.range,
        ...(dirWord.unknown ? { unknown: true as const, ...tailOf(dirWord) } : {}),
      });
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // A Hydra / OmegaConf override of a dotted key (Megatron-Bridge's run_recipe.py: model.tensor_model_parallel_size=4), at
      // ["@override", key].
      // (MaxText's and Hydra's plain key=value arguments too, after the program: model_name=mixtral-8x22b; a Hydra group's option
      // in a group of a group, model/remat=qwen-scan.)
      // (Hydra's `++key=value` sets a key whether the config has it or not: the key. `+key=value` adds one the config does not
      // have, which the program may not read: not taken; but into a dict the program hands on whole, verl's
      // +actor_rollout_ref.actor.megatron.override_transformer_config.sequence_parallel=True, its documented way: taken.)
      const override =
        /^(?:\+\+|\+(?=[\w.]*\.override_\w+_config\.))?([A-Za-z_]\w*(?:\.\w+)+)=/.exec(w.text) ??
        (i > 0 ? /^(?:\+\+)?([A-Za-z_]\w*(?:\/[A-Za-z_][\w-]*)*)=/.exec(w.text) : null);
      // (Its value written with a part only the run knows, `actor_rollout_ref.model.path=${MODEL_PATH}` of an unset variable: the
      // key, its value unknown, as a flag's.)
      const unknownValue = override && w.unknown ? holesOf(w).every((h) => h.at > override[0].length - 1) : false;
      if (override && (!w.unknown || unknownValue)) {
        const plus = override[0].length - override[1]!.length - 1;
        const eq = plus + override[1]!.length;
        const holes = holesOf(w)
          .filter((h) => h.at > eq)
          .map((h) => ({ ...h, at: h.at - eq - 1 }));
        const value: Located = { text: w.text.slice(eq + 1), pos: w.pos.slice(eq + 1), unknown: holes.length > 0, holes };
        this.facts.push({
          file: this.file,
          path: ['@override', override[1]!],
          // OmegaConf and Hydra read true / false (any case) as booleans.
          value: !value.unknown && /^(true|false)$/i.test(value.text) ? value.text.toLowerCase() === 'true' : toValue(value),
          keyRange: rangeOf({ text: override[1]!, pos: w.pos.slice(plus, eq), unknown: false }, w.range),
          valueRange: rangeOf(value, w.range),
          ...(value.unknown ? { unknown: true as const, ...tailOf(value) } : {}),
        });
        continue;
      }
      // A config file given as a positional argument (`accelerate launch … src/train.py config.yaml`, LLaMA-Factory's way), at
      // ["@config"]: the launch's settings are in it.
      // (Not a further value of a flag that takes several, swift's `--dataset a.parquet b.json`: the words before it back to a flag.)
      if (
        i >= lead.length &&
        !w.unknown &&
        !w.text.startsWith('-') &&
        /\.(ya?ml|json)$/.test(w.text) &&
        words[i - 1] &&
        !words[i - 1]!.text.startsWith('-') &&
        !this.flagValueAt(words, i, lead.length)
      )
        this.facts.push({ file: this.file, path: ['@config'], value: w.text, keyRange: w.range, valueRange: w.range });
      if (!w.text.startsWith('--') || w.text.length < 3) continue;
      const eq = w.text.indexOf('=');
      if (eq > 2) {
        const name = w.text.slice(0, eq);
        const holes = holesOf(w)
          .filter((h) => h.at > eq)
          .map((h) => ({ ...h, at: h.at - eq - 1 }));
        const value: Located = { text: w.text.slice(eq + 1), pos: w.pos.slice(eq + 1), unknown: holes.length > 0, holes };
        this.facts.push({
          file: this.file,
          path: [name],
          value: toValue(value),
          keyRange: rangeOf({ text: name, pos: w.pos.slice(0, eq), unknown: false }, w.range),
          valueRange: rangeOf(value, w.range),
          ...(value.unknown ? { unknown: true as const, ...tailOf(value) } : {}),
        });
        continue;
      }
      const next = words[i + 1];
      if (next && !(next.text.startsWith('--') && next.text.length > 2)) {
        this.facts.push({
          file: this.file,
          path: [w.text],
          value: toValue(next),
          keyRange: w.range,
          valueRange: next.range,
          ...(next.unknown ? { unknown: true as const, ...tailOf(next) } : {}),
        });
        // Further bare words (names, numbers) up to the next flag are the flag's further values (argparse nargs: Megatron's
        // --recompute-modules layernorm moe_act): [name, 1], [name, 2], … A path or a script (train.py) is a positional argument.
        let k = 1;
        for (; ; k++) {
          const more = words[i + 1 + k];
          if (!more || more.unknown || !/^\w+$/.test(more.text)) break;
          this.facts.push({ file: this.file, path: [w.text, k], value: toValue(more), keyRange: w.range, valueRange: more.range });
        }
        // (Such a path, at ["@positional"]: LitGPT's checkpoint after its flags, `litgpt finetune_lora --devices 2 checkpoints/org/model`.)
        const path = words[i + 1 + k];
        if (path && !path.unknown && /^[\w.~-]*\/[\w./-]*$/.test(path.text) && !/\.(py|sh)$/.test(path.text))
          this.facts.push({ file: this.file, path: ['@positional'], value: path.text, keyRange: path.range, valueRange: path.range });
        i++;
      } else {
        this.facts.push({ file: this.file, path: [w.text], value: true, keyRange: w.range, valueRange: w.range });
      }
    }
  }
}

/** Flags that take one value, whatever words follow it (GPT-NeoX's deepy.py: -d / --conf_dir DIR, then its config names). */
const ONE_VALUE_FLAGS: ReadonlySet<string> = new Set(['--conf_dir']);

/** Operators followed by one word, their target (a here-string's words among them): not a command's words. */
const REDIRECTIONS: ReadonlySet<string> = new Set(['>', '<', '>>', '2>', '&>', '>&', '<<<']);

/** A flag that states a model's shape (Megatron-LM's and its forks' spellings). */
const MODEL_SHAPE_FLAG = /^--(num-layers|hidden-size|num_layers|hidden_size)(=|$)/;

/** Shell builtins and tools whose words are not a training program's flags. */
const FLAGLESS_COMMANDS: ReadonlySet<string> = new Set(['echo', 'printf', 'set', 'unset', 'source', '.', 'cd', 'mkdir', '[', '[[', 'test', 'read']);

/**
 * In a command string (read statement by statement): the words that open or close a compound command, and the builtins that
 * set up the shell (export, exit, …), none of them a launch with flags.
 */
const SHELL_KEYWORDS: ReadonlySet<string> = new Set([
  ...['if', 'elif', 'else', 'then', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', '}', 'function'],
  ...['export', 'local', 'declare', 'exit', 'return', 'shift', 'trap', 'ulimit', 'umask', 'wait'],
]);

/**
 * `$0` or `${BASH_SOURCE[0]}` (quoted or not), possibly resolved by readlink -f / realpath (in `$(…)` or backquotes): the
 * script's own path.
 */
const SELF_VAR = String.raw`\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\})`;
const SELF = String.raw`(?:"?\$(?:0|\{0\}|BASH_SOURCE|\{BASH_SOURCE(?:\[0\])?\})"?|"?\$\((?:readlink\s+-f|realpath)\s+"?${SELF_VAR}"?\)"?|"?\`(?:readlink\s+-f|realpath)\s+"?${SELF_VAR}"?\`"?)`;
const DIRNAME = String.raw`\$\(\s*dirname\s+(?:--\s+)?${SELF}\s*\)`;

/**
 * A command substitution that names the script's own folder: `$(dirname "$0")`, `$(dirname "${BASH_SOURCE[0]}")`, and
 * `$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)` (with realpath / readlink -f; `cd --` and `dirname --`, the cd's output
 * sent to /dev/null, as slime's scripts write it): the folder relative to the script's
 * ("." and "./../.."), where the reading starts the script. Undefined for any other command.
 */
function scriptFolder(raw: string): string | undefined {
  if (new RegExp(`^${DIRNAME}$`).test(raw)) return '.';
  const cd = new RegExp(
    String.raw`^\$\(\s*cd\s+(?:-P\s+)?(?:--\s+)?"?${DIRNAME}((?:/\.\.?)*)/?"?\s*(?:(?:&>|2?>)\s*/dev/null\s*(?:2>&1\s*)?)?(?:&&|;)\s*pwd(?:\s+-P)?\s*\)$`,
  ).exec(raw);
  if (cd) return `.${cd[1]}`;
  const real = new RegExp(String.raw`^\$\(\s*(?:realpath|readlink\s+-f)\s+"?${DIRNAME}((?:/\.\.?)*)/?"?\s*\)$`).exec(raw);
  return real ? `.${real[1]}` : undefined;
}

function empty(): Located {
  return { text: '', pos: [], unknown: false };
}

/** Characters [from, to) of a located string, with the unknown parts inside them. */
function slice(l: Located, from: number, to: number): Located {
  const holes = holesOf(l)
    .filter((h) => h.at >= from && h.at <= to)
    .map((h) => ({ ...h, at: h.at - from }));
  return { text: l.text.slice(from, to), pos: l.pos.slice(from, to), unknown: holes.length > 0, ...(holes.length ? { holes } : {}) };
}

function space(): Located {
  return { text: ' ', pos: [-1], unknown: false };
}

/**
 * The commands of a command string, as the shell that runs it splits them: at unquoted newlines, `;`, `&&` and `||`, a
 * backslash-newline joining its lines first. (A string of one command is itself.)
 */
function statements(l: Located): Located[] {
  const out: Located[] = [];
  let from = 0;
  let quote: string | undefined;
  let nested = 0;
  const cut = (to: number, next: number): void => {
    const piece = slice(l, from, to);
    // Line continuations inside the command (the outer quotes kept `\` + newline as they were written).
    const keep = [...piece.text]
      .map((_, i) => i)
      .filter((i) => !(piece.text[i] === '\\' && piece.text[i + 1] === '\n') && !(piece.text[i] === '\n' && piece.text[i - 1] === '\\'));
    const holes = holesOf(piece).map((h) => ({ ...h, at: keep.filter((k) => k < h.at).length }));
    const joined =
      keep.length === piece.text.length
        ? piece
        : { ...piece, text: keep.map((i) => piece.text[i]).join(''), pos: keep.map((i) => piece.pos[i]!), ...(holes.length ? { holes } : {}) };
    if (/\S/.test(joined.text)) out.push(joined);
    from = next;
  };
  for (let i = 0; i < l.text.length; i++) {
    const c = l.text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    // (Inside `$(…)` and a `[[ … ]]` test the separators are the inner command's or the test's own.)
    else if (c === '$' && l.text[i + 1] === '(') {
      nested++;
      i++;
    } else if (c === ')' && nested > 0) nested--;
    else if (c === '[' && l.text[i + 1] === '[' && (i === 0 || /\s/.test(l.text[i - 1]!))) {
      nested++;
      i++;
    } else if (c === ']' && l.text[i + 1] === ']' && nested > 0) {
      nested--;
      i++;
    } else if (nested > 0) continue;
    else if (c === '#' && (i === 0 || /\s/.test(l.text[i - 1]!))) {
      // A comment, to the end of its line.
      cut(i, i);
      const n = l.text.indexOf('\n', i);
      i = n < 0 ? l.text.length : n;
      from = i + 1;
    } else if (c === '\n' || c === ';') cut(i, i + 1);
    else if ((c === '&' || c === '|') && l.text[i + 1] === c) {
      cut(i, i + 2);
      i++;
    }
  }
  cut(l.text.length, l.text.length);
  return out.length ? out : [l];
}

/** Words joined with single spaces, as "$*" or an unquoted expansion's words are (empty for none). */
function joinWords(words: readonly Located[]): Located {
  return words.reduce((a, b, i) => (i ? concat(concat(a, space()), b) : b), empty());
}

/** A part we cannot know statically: no text, one hole. */
function unknownPart(src: Range): Located {
  return { text: '', pos: [], unknown: true, holes: [{ at: 0, src }] };
}

/** The offsets of a located string's unknown parts (every unknown part is made by unknownPart, so it has them). */
function holesOf(l: Located): readonly Hole[] {
  return l.holes ?? [];
}

function concat(a: Located, b: Located): Located {
  if (!a.unknown && !b.unknown) return { text: a.text + b.text, pos: [...a.pos, ...b.pos], unknown: false };
  const holes = [...holesOf(a), ...holesOf(b).map((h) => ({ ...h, at: h.at + a.text.length }))];
  return { text: a.text + b.text, pos: [...a.pos, ...b.pos], unknown: true, holes };
}

/**
 * Whitespace splitting. A word is unknown only where an unknown part touches it; an unknown part between blanks is an
 * unknown word of its own (`--dir ${UNSET}` keeps --dir's value unknown, not absent).
 */
function splitWords(l: Located): Located[] {
  const holes = holesOf(l);
  const pieces: { at: number; piece: Located }[] = [];
  const touched = new Set<Hole>();
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(l.text))) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = holes.filter((h) => h.at >= start && h.at <= end);
    for (const h of inside) touched.add(h);
    pieces.push({
      at: start,
      piece: inside.length
        ? { text: m[0], pos: l.pos.slice(start, end), unknown: true, holes: inside.map((h) => ({ ...h, at: h.at - start })) }
        : { text: m[0], pos: l.pos.slice(start, end), unknown: false },
    });
  }
  for (const h of holes) if (!touched.has(h)) pieces.push({ at: h.at, piece: unknownPart(h.src) });
  return pieces.sort((x, y) => x.at - y.at).map((x) => x.piece);
}

/** A word with its paired quote characters removed (what a shell's quote removal leaves of '1024' or --a='b'). */
function unquoted(w: Located): Located {
  if (w.unknown || !/['"]/.test(w.text)) return w;
  const keep: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < w.text.length; i++) {
    const c = w.text[i]!;
    if (quote === undefined && (c === "'" || c === '"') && w.text.indexOf(c, i + 1) > i) quote = c;
    else if (c === quote) quote = undefined;
    else keep.push(i);
  }
  return { text: keep.map((i) => w.text[i]).join(''), pos: keep.map((i) => w.pos[i]!), unknown: false };
}

/** The name a word assigns (NAME=…, NAME+=…), if it is an assignment. */
function assignedName(word: Word): string | undefined {
  const first = word.parts[0];
  return first && first.kind === 'lit' && !first.quoted ? /^([A-Za-z_]\w*)\+?=/.exec(first.text)?.[1] : undefined;
}

/** Source range of a located string: the span of its characters' offsets, else the fallback. */
/**
 * A path whose leading part only the run knows (`$LLM_DK_DIR/ipex/examples/gpt.sh`, `$HOME/repo/configs/x.sh`): the folders and
 * name after it, a relative path the setup finds by its tail beside the script (as an absolute path of another machine is), where
 * they are a folder and a name at least; undefined for a path known whole or unknown past its start. (`~/repo/x.sh` is known
 * whole, `~` a folder name, and found by its tail the same way.)
 */
function knownTail(l: Located): Located | undefined {
  if (!l.unknown || !l.holes?.length) return undefined;
  const last = Math.max(...l.holes.map((h) => h.at));
  const slash = l.text.indexOf('/', last);
  if (slash < 0) return undefined;
  const text = l.text.slice(slash + 1);
  if (text.split('/').filter(Boolean).length < 2) return undefined;
  return { text, pos: l.pos.slice(slash + 1), unknown: false };
}

function rangeOf(l: Located, fallback: Range): Range {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of l.pos) {
    if (p < 0) continue;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  if (lo === Infinity) {
    // No written character: where its unknown parts were written.
    const src = l.holes?.map((h) => h.src) ?? [];
    return src.length ? { start: Math.min(...src.map((r) => r.start)), end: Math.max(...src.map((r) => r.end)) } : fallback;
  }
  return { start: lo, end: hi + 1 };
}

/** A value only partly known whose last path part is written after every unknown part: that part (its folder's name). */
function tailOf(l: Located): { tail: string } | Record<string, never> {
  if (!l.unknown) return {};
  const slash = l.text.lastIndexOf('/');
  const tail = l.text.slice(slash + 1);
  return slash >= 0 && holesOf(l).every((h) => h.at <= slash) && /^[\w][\w.-]*$/.test(tail) ? { tail } : {};
}

function toValue(l: Located): FactValue {
  if (l.unknown) return null;
  const t = l.text;
  if (/^[-+]?(\d[\d_]*\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    const n = Number(t.replace(/_/g, ''));
    if (Number.isFinite(n)) return n;
  }
  return t;
}

function glob(pattern: string, value: string): boolean {
  const re =
    '^' +
    pattern
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.') +
    '$';
  try {
    return new RegExp(re).test(value);
  } catch {
    return pattern === value;
  }
}

/** Bash integer arithmetic: + - * / % ** and parentheses, comparisons, variables with or without $. */
class Arith {
  private i = 0;
  private readonly toks: string[];

  constructor(
    expr: string,
    private readonly lookup: (name: string) => number | undefined,
  ) {
    this.toks = expr.match(/\*\*|<=|>=|==|!=|&&|\|\||[A-Za-z_]\w*|\$\{?[A-Za-z_]\w*\}?|\d+|[-+*/%()<>!]/g) ?? [];
  }

  parse(): number | undefined {
    const v = this.compare();
    return this.i === this.toks.length ? v : undefined;
  }

  private compare(): number | undefined {
    let a = this.add();
    for (;;) {
      const op = this.toks[this.i];
      if (op !== '<' && op !== '>' && op !== '<=' && op !== '>=' && op !== '==' && op !== '!=') return a;
      this.i++;
      const b = this.add();
      if (a === undefined || b === undefined) return undefined;
      a = Number(op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : op === '>=' ? a >= b : op === '==' ? a === b : a !== b);
    }
  }

  private add(): number | undefined {
    let a = this.mul();
    while (this.toks[this.i] === '+' || this.toks[this.i] === '-') {
      const op = this.toks[this.i++];
      const b = this.mul();
      if (a === undefined || b === undefined) return undefined;
      a = op === '+' ? a + b : a - b;
    }
    return a;
  }

  private mul(): number | undefined {
    let a = this.pow();
    while (this.toks[this.i] === '*' || this.toks[this.i] === '/' || this.toks[this.i] === '%') {
      const op = this.toks[this.i++];
      const b = this.pow();
      if (a === undefined || b === undefined || ((op === '/' || op === '%') && b === 0)) return undefined;
      a = op === '*' ? a * b : op === '/' ? Math.trunc(a / b) : a % b;
    }
    return a;
  }

  private pow(): number | undefined {
    const a = this.unary();
    if (this.toks[this.i] === '**') {
      this.i++;
      const b = this.pow();
      if (a === undefined || b === undefined || b < 0) return undefined;
      return a ** b;
    }
    return a;
  }

  private unary(): number | undefined {
    const t = this.toks[this.i];
    if (t === '-') {
      this.i++;
      const v = this.unary();
      return v === undefined ? undefined : -v;
    }
    if (t === '+') {
      this.i++;
      return this.unary();
    }
    if (t === '(') {
      this.i++;
      const v = this.compare();
      if (this.toks[this.i] !== ')') return undefined;
      this.i++;
      return v;
    }
    if (t === undefined) return undefined;
    this.i++;
    if (/^\d+$/.test(t)) return Number(t);
    const name = t.replace(/^\$\{?|\}$/g, '');
    if (/^[A-Za-z_]\w*$/.test(name)) return this.lookup(name);
    return undefined;
  }
}

/** ${v/text/with}, ${v//text/with}: the literal text replaced, the first time or every time; the replacement's characters are made up. */
function replaced(v: Located, r: { readonly all: boolean; readonly from: string; readonly to: string }): Located {
  let text = '';
  const pos: number[] = [];
  let i = 0;
  let done = false;
  while (i < v.text.length) {
    if (!done && v.text.startsWith(r.from, i)) {
      text += r.to;
      pos.push(...Array.from(r.to, () => -1));
      i += r.from.length;
      done = !r.all;
    } else {
      text += v.text[i]!;
      pos.push(v.pos[i] ?? -1);
      i++;
    }
  }
  return { text, pos, unknown: false };
}

/** ${v#glob}, ${v##glob}, ${v%glob}, ${v%%glob}: the shortest or longest match of a glob of * and ? removed from either end. */
function stripGlob(v: Located, op: '#' | '##' | '%' | '%%', glob: string): Located {
  const re = new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[\\s\\S]*')
      .replace(/\?/g, '[\\s\\S]')}$`,
  );
  const n = v.text.length;
  const cut = (from: number, to: number): Located => ({ text: v.text.slice(from, to), pos: v.pos.slice(from, to), unknown: false });
  if (op === '#' || op === '##') {
    const order = op === '#' ? Array.from({ length: n + 1 }, (_, i) => i) : Array.from({ length: n + 1 }, (_, i) => n - i);
    for (const k of order) if (re.test(v.text.slice(0, k))) return cut(k, n);
  } else {
    const order = op === '%' ? Array.from({ length: n + 1 }, (_, i) => n - i) : Array.from({ length: n + 1 }, (_, i) => i);
    for (const k of order) if (re.test(v.text.slice(k))) return cut(0, k);
  }
  return v;
}
