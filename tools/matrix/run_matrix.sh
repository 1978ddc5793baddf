#!/usr/bin/env bash
# The whole test suite on every QGIS version of the matrix, each in its own Debian root.
#   tools/matrix/run_matrix.sh [VERSION…]   (default: 3.40 3.44)
# Prints one summary line per version; exits non-zero when any version fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(3.40 3.44)
mkdir -p .cache/matrix
status=0
summary=()
for version in "${versions[@]}"; do
  log=.cache/matrix/test-$version.log
  start=$SECONDS
  if ! tools/matrix/build_root.sh "$version"; then
    summary+=("QGIS $version: FAILED to build the root (see .cache/matrix/qgis-$version.log)")
    status=1
    continue
  fi
  qgis=$(chroot ".cache/matrix/qgis-$version" dpkg-query -W -f '${Version}' qgis)
  echo "[matrix] QGIS $qgis: running the suite (log: $log)"
  # The suite's own status, read straight after the pipeline: with pipefail, "|| true" would run (the pipeline
  # fails with the suite) and leave PIPESTATUS its own 0, so a failing version was reported "ok".
  tools/matrix/run_in_root.sh "$version" tests 2>&1 | tee "$log" | grep -E '^(FAILED|ERROR)'
  rc=${PIPESTATUS[0]}
  last=$(grep -E '(passed|failed|error)' "$log" | tail -n 1 | sed 's/=//g; s/^ *//; s/ *$//')
  if [ "$rc" -eq 0 ]; then verdict=ok; else verdict=FAILED; status=1; fi
  summary+=("QGIS $qgis: $verdict — ${last:-no pytest summary} ($((SECONDS - start)) s)")
done
echo
echo "QGIS version matrix:"
printf '  %s\n' "${summary[@]}"
exit $status
