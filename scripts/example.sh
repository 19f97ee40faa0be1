#!/usr/bin/env bash
# The main job on a built-in example (S4, the symmetric group on 4 points):
#   1. certify its depth class: derived length 3, so a diagonal complex SSM needs exactly 3 layers;
#   2. re-check the certificate with the independent checker;
#   3. build the explicit 3-layer witness model and run it on random words up to length 10,000;
#   4. train a 1-layer dcd model on C6 (abelian: the theory says one layer suffices) and on S3
#      (derived length 2: one layer cannot) and compare with the prediction.
# Installs libgmp-dev with apt when it is missing. Output files go to ./example-output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product tower
tower=.build/release/tower
out=example-output
mkdir -p "$out"

echo "== 1. tower group S4 --certificate $out/s4.json"
$tower group S4 --certificate "$out/s4.json"
echo
echo "== 2. tower verify $out/s4.json"
$tower verify "$out/s4.json"
echo
echo "== 3. tower construct --group S4 --model-out $out/s4-witness.ckpt"
$tower construct --group S4 --model-out "$out/s4-witness.ckpt"
echo
for group in C6 S3; do
  echo "== 4. tower train --group $group --model dcd --layers 1 --steps 1000 (predicted minimal depth: $($tower group "$group" --json | grep -o '"derived_length" *: *[0-9a-z]*' | grep -o '[0-9a-z]*$'))"
  $tower train --group "$group" --model dcd --layers 1 --steps 1000 --seed 1 --train-length 60 --eval-lengths 60,250
  echo
done
