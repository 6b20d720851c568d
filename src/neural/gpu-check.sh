#!/usr/bin/env bash
# One-off check of the CUDA build of the neural module on a machine with an NVIDIA GPU.
# Needs: JDK 17, Maven, network access to Maven Central (the CUDA natives are ~600 MB), and
# CUDA 11.6 with cuDNN 8.x installed (nd4j-cuda-11.6 1.0.0-M2.1 links against them).
# Usage, from the repository root:  src/neural/gpu-check.sh [threads]
# Prints the backend ND4J actually loaded, then trains the default LSTM on the benchmark store for
# one origin and prints seconds per epoch and WAPE (compare with the CPU figures in
# docs/bench-neural.md). Use -Dnd4j.cuda.classifier=linux-x86_64 to run without cuDNN.
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS="${1:-2}"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv || echo "nvidia-smi not found"
mvn -B -q -Dcuda ${MVN_ARGS:-} -pl src/neural -am test-compile
mvn -B -q -Dcuda ${MVN_ARGS:-} -pl src/neural dependency:build-classpath -Dmdep.outputFile=target/gpu.cp -Dmdep.includeScope=test
CP="src/neural/target/classes:src/neural/target/test-classes:src/core/target/classes:$(cat src/neural/target/gpu.cp)"
if grep -q nd4j-native src/neural/target/gpu.cp; then
  echo "ERROR: the CPU backend is on the classpath of the -Dcuda build" >&2
  exit 1
fi
java -Xmx6g -cp "$CP" io.salescast.neural.bench.NeuralBench "$THREADS" lstm 1
