//! The generated `mod.rs`: module list, `API_VERSION`, `AnyObject`, `RESOURCES`, serde bridge.

use proc_macro2::{Ident, Span};
use quote::quote;
use stripe_openapi::ir::{Api, SchemaKind};

use super::emit::{emit_union, format, HEADER};
use super::plan::{RustKind, RustModel, UnionVariant};
use crate::sql::model::Table;

pub(super) fn emit_mod(api: &Api, model: &RustModel, tables: &[Table], modules: &[String]) -> String {
    let mods = modules.iter().map(|m| Ident::new(m, Span::call_site()));
    let mods2 = mods.clone();
    let version = &api.version;

    // Resources, plus component objects with an `object` tag and an `id` that events carry
    // without being resources themselves (`deleted_card`, `application`).
    let variants: Vec<UnionVariant> = api
        .schemas
        .values()
        .filter_map(|s| {
            let SchemaKind::Object(o) = &s.kind else { return None };
            if s.resource_id.is_none() && (o.object_tag.is_empty() || o.field("id").is_none()) {
                return None;
            }
            let ty = model.schema_types[&s.name].clone();
            Some(UnionVariant {
                name: ty.clone(),
                ty,
                object: o.object_tag.clone(),
                deleted: o.is_deleted_shape,
                required: o.fields.iter().filter(|f| f.required).map(|f| f.name.clone()).collect(),
                known: o.fields.iter().map(|f| f.name.clone()).collect(),
            })
        })
        .collect();
    let any_object = emit_union(
        "AnyObject",
        Some("Any object Stripe returns on its own (every resource of this API version, and every other object with an `object` tag and an `id`), chosen by its `object` field."),
        &variants,
        false,
    );

    let entries = api.resources.iter().map(|r| {
        let resource_id = &r.resource_id;
        let object = &r.object;
        let rust_type = &model.schema_types[&r.schema];
        let live = r.resource_id.strip_prefix("deleted_").unwrap_or(&r.resource_id);
        let table = opt(tables.iter().find(|t| t.resource_id == live).map(|t| t.name.as_str()));
        let id_prefix = opt(r.id_prefix.as_deref());
        let list_path = opt(r.list.as_ref().map(|e| e.path.as_str()));
        let retrieve_path = opt(r.retrieve.as_ref().map(|e| e.path.as_str()));
        let search_path = opt(r.search.as_ref().map(|e| e.path.as_str()));
        let deleted_twin = opt(r.deleted_twin.as_deref());
        let is_deleted = r.is_deleted_twin;
        quote! {
            crate::ResourceInfo {
                resource_id: #resource_id, object: #object, rust_type: #rust_type, table: #table,
                id_prefix: #id_prefix, list_path: #list_path, retrieve_path: #retrieve_path,
                search_path: #search_path, deleted_twin: #deleted_twin, is_deleted: #is_deleted,
            },
        }
    });

    let schema_types = model.schema_types.iter().map(|(schema, ty)| quote!((#schema, #ty),));
    let named: Vec<&str> =
        model.types.iter().filter(|t| !matches!(t.kind, RustKind::Alias(_))).map(|t| t.name.as_str()).collect();
    let by_name = named.iter().map(|n| {
        let t = Ident::new(n, Span::call_site());
        quote!(#n => #t::from_json(value).map(|v| v.to_json()),)
    });
    let serde_types = model
        .types
        .iter()
        .filter(|t| !matches!(t.kind, RustKind::Alias(_)))
        .map(|t| Ident::new(&t.name, Span::call_site()));

    let tokens = quote! {
        #(mod #mods;)*
        #(pub use #mods2::*;)*

        /// The Stripe API version these types were generated from.
        pub const API_VERSION: &str = #version;

        #any_object

        /// Every resource of this API version, sorted by schema name.
        pub static RESOURCES: &[crate::ResourceInfo] = &[#(#entries)*];

        /// Component schema name → generated type name, sorted by schema name.
        pub static SCHEMA_TYPES: &[(&str, &str)] = &[#(#schema_types)*];

        /// Parses `value` as the generated type called `type_name` and writes it back to JSON.
        /// `None` when no type has that name. For tools and tests that choose types by name.
        pub fn round_trip_as(type_name: &str, value: crate::json::Value) -> Option<Result<crate::json::Value, crate::json::Error>> {
            use crate::json::{FromJson, ToJson};
            Some(match type_name {
                #(#by_name)*
                _ => return None,
            })
        }

        #[cfg(feature = "serde")]
        crate::impl_serde!(AnyObject, #(#serde_types),*);
    };
    format!("{HEADER}{}", format(tokens))
}

fn opt(s: Option<&str>) -> proc_macro2::TokenStream {
    match s {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}
