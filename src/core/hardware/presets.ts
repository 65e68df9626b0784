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
  /**
   * The host side of a GPU, for what offloading moves there: its link to the host per direction, GB/s (PCIe, or Grace's
   * NVLink-C2C), and its share of the host's DRAM bandwidth, GB/s (the node's sockets' channels × rate × 8 bytes, over its GPUs).
   * Absent: PCIe Gen4 x16 and 50 GB/s, assumed (analysis/time.ts HOST_DEFAULTS).
   */
  readonly hostLinkGBs?: number;
  readonly hostMemoryGBs?: number;
  /**
   * Tensor cores that multiply block-scaled formats (Blackwell's: MXFP8, MXFP6, MXFP4 and NVFP4, a scale per 16 or 32 values):
   * what Transformer Engine's MXFP8 and NVFP4 recipes need. Absent: none.
   */
  readonly blockScaled?: boolean;
  /**
   * Streaming multiprocessors (NVIDIA): what a communication kernel that holds some of them (DeepEP's, HybridEP's) leaves the
   * GEMMs it runs beside. Absent: not counted.
   */
  readonly sms?: number;
  /** An NVIDIA GPU's CUDA compute capability (8.9 Ada, 9.0 Hopper, 10.x Blackwell): what Transformer Engine checks a recipe against. */
  readonly computeCapability?: number;
  /** Where each figure comes from. */
  readonly sources: Readonly<Record<string, string>>;
}

const NVIDIA = 'NVIDIA datasheet (via ml-engineering book, compute/accelerator)';
const AMD = 'AMD Instinct datasheet (via ml-engineering book)';
const AMPERE_BLOG = 'NVIDIA developer blog "NVIDIA Ampere Architecture In-Depth"';
const BLACKWELL_SMS = 'CUDA device properties (multiProcessorCount) as public B200 and B300 runs print them';
const HOPPER_WP = 'NVIDIA H100 Tensor Core GPU Architecture whitepaper';
const ADA_WP = 'NVIDIA Ada GPU Architecture whitepaper (images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf)';
const GA102_WP = 'NVIDIA Ampere GA102 GPU Architecture whitepaper';
const L40S = 'NVIDIA L40S product page (nvidia.com/en-us/data-center/l40s)';
const SMI = 'nvidia-smi as printed in public run logs (L40S 46068MiB, L4 23034MiB)';
// The host side of the nodes these GPUs come in (hostLinkGBs, hostMemoryGBs): the link, and the DRAM the node's CPUs have.
const HOST_DGX_A100 =
  'PCIe Gen4 x16, 31 GB/s per direction (ml-engineering book, network); DGX A100: two AMD EPYC 7742, 8 DDR4-3200 channels each (409.6 GB/s) over 8 GPUs';
const HOST_DGX_H100 =
  'PCIe Gen5 x16, 63 GB/s per direction (ml-engineering book, network); DGX H100: two Xeon Platinum 8480C, 8 DDR5-4800 channels each (614.4 GB/s) over 8 GPUs';
const HOST_DGX_B200 =
  'PCIe Gen5 x16, 63 GB/s per direction (ml-engineering book, network); DGX B200: two Xeon Platinum 8570, 8 DDR5-5600 channels each (716.8 GB/s) over 8 GPUs';
const HOST_GRACE = 'NVLink-C2C 900 GB/s bidirectional to its Grace CPU; Grace: LPDDR5X up to 512 GB/s, one Grace for two GPUs';
const BLACKWELL_ULTRA = 'NVIDIA Blackwell Ultra datasheet (resources.nvidia.com/en-us-blackwell-architecture/blackwell-ultra-datasheet)';

