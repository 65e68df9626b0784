/**
 * Accelerator presets as data, each figure with its source (test/fixtures/reference/hardware.md:
 * vendors' datasheets as tabulated in the open ml-engineering book, Google Cloud TPU docs, Intel's
 * Hot Chips 2024 Gaudi 3 deck). Peaks are dense (no sparsity). Bandwidths are per GPU: scale-up
 * per direction in GB/s, scale-out (NIC) in Gb/s.
 */

export type Precision = 'fp64' | 'fp32' | 'tf32' | 'bf16' | 'fp16' | 'fp8' | 'fp4';

export interface AcceleratorPreset {
  readonly id: string;
  readonly name: string;
  /** Dense peak TFLOP/s per precision (FP64 is the tensor-core / matrix figure where there is one). */
  readonly peakTflops: Readonly<Partial<Record<Precision, number>>>;
  readonly hbmGB: number;
  readonly hbmTBs: number;
  /** Scale-up (NVLink / xGMI / ICI) bandwidth per GPU, one direction, GB/s. */
  readonly scaleUpGBs: number;
  /** GPUs in one scale-up (NVLink) domain: 8 for HGX nodes, 72 for GB200 NVL72. */
  readonly scaleUpDomain: number;
  /** Typical scale-out NIC bandwidth per GPU, Gb/s. */
  readonly scaleOutGbps: number;
  readonly powerW?: number;
  /** Where each figure comes from. */
  readonly sources: Readonly<Record<string, string>>;
}

const NVIDIA = 'NVIDIA datasheet (via ml-engineering book, compute/accelerator)';
const AMD = 'AMD Instinct datasheet (via ml-engineering book)';
const BLACKWELL_ULTRA = 'NVIDIA Blackwell Ultra datasheet (resources.nvidia.com/en-us-blackwell-architecture/blackwell-ultra-datasheet)';

