#!/usr/bin/env bash
# Make sure the programs the checks run are on this machine:
#   chromium   Playwright's browser for the e2e tests (${CHROMIUM_PATH:-/usr/bin/chromium})
#   soffice    LibreOffice, which turns the Word export into PDF in the unit tests
#   pdftotext  reads those PDFs back
#   cjk-fonts  Chinese glyphs for pages and screenshots (fc-list :lang=zh finds a font)
# Each need is decided by the program itself (or fc-list for the fonts), never by a Debian package
# name: a soffice from any package counts, and nothing already working is touched.
#
# Usage: bash scripts/ensure-system-deps.sh [--check] [need ...]   (default: every need above)
#   --check  only say what is missing (exit 1 if anything is); install nothing.
# Run as root on Debian, it installs only the packages of the missing needs, with
# `apt-get install --no-remove` (apt stops rather than remove any package). Otherwise it prints
# the one line to run and exits 1.
set -euo pipefail

check_only=0
needs=()
for arg in "$@"; do
  case "$arg" in
    --check) check_only=1 ;;
    chromium | soffice | pdftotext | cjk-fonts) needs+=("$arg") ;;
    *)
      echo "ensure-system-deps: unknown need '$arg' (known: chromium soffice pdftotext cjk-fonts)" >&2
      exit 2
      ;;
  esac
done
[[ ${#needs[@]} -eq 0 ]] && needs=(chromium soffice pdftotext cjk-fonts)

has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]]
}

is_present() {
  case "$1" in
    chromium) [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] ;;
    soffice | pdftotext) command -v "$1" >/dev/null 2>&1 ;;
    cjk-fonts) has_cjk_font ;;
  esac
}

# The Debian packages that provide a need.
packages_for() {
  case "$1" in
    chromium) echo chromium ;;
    soffice) echo libreoffice-writer ;;
    pdftotext) echo poppler-utils ;;
    cjk-fonts)
      command -v fc-list >/dev/null 2>&1 || echo fontconfig
      echo fonts-noto-cjk
      ;;
  esac
}

find_missing() {
  missing=()
  local need
  for need in "${needs[@]}"; do
    is_present "$need" || missing+=("$need")
  done
}

find_missing
[[ ${#missing[@]} -eq 0 ]] && exit 0

packages=()
for need in "${missing[@]}"; do
  while read -r pkg; do
    [[ " ${packages[*]} " == *" $pkg "* ]] || packages+=("$pkg")
  done < <(packages_for "$need")
done
what="${missing[*]}"
list="${packages[*]}"
if [[ " $what " == *" chromium "* ]]; then label='缺少 Chromium'; else label='缺少系统依赖'; fi

if [[ $check_only -eq 0 && "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-deps: missing ${what}; installing Debian packages: ${list}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-remove "${packages[@]}" >&2
  find_missing
  if [[ ${#missing[@]} -ne 0 ]]; then
    echo "${label}：apt-get 安装后仍缺少 ${missing[*]} (still missing after installing ${list}: ${missing[*]})" >&2
    exit 1
  fi
  exit 0
fi

echo "${label}（${what}）：请先运行 sudo apt-get install -y --no-remove ${list} (missing: ${what})" >&2
exit 1
