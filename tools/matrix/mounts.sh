#!/usr/bin/env bash
# Mount (or unmount) what a matrix root needs to run QGIS and PostgreSQL: proc, sys, dev, /dev/shm.
#   tools/matrix/mounts.sh mount|umount ROOT
set -euo pipefail
action=${1:?mount|umount}
root=${2:?root folder}
case "$action" in
  mount)
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
    mountpoint -q "$root/sys" || { mount --rbind /sys "$root/sys"; mount --make-rslave "$root/sys"; }
    mountpoint -q "$root/dev" || { mount --rbind /dev "$root/dev"; mount --make-rslave "$root/dev"; }
    ;;
  umount)
    for point in "$root/src" "$root/dev" "$root/sys" "$root/proc"; do
      mountpoint -q "$point" 2>/dev/null && umount -R -l "$point"
    done
    true
    ;;
  *) echo "mount or umount" >&2; exit 2 ;;
esac
