#!/usr/bin/env bash
# Runs the neural benchmarks recorded in docs/bench-neural.md (takes 10-30 minutes on 2 cores).
# Usage from the repository root: src/neural/bench/run-bench.sh [outdir]
set -euo pipefail
cd "$(dirname "$0")/../../.."
OUT="${1:-src/neural/target/bench-results}"
mkdir -p "$OUT"
mvn -B -o -q -pl src/neural -am test-compile
# core comes from src/core/target/classes below; its jar need not exist
mvn -B -o -q -pl src/neural dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test \
  || test -s src/neural/target/bench.cp
CP="src/neural/target/classes:src/neural/target/test-classes:src/core/target/classes:$(cat src/neural/target/bench.cp)"
PY=/usr/bin/python3
run() { local name="$1"; shift; echo "== $name"; ( time "$@" ) > "$OUT/$name.log" 2>&1 || true; grep -v -E "Added differentiated|WARN|INFO" "$OUT/$name.log" || true; }
run torch-dl4j-omp1 env OMP_NUM_THREADS=1 java -Xmx3g -cp "$CP" io.salescast.neural.TorchComparison src/neural/target/torch-bench 1 3
run torch-py-1      env OMP_NUM_THREADS=1 $PY src/neural/bench/torch_lstm.py src/neural/target/torch-bench 1 3
run torch-dl4j-omp2 env OMP_NUM_THREADS=2 java -Xmx3g -cp "$CP" io.salescast.neural.TorchComparison src/neural/target/torch-bench 2 3
run torch-py-2      env OMP_NUM_THREADS=2 $PY src/neural/bench/torch_lstm.py src/neural/target/torch-bench 2 3
run lstm-omp1       env OMP_NUM_THREADS=1 java -Xmx3g -cp "$CP" io.salescast.neural.bench.NeuralBench 1 lstm "${WINDOWS:-2}"
run coldstart-omp1  env OMP_NUM_THREADS=1 java -Xmx3g -cp "$CP" io.salescast.neural.bench.NeuralBench 1 - 0 coldstart
run variants-omp1   env OMP_NUM_THREADS=1 java -Xmx3g -cp "$CP" io.salescast.neural.bench.NeuralBench 1 gru,lstm_attention 1
run lstm-omp2       env OMP_NUM_THREADS=2 java -Xmx3g -cp "$CP" io.salescast.neural.bench.NeuralBench 2 lstm 1
