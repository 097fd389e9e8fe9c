//! Stripe's OpenAPI spec, from a pinned API version to the Stripe-aware IR every emitter reads.
//!
//! Flow: [`versions`] (committed pins) → [`source`] (find the spec locally, or download and
//! verify it into the cache) → [`parse`] (bytes → `openapiv3::OpenAPI`, errors with locations)
//! → [`ir`] (the plain-data model of resources, fields and types).

pub mod ir;
pub mod parse;
pub mod source;
pub mod versions;

use std::path::PathBuf;

/// Everything that can go wrong between "a version name" and "a parsed spec".
/// Each message names the thing and says how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("unknown Stripe API version `{version}`; known versions: {}. Add it to openapi/versions.toml, or pass the spec with --spec PATH", known.join(", "))]
    UnknownVersion { version: String, known: Vec<String> },

    #[error("no spec for Stripe API version `{version}`.\nLooked in:\n{}\n{download}\nSupply it with `--spec PATH`, or put `{version}.spec3.json` (or .yaml) in $STRIPE_OPENAPI_DIR", looked.iter().map(|p| format!("  - {}", p.display())).collect::<Vec<_>>().join("\n"))]
    SpecNotFound { version: String, looked: Vec<PathBuf>, download: String },

    #[error("downloaded spec for `{version}` from {url} has git blob {actual}, but versions.toml pins {expected}; it was not cached. The download was corrupted or tampered with; retry, or pass a trusted file with --spec PATH")]
    ChecksumMismatch { version: String, url: String, expected: String, actual: String },

    #[error("cannot read spec file {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },

    #[error("cannot write spec cache {}: {source}", path.display())]
    Cache { path: PathBuf, source: std::io::Error },

    #[error("malformed spec {}: at `{location}`: {message}", path.display())]
    Malformed { path: PathBuf, location: String, message: String },
}
