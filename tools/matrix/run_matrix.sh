#!/usr/bin/env bash
# The whole test suite on every QGIS version of the matrix, each in its own Debian root, side by side
# (each suite runs on one core most of the time; a 2-core machine runs two in the time of one and a bit).
#   tools/matrix/run_matrix.sh [VERSION…]   (default: 3.40 3.44)
# Prints each version's failures and one summary line per version; exits non-zero when any version fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(3.40 3.44)
mkdir -p .cache/matrix
status=0
summary=()
declare -A pids starts
for version in "${versions[@]}"; do
  if ! tools/matrix/build_root.sh "$version"; then
    summary+=("QGIS $version: FAILED to build the root (see .cache/matrix/qgis-$version.log)")
    status=1
    continue
  fi
  log=.cache/matrix/test-$version.log
  echo "[matrix] QGIS $version: running the suite (log: $log)"
  starts[$version]=$SECONDS
  tools/matrix/run_in_root.sh "$version" tests > "$log" 2>&1 &
  pids[$version]=$!
done
for version in "${versions[@]}"; do
  [ -n "${pids[$version]:-}" ] || continue
  wait "${pids[$version]}"
  rc=$?
  log=.cache/matrix/test-$version.log
  qgis=$(chroot ".cache/matrix/qgis-$version" dpkg-query -W -f '${Version}' qgis)
  grep -E '^(FAILED|ERROR)' "$log" | sed "s/^/[QGIS $version] /"
  last=$(grep -E '(passed|failed|error)' "$log" | tail -n 1 | sed 's/=//g; s/^ *//; s/ *$//')
  if [ "$rc" -eq 0 ]; then verdict=ok; else verdict=FAILED; status=1; tail -n 30 "$log"; fi
  summary+=("QGIS $qgis: $verdict — ${last:-no pytest summary} ($((SECONDS - starts[$version])) s)")
done
echo
echo "QGIS version matrix:"
printf '  %s\n' "${summary[@]}"
exit $status
