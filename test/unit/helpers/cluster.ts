import { clusterFromFile, type Cluster, type ClusterFile } from '../../../src/core/hardware/cluster';

/** Where a test's cluster comes from: named as a cluster file the test gives. */
export const TEST_ORIGIN = { value: 'test', source: { kind: 'override' as const, reason: { id: 'prov.clusterFile' as const, args: { file: 'test' } } } };

/** A cluster of this many GPUs of a preset (by id) or of an accelerator the test describes. */
export function testCluster(accelerator: ClusterFile['accelerator'], gpus: number): Cluster {
  return clusterFromFile({ accelerator }, TEST_ORIGIN, gpus);
}
