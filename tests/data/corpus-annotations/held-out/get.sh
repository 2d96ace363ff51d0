#!/usr/bin/env bash
# Extract this held-out corpus (held-out-corpus.json beside this script) from bare git mirrors
# of its repositories: ./get.sh [-o TARGET] [GIT_DIR ...] — see ../extract.sh for the details.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../extract.sh" --list "$here/held-out-corpus.json" --default-out ./corpus-heldout "$@"
