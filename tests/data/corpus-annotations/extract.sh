#!/usr/bin/env bash
# Extract a corpus list (a held-out-corpus.json) from bare git mirrors of its source repositories.
# Each held-out folder's get.sh calls this with its own list and default target.
#
#   ./extract.sh --list LIST [--default-out DIR] [-o TARGET] [GIT_DIR ...]
#
# GIT_DIR: a git directory of a source repository (a bare mirror, or a clone's .git).
# Give one per repository, in any order. With no GIT_DIR, the script looks under $MIRRORS:
# every "$MIRRORS"/*/repo and "$MIRRORS"/* that is a git directory. A directory is used for an entry when its name contains
# OWNER+NAME, or else when it holds the entry's commit.
#
# Files are written to TARGET (default DIR, else ./corpus) under the name in the entry's "file"
# field, byte for byte as in the repository. Exit status 1 lists the repositories still missing.
set -euo pipefail

list=""
target="./corpus"

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    -o|--out) target="$2"; explicit=1; shift 2 ;;
    --list) list="$2"; shift 2 ;;
    --default-out) [[ -n "${explicit:-}" ]] || target="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    -*) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    *) break ;;
  esac
done

dirs=("$@")
if [[ ${#dirs[@]} -eq 0 ]]; then
  root="${MIRRORS:?give the git directories as arguments, or set MIRRORS to a folder holding them}"
  shopt -s nullglob
  for d in "$root"/*/repo "$root"/*; do
    if [[ -d "$d" ]] && git --git-dir "$d" rev-parse --git-dir >/dev/null 2>&1; then
      dirs+=("$d")
    fi
  done
  shopt -u nullglob
fi
if [[ ${#dirs[@]} -eq 0 ]]; then
  echo "no git directories given and none found under $MIRRORS" >&2
  echo "get the repositories listed in $list, then pass their git directories" >&2
  exit 1
fi

[[ -n "$list" ]] || { echo "--list is needed" >&2; usage >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed to read $list" >&2; exit 2; }
mkdir -p "$target"

# One tab-separated row per entry: repo, commit, path, file.
rows="$(python3 - "$list" <<'PY'
import json, sys
for e in json.load(open(sys.argv[1], encoding="utf-8")):
    print("\t".join((e["repo"], e["commit"], e["path"], e["file"])))
PY
)"

pick_dir() {  # $1 repo, $2 commit -> prints a git dir or nothing
  local repo="$1" commit="$2" key d
  key="${repo/\//+}"
  for d in "${dirs[@]}"; do
    if [[ "$d" == *"$key"* ]] && git --git-dir "$d" cat-file -e "$commit^{commit}" 2>/dev/null; then
      echo "$d"; return
    fi
  done
  for d in "${dirs[@]}"; do
    if git --git-dir "$d" cat-file -e "$commit^{commit}" 2>/dev/null; then
      echo "$d"; return
    fi
  done
}

ok=0; missing=0; declare -A need=()
while IFS=$'\t' read -r repo commit path file; do
  [[ -n "$repo" ]] || continue
  dir="$(pick_dir "$repo" "$commit")"
  if [[ -z "$dir" ]]; then
    missing=$((missing + 1)); need["$repo"]=1
    continue
  fi
  if git --git-dir "$dir" show "$commit:$path" > "$target/$file.part"; then
    mv "$target/$file.part" "$target/$file"
    ok=$((ok + 1))
  else
    rm -f "$target/$file.part"
    echo "failed: $repo $commit:$path" >&2
    missing=$((missing + 1)); need["$repo"]=1
  fi
done <<< "$rows"

echo "extracted $ok file(s) into $target"
if [[ $missing -gt 0 ]]; then
  echo "$missing file(s) missing; these repositories are still needed (with the listed commit):" >&2
  for r in "${!need[@]}"; do echo "  github:$r" >&2; done
  exit 1
fi
