#!/usr/bin/env bash
# Installs the Debian packages of the real servers the tests start (redis, WordPress with
# MariaDB and PHP, PostgreSQL, Chromium). Skips what is already there; needs root.
set -euo pipefail
packages=(
    redis-server
    mariadb-server php-cli php-mysql wordpress
    wordpress-theme-twentytwentyone wordpress-theme-twentytwentytwo wordpress-theme-twentytwentythree
    postgresql
    chromium chromium-driver
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "tests need Debian packages: ${missing[*]} (run this script as root)" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
