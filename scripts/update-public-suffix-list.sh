#!/usr/bin/env bash
# Refreshes the shipped Public Suffix List (MPL-2.0): from publicsuffix.org when reachable, else from Debian's
# `publicsuffix` package. Checks the result looks like the list before replacing the shipped copy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/core/src/main/resources/org/sextortionshield/domain/public_suffix_list.dat"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
if curl -fsSL --max-time 60 https://publicsuffix.org/list/public_suffix_list.dat -o "$tmp" 2>/dev/null; then
  source="publicsuffix.org"
else
  command -v apt-get >/dev/null || { echo "update-public-suffix-list: no network and no apt-get" >&2; exit 1; }
  apt-get install -y -q publicsuffix >/dev/null
  cp /usr/share/publicsuffix/public_suffix_list.dat "$tmp"
  source="Debian publicsuffix $(dpkg-query -W -f='${Version}' publicsuffix)"
fi
grep -q "===BEGIN ICANN DOMAINS===" "$tmp" && grep -q "===BEGIN PRIVATE DOMAINS===" "$tmp" \
  || { echo "update-public-suffix-list: the download does not look like the list" >&2; exit 1; }
mv "$tmp" "$dest"
trap - EXIT
echo "public_suffix_list.dat updated from $source ($(grep -cv '^//\|^$' "$dest") rules); note the version in" \
  "PUBLIC_SUFFIX_LIST.NOTICE.txt"
