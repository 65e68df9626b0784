# A user's NeMo 2.0 script: Llama 3 8B's recipe shrunk to two layers of 1,024 for a smoke test.
import nemo_run as run
from nemo.collections import llm

recipe = llm.llama3_8b.pretrain_recipe(name="llama3_smoke", num_nodes=1, num_gpus_per_node=8)
recipe.model.config.num_layers = 2
recipe.model.config.hidden_size = 1024
recipe.trainer.max_steps = 100

run.run(recipe, executor=run.LocalExecutor())
