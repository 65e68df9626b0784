import { strict as assert } from 'node:assert';
import { ARGS_FILE, CLASS_INIT, classCode, evaluateExpression, extractPython, LOADED, LOADS_CONFIG, pythonCommands } from '../../src/core/extract/python';
import { extractShell } from '../../src/core/extract/shell';
import { extractToml } from '../../src/core/extract/toml';
import { extractYaml, MAX_FACTS } from '../../src/core/extract/yaml';
import type { Fact } from '../../src/core';
import { analyzeFile, extract, markdownShell, syntaxOf } from '../../src/core/pipeline';
import { batchAsShell } from '../../src/core/extract/batch';
import { fixtureText } from './helpers/fixtures';

function byPath(facts: readonly Fact[]): Record<string, unknown> {
  return Object.fromEntries(facts.map((f) => [f.path.join('.'), f.value]));
}

function written(text: string, f: Fact | undefined): string {
  assert.ok(f, 'fact exists');
  return text.slice(f.valueRange.start, f.valueRange.end);
}

describe('shell extraction', () => {
  it('a loop that runs a command for each of several values: read for the first, said; a loop of values only the run knows, not', () => {
    const sweep = extractShell('s.sh', 'for C in "2,4" "4,2" "8,1"; do\n  IFS=, read -r TP PP <<< "$C"\n  python train.py --tp $TP\ndone\n');
    assert.equal(byPath(sweep.facts)['--tp'], 2);
    assert.deepEqual(
      sweep.errors.map((e) => [e.message.id, e.message.args?.['count'], e.message.args?.['first']]),
      [['extract.shellLoopFirst', 3, '2,4']],
    );
    const wait = extractShell('w.sh', 'for i in $(seq 1 10); do\n  sleep 1\ndone\npython train.py --tp 2\n');
    assert.deepEqual(wait.errors, []);
  });

  it('a loop over an array no line sets (every line that set it commented out) runs nothing, said; one the script sets, or a script it sources could, is read as before', () => {
    const text = '# LOSS_TYPES=("dpo" "ipo")\nfor L in "${LOSS_TYPES[@]}"; do\n  python train.py --loss $L --tp 2\ndone\n';
    const none = extractShell('s.sh', text);
    assert.equal(byPath(none.facts)['--tp'], undefined);
    assert.deepEqual(
      none.errors.map((e) => e.message.id),
      ['extract.shellLoopEmpty'],
    );
    // (An array an unset flag list leaves out adds no words: no unknown part said for it.)
    const flags = extractShell('f.sh', 'python train.py --tp 2 ${PROFILING_ARGS[@]}\n');
    assert.equal(byPath(flags.facts)['--tp'], 2);
    assert.deepEqual(flags.errors, []);
    const set = extractShell('t.sh', 'LOSS_TYPES=("dpo")\n' + text);
    assert.equal(byPath(set.facts)['--tp'], 2);
    const sourced = extractShell('u.sh', 'source ./losses.sh\n' + text);
    assert.equal(byPath(sourced.facts)['--tp'], 2);
    // (Special parameters bash refuses to subscript are read as before, not as a name to look for: no fault.)
    for (const odd of ['${*[@]}', '${1[@]}', '${?[*]}'])
      assert.doesNotThrow(() => extractShell('v.sh', `for L in "${odd}"; do\n  python train.py --tp 2\ndone\n`));
  });

  it("a C-style loop over a sweep's arrays (MEFT's bert_glue.sh: `for (( b=0; b<${#BSS[@]}; b++ ))`): its body read once, for the counter's first value, each array's first item", () => {
    const text =
      'BSS=(16 32)\nLRS=(5e-4 6e-4)\nfor (( l=0; l<${#LRS[@]}; l++ ))\ndo\nfor (( b=0; b<${#BSS[@]}; b++ ))\ndo\npython -u run_glue.py --per_device_train_batch_size ${BSS[$b]} --learning_rate ${LRS[$l]}\ndone\ndone\n';
    const facts = byPath(extractShell('s.sh', text).facts);
    assert.equal(facts['--per_device_train_batch_size'], 16);
    assert.equal(facts['--learning_rate'], 0.0005);
    // (A loop of a form it does not know, `for ((;;))`, is passed over as before.)
    assert.equal(byPath(extractShell('s.sh', 'for ((;;)); do\npython a.py --x 1\ndone\n').facts)['--x'], undefined);
  });

  it('an if of tests joined by || and &&, decided where one of them decides (the mock-data branch not taken for a real tokenizer)', () => {
    const run = (cond: string) => {
      const text = `T=deepseek-ai/DeepSeek-V2-Lite\nD=\${4:-"dataset/wikitext"}\nif ${cond}; then\n  A=(--x 1)\nelse\n  A=(--x 2)\nfi\npython train.py "\${A[@]}"\n`;
      return byPath(extractShell('s.sh', text).facts)['--x'];
    };
    assert.equal(run('[[ "$T" == "MOCK" ]] || [[ "$D" == "MOCK" ]] || [[ -z "$T" ]]'), 2);
    assert.equal(run('[[ "$T" == "MOCK" ]] || [[ -n "$T" ]]'), 1);
    assert.equal(run('[ -n "$T" ] && [ "$D" == "MOCK" ]'), 2);
    // (One it cannot tell, $1, leaves the whole undecided unless another decides: the branch is taken, as before.)
    assert.equal(run('[ "$1" == "70b" ] || [ "$T" == "x" ]'), 1);
    assert.equal(run('[ "$1" == "70b" ] && [ "$T" == "x" ]'), 2);
  });

  it('--x v and --x=v, boolean flags, quoted strings with line continuations', () => {
    const text = 'python train.py \\\n  --num-layers 4 --hidden-size=256 \\\n  --swiglu --name "a b" --lr 1e-4\n';
    const f = byPath(extractShell('s.sh', text).facts);
    // The words before the first flag, each located: the program and its script (what a subcommand selects is read there).
    assert.deepEqual(f, {
      '@command.0': 'python',
      '@command.1': 'train.py',
      '--num-layers': 4,
      '--hidden-size': 256,
      '--swiglu': true,
      '--name': 'a b',
      '--lr': 1e-4,
    });
    assert.equal(text.slice(0, extractShell('s.sh', text).facts.find((x) => x.path[1] === 1)!.valueRange.end), 'python train.py');
  });

  it('a function the script defines runs where the script calls it; a string run by a second shell (bash -lc "…") loses the quotes it kept', () => {
    const text = "N=24\nrun() {\n  bash -lc \"torchrun train.py --num-layers '$N' --name='a'\"\n}\nrun\n";
    const f = byPath(extractShell('s.sh', text).facts);
    assert.equal(f['--num-layers'], 24);
    assert.equal(f['--name'], 'a');
    // Defined but never called: nothing runs.
    assert.equal(byPath(extractShell('s.sh', 'run() { torchrun train.py --num-layers 2; }\n').facts)['--num-layers'], undefined);
  });

  it("a command's environment at [@env, name]: its leading assignments (for that command alone, as bash scopes them) and exported variables", () => {
    const text = 'export CUDA_VISIBLE_DEVICES=0,1\nN=4\nNPROC_PER_NODE=$N swift sft --model m\nNPROC_PER_NODE=2 echo hi\npython train.py --lr 1\n';
    const facts = extractShell('s.sh', text).facts;
    const env = facts.filter((f) => f.path[0] === '@env').map((f) => [f.path[1], f.value, written(text, f)]);
    // swift's: both, each where its value was written; python's: the exported one only (the prefix ended with its command:
    // said unset, null at the command, so that the last command's environment read is its own).
    assert.deepEqual(env, [
      ['CUDA_VISIBLE_DEVICES', '0,1', '0,1'],
      ['NPROC_PER_NODE', 4, '4'],
      ['NPROC_PER_NODE', null, 'python'],
      ['CUDA_VISIBLE_DEVICES', '0,1', '0,1'],
    ]);
  });

  it('a loop over an array\'s indices (for i in "${!models[@]}") reads each array at the first index; an index only the run knows is an unknown element, not an empty one', () => {
    const text =
      'models=("Qwen/Qwen2.5-Math-1.5B-Instruct")\nbs=(5)\nfor i in "${!models[@]}"; do\n  python train.py --model "${models[$i]}" --batch_size "${bs[$i]}"\ndone\n' +
      'BETAS=(0.1 0.3)\nB=${BETAS[$SLURM_ARRAY_TASK_ID]}\npython dpo.py --beta "$B"\n';
    const ex = extractShell('s.sh', text);
    const f = byPath(ex.facts);
    assert.equal(f['--model'], 'Qwen/Qwen2.5-Math-1.5B-Instruct');
    assert.equal(f['--batch_size'], 5);
    assert.equal(ex.facts.find((x) => x.path[0] === '--beta')?.unknown, true);
  });

  it('variables, ${VAR:-default}, $(( )) arithmetic, arrays and "${A[@]}"; ranges point at the assignment', () => {
    const text = 'L=${L:-24}\nTP=2\nARGS=(--tp $TP --pp 4)\nN=$(( L * 2 ))\ntorchrun x.py --num-layers $N "${ARGS[@]}" --micro "$TP"\n';
    const ex = extractShell('s.sh', text);
    const f = byPath(ex.facts);
    assert.deepEqual(f, { '@command.0': 'torchrun', '@command.1': 'x.py', '--num-layers': 48, '--tp': 2, '--pp': 4, '--micro': 2 });
    assert.equal(
      written(
        text,
        ex.facts.find((x) => x.path[0] === '--tp'),
      ),
      '2',
    );
    assert.equal(text.slice(0, ex.facts.find((x) => x.path[0] === '--tp')!.valueRange.start).split('\n').length, 2); // TP=2 on line 2
    assert.equal(
      written(
        text,
        ex.facts.find((x) => x.path[0] === '--num-layers'),
      ),
      '$(( L * 2 ))',
    );
    assert.equal(
      written(
        text,
        ex.facts.find((x) => x.path[0] === '--pp'),
      ),
      '4',
    );
  });

  it('$(( )) over a variable the run sets (unset here, or set from one) is unknown, not the 0 bash would take', () => {
    const text = 'GPUS=8\nWORLD=$((GPUS * NNODES))\nEMPTY=\nrun --gbs $((WORLD * 4)) --direct $((NNODES + 1)) --known $((GPUS * 2)) --empty $((EMPTY + 3))\n';
    assert.deepEqual(byPath(extractShell('s.sh', text).facts), { '--gbs': null, '--direct': null, '--known': 16, '--empty': 3 });
  });

  it('an if that selects by a value only the run knows ([ "$1" == 70b ] with an else) reads its first branch and says so at the condition; a file test does not', () => {
    const text = 'if [ "$1" == "70b" ]; then\n  L=80\nelse\n  L=32\nfi\nif [ -f ckpt/latest ]; then R=1; else R=0; fi\nrun --layers $L --resume $R\n';
    const ex = extractShell('s.sh', text);
    assert.deepEqual(byPath(ex.facts), { '--layers': 80, '--resume': 1 });
    const said = ex.errors.filter((e) => e.message.id === 'extract.shellBranchUnknown');
    assert.deepEqual(
      said.map((e) => [e.severity, text.slice(e.ranges[0]!.range.start, e.ranges[0]!.range.end)]),
      [['warning', '[ "$1" == "70b" ]']],
    );
    // A branch with no other arm: nothing to say.
    assert.equal(extractShell('s.sh', 'if [ "$1" == "70b" ]; then L=80; fi\nrun --layers $L\n').errors.length, 0);
  });

  it('an arm it cannot tell that only serves a model (`trl vllm-serve` on the last node) where another arm follows: the arm that trains is read, and said; not where it trains too, or is the only arm', () => {
    const text =
      'if [ "$NODE_RANK" -eq "$LAST" ]; then\n  trl vllm-serve --model Qwen/Qwen3-8B --tensor_parallel_size 8\nelse\n  accelerate launch --num_processes 8 grpo.py --model_name_or_path Qwen/Qwen3-8B\nfi\n';
    const ex = extractShell('s.sh', text);
    assert.deepEqual([byPath(ex.facts)['--num_processes'], byPath(ex.facts)['--tensor_parallel_size']], [8, undefined]);
    const said = ex.errors.filter((e) => e.message.id === 'extract.shellServingBranch');
    assert.deepEqual(
      said.map((e) => [e.severity, text.slice(e.ranges[0]!.range.start, e.ranges[0]!.range.end)]),
      [['info', '[ "$NODE_RANK" -eq "$LAST" ]']],
    );
    assert.ok(!ex.errors.some((e) => e.message.id === 'extract.shellBranchUnknown'));
    // (A served model beside a training launch in the same arm, or a serving arm with nothing after it: read as before.)
    const both =
      'if [ "$R" = 0 ]; then\n  python -m vllm.entrypoints.openai.api_server --port 8000 &\n  torchrun --nproc_per_node 4 train.py\nelse\n  sleep 1\nfi\n';
    assert.equal(byPath(extractShell('s.sh', both).facts)['--nproc_per_node'], 4);
    // (Its server behind a runner, on the condition's own line.)
    const nohup = 'if [ "$R" = 0 ]; then nohup vllm serve Qwen/Qwen3-8B --tensor-parallel-size 2\nelse\n  torchrun --nproc_per_node 4 train.py\nfi\n';
    assert.deepEqual(
      [byPath(extractShell('s.sh', nohup).facts)['--nproc_per_node'], byPath(extractShell('s.sh', nohup).facts)['--tensor-parallel-size']],
      [4, undefined],
    );
    const alone = 'if [ "$R" = 0 ]; then\n  vllm serve Qwen/Qwen3-8B --tensor-parallel-size 2\nfi\n';
    assert.equal(byPath(extractShell('s.sh', alone).facts)['--tensor-parallel-size'], 2);
  });

  it('case blocks and if blocks are selected by the variables, including ones the user sets', () => {
    const text =
      'MODEL=${MODEL:-small}\ncase "$MODEL" in\n  small) H=512 ;;\n  big|huge) H=4096 ;;\n  *) echo no; exit 1 ;;\nesac\nif [ "$MODEL" = "big" ]; then\n  L=48\nelif [[ $MODEL == small ]]; then\n  L=6\nelse\n  L=1\nfi\nrun --hidden $H --layers $L\n';
    assert.deepEqual(byPath(extractShell('s.sh', text).facts), { '--hidden': 512, '--layers': 6 });
    assert.deepEqual(byPath(extractShell('s.sh', text, { vars: { MODEL: 'big' } }).facts), { '--hidden': 4096, '--layers': 48 });
    assert.deepEqual(byPath(extractShell('s.sh', text, { vars: { MODEL: 'huge' } }).facts), { '--hidden': 4096, '--layers': 1 });
    // An unknown MODEL takes the `*)` branch, whose `exit 1` is an error path, not the run: the command is read, H unknown.
    assert.deepEqual(byPath(extractShell('s.sh', text, { vars: { MODEL: 'other' } }).facts), { '--hidden': null, '--layers': 1 });
    // A plain exit (status 0) ends what the script runs.
    assert.deepEqual(byPath(extractShell('s.sh', 'run --a 1\nexit\nrun --b 2\n').facts), { '--a': 1 });
  });

  it("unquoted multi-flag strings split into words; functions, heredocs and comments are skipped, a for loop runs its first item, a while loop's body once (not a loop over lines read)", () => {
    const text =
      '#!/bin/bash\n# --commented 1\nA="--x 1 \\\n  --y 2"\nf() { run --in-function 1; }\nfor i in 1 2; do run --loop $i; done\nwhile true; do run --while 1; done\nwhile IFS=, read -r a b; do run --read $a; done < list.csv\ncat <<EOF\n--heredoc 3\nEOF\nrun $A # --trailing 9\n';
    assert.deepEqual(byPath(extractShell('s.sh', text).facts), { '--loop': 1, '--while': 1, '--x': 1, '--y': 2 });
  });

  it('a YAML written by a heredoc to a name computed at run time (`CFG=run-$(date +%s).yml`; `cat > $CFG << EOF`): the name as written, the same where a command names it; a line only a run knows is unknown', () => {
    const text =
      'T=$(date +%s)\nCFG=/cfg/run-${T}.yml\nD=$(printf x)\ncat > $CFG << EOF\nbase_model: Qwen/Qwen3-8B\nlora_r: 16\ndatasets: ${D}\nEOF\naxolotl train ${CFG}\n';
    const facts = extractShell('s.sh', text, { yaml: extractYaml }).facts;
    const name = '/cfg/run-$(date +%s).yml';
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.equal(at('@command.2')?.value, name);
    assert.equal(at(`@heredoc.${name}.lora_r`)?.value, 16);
    assert.equal(at(`@heredoc.${name}.datasets`)?.unknown, true);
    // (Its value range is where the script writes it: the heredoc's line.)
    assert.equal(text.slice(at(`@heredoc.${name}.lora_r`)!.valueRange.start, at(`@heredoc.${name}.lora_r`)!.valueRange.end), '16');
  });

  it("Composer's launcher with its flags before the script, in a container (`apptainer run --nv IMG composer --world_size 32 scripts/train/train.py yamls/mpt/125m.yaml k=v`): its program, script, YAML and overrides", () => {
    const facts = extractShell(
      's.sh',
      'apptainer run --nv --home /home/u/llm-foundry/ llmfoundry.sif \\\n  composer --world_size 32 scripts/train/train.py yamls/mpt/125m.yaml max_duration=10ba\n',
    ).facts;
    const lead = facts.filter((f) => f.path[0] === '@command').map((f) => f.value);
    assert.deepEqual(lead.slice(-2), ['composer', 'scripts/train/train.py']);
    const by = byPath(facts);
    assert.deepEqual([by['--world_size'], by['@config'], by['@override.max_duration']], [32, 'yamls/mpt/125m.yaml', '10ba']);
  });

  it('a retry loop around a command a function builds in an array (`build_cmd; "${CMD[@]}" || sleep 8` inside `while true`): that command', () => {
    const text = [
      'build_cmd() {',
      '  CMD=(',
      '    python train.py',
      '    --model-name "${MODEL_NAME:-Qwen/Qwen3.5-9B}"',
      '    --lora-r "${LORA_R:-8}"',
      '  )',
      '}',
      'attempts=0',
      'while true; do',
      '  attempts=$((attempts + 1))',
      '  if (( attempts > 24 )); then',
      '    exit 1',
      '  fi',
      '  build_cmd "$CKPT"',
      '  "${CMD[@]}" 2>&1 | tee -a run.log',
      '  rc=${PIPESTATUS[0]}',
      '  if (( rc == 0 )); then break; fi',
      '  sleep 8',
      'done',
      '',
    ].join('\n');
    const all = extractShell('s.sh', text).facts;
    assert.ok(all.some((f) => f.path[0] === '@command' && f.path[1] === 1 && f.value === 'train.py'));
    const facts = byPath(all);
    assert.deepEqual([facts['--model-name'], facts['--lora-r']], ['Qwen/Qwen3.5-9B', 8]);
  });

  it('a command string run by bash -c (after srun) or eval is read as its command, each flag where it was written', () => {
    const text =
      'A=(--num-layers 32)\nCMD="torchrun --nproc-per-node 4 pretrain_gpt.py ${A[@]} --hidden-size 4096"\nsrun -lu bash -c "numactl $CMD"\neval "run --tp 2"\n';
    const facts = extractShell('s.sh', text).facts;
    assert.deepEqual(byPath(facts), {
      '@command.0': 'numactl',
      '@command.1': 'torchrun',
      '--nproc-per-node': 4,
      '--num-layers': 32,
      '--hidden-size': 4096,
      '--tp': 2,
    });
    const layers = facts.find((f) => f.path[0] === '--num-layers')!;
    assert.equal(text.slice(layers.valueRange.start, layers.valueRange.end), '32');
    // A word only running the script would tell, among the flags, is said once.
    const hidden = extractShell('s.sh', 'run --tp 2 $(cat extra_flags.txt)\n');
    assert.equal(hidden.errors.filter((e) => e.message.id === 'extract.shellUnknownWords').length, 1);
  });

  it("a script in a command string (srun … bash -c '…' of a container): its comments, tests, exports, exits and `$(…)` are no launch; `then` and exec before one are dropped", () => {
    const text = [
      "srun --container-image=img bash -c '",
      '  # --container-remap-root is the Pyxis equivalent of --user 0:0; it maps the user',
      '  export HOME=/root',
      '  if [[ -n ${CUDA_VISIBLE_DEVICES:-} && ${CUDA_VISIBLE_DEVICES} != NoDevFiles ]]; then',
      '    N=$(nvidia-smi --query-gpu=index --format=csv,noheader | wc -l)',
      '  fi',
      '  if ((N < 1)); then exit 1; fi',
      '  if true; then torchrun --nnodes=2 train.py --tp 4; fi',
      '  exec torchrun --nproc_per_node=8 pretrain.py --lr 1',
      "'",
      '',
    ].join('\n');
    const facts = extractShell('s.sbatch', text).facts;
    assert.deepEqual(byPath(facts), {
      '--container-image': 'img',
      '@command.0': 'torchrun',
      '@command.1': 'pretrain.py',
      '--nnodes': 2,
      '--tp': 4,
      '--nproc_per_node': 8,
      '--lr': 1,
    });
    const n = facts.find((f) => f.path[0] === '--nproc_per_node')!;
    assert.equal(text.slice(n.valueRange.start, n.valueRange.end), '8');
  });

  it("a file that runs nothing with flags: a string of flags that states a model's shape is read as the launch it is for, said", () => {
    const text = 'L=24\nopts=" \\\n  --num-layers ${L} \\\n  --hidden-size 1536 --fp16"\nopts="${opts}\n  --tp ${MP}"\nDIST="--nproc_per_node 8"\n';
    const r = extractShell('ds_gpt.sh', text);
    assert.deepEqual(byPath(r.facts), { '--num-layers': 24, '--hidden-size': 1536, '--fp16': true, '--tp': null });
    const layers = r.facts.find((f) => f.path[0] === '--num-layers')!;
    assert.equal(text.slice(layers.valueRange.start, layers.valueRange.end), '24');
    assert.equal(r.errors.find((e) => e.message.id === 'extract.flagsFragment')?.message.args?.name, 'opts');
    // A string of flags without a shape (DIST alone), or beside a command that runs with flags, is not.
    assert.deepEqual(byPath(extractShell('d.sh', 'DIST="--nproc_per_node 8"\n').facts), {});
    const launched = extractShell('run.sh', `${text}torchrun train.py --lr 1\n`);
    assert.equal(
      launched.errors.some((e) => e.message.id === 'extract.flagsFragment'),
      false,
    );
    assert.equal(byPath(launched.facts)['--num-layers'], undefined);
  });

  it("a template's <placeholder> is an unknown value, not a redirection; plain key=value arguments are overrides", () => {
    assert.deepEqual(byPath(extractShell('s.sh', 'run --pretrain <path_to_model> --dataset d.json\n').facts), { '--pretrain': null, '--dataset': 'd.json' });
    assert.deepEqual(byPath(extractShell('s.sh', 'python3 MaxText/train.py base.yml model_name=mixtral-8x22b per_device_batch_size=4\n').facts), {
      '@command.0': 'python3',
      '@command.1': 'MaxText/train.py',
      '@command.2': 'base.yml',
      '@override.model_name': 'mixtral-8x22b',
      '@override.per_device_batch_size': 4,
    });
  });

  it('a script run or sourced under a folder only the run knows: its known tail, a relative path the setup finds by it; a sourced name only the run knows said', () => {
    const shell = (text: string) => extractShell('run.sh', text);
    const run = shell('bash $LLM_DK_DIR/intel-extension-for-deepspeed/examples/gpt.sh\n');
    assert.equal(run.facts.find((f) => f.path[0] === '@shell')?.value, 'intel-extension-for-deepspeed/examples/gpt.sh');
    const sourced = shell('source $HOME/Lucie-Training/ablation/models_config/lucie80m.sh\n');
    assert.equal(sourced.facts.find((f) => f.path[0] === '@sourced')?.value, 'Lucie-Training/ablation/models_config/lucie80m.sh');
    // (A name alone after the unknown part is no tail to find: nothing read.)
    assert.equal(
      shell('bash $DIR/train.sh\n').facts.find((f) => f.path[0] === '@shell'),
      undefined,
    );
    const named = shell('source "$FRAMEWORK_DIR/sizes/$SIZE.sh"\n');
    assert.equal(
      named.facts.find((f) => f.path[0] === '@sourced'),
      undefined,
    );
    assert.deepEqual(
      named.errors.map((e) => [e.message.id, e.severity]),
      [['extract.shellSourcedUnknown', 'warning']],
    );
  });

  it('values it cannot know statically are null, never guessed', () => {
    const text = 'run --nodes $(hostname | wc -l) --gpus $UNSET_VAR --tp 2\n';
    assert.deepEqual(byPath(extractShell('s.sh', text).facts), { '--nodes': null, '--gpus': null, '--tp': 2 });
  });
});

