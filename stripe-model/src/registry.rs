//! Metadata about each resource, generated from the spec and read by the runtime.

/// One resource of the generated API version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResourceInfo {
    /// `x-resourceId`: `customer`, `deleted_customer`, `checkout.session`.
    pub resource_id: &'static str,
    /// Value of the payload's `object` field (`customer` for `deleted_customer` too).
    pub object: &'static str,
    /// Name of the generated Rust type.
    pub rust_type: &'static str,
    /// Table that stores it (deleted twins point at their live resource's table).
    pub table: Option<&'static str>,
    /// Typical id prefix (`cus`), when the release's fixtures showed one.
    pub id_prefix: Option<&'static str>,
    pub list_path: Option<&'static str>,
    pub retrieve_path: Option<&'static str>,
    pub search_path: Option<&'static str>,
    /// Schema name of the `deleted_*` twin.
    pub deleted_twin: Option<&'static str>,
    pub is_deleted: bool,
}

/// The live (not `deleted_*`) resource whose payloads carry `object`.
pub fn resource_for_object(object: &str) -> Option<&'static ResourceInfo> {
    crate::RESOURCES.iter().find(|r| r.object == object && !r.is_deleted)
}

/// The resource with this `x-resourceId`.
pub fn resource(resource_id: &str) -> Option<&'static ResourceInfo> {
    crate::RESOURCES.iter().find(|r| r.resource_id == resource_id)
}
