//! Code generation: the Stripe IR → Rust models, Postgres DDL and migrations, FDW SQL.
//!
//! Emitters are functions from plain data to text; [`generate`] collects every generated file
//! of the workspace in memory, and the caller (xtask) writes or compares them.

pub mod chain;
pub mod fdw;
pub mod lists;
pub mod names;
pub mod rust;
pub mod sql;

use std::collections::BTreeMap;

use stripe_openapi::ir::Api;

/// Every generated file, by path relative to the workspace root.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GeneratedTree {
    pub files: BTreeMap<String, String>,
}

/// Where generated Rust goes, relative to the workspace root.
pub const MODEL_DIR: &str = "stripe-model/src/generated";
/// Where the migration chain lives; `stripe-sync` embeds every file in it.
pub const MIGRATIONS_DIR: &str = "stripe-sync/migrations";
/// Committed schema snapshots (`<version>.json`) and the current full DDL (`current.sql`).
pub const SCHEMA_DIR: &str = "stripe-sync/schema";
/// Foreign-table SQL for the supabase wrappers Stripe FDW.
pub const FDW_DIR: &str = "stripe-sync/fdw";
/// The migration chain's manifest: every migration and what it does, as data.
pub const CHAIN_FILE: &str = "stripe-sync/schema/chain.json";
/// The generated list of embedded migrations.
pub const EMBED_FILE: &str = "stripe-sync/src/generated_migrations.rs";
/// The generated list of typed columns stripe-sync writes, with their expressions.
pub const WRITTEN_COLUMNS_FILE: &str = "stripe-sync/src/generated_columns.rs";
/// The generated list plan: where each table's rows are listed from.
pub const LISTS_FILE: &str = "stripe-sync/src/generated_lists.rs";
/// The list plan for people: per table, where its rows come from.
pub const SOURCES_DOC: &str = "stripe-sync/SOURCES.md";

/// Why a version's files could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error(transparent)]
    Chain(#[from] chain::ChainError),
    #[error(transparent)]
    ListDefaults(#[from] stripe_openapi::ir::lists::DefaultsError),
}

/// Generates the models only (no migration chain): for trying a spec out.
pub fn generate(api: &Api) -> GeneratedTree {
    let tables = sql::model::plan_tables(api);
    let mut files = BTreeMap::new();
    for (path, src) in rust::emit_files(api, &tables) {
        files.insert(format!("{MODEL_DIR}/{path}"), src);
    }
    GeneratedTree { files }
}

/// Generates everything for one API version: models, the schema snapshot and full DDL, and the
/// next migration of `chain` (or the head migration again, when `chain` already ends at it).
pub fn generate_all(
    api: &Api,
    spec_blob: &str,
    chain: &chain::Chain,
    opts: sql::migration::MigrationOptions,
) -> Result<GeneratedTree, GenerateError> {
    generate_all_with_fdw_schema(api, spec_blob, chain, opts, fdw::DEFAULT_SCHEMA)
}

/// [`generate_all`], with the FDW's foreign tables in `fdw_schema`.
pub fn generate_all_with_fdw_schema(
    api: &Api,
    spec_blob: &str,
    chain: &chain::Chain,
    opts: sql::migration::MigrationOptions,
    fdw_schema: &str,
) -> Result<GeneratedTree, GenerateError> {
    let mut tree = generate(api);
    let tables = sql::model::plan_tables(api);
    let plan = stripe_openapi::ir::lists::plan(api)?;
    tree.files.insert(LISTS_FILE.to_string(), lists::runtime_file(&plan, &tables));
    tree.files.insert(SOURCES_DOC.to_string(), lists::sources_doc(api, &plan, &tables));
    for (name, content) in fdw::setup_files(api, &tables, fdw_schema) {
        tree.files.insert(format!("{FDW_DIR}/{name}"), content);
    }
    let snapshot = sql::migration::SchemaSnapshot { version: api.version.clone(), spec_blob: spec_blob.into(), tables };
    for (path, content) in chain::next(chain, &snapshot, opts)? {
        tree.files.insert(path, content);
    }
    Ok(tree)
}

/// FNV-1a, for short deterministic name hashes.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100000001b3))
}
