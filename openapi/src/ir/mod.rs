//! Spec → IR. [`build`] turns a parsed `openapiv3::OpenAPI` into the plain-data [`Api`].

mod build;
mod endpoints;
pub mod lists;
pub mod model;

pub use build::build;
pub use endpoints::is_preview;
pub use lists::{base_name, ListPlan, ListSource, ParentBinding, SourceKind, Unlisted};
pub use model::*;
