#!/bin/sh
# `npm run db:generate` (and postinstall): one Prisma client per engine, both from the same models.
# The CLI insists on a schema-engine path even though generating needs none: point it at the stub.
set -e
cd "$(dirname "$0")/.."
export PRISMA_SCHEMA_ENGINE_BINARY=prisma/offline-schema-engine
prisma generate --schema prisma/schema.prisma
prisma generate --schema prisma/postgresql/schema.prisma
