//! IR → the `stripe-model` crate's generated modules.

pub mod emit;
pub mod plan;
mod registry;
mod shapes;

use std::collections::BTreeMap;

use stripe_openapi::ir::Api;

use crate::sql::model::Table;

/// Every generated file of `stripe-model`, by path relative to `stripe-model/src/generated/`.
pub fn emit_files(api: &Api, tables: &[Table]) -> BTreeMap<String, String> {
    let model = plan::plan(api);
    let mut files: BTreeMap<String, String> =
        emit::emit_modules(&model).into_iter().map(|(m, src)| (format!("{m}.rs"), src)).collect();
    let modules: Vec<String> = files.keys().map(|f| f.trim_end_matches(".rs").to_string()).collect();
    files.insert("mod.rs".into(), registry::emit_mod(api, &model, tables, &modules));
    files
}