describe('Markdown (a README given as the file)', () => {
  const readme = [
    '# Training',
    'Run `pip install x`, then:',
    '```bash',
    'torchrun --nproc_per_node 8 train.py --model_name_or_path Qwen/Qwen2.5-7B',
    '```',
    '```console',
    '$ accelerate launch sft.py --lr 2e-5',
    'Step 1: loss 2.3',
    '```',
    '```python',
    'model = AutoModel()',
    '```',
    '',
  ].join('\n');

  it("its shell code blocks as a script, each character where the file has it: a console block's commands after the `$ ` prompt, not the output; other blocks and prose blank", () => {
    const shell = markdownShell(readme);
    assert.equal(shell.length, readme.length);
    assert.deepEqual(
      shell.split('\n').map((l) => l.trim()),
      [
        '',
        '',
        '',
        'torchrun --nproc_per_node 8 train.py --model_name_or_path Qwen/Qwen2.5-7B',
        '',
        '',
        'accelerate launch sft.py --lr 2e-5',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    );
    const facts = extract('README.md', 'shell', readme).facts;
    const model = facts.find((f) => f.path[0] === '--model_name_or_path')!;
    assert.equal(readme.slice(model.valueRange.start, model.valueRange.end), 'Qwen/Qwen2.5-7B');
  });

  it('read only where its text is given and holds a shell block: a folder listing (no text) and a README of prose alone are not configs', () => {
    assert.equal(syntaxOf('README.md', readme), 'shell');
    assert.equal(syntaxOf('README.md'), undefined);
    assert.equal(syntaxOf('notes.md', '# Notes\nNo commands.\n'), undefined);
    assert.equal(syntaxOf('notes.md', '```python\nx = 1\n```\n'), undefined);
  });

  it("a model card's training config in a ```yaml block (Axolotl's, on the Hub) where it has no shell block: the first YAML block, in place; another block's closing fence opens none", () => {
    const card = [
      '# my-mixtral-qlora',
      'axolotl version: `0.10.0`',
      '```yaml',
      'base_model: mistralai/Mixtral-8x7B-Instruct-v0.1',
      'adapter: qlora',
      '```',
      'Training results:',
      '```',
      'loss 1.2',
      '```',
      '```yaml',
      'base_model: other/model',
      '```',
      '',
    ].join('\n');
    assert.equal(markdownShell(card).trim(), 'loss 1.2');
    const yamlOnly = card.replace('```\nloss 1.2\n```', 'Loss 1.2.');
    assert.equal(markdownShell(yamlOnly).trim(), '');
    assert.equal(syntaxOf('README.md', yamlOnly), 'yaml');
    const facts = extract('README.md', 'yaml', yamlOnly).facts;
    const base = facts.filter((f) => f.path[0] === 'base_model');
    assert.deepEqual(
      base.map((f) => f.value),
      ['mistralai/Mixtral-8x7B-Instruct-v0.1'],
    );
    assert.equal(yamlOnly.slice(base[0]!.valueRange.start, base[0]!.valueRange.end), 'mistralai/Mixtral-8x7B-Instruct-v0.1');
    // (A ```python block's closing fence is no bare shell block.)
    assert.equal(markdownShell('```python\nx = 1\n```\ntext\n```\n').trim(), '');
  });
});

describe('Python extraction', () => {
  it("an item of a list of the script's own by a whole number (`source_models[0]`, `MODELS[-1]`) is that item; one past its end, or one whose index is not known, is not", () => {
    const model = (text: string) =>
      extractPython('t.py', `${text}\nmodel = AutoModelForCausalLM.from_pretrained(name)\n`).facts.find((f) => f.path.join('.') === 'model.@args.0')?.value;
    assert.equal(model('MODELS = [\n    "Qwen/Qwen2.5-3B",\n    "Qwen/Qwen2.5-7B",\n]\nname = MODELS[0]'), 'Qwen/Qwen2.5-3B');
    assert.equal(model('MODELS = ["Qwen/Qwen2.5-3B", "Qwen/Qwen2.5-7B"]\nname = MODELS[-1]'), 'Qwen/Qwen2.5-7B');
    assert.equal(model('MODELS = ["Qwen/Qwen2.5-3B"]\nname = MODELS[2]'), null);
    assert.equal(model('MODELS = ["Qwen/Qwen2.5-3B"]\nname = MODELS[i]'), null);
  });

  it("a script read alone runs with no arguments: `sys.argv[1] if len(sys.argv) > 1 else …` is its default; under a launch, its arguments' count is not known", () => {
    const text =
      'import sys\nname = sys.argv[1] if len(sys.argv) > 1 else "meta-llama/Llama-2-7b-chat-hf"\nmodel = AutoModelForCausalLM.from_pretrained(name)\n';
    const at = (facts: readonly Fact[]) => facts.find((f) => f.path.join('.') === 'model.@args.0');
    assert.equal(at(extractPython('t.py', text).facts)?.value, 'meta-llama/Llama-2-7b-chat-hf');
    assert.notEqual(at(extractPython('t.py', text, { argv: {} }).facts)?.value, 'meta-llama/Llama-2-7b-chat-hf');
    // (Only the command line's own length: another list's is not 1.)
    const other = 'import sys\nname = "a" if len(paths) > 1 else "gpt2"\nmodel = AutoModelForCausalLM.from_pretrained(name)\n';
    assert.notEqual(at(extractPython('t.py', other).facts)?.value, 'gpt2');
  });

  it("a string literal's str.format is done where its fields are plain and its arguments known, else not known, and the expression around it reads on; a required argparse argument is the command line's whatever default it writes", () => {
    const text = [
      'import argparse',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--model_name", default=None, type=str, required=True)',
      'parser.add_argument("--seed", default=42, type=int)',
      'args = parser.parse_args()',
      'lang = "ta_in"',
      'a = "./out-{}-{}".format(lang, 3)',
      'b = "{0}/{name}".format("x", name=lang)',
      'c = "{:.2f}".format(1.5)',
      'd = "-".join(["a", "b"])',
      'e = dict(out="run-{}".format(lang), bs=16)',
      'm = args.model_name',
      's = args.seed',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (key: string) => facts.find((f) => f.path.join('.') === key);
    assert.deepEqual([at('a')?.value, at('b')?.value], ['./out-ta_in-3', 'x/ta_in']);
    assert.deepEqual([at('c')?.unknown, at('d')?.unknown], [true, true]);
    assert.deepEqual([at('e.out')?.value, at('e.bs')?.value], ['run-ta_in', 16]);
    assert.deepEqual([at('m')?.unknown, at('s')?.value], [true, 42]);
  });

  it('freezes written by hand, each under the name it freezes from (through the loops over it); those read as a named part are not repeated', () => {
    const text = [
      'model = AutoModelForCausalLM.from_pretrained("gpt2")',
      'ref = AutoModelForCausalLM.from_pretrained("gpt2")',
      'for name, param in model.named_parameters():',
      '    if not name.startswith("score"):',
      '        param.requires_grad = False',
      'for layer in model.transformer.h[:-2]:',
      '    for p in layer.parameters():',
      '        p.requires_grad = False',
      'for i, block in enumerate(model.blocks):',
      '    block.requires_grad_(False)',
      'ref.requires_grad_(False)',
      'model.transformer.wte.weight.requires_grad = False',
      'model.visual.requires_grad_(False)',
      'x.requires_grad = True',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const frozen = facts.filter((f) => f.path[0] === '@frozenByHand').map((f) => [f.path[1], text.slice(0, f.valueRange.start).split('\n').length]);
    assert.deepEqual(frozen, [
      ['model', 5],
      ['model', 8],
      ['model', 10],
      ['ref', 11],
      ['model', 12],
    ]);
    assert.deepEqual(
      facts.filter((f) => f.path[0] === '@requiresGrad').map((f) => f.path[1]),
      ['visual'],
    );
  });

  it("statements a `;` separates on one line are read as lines of their own, at that line's indentation; a `;` that ends a line is nothing", () => {
    const text = [
      'import argparse, yaml',
      'def load_yaml(p):',
      '    with open(p, "r") as f: return yaml.safe_load(f)',
      'def main():',
      '    ap = argparse.ArgumentParser()',
      '    ap.add_argument("--config", type=str, default="config.yaml")',
      '    args = ap.parse_args()',
      '    cfg = load_yaml(args.config); seed = 42;',
      '    name = "a;b"; rank = 8  # a; comment',
      'main()',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (key: string) => facts.find((f) => f.path.join('.') === key);
    assert.equal(at('cfg.@call')?.value, LOADS_CONFIG);
    assert.equal(at('cfg.@args.0')?.value, 'config.yaml');
    assert.deepEqual([at('seed')?.value, at('name')?.value, at('rank')?.value], [42, 'a;b', 8]);
    assert.equal(text.slice(at('rank')!.valueRange.start, at('rank')!.valueRange.end), '8');
  });

  it('a class the script imports from a module beside it and builds is read as if written above it, each fact in the file it is written in', () => {
    const module = [
      'import torch',
      'from transformers import AutoModelForCausalLM',
      'DTYPE = "bfloat16"',
      'model = AutoModelForCausalLM.from_pretrained("gpt2")  # not a plain constant: left out',
      '',
      'class Wrapper:',
      '    def __init__(self, name, rank=8):',
      '        self.model = AutoModelForCausalLM.from_pretrained(name, torch_dtype=DTYPE)',
      '',
      'class Tokens:',
      '    def __init__(self, name):',
      '        self.tokenizer = name',
      '',
      'def helper():',
      '    pass',
      '',
    ].join('\n');
    const code = classCode('model.py', module, ['Wrapper', 'Tokens']);
    // (The imports, the plain constant and the class that loads a model; not the one that loads none, nor other top-level code.)
    assert.deepEqual(
      code.map((c) => c.text.split('\n')[0]),
      ['import torch', 'from transformers import AutoModelForCausalLM', 'DTYPE = "bfloat16"', 'class Wrapper:'],
    );
    for (const c of code) assert.equal(module.slice(c.at, c.at + c.text.length), c.text);
    assert.deepEqual(classCode('model.py', module, ['Tokens']), []);
    const script = 'from model import Wrapper\n\nllm = Wrapper("Qwen/Qwen3-0.6B")\n';
    const facts = extractPython('train.py', script, { prepend: code }).facts;
    // (The loading call where the module writes it, with the name the script builds it with; the construction where the script does.)
    const name = facts.find((f) => f.path.join('.') === 'model.@args.0')!;
    assert.equal(name.value, 'Qwen/Qwen3-0.6B');
    assert.equal(name.file, 'model.py');
    assert.equal(module.slice(name.valueRange.start, name.valueRange.end), 'AutoModelForCausalLM.from_pretrained(name, torch_dtype=DTYPE)');
    const built = facts.find((f) => f.path.join('.') === 'llm.@call')!;
    assert.equal(built.file, 'train.py');
    assert.equal(script.slice(built.valueRange.start, built.valueRange.end), 'Wrapper("Qwen/Qwen3-0.6B")');
    const dtype = facts.find((f) => f.path.join('.') === 'model.@kw.torch_dtype')!;
    assert.equal(dtype.value, 'bfloat16');
    assert.equal(dtype.file, 'model.py');
    assert.equal(module.slice(dtype.valueRange.start, dtype.valueRange.end), 'DTYPE');
    const call = facts.find((f) => f.path.join('.') === 'model.@call')!;
    assert.equal(call.value, 'AutoModelForCausalLM.from_pretrained');
    // (Code that does not read cleanly above the script is left out: the script read alone.)
    const broken = extractPython('train.py', script, { prepend: [{ file: 'model.py', at: 0, text: 'class Wrapper:\n    doc = """never closed\n' }] });
    assert.deepEqual(broken, extractPython('train.py', script));
  });

  it("a plain class's attributes (`class Config:` over `BERT_PATH = '…'`): `Config.BERT_PATH` and an object's `cfg.MAX_LEN` are their values", () => {
    const text = [
      'class Config:',
      "    BERT_PATH = 'bert-base-multilingual-cased'",
      '    MAX_LEN: int = 256',
      '    OUT = BERT_PATH + "-out"',
      '    def f(self):',
      '        X = 1',
      'cfg = Config()',
      'tok = BertTokenizer.from_pretrained(Config.BERT_PATH)',
      'n = cfg.MAX_LEN',
      'out = Config.OUT',
      'x = Config.X',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['tok.@args.0', 'n', 'out'].map((k) => at(k)?.value),
      ['bert-base-multilingual-cased', 256, 'bert-base-multilingual-cased-out'],
    );
    assert.equal(at('x')?.unknown, true);
  });

  it("a function of the script's that loads the model and returns it prepared for k-bit training, blank lines in its body, called with an argument: `m = build_model_for_qlora(model_id)` in train() is that loading call with its parameter bound; a config function read past its blank lines", () => {
    const text = [
      'def build_model_for_qlora(model_id: str):',
      '    import torch',
      '',
      '    model = AutoModelForCausalLM.from_pretrained(',
      '        model_id,',
      '        torch_dtype=torch.float16,',
      '    )',
      '    # not used at inference',
      '    model.config.use_cache = False',
      '    return prepare_model_for_kbit_training(model)',
      '',
      '',
      'def lora_settings():',
      '    r = 16',
      '',
      '    return LoraConfig(r=r, lora_alpha=32)',
      '',
      'def train(config):',
      '    model_id = "meta-llama/Llama-3.2-3B-Instruct"',
      '    m = build_model_for_qlora(model_id)',
      '    cfg = lora_settings()',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['m.@call', 'm.@args.0.@call', 'm.@args.0.@args.0', 'm.@args.0.@kw.torch_dtype', 'cfg.@class', 'cfg.r'].map((k) => at(k)?.value),
      ['prepare_model_for_kbit_training', 'AutoModelForCausalLM.from_pretrained', 'meta-llama/Llama-3.2-3B-Instruct', 'float16', 'LoraConfig', 16],
    );
  });

  it("an attribute of what a call returns (`Accelerator().local_process_index`) is unknown, the expression around it read; a method called on a call's result is not read as that attribute", () => {
    const text = [
      'model = AutoModelForCausalLM.from_pretrained(',
      '    "meta-llama/Llama-2-7b-hf",',
      '    device_map={"": Accelerator().local_process_index},',
      '    torch_dtype=torch.bfloat16,',
      ')',
      'rank = Accelerator().process_index',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['model.@call', 'model.@args.0', 'model.@kw.torch_dtype'].map((k) => at(k)?.value),
      ['AutoModelForCausalLM.from_pretrained', 'meta-llama/Llama-2-7b-hf', 'bfloat16'],
    );
    assert.equal(at('model.@kw.device_map.')?.unknown, true);
    assert.equal(at('rank')?.unknown, true);
  });

  it('a config loader of the script\'s own called without its path (`def load_config(config_path="config.json")`, then `load_config()`) loads its default file; given one, that one', () => {
    const text = [
      'import json',
      '',
      'def load_config(config_path="config.json"):',
      '    with open(config_path, "r") as f:',
      '        return json.load(f)',
      '',
      'config = load_config()',
      'other = load_config("b.yaml")',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k)?.value;
    assert.deepEqual(['config.@call', 'config.@args.0', 'other.@args.0'].map(at), [LOADS_CONFIG, 'config.json', 'b.yaml']);
  });

  it("a function of the script's called with a value it knows, by a function called so itself (`setup_and_run(…, args.model_id)` calling `run_finetuning(…, model_name)`): its parameter that value, its loader read with it", () => {
    const text = [
      'import argparse',
      '',
      'def run_finetuning(output_dir, data_files, model_id):',
      '    base_model = AutoModelForCausalLM.from_pretrained(model_id, use_cache=False)',
      '',
      'def setup_and_run(dataset_dirname, results_dirname, model_name):',
      '    data_files = {"train": os.path.join(dataset_dirname, "train.jsonl")}',
      '    pred_df = run_finetuning(results_dirname, data_files, model_name)',
      '',
      'if __name__ == "__main__":',
      '    parser = argparse.ArgumentParser()',
      '    parser.add_argument("-m", type=str, dest="model_id", default="meta-llama/Llama-2-7b-chat-hf")',
      '    args = parser.parse_args()',
      '    setup_and_run(args.ema_directory_name, args.results_directory_name, args.model_id)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.filter((f) => f.path.join('.') === k).map((f) => f.value);
    assert.deepEqual(at('base_model.@args.0'), ['meta-llama/Llama-2-7b-chat-hf']);
    assert.deepEqual(at('model_id'), ['meta-llama/Llama-2-7b-chat-hf']);
  });

  it('a Typer command\'s parameters: `typer.Option("Qwen/Qwen3-0.6B-Base", help=…)` and `typer.Option(default=8)` their defaults, a required one (`...`) unknown', () => {
    const text = [
      'import typer',
      '',
      'def main(',
      '    model_name_or_path: str = typer.Option("Qwen/Qwen3-0.6B-Base", help="Base model."),',
      '    out: str = typer.Option(..., help="Output."),',
      '    r: int = typer.Option(default=8),',
      '):',
      '    model = AutoModelForCausalLM.from_pretrained(model_name_or_path)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k)?.value;
    assert.deepEqual(['model.@args.0', 'r', 'out'].map(at), ['Qwen/Qwen3-0.6B-Base', 8, undefined]);
  });

  it("an argument indexed after a call (`model_name=args.model_id.split('/')[-1]`) is unknown, the call's others read; LLaVA's `tokenizer, model, image_processor, context_len = load_pretrained_model(…)` gives its model to the second name", () => {
    const text = [
      'tokenizer, model, image_processor, context_len = load_pretrained_model(',
      '    model_path="liuhaotian/llava-v1.6-mistral-7b",',
      "    model_name=args.model_id.split('/')[-1],",
      '    load_4bit=True,',
      ')',
      'first = load(["a", "b"][-1])',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['model.@call', 'model.@kw.model_path', 'model.@kw.load_4bit'].map((k) => at(k)?.value),
      ['load_pretrained_model', 'liuhaotian/llava-v1.6-mistral-7b', true],
    );
    assert.equal(at('model.@kw.model_name')?.unknown, true);
    assert.equal(at('tokenizer')?.unknown, true);
    assert.equal(at('first.@args.0')?.value, 'b');
  });

  it("an `if` on a flag whose argparse default is None or a string, by Python's truth (`if not args.base_checkpoint:` holds, `if args.adapter:` under a path holds)", () => {
    const text = [
      'import argparse',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--base-checkpoint", type=str, default=None)',
      'parser.add_argument("--adapter", type=str, default="out/adapter")',
      'args = parser.parse_args()',
      'def main():',
      '    if not args.base_checkpoint:',
      '        a = 1',
      '    if args.adapter:',
      '        b = 2',
      '    if args.base_checkpoint:',
      '        c = 3',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k)?.value;
    assert.deepEqual([at('a'), at('b'), at('c')], [1, 2, undefined]);
  });

  it('a model class of its own over a pretrained one (`class Clf(nn.Module):` whose __init__ sets `self.bert = AutoModel.from_pretrained(name)`): its construction is that loading call, the class named; one that puts a LoRA on it there is read as its own lines', () => {
    const text = [
      'class Clf(nn.Module):',
      '    def __init__(self, name="distilbert-base-uncased", n=3):',
      '        super().__init__()',
      '        self.tok = AutoTokenizer.from_pretrained(name)',
      '        self.bert = AutoModel.from_pretrained(name, torch_dtype=torch.bfloat16)',
      '        self.head = nn.Linear(768, n)',
      'class Lora(nn.Module):',
      '    def __init__(self, name):',
      '        self.lm = AutoModelForCausalLM.from_pretrained(name)',
      '        self.lm = get_peft_model(self.lm, LoraConfig(r=8))',
      'model = Clf(n=4)',
      'other = Clf("roberta-base")',
      'lm = Lora("gpt2")',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k)?.value;
    assert.deepEqual(['model.@call', 'model.@args.0', 'model.@kw.torch_dtype', 'model.@kw.@ownModel', 'other.@args.0'].map(at), [
      'AutoModel.from_pretrained',
      'distilbert-base-uncased',
      'bfloat16',
      'Clf',
      'roberta-base',
    ]);
    // (The one that puts a LoRA on it: its __init__ read as the script's own lines, as a trainer class's are, the construction's
    // value its parameter: the model loaded, then wrapped with its adapter's config.)
    assert.deepEqual(
      ['lm.@args.0.@args.0', 'lm.@args.1.r', 'lm.@kw.@ownModel'].map((k) => facts.filter((f) => f.path.join('.') === k).pop()?.value),
      ['gpt2', 8, undefined],
    );
    assert.ok(facts.some((f) => f.path.join('.') === 'lm.@call' && f.value === 'get_peft_model'));
  });

  it("a raw string's escaped quote does not end it (r'[^\\w\\s\\'\",!?]', a notebook's regex): the lines after it are read", () => {
    const ex = extractPython('clean.py', "import re\nx = re.sub(r'[^\\w\\s\\'\",!?]', '', s)\nlora_r = 16\n");
    assert.deepEqual(ex.errors, []);
    assert.equal(ex.facts.find((f) => f.path.join('.') === 'lora_r')?.value, 16);
  });
  it("a script's commands as a shell script: the list of words it hands subprocess, at their offsets (the rest blank), strings as their values (quoted where the shell splits them), sys.executable the interpreter, other words unknown", () => {
    const text = [
      'import subprocess, sys',
      'cmd = [sys.executable, "train.py",',
      '       "--model_name_or_path", "Qwen/Qwen3-1.7B", "--output_dir", out, "--note", "a b"]',
      'subprocess.run(cmd, check=True)',
      'print("done")',
      '',
    ].join('\n');
    const sh = pythonCommands(text)!;
    assert.equal(sh.length, text.length);
    assert.equal(sh.split('\n').length, 5);
    assert.equal(sh.slice(text.indexOf('"train.py"'), text.indexOf('"train.py"') + 8), 'train.py');
    assert.match(sh, /^\s*python\s+train\.py\s+--model_name_or_path\s+Qwen\/Qwen3-1\.7B\s+--output_dir\s+\$V\s+--note\s+'a b'\s*$/);
    // (A name the script assigns a string: the shell's variable, assigned where the script writes it.)
    const named = pythonCommands(
      'model_id = "org/model-1b"\ncmd = ["python", "-m", "mlx_lm.lora", "--model", model_id, "--iters", str(n)]\nsubprocess.run(cmd)\n',
    )!;
    assert.match(named, /^model_id=org\/model-1b\s*\n\s*python\s+-m\s+mlx_lm\.lora\s+--model\s+\$model_id\s+--iters\s+\$V\s*\n/);
    // (A script that runs no list of words has none.)
    assert.equal(pythonCommands('import os\nos.makedirs("x")\n'), undefined);
  });
  it('a path written with pathlib is the string it names: Path("a/b"), Path("a", "b"), and Path(…) / "b" joined as os.path.join joins (an absolute part starts again)', () => {
    assert.equal(evaluateExpression('Path("models") / "llama-3.2-1B" / "llama-3.2-1B"'), 'models/llama-3.2-1B/llama-3.2-1B');
    assert.equal(evaluateExpression('str(pathlib.Path("/data/", "Qwen3-1.7B"))'), '/data/Qwen3-1.7B');
    assert.equal(evaluateExpression('Path("runs") / "/abs/model"'), '/abs/model');
    // (Not a path of what the reading cannot know.)
    assert.equal(evaluateExpression('Path(args.model) / "final"'), null);
  });

  it("a script's command lines handed to a shell, as the strings are written: its own run(cmd) over subprocess.run(cmd, shell=True) (5881), an f-string os.system runs with its {NAME}s the shell's ${NAME} and each added character given back at the next blanks (3754); one that would read otherwise is left out", () => {
    const kimi = fixtureText('survey/twohundredandfiftythird/train/5881-kimi-vl-a3b-thinking-full-sft-llamafactory-zero2-offload.py');
    const sh = pythonCommands(kimi)!;
    assert.equal(sh.length, kimi.length);
    const at = kimi.indexOf('llamafactory-cli train train_full.yaml');
    assert.equal(sh.slice(at, at + 38), 'llamafactory-cli train train_full.yaml');
    // (HF_TOKEN = os.getenv(…): a variable of the {…}'s own length that the reading cannot know.)
    const login = kimi.indexOf('huggingface-cli login --token {HF_TOKEN}');
    assert.equal(sh.slice(login, login + 40), 'huggingface-cli login --token $_________');
    const llava = fixtureText('survey/hundredandseventysixth/train/3754-llava-v1.6-mistral-7b-lora-r128-deepspeed-launcher.py');
    const cmd = pythonCommands(llava)!;
    assert.equal(cmd.length, llava.length);
    // ({DEEPSPEED_SCRIPT} one character longer as ${DEEPSPEED_SCRIPT}: given back at the blank before the line's continuation.)
    const first = llava.indexOf('{DEEPSPEED_SCRIPT} \\');
    assert.equal(cmd.slice(first, first + 21), '${DEEPSPEED_SCRIPT}\\\n');
    // (Each flag on the lines after where the script writes it; MODEL_NAME = model_path is no string: unknown.)
    for (const flag of ['--lora_r 128', '--per_device_train_batch_size 16', '--model_max_length 2048']) {
      const i = llava.indexOf(flag);
      assert.equal(cmd.slice(i, i + flag.length), flag);
    }
    const model = llava.indexOf('{MODEL_NAME}');
    assert.equal(cmd.slice(model, model + 12), '$___________');
    // (A `{{` or an escape the shell would read otherwise than Python: not read.)
    assert.equal(pythonCommands('import os\nos.system(f"echo {{x}} && torchrun train.py")\n'), undefined);
    assert.equal(pythonCommands('import os\nos.system("torchrun train.py --note \\"a\\"")\n'), undefined);
  });

  it("a lambda: a dataclass field's `default_factory=lambda: [\u2026]` is the list it makes (`field(default=None)` still None); a lambda of parameters is unknown and the call around it reads on", () => {
    const text = [
      'from dataclasses import dataclass, field',
      '@dataclass',
      'class LoraArguments:',
      '    lora_target_modules: List[str] = field(',
      '        default_factory=lambda: [',
      '            "q_proj",',
      '            "v_proj",',
      '',
      '        ]',
      '    )',
      '    modules_to_save: List[str] = field(default_factory=list)',
      '    peft_path: Optional[str] = field(default=None)',
      'ds = dataset.map(lambda x: tok(x["text"]), batched=True, num_proc=4)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(at('@dataclass.LoraArguments.lora_target_modules')?.value, ['q_proj', 'v_proj']);
    assert.equal(at('@dataclass.LoraArguments.modules_to_save'), undefined);
    assert.equal(at('@dataclass.LoraArguments.peft_path')?.value, null);
    assert.deepEqual([at('ds.@kw.batched')?.value, at('ds.@kw.num_proc')?.value], [true, 4]);
  });

  it("Python's word comparisons, `is not None` and `not in`, inside a call: the call's other keywords still read (TrainingArguments(do_eval=eval_ds is not None, …) was dropped whole)", () => {
    const text = [
      'eval_ds = None',
      'args = TrainingArguments(per_device_train_batch_size=2, do_eval=eval_ds is not None,',
      '    eval_steps=50 if eval_ds is not None else None, gradient_accumulation_steps=4, packed="a" not in ["b"], x=y is None)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['per_device_train_batch_size', 'gradient_accumulation_steps', 'do_eval', 'eval_steps', 'packed'].map((k) => at(`args.${k}`)?.value),
      [2, 4, false, null, true],
    );
    // (What the reading cannot tell, the identity of an unknown name, stays unknown.)
    assert.equal(at('args.x')?.unknown, true);
  });

  it("HfArgumentParser's and TrlParser's dataclasses: a namespace's fields are the launch's flags, those of dataclasses it imports too; None is known, an attribute nothing knows unknown", () => {
    const text = [
      'from transformers import HfArgumentParser',
      'from params import ModelArguments, TrainingArguments',
      'from peft import LoraConfig',
      'parser = HfArgumentParser((ModelArguments, TrainingArguments))',
      'model_args, training_args = parser.parse_args_into_dataclasses()',
      'peft_config = LoraConfig(r=training_args.lora_rank, lora_alpha=training_args.lora_alpha, lora_dropout=None, bias=compute())',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text, { argv: { lora_rank: 16 } }).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.equal(at('peft_config.r')?.value, 16);
    // (A field the launch does not give: nothing here sets it, not a value to warn of.)
    assert.deepEqual([at('peft_config.lora_alpha')?.value, at('peft_config.lora_alpha')?.unknown], [null, undefined]);
    assert.deepEqual([at('peft_config.lora_dropout')?.value, at('peft_config.lora_dropout')?.unknown], [null, undefined]);
    // (A call's result is the call, kept by its name; an attribute nothing knows is unknown.)
    assert.equal(at('peft_config.bias.@call')?.value, 'compute');
    assert.equal(extractPython('x.py', 'import os\nx = os.cpu_count\n').facts.find((f) => f.path.join('.') === 'x')?.unknown, true);
  });

  it("a namespace the script's own function returns (`def get_config(): … return p.parse_args()`), handed to `main(config)`: its attributes are the arguments; a name it is not handed to is not one", () => {
    const text = [
      'import argparse',
      'def get_config():',
      '    p = argparse.ArgumentParser()',
      '    p.add_argument("--lora_r", type=int, default=8)',
      '    p.add_argument("--pretrained_model_name", default="google/gemma-7b")',
      '    config = p.parse_args()',
      '    return config',
      'def main(config):',
      '    model = AutoModelForCausalLM.from_pretrained(config.pretrained_model_name)',
      '    l_config = LoraConfig(r=config.lora_r, lora_alpha=other.lora_r)',
      'if __name__ == "__main__":',
      '    config = get_config()',
      '    main(config)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text, { argv: { lora_r: 644 } }).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.equal(at('model.@args.0')?.value, 'google/gemma-7b');
    assert.equal(at('l_config.r')?.value, 644);
    assert.equal(at('l_config.lora_alpha')?.unknown, true);
  });

  it("a top-level loop's body (a model trained once per label and fold: `for a in labels:` then `for fold, … in enumerate(…):`) is read once, as a block's is", () => {
    const text = [
      'model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2-1.5B-Instruct")',
      'for label in labels:',
      '    for fold, (tr, va) in enumerate(kf.split(x, y)):',
      '        config = LoraConfig(r=32, lora_alpha=80)',
      '        args = TrainingArguments(per_device_train_batch_size=32)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual([at('config.r')?.value, at('args.per_device_train_batch_size')?.value], [32, 32]);
  });

  it("a config class written without @dataclass (`class GPTConfig:` at the top level): its fields as a dataclass's, not arguments a parser takes; another class is not one", () => {
    const text = 'class GPTConfig:\n    num_layers: int = 12\n    hidden_size: int = 768\n\nclass Trainer:\n    steps: int = 5\n\nx = args.num_layers\n';
    const facts = extractPython('c.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual([at('@dataclass.GPTConfig.num_layers')?.value, at('@dataclass.GPTConfig.hidden_size')?.value], [12, 768]);
    assert.equal(at('@dataclass.Trainer.steps'), undefined);
    assert.notEqual(at('x')?.value, 12);
  });

  it('an accelerate config without an extension (`--config_file config/accelerate_config/deepspeed`, which accelerate reads as YAML) is read as YAML; another file without one is not', () => {
    const accelerate = 'compute_environment: LOCAL_MACHINE\ndebug: false\ndistributed_type: DEEPSPEED\nnum_processes: 8\n';
    assert.equal(syntaxOf('config/accelerate_config/deepspeed', accelerate), 'yaml');
    assert.equal(syntaxOf('config/accelerate_config/deepspeed'), undefined);
    assert.equal(syntaxOf('config/hosts', 'node1 slots=8\n'), undefined);
  });

  it('a comprehension over a list the file knows (a known string split): its items, those its `if` keeps where that is known of each; over an unknown one, or a filter the file does not know, unknown, and the call around it still read', () => {
    const text = [
      'import argparse',
      'cli = argparse.ArgumentParser()',
      'cli.add_argument("--lora_target_modules", default="q_proj, v_proj")',
      'args = cli.parse_args()',
      'lconf = LoraConfig(r=16, target_modules=[m.strip() for m in args.lora_target_modules.split(",")], bias="none")',
      'names = [x for x in ["a", "", "b"] if x]',
      'kept = [m.strip() for m in "q_proj, ,v_proj,".split(",") if m.strip()]',
      'unsure = [x for x in ["a", "b"] if wanted(x)]',
      'twice = [x for x in ["a"] if x for y in ["b"]]',
      'other = LoraConfig(r=8, target_modules=[m for m in modules()], lora_alpha=16)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(at('lconf.target_modules')?.value, ['q_proj', 'v_proj']);
    assert.equal(at('lconf.bias')?.value, 'none');
    assert.deepEqual(at('names')?.value, ['a', 'b']);
    assert.deepEqual(at('kept')?.value, ['q_proj', 'v_proj']);
    assert.deepEqual([at('unsure')?.unknown, at('twice')?.unknown], [true, true]);
    assert.deepEqual([at('other.target_modules')?.unknown, at('other.lora_alpha')?.value], [true, 16]);
    assert.deepEqual(extractPython('x.py', 'x = "q_proj,v_proj"\ny = [m.upper() for m in x.split(",")]\n').facts.find((f) => f.path.join('.') === 'y')?.value, [
      'Q_PROJ',
      'V_PROJ',
    ]);
  });

  it('a loop over the runs a script makes (a list it writes, a body that trains, or gives the variable to a function of its own that does) binds its variable to the first item, said; not one over epochs, prompts or data', () => {
    const text = [
      'RANKS = [8, 16, 32]',
      'PROMPTS = ["a", "b"]',
      'def finetune(r):',
      '    Trainer(model=get_peft_model(model, LoraConfig(r=r))).train()',
      'def generate_text(p):',
      '    return p',
      'if __name__ == "__main__":',
      '    for epoch in range(3):',
      '        trainer.train()',
      '    for p in PROMPTS:',
      '        generate_text(p)',
      '    for r in RANKS:',
      '        finetune(r)',
      '',
    ].join('\n');
    const { facts, errors } = extractPython('sweep.py', text);
    const said = errors.filter((e) => e.message.id === 'python.loopFirst');
    assert.deepEqual(
      said.map((e) => e.message.args),
      [{ count: 3, first: '8' }],
    );
    assert.equal(said[0]!.ranges[0]!.range.start, text.indexOf('RANKS:'));
    assert.equal(facts.find((f) => f.path.join('.') === 'r')?.value, 8);
  });

  it('a dict or set comprehension (`id2label={i: l for i, l in enumerate(labels)}`) is unknown, and the call it is given to is still read; a parser a function builds, `create_parser().parse_args()`, gives its defaults', () => {
    const text = [
      'import argparse',
      'def create_parser():',
      '    p = argparse.ArgumentParser()',
      '    p.add_argument("--base_model", default="Qwen/Qwen3-14B")',
      '    return p',
      'args = create_parser().parse_args()',
      'labels = ["a", "b"]',
      'model = AutoModelForSequenceClassification.from_pretrained(args.base_model, num_labels=2, id2label={i: l for i, l in enumerate(labels)})',
      'tags = {t for t in ["x", "y"]}',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.equal(at('model.@args.0')?.value, 'Qwen/Qwen3-14B');
    assert.deepEqual([at('model.@kw.num_labels')?.value, at('model.@kw.id2label')?.unknown], [2, true]);
    assert.deepEqual(at('tags')?.value, ['x', 'y']);
  });

  it("a parser built with keywords (`argparse.ArgumentParser(description=__doc__)`) that a function returns, parsed in main's body (`args = build_parser().parse_args()`): its defaults (3881: Qwen3.5 4B)", () => {
    const text = [
      'import argparse',
      'DEFAULT_MODEL = "Qwen/Qwen3.5-4B"',
      'def build_parser() -> argparse.ArgumentParser:',
      '    parser = argparse.ArgumentParser(description=__doc__)',
      '    parser.add_argument("--model", default=DEFAULT_MODEL)',
      '    return parser',
      'def main() -> None:',
      '    from trl import GRPOConfig, GRPOTrainer',
      '    args = build_parser().parse_args()',
      '    trainer = GRPOTrainer(model=args.model, args=GRPOConfig(output_dir="out"))',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    assert.equal(facts.find((f) => f.path.join('.') === 'trainer.model')?.value, 'Qwen/Qwen3.5-4B');
  });

  it('a project\'s wrapper of os.environ.get by its usual name, `get_env("HF_MODEL", DEFAULT_MODEL)`, is the default where the launch sets no HF_MODEL (4801); one of one argument, `get_env("CartPole-v1")`, stays the call it is', () => {
    const text = [
      'from env_config import get_env',
      'DEFAULT_MODEL = "Qwen/Qwen2.5-7B-Instruct"',
      'm = get_env("HF_MODEL", DEFAULT_MODEL)',
      'e = get_env("CartPole-v1")',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.equal(at('m')?.value, 'Qwen/Qwen2.5-7B-Instruct');
    assert.equal(at('e.@call')?.value, 'get_env');
  });

  it('a path the script makes of paths it writes, `os.path.abspath("./llm-models/Qwen3-0.6B-Base")`, `os.path.join("models", "qwen2-7b")`, is that path (4693); one of a value it does not know stays the call', () => {
    const text = [
      'import os',
      'a = os.path.abspath("./llm-models/Qwen3-0.6B-Base")',
      'b = os.path.join("models/", "qwen2-7b")',
      'c = os.path.join("models", "/abs", "llama")',
      'd = os.path.join(args.root, "llama")',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['a', 'b', 'c'].map((k) => at(k)?.value),
      ['./llm-models/Qwen3-0.6B-Base', 'models/qwen2-7b', '/abs/llama'],
    );
    assert.equal(at('d.@call')?.value, 'os.path.join');
  });

  it("a tuple a function of the project returns is unpacked with its call at the name `model` (`tokenizer, model = load_model_with_lora(path)`); a method's, `accelerator.prepare(optimizer, model, …)`, and a loader's at the first", () => {
    const text = [
      'tokenizer, model = load_model_with_lora("Qwen/Qwen3-0.6B-Base")',
      'optimizer, model2, loader = accelerator.prepare(optimizer, model2, loader)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.equal(at('model.@call')?.value, 'load_model_with_lora');
    assert.equal(at('tokenizer.@call'), undefined);
    assert.equal(at('optimizer.@call')?.value, 'accelerator.prepare');
  });

  it("a branch within a branch the run takes, `if lora_args.use_peft:` over `if lora_args.peft_path is not None: … else: LoraConfig(…)`, is read where the run's values decide it (a dataclass field of `field(default=None)` being None, a local path's os.path.exists(…) false); one whose condition is not known is not", () => {
    const text = (inner: string) =>
      [
        'from dataclasses import dataclass, field',
        '@dataclass',
        'class ScriptArguments:',
        '    use_peft: bool = field(default=True)',
        '    peft_path: str = field(default=None)',
        'def train():',
        '    if lora_args.use_peft:',
        `        if ${inner}:`,
        '            model = PeftModel.from_pretrained(model, lora_args.peft_path)',
        '        else:',
        '            config = LoraConfig(r=8, target_modules=["q_proj", "v_proj"])',
        'if __name__ == "__main__":',
        '    lora_args, = HfArgumentParser((ScriptArguments,)).parse_args_into_dataclasses()',
        '    train()',
        '',
      ].join('\n');
    const r = (inner: string) => extractPython('train.py', text(inner)).facts.find((f) => f.path.join('.') === 'config.r')?.value;
    assert.equal(r('lora_args.peft_path is not None'), 8);
    assert.equal(r('has_checkpoint(lora_args.output_dir)'), undefined);
    // (A local path's os.path.exists(…) is false, as on a fresh checkout where the run's output is not there yet: its else.)
    assert.equal(r('os.path.exists(lora_args.output_dir)'), 8);
  });

  it("a boolean field of HfArgumentParser's dataclasses given as a word on the command line (`--q_lora False`) is that boolean, as string_to_bool makes it", () => {
    const text = [
      'from dataclasses import dataclass',
      '@dataclass',
      'class LoraArguments:',
      '    q_lora: bool = False',
      'parser = transformers.HfArgumentParser((LoraArguments,))',
      '(lora_args,) = parser.parse_args_into_dataclasses()',
      'bnb = BitsAndBytesConfig(load_in_4bit=True) if lora_args.q_lora else None',
      '',
    ].join('\n');
    const quantized = (q_lora: string) => extractPython('train.py', text, { argv: { q_lora } }).facts.some((f) => f.path.join('.') === 'bnb.@class');
    assert.deepEqual([quantized('False'), quantized('no'), quantized('true'), quantized('1')], [false, false, true, true]);
  });

  it('arguments added through a helper bound to the parser (add_arg = functools.partial(add_arguments, argument_parser=parser); add_arg("base_model", type=str, default=…)): each a flag with its default', () => {
    const text = [
      'parser = argparse.ArgumentParser()',
      'add_arg = functools.partial(add_arguments, argument_parser=parser)',
      'add_arg("base_model", type=str, default="openai/whisper-tiny", help="Base model.")',
      "add_arg('per_device_train_batch_size', int, 8, 'Batch size.')",
      'args = parser.parse_args()',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    assert.equal(facts.find((f) => f.path.join('.') === '@argparse.base_model')?.value, 'openai/whisper-tiny');
  });

  it('or and and stop where Python does: a true left side of or, a false one of and, whatever the right side is; an if on a string or a comparison of strings', () => {
    const text = [
      'name = sys.argv[1]',
      'a = "gpt-j" or name',
      'b = False and name',
      'c = name or "x"',
      'if "gpt-j" or "opt" in name.lower():',
      '    d = 1',
      'else:',
      '    d = 2',
      'if not "llama" in "models/llama-7b":',
      '    e = 1',
      'else:',
      '    e = 2',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.filter((f) => f.path.join('.') === k).pop();
    assert.deepEqual([at('a')?.value, at('b')?.value, at('c')?.unknown, at('d')?.value, at('e')?.value], ['gpt-j', false, true, 1, 2]);
  });

  it("a condition on what the machine has: the GPUs analyzed answer torch.cuda.is_available() yes and Apple's MPS backend no; a top-level try:'s body runs, its except: not", () => {
    const text = [
      'use_mps = torch.backends.mps.is_available()',
      'dtype = "float16" if use_mps else "float32"',
      'device = "cuda" if torch.cuda.is_available() else "cpu"',
      'try:',
      '    model_name = "Qwen/Qwen2.5-0.5B"',
      'except Exception:',
      '    model_name = "gpt2"',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.filter((f) => f.path.join('.') === k).pop()?.value;
    assert.deepEqual([at('dtype'), at('device'), at('model_name')], ['float32', 'cuda', 'Qwen/Qwen2.5-0.5B']);
  });

  it("a function of the script's own that main() calls with known values: its body read with its parameters those values; a call with nothing known binds nothing", () => {
    const text = [
      'def pre_model(model_name, max_token):',
      '    model, tokenizer = FastLanguageModel.from_pretrained(model_name = model_name, max_seq_length = max_token)',
      '    return model, tokenizer',
      '',
      'def main():',
      '    model_name = "unsloth/gpt-oss-20b"',
      '    model, tokenizer = pre_model(model_name, 4096)',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.equal(at('model.@kw.model_name')?.value, 'unsloth/gpt-oss-20b');
    assert.equal(at('model.@kw.max_seq_length')?.value, 4096);
    // The parameter is said where the function takes it.
    assert.equal(text.slice(at('max_token')!.keyRange.start, at('max_token')!.keyRange.end), 'max_token');
    // (A call statement, its result not kept, the same: `pre_model(max_token=…, model_name=…)`.)
    const statement = text.replace('    model, tokenizer = pre_model(model_name, 4096)', '    pre_model(max_token=4096, model_name=model_name)');
    const kw = extractPython('train.py', statement).facts;
    assert.equal(kw.find((f) => f.path.join('.') === 'model.@kw.model_name')?.value, 'unsloth/gpt-oss-20b');
    const unknown = text
      .replace('pre_model(model_name, 4096)', 'pre_model(sys.argv[1], os.environ["N"])')
      .replace('    model_name = "unsloth/gpt-oss-20b"\n', '');
    // (The function main() calls is read as what the script runs, its parameter a name only the run knows: unknown, not bound.)
    const unbound = extractPython('train.py', unknown).facts.find((f) => f.path.join('.') === 'model.@kw.model_name');
    assert.ok(unbound === undefined || (unbound.value === null && unbound.unknown === true), JSON.stringify(unbound));
  });

  it('${VAR##*/}, ${VAR#*/}, ${VAR%/*} and ${VAR%%/*}: a glob removed from either end of a known value', () => {
    const text = [
      'M=deepseek-ai/deepseek-llm-7b-chat',
      'F=a/b/c.toml',
      'python t.py --m /root/${M##*/} --x ${F%/*} --y ${F#*/} --z ${F%%/*} --u ${U##*/}',
      '',
    ].join('\n');
    const facts = extractShell('t.sh', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['--m', '--x', '--y', '--z'].map((k) => at(k)?.value),
      ['/root/deepseek-llm-7b-chat', 'a/b', 'b/c.toml', 'a'],
    );
    // (An unset variable's stays unknown.)
    assert.equal(at('--u')?.unknown, true);
  });

  it("a Kubernetes container's command and args written as lists of words: one command line, each word where it is written", () => {
    const text = [
      'spec:',
      '  containers:',
      '    - name: trainer',
      '      env:',
      '        - name: GPUS',
      '          value: "8"',
      '      command:',
      '        - torchrun',
      '        - --nproc_per_node=$GPUS # per node',
      '      args:',
      '        - train.py',
      '        - --lr',
      '        - "1e-4" # the rate',
      '',
    ].join('\n');
    const facts = extractYaml('job.yaml', text).facts.filter((f) => f.path[0] === '@script');
    const at = (k: string) => facts.find((f) => f.path.slice(2).join('.') === k);
    assert.deepEqual(
      ['@command.0', '@command.1', '--nproc_per_node', '--lr'].map((k) => at(k)?.value),
      ['torchrun', 'train.py', 8, 1e-4],
    );
    // (Where it was written: the flag's value in the file.)
    assert.equal(text.slice(at('--lr')!.valueRange.start, at('--lr')!.valueRange.end), '1e-4');
    // (A flow list, [a, b], is not read so.)
    assert.equal(extractYaml('j.yaml', 'containers:\n  - command: [torchrun, train.py]\n').facts.filter((f) => f.path[0] === '@script').length, 0);
  });

  it("srun's own options before its program are srun's: its node count read, the program's words and flags after them", () => {
    const facts = extractShell('t.sh', 'srun -l -N 4 --container-image nvcr.io/x --mpi=pmix --overlap python train.py --lr 1e-4\n').facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k)?.value;
    assert.deepEqual(['@command.0', '@command.1', '@command.2', '--lr', '@srun.--nodes'].map(at), ['srun', 'python', 'train.py', 1e-4, 4]);
    assert.deepEqual(['--container-image', '--mpi', '-N', '--overlap'].map(at), [undefined, undefined, undefined, undefined]);
  });

  it('${VAR//text/with} and ${VAR/text/with}: a literal text replaced every time or once (a token budget written 350_000_000_000)', () => {
    const text = ['T=${T:-350_000_000_000}', 'T=${T//_}', 'U=a.b.c', 'python t.py --t $T --y ${U/./-} --z ${U//./} --w ${U//*/x} --v ${V//_}', ''].join('\n');
    const facts = extractShell('t.sh', text).facts;
    const at = (k: string) => facts.find((f) => f.path.join('.') === k);
    assert.deepEqual(
      ['--t', '--y', '--z'].map((k) => at(k)?.value),
      [350000000000, 'a-b.c', 'abc'],
    );
    // (A glob pattern, and an unset variable's, stay unknown.)
    assert.deepEqual([at('--w')?.unknown, at('--v')?.unknown], [true, true]);
  });

  it("Liger's loader and patches mark the script's fused linear cross entropy; a tokenizer call's max_length in a function", () => {
    const liger = (text: string) => extractPython('t.py', text).facts.some((f) => f.path[0] === '@ligerFusedLinearLoss');
    assert.ok(liger('from liger_kernel.transformers import AutoLigerKernelForCausalLM\nmodel = AutoLigerKernelForCausalLM.from_pretrained("m")\n'));
    assert.ok(liger('from liger_kernel.transformers import apply_liger_kernel_to_llama\napply_liger_kernel_to_llama()\n'));
    assert.ok(!liger('from liger_kernel.transformers import apply_liger_kernel_to_llama\n'));
    const tok = extractPython('t.py', 'def f(x):\n    return tokenizer(x, truncation=True, max_length=256)\n').facts;
    assert.equal(tok.find((f) => f.path[0] === '@tokenizerMaxLength')?.value, 256);
    // (max_length alone neither truncates nor pads.)
    assert.ok(!extractPython('t.py', 'y = tokenizer(x, max_length=256)\n').facts.some((f) => f.path[0] === '@tokenizerMaxLength'));
  });

  it('an expression nested past 64 levels (brackets, not, signs) is unknown, never a stack overflow', () => {
    assert.equal(evaluateExpression('('.repeat(5000) + '1' + ')'.repeat(5000)), null);
    assert.equal(evaluateExpression('-'.repeat(5000) + '1'), null);
    assert.equal(evaluateExpression('not '.repeat(5000) + 'True'), null);
    assert.equal(evaluateExpression('((1 + 2) * 3)'), 9);
    const facts = extractPython('c.py', `a = ${'['.repeat(3000)}1${']'.repeat(3000)}\nb = 2\n`).facts;
    assert.equal(facts.find((f) => f.path[0] === 'b')?.value, 2);
  });

  it('a config file the script loads (yaml.safe_load of an open file, a `with open(…) as f:`, OmegaConf.load, a loader of its own) is asked for by its path, and read as its tree where given', () => {
    const value = (text: string, key: string, imports = {}) => extractPython('t.py', text, { imports }).facts.find((f) => f.path.join('.') === key)?.value;
    // (Not given: a call the engine looks for the file by, LOADS_CONFIG with the path.)
    assert.equal(value('import yaml\ncfg = yaml.safe_load(open("config.yaml"))\n', 'cfg.@call'), LOADS_CONFIG);
    assert.equal(value('import yaml\ncfg = yaml.safe_load(open("config.yaml"))\n', 'cfg.@args.0'), 'config.yaml');
    const tree = { [`${LOADED}configs/a.yaml`]: { lora: { r: 16, modules: ['q_proj', 'v_proj'] }, model: 'Qwen/Qwen2.5-0.5B' } };
    const withOpen = [
      'import argparse, yaml',
      'def main():',
      '    p = argparse.ArgumentParser()',
      '    p.add_argument("--config", default="configs/a.yaml")',
      '    args = p.parse_args()',
      '    with open(args.config, "r", encoding="utf-8") as f:',
      '        cfg = yaml.safe_load(f)',
      '    lcfg = cfg["lora"]',
      '    r = lcfg.get("r", 8)',
      '    mods = cfg["lora"]["modules"]',
      '    name = cfg["model"]',
      '',
    ].join('\n');
    assert.equal(value(withOpen, 'r', tree), 16);
    assert.deepEqual(value(withOpen, 'mods', tree), ['q_proj', 'v_proj']);
    assert.equal(value(withOpen, 'name', tree), 'Qwen/Qwen2.5-0.5B');
    // (A loader of the script's own: given the path, or writing it; OmegaConf.load; a path written inside what the reading
    // cannot follow, `(ROOT / "a.yaml").read_text()`.)
    const own =
      'import yaml\ndef load_config(path):\n    with open(path) as f:\n        return yaml.safe_load(f)\ncfg = load_config("configs/a.yaml")\nr = cfg["lora"]["r"]\n';
    assert.equal(value(own, 'r', tree), 16);
    const fixed =
      'import yaml\ndef load_config():\n    with open("configs/a.yaml") as f:\n        cfg = yaml.safe_load(f)\n    return cfg\nc = load_config()\nr = c["lora"]["r"]\n';
    assert.equal(value(fixed, 'r', tree), 16);
    assert.equal(value('from omegaconf import OmegaConf\nc = OmegaConf.load("configs/a.yaml")\nr = c["lora"]["r"]\n', 'r', tree), 16);
    assert.equal(value('import yaml\nc = yaml.safe_load((ROOT / "configs/a.yaml").read_text(encoding="utf-8"))\nr = c["lora"]["r"]\n', 'r', tree), 16);
    // (Not a path the script reads text from as YAML, yaml.safe_load("config.yaml"), which parses the string itself.)
    assert.notEqual(value('import yaml\nc = yaml.safe_load("a: 1")\n', 'c.@call'), LOADS_CONFIG);
  });

  it("a config class's keyword defaults (class LMConfig(PretrainedConfig) with def __init__(self, dim=512, …)) at @init, and held by a construction where its keywords leave them; not a model's nn.Module", () => {
    const text = [
      'from transformers import PretrainedConfig',
      'class LMConfig(PretrainedConfig):',
      '    model_type = "minimind"',
      '    def __init__(self, dim: int = 512, n_layers: int = 8, hidden_dim: int = None, **kwargs):',
      '        self.dim = dim',
      '        super().__init__(**kwargs)',
      'class Block(nn.Module):',
      '    def __init__(self, width=64):',
      '        super().__init__()',
      'cfg = LMConfig(n_layers=16)',
      'b = Block()',
      '',
    ].join('\n');
    const facts = extractPython('m.py', text).facts;
    const value = (key: string) => facts.find((f) => f.path.join('.') === key)?.value;
    assert.deepEqual(['@init.LMConfig.@base', '@init.LMConfig.model_type', '@init.LMConfig.dim', '@init.LMConfig.hidden_dim'].map(value), [
      'PretrainedConfig',
      'minimind',
      512,
      null,
    ]);
    assert.deepEqual(['cfg.dim', 'cfg.n_layers', 'cfg.model_type'].map(value), [512, 16, 'minimind']);
    assert.ok(!facts.some((f) => f.path[0] === '@init' && f.path[1] === 'Block'));
    // (Imported from a module beside the script: the defaults the engine hands it.)
    const imported = extractPython('t.py', 'from model.LMConfig import LMConfig\ncfg = LMConfig(dim=768)\n', {
      imports: { [`${CLASS_INIT}LMConfig`]: { dim: 512, vocab_size: 6400 } },
    }).facts;
    assert.deepEqual(
      ['cfg.dim', 'cfg.vocab_size'].map((k) => imported.find((f) => f.path.join('.') === k)?.value),
      [768, 6400],
    );
  });

  it("a file of arguments HfArgumentParser reads (Firefly's parse_json_file(json_file=…)) sets its dataclasses' fields, each at @argsFile", () => {
    const text = [
      'from transformers import HfArgumentParser, TrainingArguments',
      'parser = HfArgumentParser((QLoRAArguments, TrainingArguments))',
      'args, training_args = parser.parse_json_file(json_file="train_args/qlora.json")',
      'model = AutoModelForCausalLM.from_pretrained(args.model_name_or_path)',
      '',
    ].join('\n');
    const asked = extractPython('t.py', text).facts;
    assert.equal(asked.find((f) => f.path.join('.') === 'args.@kw.json_file')?.value, 'train_args/qlora.json');
    const facts = extractPython('t.py', text, {
      imports: { [`${ARGS_FILE}train_args/qlora.json`]: { model_name_or_path: 'Qwen/Qwen-7B', lora_rank: 64 } },
    }).facts;
    assert.equal(facts.find((f) => f.path.join('.') === 'model.@args.0')?.value, 'Qwen/Qwen-7B');
    assert.equal(facts.find((f) => f.path.join('.') === '@argsFile.lora_rank')?.value, 64);
  });

  it("argparse: args.<dest> is the argument's default (store_true False, none given None); a required one is not read", () => {
    const text = [
      'import argparse',
      'def parse_args():',
      '    p = argparse.ArgumentParser()',
      '    p.add_argument("--lora-r", type=int, default=32)',
      '    p.add_argument("--use_dora", action="store_true")',
      '    p.add_argument("--resume", type=str)',
      '    p.add_argument("--train_file", type=str, required=True)',
      '    return p.parse_args()',
      'def main(args):',
      '    r = args.lora_r',
      '    dora = args.use_dora',
      '    resume = args.resume',
      '    data = args.train_file',
      '    other = model.lora_r + 0',
      '',
    ].join('\n');
    const facts = extractPython('t.py', text).facts;
    const at = (name: string) => facts.find((f) => f.path.length === 1 && f.path[0] === name)!;
    assert.deepEqual(
      ['r', 'dora', 'resume'].map((n) => at(n).value),
      [32, false, null],
    );
    // A required one (the command line's) and another object's attribute of the same name are not read as values.
    assert.equal(at('data').value, null);
    assert.equal(at('other').value, null);
  });

  it("a dict of the script's own updated from its table's entry (`BASE_CONFIG.update(model_configs[CHOOSE_MODEL])`, LLMs-from-scratch's ch07): the entry's keys on it, each where the table writes it", () => {
    const text = [
      'BASE_CONFIG = {"vocab_size": 50257, "context_length": 1024, "emb_dim": 768, "qkv_bias": True}',
      'model_configs = {',
      '    "gpt2-small (124M)": {"emb_dim": 768, "n_layers": 12, "n_heads": 12},',
      '    "gpt2-medium (355M)": {"emb_dim": 1024, "n_layers": 24, "n_heads": 16},',
      '}',
      'CHOOSE_MODEL = "gpt2-medium (355M)"',
      'BASE_CONFIG.update(model_configs[CHOOSE_MODEL])',
      'OTHER = {"a": 1}',
      'OTHER.update(unknown_table[CHOOSE_MODEL])',
      '',
    ].join('\n');
    const facts = extractPython('train.py', text).facts;
    const base = facts.filter((f) => f.path[0] === 'BASE_CONFIG');
    assert.deepEqual(
      base.map((f) => [f.path[1], f.value]),
      [
        ['vocab_size', 50257],
        ['context_length', 1024],
        ['qkv_bias', true],
        ['emb_dim', 1024],
        ['n_layers', 24],
        ['n_heads', 16],
      ],
    );
    const layers = base.find((f) => f.path[1] === 'n_layers')!;
    assert.equal(text.slice(layers.valueRange.start, layers.valueRange.end), '24');
    assert.ok(text.slice(0, layers.valueRange.start).endsWith('"gpt2-medium (355M)": {"emb_dim": 1024, "n_layers": '));
    // (What it cannot evaluate leaves the dict as it was.)
    assert.deepEqual(
      facts.filter((f) => f.path[0] === 'OTHER').map((f) => [f.path[1], f.value]),
      [['a', 1]],
    );
  });

  it("a table of the script's own indexed by an argument (`MODEL_CONFIGS[args.config]`, ColossalAI's llama2 example) in the branch an `if` / `elif` on the mode takes: that entry, the launch's over the default", () => {
    const text = [
      'import argparse',
      'from transformers import LlamaConfig',
      'MODEL_CONFIGS = {',
      '    "7b": LlamaConfig(max_position_embeddings=4096),',
      '    "13b": LlamaConfig(hidden_size=5120, num_hidden_layers=40),',
      '}',
      'def main():',
      '    parser = argparse.ArgumentParser()',
      '    parser.add_argument("-c", "--config", type=str, default="7b")',
      '    parser.add_argument("-m", "--mode", type=str, default="pretrain")',
      '    args = parser.parse_args()',
      '    if args.mode == "finetune":',
      '        config = LlamaConfig.from_pretrained(args.model_path)',
      '    elif args.mode == "pretrain":',
      '        config = MODEL_CONFIGS[args.config]',
      '    else:',
      '        config = None',
      '    other = MODEL_CONFIGS[args.config].hidden_size',
      '',
    ].join('\n');
    const read = (argv: Record<string, string>) => extractPython('train.py', text, { argv }).facts.filter((f) => f.path[0] === 'config');
    const seven = read({});
    assert.deepEqual(
      seven.map((f) => [f.path.join('.'), f.value]),
      [
        ['config.@class', 'LlamaConfig'],
        ['config.max_position_embeddings', 4096],
      ],
    );
    // (Each value where the table writes it.)
    assert.equal(text.slice(seven[1]!.valueRange.start, seven[1]!.valueRange.end), '4096');
    assert.deepEqual(
      read({ config: '13b' }).map((f) => [f.path.join('.'), f.value]),
      [
        ['config.@class', 'LlamaConfig'],
        ['config.hidden_size', 5120],
        ['config.num_hidden_layers', 40],
      ],
    );
    // The finetune branch, its model loaded by a path the launch gives: the `elif` and the `else` not read.
    const tuned = read({ mode: 'finetune' });
    assert.equal(tuned.find((f) => f.path.join('.') === 'config.@call')?.value, 'LlamaConfig.from_pretrained');
    assert.ok(!tuned.some((f) => f.path[1] === '@class'));
    // A key the table does not have, and an entry's attribute: unknown, as before.
    assert.deepEqual(
      read({ config: '70b' }).map((f) => [f.path.join('.'), f.value, f.unknown]),
      [['config', null, true]],
    );
    assert.equal(extractPython('train.py', text).facts.find((f) => f.path[0] === 'other')?.value, null);
  });

  it("a string method on a string the script knows (args.model_key.replace('/', '-'), name.strip().lower()): its result; on an unknown one, unknown", () => {
    const text = [
      'import argparse',
      'p = argparse.ArgumentParser()',
      'p.add_argument("--model_key", type=str, default="TinyLlama/TinyLlama_1.1B")',
      'args = p.parse_args()',
      'hf_key = args.model_key.replace("_", "-")',
      'name = "  Qwen/Qwen3-8B "',
      'clean = name.strip()',
      'low = clean.lower()',
      'lead = clean.lstrip("Q")',
      'other = unknown_thing.replace("a", "b")',
      '',
    ].join('\n');
    const facts = byPath(extractPython('t.py', text).facts);
    assert.deepEqual([facts.hf_key, facts.clean, facts.low, facts.lead], ['TinyLlama/TinyLlama-1.1B', 'Qwen/Qwen3-8B', 'qwen/qwen3-8b', 'wen/Qwen3-8B']);
    assert.equal(facts.other, null);
  });

  it('a dict the script knows read with .get (config.get("lora_r", 4)): its value for the key, else the default given, else None; an unknown dict\'s, unknown', () => {
    const text = [
      'config = {"model": "google/paligemma-3b-pt-224", "lora_r": 8}',
      'r = config.get("lora_r", 4)',
      'm = config.get("model")',
      'alpha = config.get("lora_alpha", 16)',
      'none = config.get("dropout")',
      'other = settings.get("lora_r", 4)',
      '',
    ].join('\n');
    const facts = byPath(extractPython('t.py', text).facts);
    assert.deepEqual([facts.r, facts.m, facts.alpha, facts.none], [8, 'google/paligemma-3b-pt-224', 16, null]);
    assert.equal(facts.other, null);
    assert.ok(extractPython('t.py', text).facts.some((f) => f.path.join('.') === 'other.@call'));
  });

  it('a tuple assigned without brackets (n_layer, n_head, d_model = 6, 12, 768): each name its item; a count that does not match, unknown', () => {
    const facts = byPath(extractPython('c.py', 'n_layer, n_head, d_model = 6, 12, 768\na, b = 1, 2, 3\n').facts);
    assert.deepEqual([facts.n_layer, facts.n_head, facts.d_model], [6, 12, 768]);
    assert.deepEqual([facts.a, facts.b], [null, null]);
  });

  it("a script function's parameters stand for their defaults in its body; a value the module gives the name first is kept", () => {
    const text = [
      'BASE = "Qwen/Qwen3-8B"',
      'def finetune(model_name: str = "mistralai/Mistral-7B-v0.1", BASE=None, r: Optional[int] = 8, *, lr=f(x)):',
      '    model = AutoModelForCausalLM.from_pretrained(model_name)',
      '',
    ].join('\n');
    const facts = byPath(extractPython('t.py', text).facts);
    assert.equal(facts.model_name, 'mistralai/Mistral-7B-v0.1');
    assert.equal(facts.BASE, 'Qwen/Qwen3-8B');
    assert.equal(facts.r, 8);
    assert.equal(facts.lr, null);
    // (A function that is not the script's own, `def helper(name="x"):`, is not read.)
    assert.equal(byPath(extractPython('t.py', 'def helper(name="x"):\n    return name\n').facts).name, undefined);
  });

  it('assignments with arithmetic, earlier names, strings, booleans, dicts', () => {
    const text =
      "n_layer = 12\nbatch = 5 * 8\nwidth = n_layer * 64  # comment\nname = 'gpt' 'x'\nflag = True\nopts = dict(lr=1e-3, warm=100)\ncfg = {'a': {'b': 2 ** 10}}\nx: int = 7\n";
    assert.deepEqual(byPath(extractPython('c.py', text).facts), {
      n_layer: 12,
      batch: 40,
      width: 768,
      name: 'gptx',
      flag: true,
      'opts.lr': 1e-3,
      'opts.warm': 100,
      'cfg.a.b': 1024,
      x: 7,
    });
  });

  it('never runs code: calls, imports and control flow are skipped or unknown', () => {
    const text = "import os\nsteps = int(os.environ['STEPS'])\nif True:\n    hidden = 4\nfoo = bar()\nok = max(2, 3)\n";
    // A call it does not evaluate is unknown, and kept by its callee and arguments for the recognizers.
    assert.deepEqual(byPath(extractPython('c.py', text).facts), { steps: null, foo: null, 'foo.@call': 'bar', ok: 3 });
  });

  it("Python 3.12 f-strings with the same quotes inside (f'{env['A']}'), attribute and subscript arguments keep the statement read", () => {
    const text =
      "mounts = [f'{os.environ['WORKSPACE_DIR']}:/workspace']\nlayers = 12\nrecipe = llm.llama3_8b.pretrain_recipe(\n    num_nodes=max([args.num_nodes, 1]),\n    dir=env['CKPT'],\n)\n";
    const facts = byPath(extractPython('c.py', text).facts);
    assert.equal(facts['layers'], 12);
    assert.equal(facts['@recipe.@call'], 'llm.llama3_8b.pretrain_recipe');
    assert.ok('@recipe.@kw.num_nodes' in facts && '@recipe.@kw.dir' in facts);
  });

  it("a string continued by a backslash at a line's end reads on in a file of Windows line endings (CR LF), as Python reads it", () => {
    const text =
      'parser.add_argument(\r\n    "--mixed_precision",\r\n    help="bf16 roughly \\\r\n        halves memory",\r\n    default="no",\r\n)\r\nlayers = 12\r\n';
    const read = extractPython('c.py', text);
    assert.deepEqual(read.errors, []);
    assert.equal(byPath(read.facts)['layers'], 12);
  });

  it("a recipe factory is Bridge's `llama3_8b_pretrain_config()`, not a script's own `gen_peft_config(config)` or `get_peft_config(model_args)`", () => {
    const call = (line: string) => byPath(extractPython('c.py', line).facts)['@recipe.@call'];
    assert.equal(call('cfg = llama3_8b_pretrain_config()\n'), 'llama3_8b_pretrain_config');
    assert.equal(call('peft_config = gen_peft_config(config)\n'), undefined);
    assert.equal(call('peft_config = get_peft_config(model_args)\n'), undefined);
  });

  it('a call it does not evaluate keeps its dotted callee, positional arguments and keywords (a Ray Tune search space)', () => {
    const text =
      'space = {"lr": tune.loguniform(1e-5, 1e-3), "warmup": tune.grid_search([0.0, 0.1])}\ntuner = ray.tune.Tuner(train_fn, param_space=space, tune_config=tune.TuneConfig(num_samples=4))\n';
    assert.deepEqual(byPath(extractPython('c.py', text).facts), {
      'space.lr': null,
      'space.lr.@call': 'tune.loguniform',
      'space.lr.@args.0': 1e-5,
      'space.lr.@args.1': 1e-3,
      'space.warmup': null,
      'space.warmup.@call': 'tune.grid_search',
      'space.warmup.@args.0': [0, 0.1],
      tuner: null,
      'tuner.@call': 'ray.tune.Tuner',
      'tuner.@args.0': null,
      'tuner.@kw.param_space.lr': null,
      'tuner.@kw.param_space.lr.@call': 'tune.loguniform',
      'tuner.@kw.param_space.lr.@args.0': 1e-5,
      'tuner.@kw.param_space.lr.@args.1': 1e-3,
      'tuner.@kw.param_space.warmup': null,
      'tuner.@kw.param_space.warmup.@call': 'tune.grid_search',
      'tuner.@kw.param_space.warmup.@args.0': [0, 0.1],
      'tuner.@kw.tune_config.@class': 'tune.TuneConfig',
      'tuner.@kw.tune_config.num_samples': 4,
    });
  });

  it("an f-string of names it knows is their text; a list filled in place afterwards is the run's; TrainingArguments given its folder by position is read by its keywords", () => {
    const text = [
      'import argparse',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--model_id", default="th-medium-combined")',
      'args = parser.parse_args()',
      'SIZE = 7',
      'name = f"biodatlab/whisper-{args.model_id}"',
      'sized = f"Qwen/Qwen2.5-{SIZE}B-{{x}}"',
      'spec = f"{SIZE:03d}"',
      'targets = []',
      'for n, m in model.named_modules():',
      '    targets.append(n)',
      'kept = ["q_proj"]',
      'training_args = TrainingArguments("out", per_device_train_batch_size=4)',
      'modules = find_all_linear_names(model)',
      '',
    ].join('\n');
    const facts = byPath(extractPython('t.py', text).facts);
    assert.equal(facts['name'], 'biodatlab/whisper-th-medium-combined');
    assert.equal(facts['sized'], 'Qwen/Qwen2.5-7B-{x}');
    // (A format spec is not evaluated.)
    assert.equal(facts['spec'], null);
    assert.equal(facts['targets'], null);
    assert.deepEqual(facts['kept'], ['q_proj']);
    assert.equal(facts['training_args.@class'], 'TrainingArguments');
    assert.equal(facts['training_args.per_device_train_batch_size'], 4);
    assert.equal(facts['@allLinearNames'], true);
  });

  it("an entry of a table's entry the script indexes by keys it knows (`HF_MODEL_CONFIGS[model_name]['model_id']`) is its value; a key the table lacks, or an attribute after, is unknown", () => {
    const text = [
      'TABLE = {"coder": {"model_id": "deepseek-ai/deepseek-coder-6.7b-base", "r": 8}}',
      'name = "coder"',
      'model_id = TABLE[name]["model_id"]',
      'missing = TABLE["other"]["model_id"]',
      'attr = TABLE[name]["r"].real',
      '',
    ].join('\n');
    const facts = extractPython('t.py', text).facts;
    const at = (k: string) => facts.find((f) => f.path.length === 1 && f.path[0] === k)!;
    assert.equal(at('model_id').value, 'deepseek-ai/deepseek-coder-6.7b-base');
    assert.equal(at('missing').unknown, true);
    assert.equal(at('attr').unknown, true);
  });

  it("a dataclass extending TrainingArguments: its base and each field's default at [@dataclass, name], the fields a launch's command line sets left to it; model.gradient_checkpointing_enable() said", () => {
    const text =
      '@dataclass\nclass Args(transformers.TrainingArguments):\n    per_device_train_batch_size: int = field(default=6)\n    bf16: bool = True\n    seed: int = field(metadata={"help": "x"})\n\nmodel.gradient_checkpointing_enable()\n';
    const facts = byPath(extractPython('t.py', text, { argv: { bf16: false } }).facts);
    assert.deepEqual(Object.fromEntries(Object.entries(facts).filter(([k]) => k.startsWith('@'))), {
      '@dataclass.Args.@class': 'TrainingArguments',
      '@dataclass.Args.per_device_train_batch_size': 6,
      '@defines.Args': true,
      '@gradientCheckpointingEnable': true,
    });
  });
});

describe('YAML extraction', () => {
  it('anchors, aliases and merge keys resolve; the range is where the value is written', () => {
    const text = 'base: &b\n  layers: 4\n  hidden: 64\nmodel:\n  <<: *b\n  hidden: 128\nother: *b\n';
    const ex = extractYaml('c.yaml', text);
    const f = byPath(ex.facts);
    assert.equal(f['model.layers'], 4);
    assert.equal(f['model.hidden'], 128);
    assert.equal(f['other.layers'], 4);
    assert.equal(
      written(
        text,
        ex.facts.find((x) => x.path.join('.') === 'model.layers'),
      ),
      '4',
    );
  });

  it('reads YAML 1.1 as the Python trainers do (PyYAML): 32_000 is a number, True a boolean', () => {
    const f = byPath(extractYaml('c.yaml', 'vocab: 32_000\nflag: True\nother: yes\n').facts);
    assert.deepEqual(f, { vocab: 32000, flag: true, other: true });
  });

  it('every document of a multi-document file is read', () => {
    assert.deepEqual(byPath(extractYaml('c.yaml', 'a: 1\n---\nb: 2\n').facts), { a: 1, b: 2 });
  });

  it('an alias bomb is bounded: extraction stops with a notice', () => {
    const lines = ['a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    const ex = extractYaml('bomb.yaml', lines.join('\n') + '\n');
    assert.ok(ex.facts.length <= MAX_FACTS, `${ex.facts.length} facts`);
    assert.ok(ex.errors.some((e) => e.message.id === 'extract.tooManyValues'));
  });
});

describe('TOML extraction', () => {
  it('tables, dotted keys, inline tables and arrays of tables become key paths with ranges', () => {
    const text = '[model]\nname = "llama3"\nsize.dim = 4096\n[opt]\ncfg = { lr = 3e-4 }\n[[stage]]\nn = 1\n[[stage]]\nn = 2\n';
    const ex = extractToml('c.toml', text);
    assert.deepEqual(byPath(ex.facts), { 'model.name': 'llama3', 'model.size.dim': 4096, 'opt.cfg.lr': 3e-4, 'stage.0.n': 1, 'stage.1.n': 2 });
    assert.equal(written(text, ex.facts[0]), '"llama3"');
  });

  it('a syntax error is reported with a position, not thrown', () => {
    const ex = extractToml('c.toml', '[model\nname = 1\n');
    assert.equal(ex.facts.length, 0);
    assert.equal(ex.errors[0]!.message.id, 'extract.tomlSyntax');
  });
});

describe('Windows batch files (.bat, .cmd)', () => {
  // A launch as people write it on Windows: REM and :: comments, @echo off, set / set "…", %VAR%, ^ at the line ends, CRLF.
  const bat = [
    '@echo off',
    'REM fine-tune on one machine',
    ':: the model',
    'for %%i in (1 2) do echo %%i',
    'if exist outputs (',
    '  echo resuming',
    ') else (',
    '  mkdir outputs',
    ')',
    ':train',
    'set MODEL=Qwen/Qwen2.5-0.5B',
    'set "lr=2e-5"',
    'set OUT=outputs\\run 1',
    'accelerate launch --num_processes 2 train.py ^',
    '  --model_name_or_path %MODEL% ^',
    '  --learning_rate %LR% --per_device_train_batch_size 4 ^',
    '  --output_dir "%OUT%" --resume %1',
    '',
  ].join('\r\n');

  it('read as the shell script that runs the same commands, each character where the file has it; a variable read where it was set', () => {
    assert.equal(syntaxOf('train.bat'), 'shell');
    assert.equal(syntaxOf('TRAIN.CMD'), 'shell');
    const shell = batchAsShell(bat);
    assert.equal(shell.length, bat.length);
    assert.deepEqual(
      shell.split('\r\n').map((l) => l.length),
      bat.split('\r\n').map((l) => l.length),
    );
    const facts = extract('train.bat', 'shell', bat).facts;
    const at = (key: string) => facts.find((f) => f.path.length === 1 && f.path[0] === key)!;
    // (%MODEL%'s value where `set MODEL=` writes it; `set "lr=…"` read by %LR%, as cmd.exe matches names.)
    assert.equal(bat.slice(at('--model_name_or_path').valueRange.start, at('--model_name_or_path').valueRange.end), 'Qwen/Qwen2.5-0.5B');
    assert.deepEqual(
      ['--learning_rate', '--per_device_train_batch_size', '--output_dir', '--num_processes'].map((k) => at(k).value),
      [2e-5, 4, 'outputs/run 1', 2],
    );
    // (The script's argument is unknown, not a guess.)
    assert.equal(at('--resume').value, null);
  });

  it("a user's .bat launch of transformers' run_mlm_no_trainer.py (survey 1750): roberta-base as RobertaForMaskedLM, 124,697,433", () => {
    const f = 'survey/ninetyfifth/train/1750-commonlit-roberta-base-mlm-continued-pretraining.bat';
    const a = analyzeFile({ path: f, text: fixtureText(f) });
    assert.equal(a.analysis!.params.total.value, 124697433);
    assert.deepEqual([a.spec!.training.microBatch?.value, a.spec!.training.epochs?.value], [8, 10]);
  });
});
