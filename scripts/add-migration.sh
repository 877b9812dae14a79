#!/usr/bin/env bash
# Adds a migration with the same name to both provider sets (SQLite and SQL Server), from the one model.
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for p in Sqlite SqlServer; do
  dotnet dotnet-ef migrations add "$name" \
    --project "src/Sakip.Migrations.$p" --startup-project "src/Sakip.Migrations.$p" \
    --context SakipDbContext --output-dir Migrations
done
