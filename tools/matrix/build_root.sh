#!/usr/bin/env bash
# Build (once) a Debian root holding one QGIS version of the test matrix, under .cache/matrix/.
#   tools/matrix/build_root.sh 3.40|3.44
# The root gets QGIS from Debian's packages, the suite's other Debian packages, and a venv with
# the pure-Python test tools (wheels fetched on the host for the root's Python). A root is
# rebuilt when its stamp is missing, so an interrupted build starts again from scratch.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=${1:?usage: build_root.sh 3.40|3.44}
case "$version" in
  3.40) suite=bookworm; backports=bookworm-backports; pyver=3.11 ;;
  3.44) suite=trixie; backports=trixie-backports; pyver=3.13 ;;
  *) echo "unknown QGIS version of the matrix: $version (3.40 or 3.44)" >&2; exit 2 ;;
esac
root=$PWD/.cache/matrix/qgis-$version
stamp=$root/.zoning-review-root
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(sha256sum tools/matrix/build_root.sh tools/matrix/requirements.txt | sha256sum)" ] && exit 0

mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

tools/matrix/mounts.sh umount "$root" 2>/dev/null || true
rm -rf "$root"
mkdir -p "$root"
echo "[matrix] debootstrap $suite → $root"
debootstrap --variant=minbase --include=ca-certificates "$suite" "$root" "$mirror" >"$root.log" 2>&1 \
  || { tail -20 "$root.log"; exit 1; }
echo "deb $mirror $backports main" > "$root/etc/apt/sources.list.d/backports.list"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# The host's extra CA certificates (a proxy of the package registries may need them).
if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
  cp /usr/local/share/ca-certificates/* "$root/usr/local/share/ca-certificates/"
fi

packages="qgis python3-qgis qgis-providers python3-jsonschema python3-yaml xvfb xauth fonts-noto-cjk
  poppler-utils python3-venv postgresql postgresql-postgis python3-gdal python3-numpy python3-shapely
  python3-pyproj proj-data python3-geopandas pyqt5-dev-tools qttools5-dev-tools git locales
  libreoffice-writer-nogui"
tools/matrix/mounts.sh mount "$root"
trap 'tools/matrix/mounts.sh umount "$root"' EXIT
echo "[matrix] apt-get install QGIS $version from $backports"
chroot "$root" /bin/sh -ec "
  export DEBIAN_FRONTEND=noninteractive
  update-ca-certificates >/dev/null 2>&1 || true
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends -t $backports qgis python3-qgis qgis-providers
  apt-get install -y -qq --no-install-recommends $(echo $packages)
  sed -i 's/^# *zh_CN.UTF-8/zh_CN.UTF-8/' /etc/locale.gen && locale-gen >/dev/null
  apt-get clean
" >>"$root.log" 2>&1 || { tail -30 "$root.log"; exit 1; }

# Pure-Python test tools: wheels fetched here for the root's Python, installed there offline.
wheels=$root/opt/zoning-review-wheels
mkdir -p "$wheels"
py=$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo /usr/bin/python3 )
$py -m pip download -q --disable-pip-version-check --only-binary=:all: --python-version "$pyver" \
  --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
  --platform manylinux2014_x86_64 -d "$wheels" -r tools/matrix/requirements.txt \
  2>>"$root.log"
cp tools/matrix/requirements.txt "$wheels/requirements.txt"
chroot "$root" /bin/sh -ec "
  /usr/bin/python3 -m venv --system-site-packages /opt/venv
  /opt/venv/bin/python -m pip install -q --disable-pip-version-check --no-index \
    --find-links /opt/zoning-review-wheels -r /opt/zoning-review-wheels/requirements.txt
" >>"$root.log" 2>&1 || { tail -30 "$root.log"; exit 1; }
qgis_version=$(chroot "$root" dpkg-query -W -f '${Version}' qgis)
echo "[matrix] QGIS $qgis_version ready in $root"
sha256sum tools/matrix/build_root.sh tools/matrix/requirements.txt | sha256sum > "$stamp"