const CUDA_GPUS = "NVIDIA's CUDA GPU compute capability table (developer.nvidia.com/cuda-gpus)";
const BLACKWELL_ARCH =
  'NVIDIA Blackwell architecture technical brief: fifth-generation Tensor Cores with micro-tensor scaling (MXFP8, MXFP6, MXFP4, NVFP4); Transformer Engine runs its MXFP8 and NVFP4 recipes on compute capability 10.0 and up';

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
    hostLinkGBs: 31,
    hostMemoryGBs: 51.2,
    computeCapability: 8.0,
    sms: 108,
    sources: {
      sms: `${AMPERE_BLOG}: 108 SMs (A100)`,
      computeCapability: CUDA_GPUS,
      host: HOST_DGX_A100,
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
    hostLinkGBs: 63,
    hostMemoryGBs: 76.8,
    computeCapability: 9.0,
    sms: 132,
    sources: {
      sms: `${HOPPER_WP}: 132 SMs (H100 SXM5)`,
      computeCapability: CUDA_GPUS,
      host: HOST_DGX_H100,
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
    hostLinkGBs: 63,
    hostMemoryGBs: 76.8,
    computeCapability: 9.0,
    sms: 132,
    sources: {
      sms: `${HOPPER_WP}: 132 SMs (H100 SXM5, which the H800 is)`,
      computeCapability: CUDA_GPUS,
      host: HOST_DGX_H100,
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
    hostLinkGBs: 63,
    hostMemoryGBs: 76.8,
    computeCapability: 9.0,
    sms: 132,
    sources: {
      sms: `${HOPPER_WP}: 132 SMs (the H100 SXM5 die)`,
      computeCapability: CUDA_GPUS,
      host: HOST_DGX_H100,
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
    hostLinkGBs: 63,
    hostMemoryGBs: 89.6,
    blockScaled: true,
    computeCapability: 10.0,
    sms: 148,
    sources: {
      sms: `${BLACKWELL_SMS}: 148 SMs (B200)`,
      computeCapability: CUDA_GPUS,
      blockScaled: BLACKWELL_ARCH,
      host: HOST_DGX_B200,
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
    hostLinkGBs: 450,
    hostMemoryGBs: 256,
    blockScaled: true,
    computeCapability: 10.0,
    sms: 148,
    sources: {
      sms: `${BLACKWELL_SMS}: 148 SMs (the B200 die)`,
      computeCapability: CUDA_GPUS,
      blockScaled: BLACKWELL_ARCH,
      host: HOST_GRACE,
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
    blockScaled: true,
    computeCapability: 10.3,
    sms: 160,
    sources: {
      sms: `${BLACKWELL_SMS}: 160 SMs (B300)`,
      computeCapability: CUDA_GPUS,
      blockScaled: BLACKWELL_ARCH,
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
    hostLinkGBs: 450,
    hostMemoryGBs: 256,
    blockScaled: true,
    computeCapability: 10.3,
    sms: 160,
    sources: {
      sms: `${BLACKWELL_SMS}: 160 SMs (the B300 die)`,
      computeCapability: CUDA_GPUS,
      blockScaled: BLACKWELL_ARCH,
      host: HOST_GRACE,
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
    id: 'tpu7x',
    name: 'Google TPU7x (Ironwood)',
    peakTflops: { bf16: 2307, fp16: 2307, fp8: 4614 },
    hbmGB: 192,
    hbmTBs: 7.38,
    scaleUpGBs: 600,
    scaleUpDomain: 9216,
    scaleOutGbps: 100,
    sources: {
      peakTflops: 'Google Cloud TPU7x docs (system architecture table): 2307 BF16 and 4614 FP8 TFLOP/s per chip',
      hbm: 'Google Cloud TPU7x docs: 192 GiB HBM per chip, 7380 GB/s',
      scaleUp: 'ICI 1200 GB/s bidirectional per chip, 3D torus (pod of 9216 chips)',
      scaleOut: 'DCN 100 Gb/s per chip',
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
  // The GPUs people fine-tune on: one card, a workstation, a cloud instance of PCIe cards. Their tensor rates are the ones
  // with FP32 accumulation (what PyTorch's matmuls use): GeForce cards run them at half their FP16-accumulate rate.
  // Capacity in GiB as nvidia-smi shows it; a data-center GDDR6 card runs with ECC on, which keeps 1/16 of it.
  // Scale-out: PCIe boxes have no RDMA fabric of their own; the figure is a typical Ethernet share, a cluster file's own wins.
  {
    id: 'a100-40gb',
    name: 'NVIDIA A100 40GB SXM',
    peakTflops: { fp64: 19.5, fp32: 19.5, tf32: 156, bf16: 312, fp16: 312 },
    hbmGB: 40,
    hbmTBs: 1.555,
    scaleUpGBs: 300,
    scaleUpDomain: 8,
    scaleOutGbps: 200,
    powerW: 400,
    hostLinkGBs: 31,
    hostMemoryGBs: 51.2,
    computeCapability: 8.0,
    sms: 108,
    sources: {
      sms: `${AMPERE_BLOG}: 108 SMs (A100)`,
      computeCapability: CUDA_GPUS,
      host: HOST_DGX_A100,
      peakTflops: `${AMPERE_BLOG}, Table 3: Peak BF16 / FP16 Tensor TFLOPS with FP32 Accumulate 312/624, TF32 156/312, FP32 19.5`,
      hbm: `${AMPERE_BLOG}, Table 3: 40 GB HBM2, 1555 GB/sec`,
      scaleUp: 'NVLink3 300 GB/s per direction (600 bidirectional), as the A100 80GB',
      scaleOut: 'HDR InfiniBand 200 Gb/s per GPU (DGX A100)',
      power: `${AMPERE_BLOG}, Table 3: 400 W TDP`,
    },
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe',
    peakTflops: { fp32: 51, tf32: 378, bf16: 756, fp16: 756, fp8: 1513 },
    hbmGB: 80,
    hbmTBs: 2.0,
    scaleUpGBs: 63,
    scaleUpDomain: 8,
    scaleOutGbps: 200,
    powerW: 350,
    computeCapability: 9.0,
    sms: 114,
    sources: {
      sms: `${HOPPER_WP}: 114 SMs (H100 PCIe)`,
      computeCapability: CUDA_GPUS,
      peakTflops: `${HOPPER_WP}, Table 3 (H100 PCIe): Peak BF16 Tensor TFLOPS with FP32 Accumulate 756/1513; ml-engineering book: TF32 378, FP8 1513, FP32 51`,
      hbm: 'ml-engineering book (compute/accelerator): H100 PCIe 80 GB, 2.00 TB/s',
      scaleUp: 'PCIe Gen5 x16, 63 GB/s per direction (ml-engineering book, network); an NVLink bridge joins pairs only',
      scaleOut: '200 Gb/s per GPU (typical)',
      power: `${HOPPER_WP}, Table 3: 350 W TDP`,
    },
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S',
    peakTflops: { fp32: 91.6, tf32: 183, bf16: 362.05, fp16: 362.05, fp8: 733 },
    hbmGB: 44.99,
    hbmTBs: 0.864,
    scaleUpGBs: 32,
    scaleUpDomain: 8,
    scaleOutGbps: 50,
    powerW: 350,
    computeCapability: 8.9,
    sources: {
      computeCapability: CUDA_GPUS,
      peakTflops: `${L40S}: BFLOAT16 / FP16 Tensor Core 362.05 (733 with sparsity), FP8 733, TF32 183, FP32 91.6 (NVIDIA does not say which accumulation; a plain bf16 matmul reaches 269 TFLOPS, beyond the half rate, so the full rate is taken)`,
      hbm: `${L40S}: 48 GB GDDR6 with ECC, 864 GB/s; ${SMI}: 46068MiB with ECC on`,
      scaleUp: `${L40S}: PCIe Gen4 x16, 64 GB/s bidirectional; no NVLink`,
      scaleOut: '400 Gb/s for 8 GPUs (AWS g6e.48xlarge, typical): 50 Gb/s per GPU',
      power: `${L40S}: 350 W`,
    },
  },
  {
    id: 'l4',
    name: 'NVIDIA L4',
    peakTflops: { fp32: 30.3, tf32: 60, bf16: 121, fp16: 121, fp8: 242 },
    hbmGB: 22.49,
    hbmTBs: 0.3,
    scaleUpGBs: 32,
    scaleUpDomain: 8,
    scaleOutGbps: 12.5,
    powerW: 72,
    computeCapability: 8.9,
    sources: {
      computeCapability: CUDA_GPUS,
      peakTflops: 'NVIDIA L4 datasheet and Ada architecture whitepaper (Appendix D): BF16 / FP16 Tensor 121 (242 with sparsity), FP8 242, TF32 60, FP32 30.3',
      hbm: `NVIDIA L4 datasheet: 24 GB GDDR6, 300 GB/s; ${SMI}: 23034MiB with ECC on`,
      scaleUp: 'NVIDIA L4 datasheet: PCIe Gen4 x16, 64 GB/s; no NVLink',
      scaleOut: '100 Gb/s for 8 GPUs (GCP g2-standard-96, typical): 12.5 Gb/s per GPU',
      power: 'NVIDIA L4 datasheet: 72 W',
    },
  },
  {
    id: 'rtx-a6000',
    name: 'NVIDIA RTX A6000',
    peakTflops: { fp32: 38.7, bf16: 154.8, fp16: 154.8 },
    hbmGB: 47.99,
    hbmTBs: 0.768,
    scaleUpGBs: 32,
    scaleUpDomain: 8,
    scaleOutGbps: 25,
    powerW: 300,
    computeCapability: 8.6,
    sources: {
      computeCapability: CUDA_GPUS,
      peakTflops: `${GA102_WP}, Table 3 (RTX A6000): Peak BF16 / FP16 Tensor TFLOPS with FP32 Accumulate 154.8/309.6`,
      hbm: 'NVIDIA RTX A6000 datasheet: 48 GB GDDR6 with ECC (off by default on workstation cards), 768 GB/s',
      scaleUp: 'NVIDIA RTX A6000 datasheet: PCI Express 4.0 x16; an NVLink bridge (112.5 GB/s bidirectional) joins pairs only',
      scaleOut: '25 Gb/s Ethernet per GPU (typical workstation or server; set a cluster file for yours)',
      power: 'NVIDIA RTX A6000 datasheet: 300 W',
    },
  },
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090',
    peakTflops: { fp32: 82.6, tf32: 82.6, bf16: 165.2, fp16: 165.2, fp8: 330.3 },
    hbmGB: 23.99,
    hbmTBs: 1.008,
    scaleUpGBs: 32,
    scaleUpDomain: 8,
    scaleOutGbps: 10,
    powerW: 450,
    computeCapability: 8.9,
    sources: {
      computeCapability: CUDA_GPUS,
      peakTflops: `${ADA_WP}, Appendix A: Peak BF16 / FP16 Tensor TFLOPS with FP32 Accumulate 165.2/330.4, FP8 with FP32 Accumulate 330.3/660.6 (v2.02), FP32 82.6; TF32 82.6 (third-party spec tables)`,
      hbm: `${ADA_WP}, Appendix A: 24 GB GDDR6X, 1008 GB/s; nvidia-smi: 24564MiB`,
      scaleUp: 'PCI Express 4.0 x16, about 32 GB/s per direction; no NVLink on the 4090',
      scaleOut: '10 Gb/s Ethernet per GPU (typical desktop or rented box; set a cluster file for yours)',
      power: 'NVIDIA GeForce RTX 4090: 450 W total graphics power',
    },
  },
  {
    id: 'rtx-3090',
    name: 'NVIDIA GeForce RTX 3090',
    peakTflops: { fp32: 35.6, bf16: 71.2, fp16: 71.2 },
    hbmGB: 24,
    hbmTBs: 0.936,
    scaleUpGBs: 32,
    scaleUpDomain: 8,
    scaleOutGbps: 10,
    powerW: 350,
    computeCapability: 8.6,
    sources: {
      computeCapability: CUDA_GPUS,
      peakTflops: `${GA102_WP}, Appendix A (RTX 3090): Peak FP16 / BF16 Tensor TFLOPS with FP32 Accumulate 71/142 (71.2 in the RTX Blackwell whitepaper's Table 3), FP32 35.6`,
      hbm: `${GA102_WP}: 24 GB GDDR6X, 936 GB/sec`,
      scaleUp: 'PCI Express 4.0 x16, about 32 GB/s per direction; an NVLink bridge (56.25 GB/s per direction, GA102 whitepaper) joins pairs only',
      scaleOut: '10 Gb/s Ethernet per GPU (typical desktop; set a cluster file for yours)',
      power: 'NVIDIA GeForce RTX 3090: 350 W',
    },
  },
];

export function findAccelerator(id: string): AcceleratorPreset | undefined {
  const n = id.trim().toLowerCase();
  return ACCELERATORS.find((a) => a.id === n || a.name.toLowerCase() === n);
}

/**
 * The preset a job file's accelerator name means: the names Kubernetes node labels (GKE's `cloud.google.com/gke-accelerator`
 * and `cloud.google.com/gke-tpu-accelerator`) and SkyPilot's `accelerators` give. First match wins; undefined for a name
 * no preset covers.
 * Sources: GKE docs "About GPUs in GKE" (nvidia-h100-80gb, nvidia-h100-mega-80gb, nvidia-h200-141gb, nvidia-b200,
 * nvidia-a100-80gb, nvidia-tesla-a100, nvidia-l4) and "Plan TPUs in GKE" (tpu-v4-podslice, tpu-v5-lite-podslice,
 * tpu-v5p-slice, tpu-v6e-slice, tpu7x); SkyPilot `sky show-gpus` (H100, H100-MEGA, H200, B200, A100-80GB, A100, L4, L40S,
 * tpu-v5e-8, tpu-v6e-8, …).
 */
const CLOUD_NAMES: readonly (readonly [RegExp, string])[] = [
  [/gb300/, 'gb300-nvl72'],
  [/gb200/, 'gb200-nvl72'],
  [/b300/, 'b300'],
  [/b200/, 'b200'],
  [/h200/, 'h200'],
  [/h800/, 'h800'],
  [/h100.*pcie/, 'h100-pcie'],
  [/h100/, 'h100-sxm'],
  [/a100.*80/, 'a100-80gb'],
  [/a100/, 'a100-40gb'],
  [/l40s/, 'l40s'],
  [/(^|[-_ ])l4($|[-_ ])/, 'l4'],
  [/mi325x/, 'mi325x'],
  [/mi300x/, 'mi300x'],
  [/rtx.?4090/, 'rtx-4090'],
  [/rtx.?3090/, 'rtx-3090'],
  [/a6000/, 'rtx-a6000'],
  [/tpu-?v6e|trillium/, 'tpu-v6e'],
  [/tpu-?7x|tpu-?v7|ironwood/, 'tpu7x'],
  [/tpu-?v5p/, 'tpu-v5p'],
  [/tpu-?v5(e|-?lite|litepod)/, 'tpu-v5e'],
  [/tpu-?v4/, 'tpu-v4'],
];

export function acceleratorOfCloudName(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  return findAccelerator(n)?.id ?? CLOUD_NAMES.find(([re]) => re.test(n))?.[1];
}
