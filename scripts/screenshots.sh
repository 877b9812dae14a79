#!/usr/bin/env bash
# Screenshots for the README, reproducible: the app on Kestrel at a free port with a fresh, seeded temporary SQLite
# database (BrowserFixture), Debian's chromium driven by Playwright (no browser download), PNGs written to docs/images/:
#   beranda.png           the dashboard as Pimpinan, 1366 px wide
#   isian-realisasi.png   the realisation entry form as the satker admin of BBPPKS Padang
# The test FotoLayar is skipped in the normal test run; this script runs only it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -x scripts/ensure-chromium.sh ]; then scripts/ensure-chromium.sh; fi

out="$(pwd)/docs/images"
mkdir -p "$out"
SAKIP_FOTO_DIR="$out" dotnet test tests/Sakip.Web.Tests --nologo -v q --filter "Category=Foto"
ls -l "$out/beranda.png" "$out/isian-realisasi.png"
