#!/usr/bin/env bash
# Run every fuzz target for SECONDS (default 600) one after the other, seeding the corpora
# with the shipped examples and rate files. Logs go to fuzz/logs/<target>.log; crashes to
# fuzz/artifacts/<target>/. Needs cargo-fuzz (`cargo install cargo-fuzz`); works on stable
# Rust through RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
mkdir -p fuzz/corpus/case_parser fuzz/corpus/rates_parser fuzz/corpus/amount_parser fuzz/logs \
  fuzz/corpus/exercise_parser fuzz/corpus/practice_answer
cp -n assets/examples/*.ron fuzz/corpus/case_parser/
cp -n rates/*.ron assets/examples/profiles/*.ron fuzz/corpus/rates_parser/
cp -n assets/exercises/*.ron fuzz/corpus/exercise_parser/
# A practice answer: one byte choosing the exercise, then a case file (or typed amounts).
for f in assets/examples/*.ron; do
  { printf '\001'; cat "$f"; } > "fuzz/corpus/practice_answer/$(basename "$f")"
done
i=0
for seed in "12 345,50" "12345.50" "-200" "−200" "12 345 kr" "1 234 567" "0,5" "10 000 000" "8000,-" "3 276 NOK"; do
  printf '%s' "$seed" > "fuzz/corpus/amount_parser/seed$i"
  i=$((i + 1))
done
for target in ${TARGETS:-case_parser rates_parser amount_parser exercise_parser practice_answer}; do
  echo "== $target: $seconds s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$target" -- -max_total_time="$seconds" -print_final_stats=1 \
    > "fuzz/logs/$target.log" 2>&1 || echo "$target stopped with a failure; see fuzz/logs/$target.log"
  grep -E "^(stat::number_of_executed_units|Done [0-9]+ runs)|SUMMARY|panicked" "fuzz/logs/$target.log" || true
done
