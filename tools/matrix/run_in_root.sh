#!/usr/bin/env bash
# Run a command of the test suite inside a matrix root, with this checkout bound at /src.
#   tools/matrix/run_in_root.sh 3.44 [pytest arguments…]   (default: the whole suite)
# Artifacts go to tests/artifacts/qgis-VERSION so runs on several versions do not mix.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?usage: run_in_root.sh VERSION [pytest args]}
shift
root=$PWD/.cache/matrix/qgis-$version
[ -f "$root/.zoning-review-root" ] || tools/matrix/build_root.sh "$version"
tools/matrix/mounts.sh mount "$root"
mkdir -p "$root/src"
mountpoint -q "$root/src" || mount --bind "$PWD" "$root/src"
trap 'tools/matrix/mounts.sh umount "$root"' EXIT
[ $# -gt 0 ] || set -- tests
chroot "$root" /usr/bin/env -i PATH=/opt/venv/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen ZR_ARTIFACTS="/src/tests/artifacts/qgis-$version" \
  ZR_QGIS_MATRIX="$version" CI="${CI:-}" \
  /bin/sh -c 'cd /src && exec /opt/venv/bin/python -m pytest -q -ra -p no:cacheprovider "$@"' pytest "$@"
