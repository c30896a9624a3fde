#!/usr/bin/env bash
# Resident memory of a Modular host at idle (issue 15: "idle resident memory under 200 MB").
#
#   bench/http/idle-memory.sh starts [N]   N fresh hosts (default 3) one after the other, each started with
#                                          start-host.sh (Release, Production settings) and stopped again; samples
#                                          5 s and 30 s after /health/ready
#   bench/http/idle-memory.sh sample [S]   the host start-host.sh is running (left running): a sample now and one
#                                          S seconds later (default 30), e.g. right after bench/http/run.sh
#
# One line per sample, from /proc/<pid>/status: VmRSS and its three parts (RssAnon: GC heap, native heap, stacks;
# RssFile: mapped assemblies and native libraries; RssShmem: the runtime's double-mapped executable memory, i.e. JIT
# code, stubs and type-loader data under W^X), in KiB, plus VmRSS in decimal MB and the thread count.
# Same settings as start-host.sh (BENCH_STATE_DIR, BENCH_DATABASE, BENCH_ADMIN_*, BENCH_NO_BUILD, BENCH_HOST_ENV);
# with `starts`, every start after the first reuses the first one's build.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"

die() { printf 'idle-memory: error: %s\n' "$*" >&2; exit 2; }

sample() { # label pid
  local status
  status=$(cat "/proc/$2/status" 2>/dev/null) || die "host pid $2 is gone"
  awk -v label="$1" '
    /^VmRSS:/ { rss = $2 } /^RssAnon:/ { anon = $2 } /^RssFile:/ { file = $2 } /^RssShmem:/ { shmem = $2 }
    /^Threads:/ { threads = $2 }
    END { printf "%-16s VmRSS %7d KiB = %6.1f MB | anon %6d  file %6d  shmem %6d KiB | threads %d\n",
                 label, rss, rss * 1.024 / 1000, anon, file, shmem, threads }' <<<"$status"
}

running_pid() {
  local state
  state=$("$HERE/start-host.sh" status)
  [[ $state == running* ]] || die "no host is running (bench/http/start-host.sh start)"
  read -r _ pid _ <<<"$state"
  echo "$pid"
}

case "${1:-}" in
  starts)
    n=${2:-3}
    for ((i = 1; i <= n; i++)); do
      out=$("$HERE/start-host.sh" start 2>/dev/null) || die "start $i failed (run start-host.sh start to see why)"
      pid=${out##* }
      sleep 5
      sample "start $i, +5 s" "$pid"
      sleep 25
      sample "start $i, +30 s" "$pid"
      "$HERE/start-host.sh" stop 2>/dev/null
      export BENCH_NO_BUILD=1
    done
    ;;
  sample)
    pid=$(running_pid)
    sample "now" "$pid"
    sleep "${2:-30}"
    sample "+${2:-30} s" "$pid"
    ;;
  *) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
