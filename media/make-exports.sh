#!/bin/sh
# The README's export pictures, made with brewlanes' own commands (npm run build first):
# the same five customers (seed 7, mixed workload) on 2 barista threads in each of the
# four modes, saved and exported as the svg slide; the hybrid run as a light PNG; and
# `brewlanes compare` of every mode as one slide; the thread sweep's chart. Every figure
# is measured in its run.
#   sh media/make-exports.sh
set -e
cd "$(dirname "$0")/.."
runs=$(mktemp -d)
for mode in sequential concurrent parallel hybrid; do
  node dist/cli.js --plain --mode "$mode" --workers 2 --save "$runs/$mode.json" >/dev/null
  node dist/cli.js export "$runs/$mode.json" --format svg --out "media/$mode.svg" --force
done
node dist/cli.js export "$runs/hybrid.json" --format png --theme light --out media/hybrid-light.png --force
node dist/cli.js compare --workers 2 --out media/compare.svg --force | grep '^wrote'
node dist/cli.js sweep --out media/sweep.svg --force | grep '^wrote'
rm -r "$runs"
