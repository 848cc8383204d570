#!/usr/bin/env bash
# `npm run test:all`: every browser test in Chromium, Firefox and WebKit (web-test-runner.all.config.mjs).
#
# WebKit is WebKitGTK's MiniBrowser driven through WebKitWebDriver; MiniBrowser has no headless mode, so this script
# starts a virtual X display (Xvfb, on a free display number) and WebKitWebDriver (on a free port), runs the tests,
# and stops both by their PIDs when it ends, whether the tests pass, fail or are interrupted.
#
#   npm run test:all                                          # every engine, every test
#   npm run test:all -- "src/components/priorities/*.test.ts" # some files
#   MES_ENGINES=firefox,webkit npm run test:all               # some engines
#   MES_WEBKIT_TZ=Asia/Tokyo npm run test:all                 # WebKit's (real) time zone; America/New_York by default
#
# Needs the Debian packages chromium, firefox-esr, webkit2gtk-driver and xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

engines="${MES_ENGINES:-chromium,firefox,webkit}"
export MES_ENGINES="$engines"

runner_pid="" driver_pid="" xvfb_pid="" workdir=""

# Stops one process we started, by its PID: the signal, up to 10 s to end, then KILL.
stop() {
  local pid="$1" signal="$2"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -"$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # The runner closes its browsers on INT (its own Ctrl+C); a MiniBrowser that WebKitWebDriver still runs is its child.
  stop "$runner_pid" INT
  if [ -n "$driver_pid" ]; then
    for child in $(cat /proc/"$driver_pid"/task/*/children 2>/dev/null); do stop "$child" TERM; done
  fi
  stop "$driver_pid" TERM
  stop "$xvfb_pid" TERM
  if [ -n "$workdir" ]; then
    if [ "$status" -ne 0 ] && [ -s "$workdir/webkitwebdriver.log" ]; then
      echo "--- WebKitWebDriver log (last lines)" >&2
      tail -n 20 "$workdir/webkitwebdriver.log" >&2
    fi
    rm -rf "$workdir"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ",$engines," == *",webkit,"* ]]; then
  for tool in Xvfb WebKitWebDriver; do
    command -v "$tool" >/dev/null || { echo "test:all: $tool is missing (apt-get install xvfb webkit2gtk-driver)" >&2; exit 1; }
  done
  workdir="$(mktemp -d "${TMPDIR:-/tmp}/mes-test-all.XXXXXX")"

  # Xvfb picks a free display and writes its number to fd 3.
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$workdir/display" 2>"$workdir/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -s "$workdir/display" ] && break; sleep 0.1; done
  [ -s "$workdir/display" ] || { echo "test:all: Xvfb did not start:" >&2; cat "$workdir/xvfb.log" >&2; exit 1; }
  export DISPLAY=":$(tr -d '[:space:]' <"$workdir/display")"

  webkit_tz="${MES_WEBKIT_TZ:-America/New_York}"
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  # WebKit's WebDriver cannot emulate a time zone, so its browser runs in a real one far from Minsk and from UTC
  # (MES_WEBKIT_TZ): the whole suite then also runs once in a zone that is not emulated, and the tests that ask for
  # that zone run in WebKit too; those that ask for another zone are skipped there, saying why.
  TZ="$webkit_tz" WebKitWebDriver --port="$port" >"$workdir/webkitwebdriver.log" 2>&1 &
  driver_pid=$!
  ready=""
  for _ in $(seq 50); do
    node -e "fetch('http://127.0.0.1:$port/status').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && ready=1 && break
    sleep 0.2
  done
  [ -n "$ready" ] || { echo "test:all: WebKitWebDriver did not start:" >&2; cat "$workdir/webkitwebdriver.log" >&2; exit 1; }
  export WEBKIT_WEBDRIVER_PORT="$port"
  echo "WebKit: WebKitWebDriver on port $port, display $DISPLAY, time zone $webkit_tz"
fi

echo "Engines: $engines"
# In the background and waited for, so that a TERM or INT reaches the traps at once; the runner itself (not an npx
# wrapper) so that its PID is the one stopped.
node_modules/.bin/web-test-runner --config web-test-runner.all.config.mjs "$@" &
runner_pid=$!
wait "$runner_pid"
