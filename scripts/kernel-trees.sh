#!/usr/bin/env bash
# Kernel trees for the tests, from Debian's linux-source-6.1 / linux-source-6.12 packages.
#
# Why: mmstep's tests run a real kernel's mm/migrate_device.c (issue 8), but kernel code is GPL
# and never enters this repository. Debian installs each tree as one xz tarball; decompressing
# it takes seconds, so this script extracts ONLY the files the tests (and the API table in
# docs/kernel-api.md) need, once, into a cache outside the repository, laid out like a tree
# (top Makefile with VERSION/PATCHLEVEL, mm/, lib/, include/, tools/...), so mmstep's kernel-tree
# detection (src/sim/kernel-tree.ts) recognises it.
#
# Usage: scripts/kernel-trees.sh [--force] [--quiet] [--list] [VERSION...]   (VERSION: 6.1, 6.12)
#   --list prints the files extracted per version (relative to the tree's top) and does nothing else.
#   Cache: ${MMSTEP_KERNEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mmstep/kernel-trees}/linux-<VERSION>
#   Prints one line per tree: "linux-<VERSION> <path>". Idempotent: a tree whose stamp matches the
#   tarball (size, mtime) and the member list below is left alone (--force re-extracts).
#   Exit 1 with the exact apt command when a tarball is missing; 2 on a usage error or when the
#   cache would lie inside this repository (kernel code never enters it).
set -euo pipefail

SRC_DIR=${MMSTEP_KERNEL_SRC_DIR:-/usr/src}
CACHE=${MMSTEP_KERNEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mmstep/kernel-trees}

# Files every version needs, relative to the tree's top. The first group is what the tests run
# or read (the version comes from the Makefile); the second is reference only, for the API table
# and the authors of mmstep's compatibility headers (mmstep never includes a tree's headers).
COMMON_MEMBERS=(
  Makefile
  mm/migrate_device.c
  mm/hmm.c
  lib/test_hmm.c
  lib/test_hmm_uapi.h
  # hmm-tests' hmm_gup_test opens /sys/kernel/debug/gup_test (CONFIG_GUP_TEST)
  mm/gup_test.c
  mm/gup_test.h
  # reference
  mm/gup.c
  mm/internal.h
  mm/migrate.c
  Documentation/mm/hmm.rst
  include/linux/migrate.h
  include/linux/migrate_mode.h
  include/linux/memremap.h
  include/linux/swapops.h
  include/linux/mm.h
  include/linux/mm_types.h
  include/linux/mm_inline.h
  include/linux/page-flags.h
  include/linux/pgtable.h
  include/linux/rmap.h
  include/linux/mmu_notifier.h
  include/linux/pagewalk.h
  include/linux/gfp.h
  include/linux/gfp_types.h
  include/linux/highmem.h
  include/linux/hmm.h
  include/linux/huge_mm.h
  include/linux/swap.h
  include/linux/pagemap.h
  include/linux/oom.h
  include/linux/export.h
  include/linux/memcontrol.h
  include/linux/userfaultfd_k.h
  include/linux/hugetlb_inline.h
  include/linux/fs.h
  include/linux/printk.h
  include/linux/page_ref.h
  include/linux/mmzone.h
  include/linux/mm_types_task.h
  include/asm-generic/cacheflush.h
  mm/util.c
  arch/x86/include/asm/pgtable.h
  arch/x86/include/asm/pgtable_64.h
  arch/x86/include/asm/pgtable_types.h
  arch/x86/include/asm/paravirt.h
  arch/x86/include/asm/tlbflush.h
)
# The hmm selftest moved from selftests/vm to selftests/mm in 6.3.
members_for() {
  case "$1" in
    6.1) printf '%s\n' "${COMMON_MEMBERS[@]}" tools/testing/selftests/vm/hmm-tests.c ;;
    6.12) printf '%s\n' "${COMMON_MEMBERS[@]}" tools/testing/selftests/mm/hmm-tests.c ;;
    *) return 1 ;;
  esac
}

