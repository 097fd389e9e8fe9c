//! Code generation: the Stripe IR → Rust models, Postgres DDL and migrations, FDW SQL.
//!
//! Emitters are functions from plain data to text; [`generate`] collects every generated file
//! of the workspace in memory, and the caller (xtask) writes or compares them.

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

/// Generates everything for one API version.
pub fn generate(api: &Api) -> GeneratedTree {
    let tables = sql::model::plan_tables(api);
    let mut files = BTreeMap::new();
    for (path, src) in rust::emit_files(api, &tables) {
        files.insert(format!("{MODEL_DIR}/{path}"), src);
    }
    GeneratedTree { files }
}

/// FNV-1a, for short deterministic name hashes.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100000001b3))
}
