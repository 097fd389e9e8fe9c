//! Support for the integration tests: where the shared specs and fixtures are, loading them,
//! and comparing JSON documents with the path of the first difference.

pub mod basil;
pub mod contract;
pub mod every_list;
pub mod fake_stripe;
pub mod pg;
pub mod proxy;
pub mod schema;
pub mod webhooks;

use std::path::PathBuf;

use serde_json::Value;

/// `$STRIPE_OPENAPI_DIR` (relative to the workspace root), else `../shared/openapi` beside
/// the workspace.
pub fn openapi_dir() -> PathBuf {
    let root = workspace_root();
    stripe_openapi::source::openapi_dir_from_env(&root)
        .unwrap_or_else(|| root.join("..").join("shared").join("openapi"))
}

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// A real spec from the shared directory, parsed and turned into IR.
pub fn load_api(file: &str) -> stripe_openapi::ir::Api {
    let path = openapi_dir().join("specs").join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}; set STRIPE_OPENAPI_DIR", path.display()));
    let spec = stripe_openapi::parse::parse_spec(&path, &bytes).unwrap();
    stripe_openapi::ir::build(&spec)
}

/// `resources` of a `fixtures3.json`, by resource id, sorted.
pub fn load_fixtures(path: &std::path::Path) -> Vec<(String, Value)> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    let mut out: Vec<(String, Value)> = doc["resources"]
        .as_object()
        .expect("fixtures3.json has `resources`")
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The fixtures file of `version` (`STRIPE_FIXTURES` overrides it for 2024-04-10).
pub fn fixtures_path(version: &str) -> PathBuf {
    if version == "2024-04-10" {
        if let Some(p) = std::env::var_os("STRIPE_FIXTURES") {
            return PathBuf::from(p);
        }
    }
    openapi_dir().join("fixtures").join(format!("{version}.fixtures3.json"))
}

/// The first difference between a document and its round-trip, said for a test failure, or
/// `None` if they are equal (numbers compare by value).
pub fn first_difference(expected: &Value, actual: &Value) -> Option<String> {
    use stripe_sync::verify::Difference;
    stripe_sync::verify::first_difference(expected, actual).map(|d| match d {
        Difference::OnlyInFirst(path) => format!("{path}: missing after round-trip"),
        Difference::OnlyInSecond(path) => format!("{path}: added by round-trip"),
        Difference::Changed { path, first, second } => format!("{path}: expected {first}, got {second}"),
    })
}
