import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = engineBindings.SchemaEngine;

let loaded: Promise<typeof engineBindings> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly: the same migration logic as the native
 * engine the CLI downloads, but shipped in an npm package, so migrations work offline.
 */
function loadEngineBindings(): Promise<typeof engineBindings> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmBytes = await readFile(path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": withUnrefTimers(engineBindings) });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings;
  })();
  return loaded;
}

/**
 * The engine arms timers it never clears (on PostgreSQL, a 10-second timeout around its
 * migration lock), which would keep a finished CLI alive for ten seconds. Its timers still
 * fire; they just no longer hold the process open.
 */
function withUnrefTimers(bindings: typeof engineBindings): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(bindings as unknown as WebAssembly.ModuleImports) };
  for (const name of Object.keys(bindings)) {
    if (!name.startsWith("__wbg_setTimeout_")) continue;
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/**
 * Runs `work` with a schema engine bound to the given adapter factory and schema, then frees
 * the engine and closes every connection it opened.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: { fileName: string; text: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bindings = await loadEngineBindings();
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(await adapterFactory.connect()),
    connectToShadowDb: async () => remember(await adapterFactory.connectToShadowDb()),
  };
  function remember(adapter: SqlDriverAdapter) {
    opened.push(adapter);
    return adapter;
  }

  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.fileName, schema.text]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}