export const ACCELERATORS: readonly AcceleratorPreset[] = [
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 80GB SXM',
    peakTflops: { fp64: 19.5, fp32: 19.5, tf32: 156, bf16: 312, fp16: 312 },
    hbmGB: 80,
    hbmTBs: 2.039,
    scaleUpGBs: 300,
    scaleUpDomain: 8,
    scaleOutGbps: 200,
    powerW: 400,
    sources: {
      peakTflops: `${NVIDIA}: A100 dense FP16/BF16 312, TF32 156`,
      hbm: `${NVIDIA}: 80 GB HBM2e, 2.039 TB/s`,
      scaleUp: 'NVLink3 300 GB/s per direction (600 bidirectional)',
      scaleOut: 'HDR InfiniBand 200 Gb/s per GPU (DGX A100)',
      power: `${NVIDIA}: 400 W`,
    },
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM',
    peakTflops: { fp64: 66.9, fp32: 66.9, tf32: 494.7, bf16: 989.4, fp16: 989.4, fp8: 1978.9 },
    hbmGB: 80,
    hbmTBs: 3.35,
    scaleUpGBs: 450,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    powerW: 700,
    sources: {
      peakTflops: `${NVIDIA}: H100 SXM dense BF16 989.4, FP8 1978.9`,
      hbm: `${NVIDIA}: 80 GB HBM3, 3.35 TB/s`,
      scaleUp: 'NVLink4 450 GB/s per direction (900 bidirectional)',
      scaleOut: 'NDR InfiniBand 400 Gb/s per GPU',
      power: `${NVIDIA}: 700 W`,
    },
  },
  {
    // The H100 for the Chinese market: H100 SXM compute and memory, NVLink cut to 400 GB/s bidirectional.
    id: 'h800',
    name: 'NVIDIA H800 SXM',
    peakTflops: { fp32: 66.9, tf32: 494.7, bf16: 989.4, fp16: 989.4, fp8: 1978.9 },
    hbmGB: 80,
    hbmTBs: 3.35,
    scaleUpGBs: 200,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    powerW: 700,
    sources: {
      peakTflops: `${NVIDIA}: H800 SXM5 dense BF16 989, FP8 1979 (H100 SXM's)`,
      hbm: `${NVIDIA}: H800 SXM5 80 GB HBM3, 3.35 TB/s`,
      scaleUp: 'NVLink 400 GB/s bidirectional (200 per direction), as the DeepSeek-V3 technical report (§3.1) describes its H800 cluster',
      scaleOut: 'InfiniBand 400 Gb/s per GPU (DeepSeek-V3 technical report §3.1)',
      power: `${NVIDIA}: 700 W`,
    },
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    peakTflops: { fp64: 66.9, fp32: 66.9, tf32: 494.7, bf16: 989.4, fp16: 989.4, fp8: 1978.9 },
    hbmGB: 141,
    hbmTBs: 4.8,
    scaleUpGBs: 450,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    powerW: 700,
    sources: {
      peakTflops: `${NVIDIA}: same compute as H100 SXM`,
      hbm: `${NVIDIA}: 141 GB HBM3e, 4.8 TB/s`,
      scaleUp: 'NVLink4 450 GB/s per direction',
      scaleOut: '400 Gb/s per GPU',
      power: `${NVIDIA}: 700 W`,
    },
  },
  {
    id: 'b200',
    name: 'NVIDIA B200',
    peakTflops: { fp64: 40, fp32: 80, tf32: 1100, bf16: 2250, fp16: 2250, fp8: 4500, fp4: 9000 },
    hbmGB: 180,
    hbmTBs: 8.0,
    scaleUpGBs: 900,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    powerW: 1000,
    sources: {
      peakTflops: `${NVIDIA}: B200 dense BF16 2250, FP8 4500, FP4 9000 (HGX B200: 72 / 144 PFLOPS FP8 / FP4 with sparsity over 8 GPUs)`,
      hbm: `${NVIDIA}: 180 GB usable HBM3e, 8 TB/s`,
      scaleUp: 'NVLink5 900 GB/s per direction',
      scaleOut: '400 Gb/s per GPU',
      power: `${NVIDIA}: 1000 W`,
    },
  },
  {
    id: 'gb200-nvl72',
    name: 'NVIDIA GB200 NVL72 (per GPU)',
    peakTflops: { fp64: 45, fp32: 80, tf32: 1250, bf16: 2500, fp16: 2500, fp8: 5000, fp4: 10000 },
    hbmGB: 186,
    hbmTBs: 8.0,
    scaleUpGBs: 900,
    scaleUpDomain: 72,
    scaleOutGbps: 400,
    powerW: 1200,
    sources: {
      peakTflops: `${NVIDIA}: GB200 per GPU dense BF16 2500, FP8 5000, FP4 10000 (NVL72: 1,440 PFLOPS FP4 with sparsity over 72 GPUs)`,
      hbm: `${NVIDIA}: 186 GB HBM3e, 8 TB/s`,
      scaleUp: 'NVLink5 900 GB/s per direction, 72-GPU NVLink domain',
      scaleOut: '400 Gb/s per GPU (typical)',
      power: `${NVIDIA}: 1200 W`,
    },
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    peakTflops: { fp64: 163.4, fp32: 163.4, tf32: 653.7, bf16: 1307.4, fp16: 1307.4, fp8: 2614.9 },
    hbmGB: 192,
    hbmTBs: 5.3,
    scaleUpGBs: 448,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    powerW: 750,
    sources: {
      peakTflops: `${AMD}: MI300X dense BF16 1307.4`,
      hbm: `${AMD}: 192 GB HBM3, 5.3 TB/s`,
      scaleUp: 'Infinity Fabric (xGMI) 448 GB/s per direction',
      scaleOut: '400 Gb/s per GPU (typical)',
      power: `${AMD}: 750 W`,
    },
  },
  {
    id: 'mi325x',
    name: 'AMD Instinct MI325X',
    peakTflops: { fp64: 163.4, fp32: 163.4, tf32: 653.7, bf16: 1307.4, fp16: 1307.4, fp8: 2614.9 },
    hbmGB: 256,
    hbmTBs: 6.0,
    scaleUpGBs: 448,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    powerW: 1000,
    sources: {
      peakTflops: `${AMD}: MI325X dense BF16 1307.4`,
      hbm: `${AMD}: 256 GB HBM3e, 6.0 TB/s`,
      scaleUp: 'xGMI 448 GB/s per direction',
      scaleOut: '400 Gb/s per GPU (typical)',
      power: `${AMD}: 1000 W`,
    },
  },
  {
    // Blackwell Ultra in an 8-GPU HGX B300 node: B200's 16-bit and FP8 rates, FP4 raised, FP64 and INT8 cut.
    id: 'b300',
    name: 'NVIDIA B300 (HGX)',
    peakTflops: { fp64: 1.2, fp32: 75, tf32: 1100, bf16: 2250, fp16: 2250, fp8: 4500, fp4: 14000 },
    hbmGB: 270,
    hbmTBs: 7.7,
    scaleUpGBs: 900,
    scaleUpDomain: 8,
    scaleOutGbps: 800,
    powerW: 1100,
    sources: {
      peakTflops: `${BLACKWELL_ULTRA}: HGX B300 per GPU FP4 "18 | 14" PFLOPS (sparse | dense); FP8 9, BF16 4.5, TF32 2.2 PFLOPS with sparsity, halved; FP32 75, FP64 1.2 TFLOPS`,
      hbm: `${BLACKWELL_ULTRA}: HGX B300 270 GB HBM3e (288 GB on the chip, by SKU), 7.7 TB/s`,
      scaleUp: 'NVLink5 1.8 TB/s bidirectional (900 GB/s per direction; NVIDIA technical blog "Inside NVIDIA Blackwell Ultra")',
      scaleOut: 'ConnectX-8 800 Gb/s per GPU (NVIDIA HGX AI factory reference architecture, 2-8-9-800)',
      power: `${BLACKWELL_ULTRA}: HGX B300 configurable up to 1,100 W`,
    },
  },
  {
    id: 'gb300-nvl72',
    name: 'NVIDIA GB300 NVL72 (per GPU)',
    peakTflops: { fp64: 1.3, fp32: 80, tf32: 1250, bf16: 2500, fp16: 2500, fp8: 5000, fp4: 15000 },
    hbmGB: 279,
    hbmTBs: 8.0,
    scaleUpGBs: 900,
    scaleUpDomain: 72,
    scaleOutGbps: 800,
    powerW: 1400,
    sources: {
      peakTflops: `${BLACKWELL_ULTRA}: GB300 per GPU FP4 "20 | 15" PFLOPS (sparse | dense; NVL72: 1,440 | 1,080 PFLOPS over 72 GPUs); FP8 720, BF16 360 PFLOPS per rack with sparsity, over 72 and halved`,
      hbm: `${BLACKWELL_ULTRA}: GB300 279 GB HBM3e, 8 TB/s`,
      scaleUp: 'NVLink5 900 GB/s per direction, 72-GPU NVLink domain',
      scaleOut: 'ConnectX-8 800 Gb/s per GPU (NVIDIA GB300 NVL72 product page)',
      power: `${BLACKWELL_ULTRA}: GB300 configurable up to 1,400 W`,
    },
  },
  {
    id: 'tpu-v4',
    name: 'Google TPU v4',
    peakTflops: { bf16: 275, fp16: 275 },
    hbmGB: 32,
    hbmTBs: 1.2,
    scaleUpGBs: 300,
    scaleUpDomain: 4096,
    scaleOutGbps: 25,
    sources: {
      peakTflops: 'Google Cloud TPU v4 docs: 275 TFLOP/s (bf16 or int8)',
      hbm: 'Google Cloud TPU v4 docs: 32 GiB HBM2, 1,200 GB/s',
      scaleUp: 'ICI 6 links × 50 GB/s per direction (Jouppi et al., ISCA 2023, "TPU v4", Table 4), 3D torus, pod of 4,096 chips',
      scaleOut: 'not published: assumed as v5e',
    },
  },
  {
    id: 'tpu-v5p',
    name: 'Google TPU v5p',
    peakTflops: { bf16: 459, fp16: 459 },
    hbmGB: 95,
    hbmTBs: 2.765,
    scaleUpGBs: 600,
    scaleUpDomain: 8960,
    scaleOutGbps: 50,
    sources: {
      peakTflops: 'Google Cloud TPU v5p docs: 459 BF16 TFLOP/s',
      hbm: 'Google Cloud: 95 GiB HBM2e (hbmGB is binary, as every preset: memory.ts capacityBytes), 2765 GB/s',
      scaleUp: 'ICI 1200 GB/s bidirectional per chip, 3D torus (pod of 8960 chips)',
      scaleOut: 'DCN 50 Gb/s per chip',
    },
  },
  {
    id: 'tpu-v5e',
    name: 'Google TPU v5e',
    peakTflops: { bf16: 197, fp16: 197 },
    hbmGB: 16,
    hbmTBs: 0.819,
    scaleUpGBs: 200,
    scaleUpDomain: 256,
    scaleOutGbps: 25,
    sources: {
      peakTflops: 'Google Cloud TPU v5e docs: 197 BF16 TFLOP/s',
      hbm: 'Google Cloud: 16 GB HBM2, 819 GB/s',
      scaleUp: 'ICI 400 GB/s bidirectional, 2D torus (pod of 256)',
      scaleOut: '2 × 100 Gb/s per 8-chip host',
    },
  },
  {
    id: 'tpu-v6e',
    name: 'Google TPU v6e (Trillium)',
    peakTflops: { bf16: 918, fp16: 918 },
    hbmGB: 32,
    hbmTBs: 1.638,
    scaleUpGBs: 400,
    scaleUpDomain: 256,
    scaleOutGbps: 25,
    sources: {
      peakTflops: 'Google Cloud TPU v6e docs: 918 BF16 TFLOP/s',
      hbm: 'Google Cloud: 32 GB, 1638 GB/s',
      scaleUp: 'ICI 800 GB/s bidirectional (pod of 256)',
      scaleOut: 'not published: assumed as v5e',
    },
  },
  {
    id: 'gaudi3',
    name: 'Intel Gaudi 3',
    peakTflops: { fp32: 229, tf32: 459, bf16: 1835, fp16: 1835, fp8: 1835 },
    hbmGB: 128,
    hbmTBs: 3.67,
    scaleUpGBs: 600,
    scaleUpDomain: 8,
    scaleOutGbps: 600,
    powerW: 900,
    sources: {
      peakTflops: 'Intel Hot Chips 2024: BF16/FP8 matrix 1835 TFLOP/s',
      hbm: 'Intel: 128 GB HBM2e, 3.67 TB/s',
      scaleUp: '24 × 200 GbE RoCE on die, 1.2 TB/s bidirectional',
      scaleOut: 'about 3 × 200 GbE',
      power: 'Intel: 900 W air-cooled',
    },
  },
];

export function findAccelerator(id: string): AcceleratorPreset | undefined {
  const n = id.trim().toLowerCase();
  return ACCELERATORS.find((a) => a.id === n || a.name.toLowerCase() === n);
}
