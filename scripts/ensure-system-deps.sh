#!/usr/bin/env bash
# Ensure the Debian packages the checks need are installed:
# chromium (Playwright e2e via executablePath) and fonts-noto-cjk (Chinese glyphs in pages/screenshots).
# Usage: bash scripts/ensure-system-deps.sh [extra-debian-package ...]
# Installs what is missing when run as root; otherwise prints one line to stderr and exits 1.
set -euo pipefail

packages=(chromium fonts-noto-cjk "$@")

dpkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

is_present() {
  case "$1" in
    chromium)
      command -v chromium >/dev/null 2>&1
      ;;
    fonts-noto-cjk)
      if command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto.*CJK'; then
        return 0
      fi
      dpkg_installed fonts-noto-cjk
      ;;
    *)
      dpkg_installed "$1"
      ;;
  esac
}

find_missing() {
  missing=()
  local seen=' ' pkg
  for pkg in "${packages[@]}"; do
    [[ -z "$pkg" || "$seen" == *" $pkg "* ]] && continue
    seen+="$pkg "
    is_present "$pkg" || missing+=("$pkg")
  done
}

find_missing
[[ ${#missing[@]} -eq 0 ]] && exit 0

list="${missing[*]}"
if [[ " $list " == *" chromium "* ]]; then label='缺少 Chromium'; else label='缺少系统依赖'; fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-deps: installing missing Debian packages: $list" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2
  find_missing
  if [[ ${#missing[@]} -ne 0 ]]; then
    echo "${label}：apt-get 安装后仍缺少 ${missing[*]} (missing Debian packages after install: ${missing[*]})" >&2
    exit 1
  fi
  exit 0
fi

echo "${label}：请先运行 sudo apt-get install -y ${list} (missing Debian packages: ${list})" >&2
exit 1
