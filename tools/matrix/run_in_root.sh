#!/usr/bin/env bash
# Run a command of the test suite inside a matrix root, with this checkout bound at /src.
#   tools/matrix/run_in_root.sh 3.44 [pytest arguments…]   (default: the whole suite)
#   tools/matrix/run_in_root.sh 3.44 -- python tools/bench/run_bench.py   (any command, venv first)
# Artifacts go to tests/artifacts/qgis-VERSION so runs on several versions do not mix.
# Roots share the host's abstract sockets, so each root's desktop tests start Xvfb at its own display
# number (3.44 from :3440), and the versions can run side by side; each keeps its QGIS settings apart.
# ZR_SRC=folder runs another checkout of the plugin (e.g. a git worktree) instead of this one.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?usage: run_in_root.sh VERSION [pytest args]}
shift
root=$PWD/.cache/matrix/qgis-$version
[ -f "$root/.zoning-review-root" ] || tools/matrix/build_root.sh "$version"
# One run at a time per root: the mounts below are the run's own.
exec 9>"$root.lock"
flock 9
tools/matrix/mounts.sh mount "$root"
mkdir -p "$root/src"
mountpoint -q "$root/src" && umount -R -l "$root/src"
src=${ZR_SRC:-$PWD}
mount --bind "$src" "$root/src"
# What a suite writes into the checkout it runs from, each root its own, fresh for every run as in a new checkout:
# pytest-qgis keeps QGIS's settings in .qgis-settings (a test switching the UI language in one version's suite
# switched it under the other's running beside it), hypothesis its examples in .hypothesis.
for kept in .qgis-settings .hypothesis; do
  rm -rf "$root/var/zoning-review$kept"
  mkdir -p "$src/$kept" "$root/var/zoning-review$kept"
  mount --bind "$root/var/zoning-review$kept" "$root/src/$kept"
done
# A git worktree's .git points into the main repository: bind that too, at the same path.
common=$(git -C "$src" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
if [ -n "$common" ] && [ "$common" != "$src/.git" ]; then
  mkdir -p "$root$common"
  mountpoint -q "$root$common" || mount --bind "$common" "$root$common"
fi
trap '[ -n "${common:-}" ] && mountpoint -q "$root$common" && umount -l "$root$common"; tools/matrix/mounts.sh umount "$root"' EXIT
[ $# -gt 0 ] || set -- tests
if [ "$1" = "--" ]; then shift; else set -- python -m pytest -q -ra -p no:cacheprovider "$@"; fi
chroot "$root" /usr/bin/env -i PATH=/opt/venv/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen ZR_ARTIFACTS="/src/tests/artifacts/qgis-$version" \
  ZR_QGIS_MATRIX="$version" ZR_XVFB_SERVER="${version//./}0" CI="${CI:-}" PROJ_DATA=/usr/share/proj \
  /bin/sh -c 'cd /src && exec "$@"' run "$@"