FORCE=0
QUIET=0
LIST=0
VERSIONS=()
for a in "$@"; do
  case "$a" in
    --force) FORCE=1 ;;
    --quiet) QUIET=1 ;;
    --list) LIST=1 ;;
    -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    6.1 | 6.12) [[ " ${VERSIONS[*]-} " == *" $a "* ]] || VERSIONS+=("$a") ;;
    *) echo "kernel-trees.sh: unknown argument '$a' (versions: 6.1, 6.12; options: --force, --quiet, --list)" >&2; exit 2 ;;
  esac
done
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=(6.1 6.12)
if [ "$LIST" = 1 ]; then
  for v in "${VERSIONS[@]}"; do members_for "$v" | sed "s|^|$v |"; done
  exit 0
fi

log() { [ "$QUIET" = 1 ] || echo "$*" >&2; }

# Kernel code is GPL and never goes into the (MIT) repository: refuse a cache inside it.
REPO=$(cd "$(dirname "$0")/.." && pwd -P)
CACHE_REAL=$(realpath -m "$CACHE")
case "$CACHE_REAL/" in
  "$REPO"/*) echo "kernel-trees.sh: the cache $CACHE is inside the repository $REPO; kernel trees must stay outside it (set MMSTEP_KERNEL_CACHE elsewhere)" >&2; exit 2 ;;
esac

# Missing tarballs first, all of them in one message, before any work starts.
missing=()
for v in "${VERSIONS[@]}"; do
  [ -f "$SRC_DIR/linux-source-$v.tar.xz" ] || missing+=("linux-source-$v")
done
if [ ${#missing[@]} -gt 0 ]; then
  {
    for p in "${missing[@]}"; do echo "kernel-trees.sh: $SRC_DIR/$p.tar.xz is missing (Debian package $p)"; done
    echo "install with:"
    echo "  apt-get install -y ${missing[*]}"
  } >&2
  exit 1
fi

# What a complete tree was made from: the tarball's identity and the member list.
stamp_for() {
  local v=$1 tarball=$SRC_DIR/linux-source-$1.tar.xz
  echo "tarball $tarball $(stat -c '%s %Y' "$tarball")"
  members_for "$v" | sha256sum | cut -d' ' -f1
}

# Extract one version into a fresh directory beside the tree, then swap it in, so an interrupted
# run never leaves a half-extracted tree that looks complete.
extract() {
  local v=$1 dest=$CACHE/linux-$1 tarball=$SRC_DIR/linux-source-$1.tar.xz
  local tmp
  tmp=$(mktemp -d "$CACHE/.linux-$v.XXXXXX")
  # Runs in its own background subshell: an interrupted extraction leaves nothing behind.
  trap 'rm -rf "$tmp"' EXIT
  local -a members=()
  mapfile -t members < <(members_for "$v" | sed "s|^|linux-source-$v/|")
  local t0=$SECONDS
  if ! tar -xJf "$tarball" -C "$tmp" --strip-components=1 "${members[@]}"; then
    rm -rf "$tmp"
    echo "kernel-trees.sh: extracting from $tarball failed" >&2
    return 1
  fi
  local f
  while read -r f; do
    [ -f "$tmp/$f" ] || { rm -rf "$tmp"; echo "kernel-trees.sh: $f missing after extracting $tarball" >&2; return 1; }
  done < <(members_for "$v")
  stamp_for "$v" >"$tmp/.mmstep-kernel-tree"
  rm -rf "$dest"
  mv "$tmp" "$dest"
  log "linux-$v: extracted ${#members[@]} files in $((SECONDS - t0))s"
}

mkdir -p "$CACHE"
pids=()
todo=()
for v in "${VERSIONS[@]}"; do
  dest=$CACHE/linux-$v
  if [ "$FORCE" = 0 ] && [ -f "$dest/.mmstep-kernel-tree" ] && [ "$(cat "$dest/.mmstep-kernel-tree")" = "$(stamp_for "$v")" ]; then
    log "linux-$v: up to date"
    continue
  fi
  # Each version decompresses its own tarball: run them side by side.
  extract "$v" &
  pids+=($!)
  todo+=("$v")
done
rc=0
for k in "${!pids[@]}"; do
  wait "${pids[$k]}" || { echo "kernel-trees.sh: linux-${todo[$k]} failed" >&2; rc=1; }
done
[ "$rc" = 0 ] || exit "$rc"

for v in "${VERSIONS[@]}"; do
  echo "linux-$v $CACHE/linux-$v"
done
