#!/bin/sh
# Release verification: the upgrade path from the previous release. The replay starts from
# setup_databases.sql and the baselines as they were at the previous tag and applies the
# migrations added since; the result must equal today's setup_databases.sql (SPEC §7).
#
# Usage: ci/release/verify-release.sh [--since REF] [verify options, e.g. --format junit --output r/]
# Run it from a clone with its tags (CI: fetch-depth 0). Settings: DRIFTGATE (launcher, default
# ./driftgate at the repository root), DRIFTGATE_PROJECT (default .).
set -eu

root=$(git rev-parse --show-toplevel)
cd "$root"

if [ "${1:-}" = "--since" ]; then
  [ $# -ge 2 ] || { echo "verify-release: --since needs a tag or commit" >&2; exit 2; }
  previous=$2
  shift 2
elif ! git rev-parse -q --verify 'HEAD^{commit}' >/dev/null; then
  echo "verify-release: this repository has no commits yet" >&2
  exit 2
elif ! git rev-parse -q --verify 'HEAD^' >/dev/null; then
  echo "verify-release: HEAD is the first commit, so no earlier release exists to upgrade from." >&2
  echo "  Nothing to verify for an upgrade path; ./driftgate verify checks the fresh install." >&2
  exit 2
elif ! previous=$(git describe --tags --abbrev=0 'HEAD^' 2>/dev/null); then
  echo "verify-release: no tag before HEAD, so there is no previous release to upgrade from." >&2
  echo "  If this is the first release, ./driftgate verify checks the fresh install." >&2
  echo "  If releases are tagged but the tags are missing here, fetch them (git fetch --tags;" >&2
  echo "  in CI check out with full history), or name the release: --since TAG." >&2
  exit 2
fi

echo "verify-release: verifying the upgrade path from $previous to $(git describe --tags --always HEAD)" >&2
exec "${DRIFTGATE:-./driftgate}" verify --project "${DRIFTGATE_PROJECT:-.}" --baseline "git:$previous" "$@"
