//! Spec → IR. [`build`] turns a parsed `openapiv3::OpenAPI` into the plain-data [`Api`].

mod build;
mod endpoints;
pub mod model;

pub use build::build;
pub use model::*;
