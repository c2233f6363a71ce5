#!/usr/bin/env bash
# Start-up time, idle repaints and resident memory of the release binary under Xvfb, next to
# the toolkit's floor (examples/minimal_window.rs: an eframe window with one label, same
# eframe features). Figures go in BENCHMARKS.md. Not a test: nothing here fails on a figure.
#
# Builds nothing itself; first run
#     cargo build --release                            # target/release/utmaling
#     cargo build --release --example minimal_window   # target/release/examples/minimal_window
# (after `cargo bench --no-default-features ...`, build the binary again: that bench leaves a
# target/release/utmaling without the window)
# then
#     scripts/measure-startup.sh [RUNS]                # RUNS start-ups of each (default 10)
#
# Needs Xvfb (Debian package xvfb). For each program and run it records $EPOCHREALTIME just
# before exec and the time the program prints on stderr at the end of its first frame
# (`utmaling-frame 1 <unix-epoch-microseconds>`, printed when UTMALING_FRAME_STATS is set),
# and reports min and median. Then, with the largest example case open: frames drawn in the
# 2 s after the first frame, frames drawn during 5 s of no input after that (target 0), and
# VmRSS/VmHWM from /proc. The app runs with a throw-away HOME, config and data folder and
# --no-user-rates, so it neither reads nor changes anyone's settings or cases.
set -euo pipefail
export LC_ALL=C # $EPOCHREALTIME with a decimal point
cd "$(dirname "$0")/.."

runs=${1:-10}
app=target/release/utmaling
floor=target/release/examples/minimal_window
for bin in "$app" "$floor"; do
  if [ ! -x "$bin" ]; then
    echo "missing $bin: run cargo build --release && cargo build --release --example minimal_window" >&2
    exit 2
  fi
done
command -v Xvfb >/dev/null || { echo "Xvfb not found (apt-get install xvfb)" >&2; exit 2; }
largest=$(ls -S assets/examples/*.ron | head -n 1)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(rustc --version 2>/dev/null || echo 'rustc ?')"

tmp=$(mktemp -d)
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# A display number no other X server uses.
n=$((200 + $$ % 300))
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
export DISPLAY=":$n"

mkdir -p "$tmp/home/config" "$tmp/home/data" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_RUNTIME_DIR="$tmp/runtime"
export UTMALING_DATA_DIR="$tmp/home/data" UTMALING_FRAME_STATS=1
unset UTMALING_RATES_DIR WAYLAND_DISPLAY

pid=""
# start LOG PROGRAM ARGS...: start it in the background, its exec time in LOG.start.
start() {
  local log=$1
  shift
  : >"$log"
  ( printf '%s\n' "$EPOCHREALTIME" >"$log.start"; exec "$@" ) 2>"$log" >/dev/null &
  pid=$!
}

# wait_frame LOG N: wait (up to 60 s) for frame N; prints its time in microseconds.
wait_frame() {
  local at
  for _ in $(seq 1200); do
    at=$(awk -v n="$2" '$1 == "utmaling-frame" && $2 == n { print $3; exit }' "$1")
    if [ -n "$at" ]; then echo "$at"; return 0; fi
    sleep 0.05
  done
  echo "no frame $2 within 60 s; its stderr:" >&2
  cat "$1" >&2
  return 1
}

stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

frames() { grep -c '^utmaling-frame ' "$1" || true; }

# first_frame_ms PROGRAM ARGS...: milliseconds from exec to the end of the first frame.
first_frame_ms() {
  local log="$tmp/run.log" begin end
  start "$log" "$@"
  end=$(wait_frame "$log" 1)
  begin=$(tr -d . <"$log.start")
  stop
  awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.1f\n", (e - b) / 1000 }'
}

# stats: min and median of the numbers on stdin.
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "min %.1f ms, median %.1f ms (%d runs)\n", v[1], m, NR }'; }

echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A samples
# Interleaved, so that a change in the machine's load hits both alike; one warm-up each.
first_frame_ms "$floor" >/dev/null
first_frame_ms "$app" --no-user-rates >/dev/null
for _ in $(seq "$runs"); do
  samples[floor]+="$(first_frame_ms "$floor") "
  samples[app]+="$(first_frame_ms "$app" --no-user-rates) "
  samples[app_case]+="$(first_frame_ms "$app" --no-user-rates "$largest") "
done

floor_stats=$(tr ' ' '\n' <<<"${samples[floor]}" | grep . | stats)
app_stats=$(tr ' ' '\n' <<<"${samples[app]}" | grep . | stats)
case_stats=$(tr ' ' '\n' <<<"${samples[app_case]}" | grep . | stats)
median() { awk '{ print $5 }' <<<"$1"; }
minimum() { awk '{ print $2 }' <<<"$1"; }
echo "start-up, exec to end of first frame:"
echo "  minimal eframe window (floor):  $floor_stats"
echo "  utmaling, no case:              $app_stats"
echo "  utmaling, $(basename "$largest"): $case_stats"
awk -v a="$(median "$app_stats")" -v c="$(median "$case_stats")" -v f="$(median "$floor_stats")" \
  -v am="$(minimum "$app_stats")" -v fm="$(minimum "$floor_stats")" \
  'BEGIN { printf "  ratio to floor: median %.2f (with case %.2f), min %.2f\n", a / f, c / f, am / fm }'

# Idle: frames after start-up settles, and memory, for the app with the largest example and
# for the floor.
idle() {
  local label=$1 log="$tmp/idle.log" first settled after rss hwm
  shift
  start "$log" "$@"
  first=$(wait_frame "$log" 1)
  sleep 2
  settled=$(frames "$log")
  sleep 5
  after=$(frames "$log")
  rss=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
  hwm=$(awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
  stop
  : "$first"
  echo "  $label: $settled frames in the first 2 s, $((after - settled)) frames in 5 s idle; VmRSS $rss MB (peak $hwm MB)"
}
echo "idle and memory (no input; Xvfb has no pointer motion):"
idle "utmaling, $(basename "$largest")" "$app" --no-user-rates "$largest"
idle "minimal eframe window        " "$floor"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
