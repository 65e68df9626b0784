/**
 * What the renderers take: one analyzed training setup, its files, facts, spec, analysis and
 * findings. The engine produces it; every view renders it.
 */
import type { Fact, Finding } from '../types';
import type { Spec } from '../spec';
import type { Family } from '../recognize';
import type { Analysis } from '../analysis';
import type { ForeignCode, ImportedValue, PassedValues } from '../extract/python';

export interface FileInput {
  /** Path as the user gave it (shown in reports). */
  readonly path: string;
  readonly text: string;
  /** A Python script's command line, where a launch runs it (`--lora_r 16` as lora_r: 16), and the environment it exports. */
  readonly argv?: Readonly<Record<string, number | string | boolean>>;
  readonly environ?: Readonly<Record<string, string>>;
  /** A Python script's names imported from a module beside it (`from config import MODEL_ID`), with that module's values. */
  readonly imports?: Readonly<Record<string, ImportedValue>>;
  /**
   * A module's functions that a script beside it calls, with the values it passes (`load_model(model_name="Qwen/Qwen3-8B")`):
   * read as what the module runs, their parameters those values (extract/python.ts PythonOptions.calls).
   */
  readonly calls?: Readonly<Record<string, PassedValues>>;
  /**
   * Facts a Python script is read with, as if written where it calls the function that sets them: a module's function body that
   * loads the script's model, read with what the script passes it (engine). What they bind takes the place of the script's own
   * names alike (`model`, the call's result).
   */
  readonly prelude?: readonly Fact[];
  /**
   * Code of the modules beside a Python script that it imports and builds (a class whose `__init__` loads its model), read as if
   * written above it, each fact placed in its own file (extract/python.ts PythonOptions.prepend).
   */
  readonly prepend?: readonly ForeignCode[];
  /** A model package's flavor a run names (torchtitan's `qwen3:250M`), read from the package's flavor table in this file. */
  readonly flavor?: string;
  /**
   * What a YAML config inherits by path (NeMo-RL's `defaults:`), its files' facts merged in order (recognize/inherit.ts): read
   * under the file's own keys.
   */
  readonly inherited?: readonly Fact[];
  /**
   * Values a launch sets over the file's own, each where the launch writes it: nanoGPT's configurator execs the config file its
   * train.py is given, then sets each `--key=value` of the line (`train.py config/train_gpt2.py --batch_size=8`).
   */
  readonly overrides?: readonly Fact[];
  /** What the shell scripts a script sources leave set, by the path it writes (extract/shell.ts ShellOptions.sourced). */
  readonly sourced?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** A job script's scheduler options from the command that submits it (`sbatch --nodes=16 job.sh`), over its #SBATCH lines. */
  readonly jobOptions?: Readonly<Record<string, string>>;
}

/** A file of an analyzed setup, with the family that read it (edits write in its keys). */
export interface SetupFile extends FileInput {
  readonly family?: Family;
}

/** One analyzed training setup (one file, or a model config with its training files). */
export interface FileAnalysis {
  /** The setup's main file (the one that states the model). */
  readonly path: string;
  readonly text: string;
  /** Every file of the setup, the main one first. */
  readonly files: readonly SetupFile[];
  readonly family?: Family;
  readonly facts: readonly Fact[];
  readonly spec?: Spec;
  readonly analysis?: Analysis;
  readonly findings: readonly Finding[];
}
