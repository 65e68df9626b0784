/**
 * Windows batch files (`.bat`, `.cmd`): the launch lines people write on Windows (`python train.py ^` on several lines,
 * `set LR=2e-5` … `%LR%`), written out as the shell script that runs the same commands, character for character (every fact
 * keeps its place in the file), for extract/shell.ts to read:
 * - `REM …` and `:: …` lines are comments; a leading `@` (`@echo off`) is dropped;
 * - `^` at a line's end continues the line (`\`), elsewhere it escapes the next character; `\` in paths is `/`;
 * - `set NAME=value` and `set "NAME=value"` assign a variable, which `%NAME%` reads; `%1`…`%9` and `%*` are the script's arguments.
 *   Bash has no room for `%NAME%`'s two signs in `$NAME`: the variables are named with a leading `_` on both sides (`$_NAME`,
 *   `_NAME=value`), in upper case as cmd.exe matches them, so a name read where it was set is the same name. `%~dp0` and the
 *   like (the script's folder) are unknown.
 * - cmd.exe's control lines (`if … (`, `) else (`, `)`, `for %%i in (…) do …`, `goto`, `:label`) are passed over, a block's lines read
 *   as the commands they are, as a first branch is.
 * Anything else is left as written: what the shell reading cannot follow it says so.
 */
export function batchAsShell(text: string): string {
  return text
    .split('\n')
    .map((line) => batchLine(line))
    .join('\n');
}

function batchLine(line: string): string {
  const cr = line.endsWith('\r') ? '\r' : '';
  let body = cr ? line.slice(0, -1) : line;
  const lead = /^[ \t]*/.exec(body)![0].length;
  const rest = body.slice(lead);
  // A comment: REM … or :: …; and cmd.exe's own control lines, which bash cannot parse: `if … (`, `) else (`, `)`, a one-line
  // `for %%i in (…) do …`, `goto`, a `:label`. A block's lines are read as the commands they are (as a first branch is read).
  if (/^rem(\s|$)/i.test(rest) || rest.startsWith('::') || /^(if|for|goto|else)(\s|$)/i.test(rest) || /^[):]/.test(rest))
    return `${body.slice(0, lead)}#${rest.slice(1)}${cr}`;
  // @echo off: the @ dropped.
  if (rest.startsWith('@')) body = `${body.slice(0, lead)} ${rest.slice(1)}`;
  // Paths' separators, before ^ becomes bash's escape.
  body = body.replace(/\\/g, '/');
  // set "NAME=value" / set NAME=value (not set /a, set /p).
  const set = /^([ \t]*)set([ \t]+)(?:"([A-Za-z_][\w]*)=([^"]*)"|([A-Za-z_][\w]*)=(.*))$/i.exec(body);
  if (set) {
    const pad = set[1]!;
    const gap = set[2]!;
    if (set[3] !== undefined) {
      // set "NAME=value": `set` and its gap and the opening quote (4 + gap) become spaces and `_`, the closing quote a space.
      body = `${pad}${' '.repeat(3 + gap.length)}_${set[3].toUpperCase()}=${set[4]} `;
    } else {
      const value = set[6]!;
      // A value with spaces, which bash would split: quoted, in the room `set` leaves.
      body = /\s/.test(value.trim())
        ? `${pad}${' '.repeat(gap.length)}_${set[5]!.toUpperCase()}="${value}"`
        : `${pad}${' '.repeat(2 + gap.length)}_${set[5]!.toUpperCase()}=${value}`;
    }
  }
  body = body
    // %NAME% → $_NAME (the same length); %1 → $1; %* → $@; %~dp0 and the like → an unknown variable of their length.
    .replace(/%([A-Za-z_][\w]*)%/g, (_m, name: string) => `$_${name.toUpperCase()}`)
    .replace(/%~([a-z]*)([0-9])/gi, (_m, mods: string, d: string) => `$_${'_'.repeat(mods.length)}${d}`)
    .replace(/%([0-9])/g, '$$$1')
    .replace(/%\*/g, '$$@')
    // ^ at the end continues the line; elsewhere it escapes the next character, as bash's \ does.
    .replace(/\^/g, '\\');
  return `${body}${cr}`;
}
