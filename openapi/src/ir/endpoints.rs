//! Paths → the list, retrieve and search endpoints of each resource.

use openapiv3::{OpenAPI, Parameter, ReferenceOr, Schema, SchemaKind, StatusCode, Type as OaType};

use super::build::ref_name;
use super::model::{Endpoint, Param, Resource};

enum Shape {
    List(String),
    Search(String),
    Single(String),
}

pub(super) fn attach(spec: &OpenAPI, resources: &mut [Resource]) {
    // `paths` is an IndexMap in spec order; sort so results never depend on it.
    let mut paths: Vec<_> = spec.paths.paths.iter().collect();
    paths.sort_by(|a, b| a.0.cmp(b.0));
    for (path, item) in paths {
        let ReferenceOr::Item(item) = item else { continue };
        let Some(get) = &item.get else { continue };
        let Some(shape) = response_shape(get) else { continue };
        // A preview (`/v1/invoices/upcoming/lines`, `/v1/credit_notes/preview/lines`) describes
        // what would be, not stored objects: never a source of rows.
        if is_preview(path) {
            continue;
        }
        let path_params = path_params(path);
        let endpoint = Endpoint {
            path: path.clone(),
            path_params: path_params.clone(),
            query: query_params(get),
            description: get.description.clone().unwrap_or_default(),
        };
        let (schema, slot) = match &shape {
            Shape::List(s) => (s, 0),
            Shape::Search(s) => (s, 1),
            Shape::Single(s) => (s, 2),
        };
        let Some(r) = resources.iter_mut().find(|r| &r.schema == schema) else { continue };
        match slot {
            0 if path_params.is_empty() && r.list.is_none() => r.list = Some(endpoint),
            0 => r.nested_lists.push(endpoint),
            1 if r.search.is_none() => r.search = Some(endpoint),
            2 if !path_params.is_empty() && path.ends_with('}') && r.retrieve.is_none() => r.retrieve = Some(endpoint),
            _ => {}
        }
    }
}

/// The event types a webhook endpoint may enable: the item enum of `enabled_events` in the
/// form body of `POST /v1/webhook_endpoints`, the one place the spec lists them all. Sorted,
/// without `*`; empty if the spec has no such operation.
pub(super) fn event_types(spec: &OpenAPI) -> Vec<String> {
    let body = spec
        .paths
        .paths
        .get("/v1/webhook_endpoints")
        .and_then(|p| p.as_item())
        .and_then(|p| p.post.as_ref())
        .and_then(|op| op.request_body.as_ref())
        .and_then(|b| b.as_item());
    let Some(body) = body else { return Vec::new() };
    let mut out: Vec<String> = body
        .content
        .values()
        .filter_map(|m| m.schema.as_ref()?.as_item())
        .filter_map(|s| match &s.schema_kind {
            SchemaKind::Type(OaType::Object(o)) => o.properties.get("enabled_events")?.as_item().cloned(),
            _ => None,
        })
        .filter_map(|s| match s.schema_kind {
            SchemaKind::Type(OaType::Array(a)) => a.items?.into_item(),
            _ => None,
        })
        .flat_map(|items| match items.schema_kind {
            SchemaKind::Type(OaType::String(st)) => st.enumeration.into_iter().flatten().collect(),
            _ => Vec::new(),
        })
        .filter(|v| v != "*")
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A path of an operation that computes a preview rather than listing stored objects.
pub fn is_preview(path: &str) -> bool {
    path.split('/').any(|seg| seg == "upcoming" || seg == "preview")
}

fn path_params(path: &str) -> Vec<String> {
    path.split('/').filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}')).map(String::from).collect()
}

fn response_shape(op: &openapiv3::Operation) -> Option<Shape> {
    let resp = match op.responses.responses.get(&StatusCode::Code(200))? {
        ReferenceOr::Item(r) => r,
        ReferenceOr::Reference { .. } => return None,
    };
    let schema = resp.content.get("application/json")?.schema.as_ref()?;
    match schema {
        ReferenceOr::Reference { reference } => Some(Shape::Single(ref_name(reference))),
        ReferenceOr::Item(s) => list_item(s).or_else(|| live_or_deleted(s)),
    }
}

/// A retrieve that answers the object or its deleted stub (`anyOf: [customer,
/// deleted_customer]`): the object's retrieve.
fn live_or_deleted(s: &Schema) -> Option<Shape> {
    let SchemaKind::AnyOf { any_of } = &s.schema_kind else { return None };
    let names: Vec<String> = any_of
        .iter()
        .map(|r| match r {
            ReferenceOr::Reference { reference } => Some(ref_name(reference)),
            ReferenceOr::Item(_) => None,
        })
        .collect::<Option<_>>()?;
    match names.as_slice() {
        [a, b] if *b == format!("deleted_{a}") => Some(Shape::Single(a.clone())),
        [b, a] if *b == format!("deleted_{a}") => Some(Shape::Single(a.clone())),
        _ => None,
    }
}

fn list_item(s: &Schema) -> Option<Shape> {
    let SchemaKind::Type(OaType::Object(o)) = &s.schema_kind else { return None };
    let tag = match o.properties.get("object")? {
        ReferenceOr::Item(obj) => match &obj.schema_kind {
            SchemaKind::Type(OaType::String(st)) => st.enumeration.first().cloned().flatten()?,
            _ => return None,
        },
        _ => return None,
    };
    let ReferenceOr::Item(data) = o.properties.get("data")? else { return None };
    let SchemaKind::Type(OaType::Array(a)) = &data.schema_kind else { return None };
    let ReferenceOr::Reference { reference } = a.items.as_ref()? else { return None };
    let name = ref_name(reference);
    match tag.as_str() {
        "list" => Some(Shape::List(name)),
        "search_result" => Some(Shape::Search(name)),
        _ => None,
    }
}

fn query_params(op: &openapiv3::Operation) -> Vec<Param> {
    let mut out: Vec<Param> = op
        .parameters
        .iter()
        .filter_map(|p| match p {
            ReferenceOr::Item(Parameter::Query { parameter_data, .. }) => Some(parameter_data),
            _ => None,
        })
        .map(param)
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn param(d: &openapiv3::ParameterData) -> Param {
    let mut p = Param {
        name: d.name.clone(),
        required: d.required,
        kind: "other".into(),
        values: Vec::new(),
        fields: Vec::new(),
        description: d.description.clone().unwrap_or_default(),
    };
    let openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) = &d.format else { return p };
    let enum_values = |st: &openapiv3::StringType| st.enumeration.iter().flatten().cloned().collect::<Vec<_>>();
    p.kind = match &s.schema_kind {
        SchemaKind::Type(OaType::String(st)) if !st.enumeration.is_empty() => {
            p.values = enum_values(st);
            "enum"
        }
        SchemaKind::Type(OaType::String(_)) => "string",
        SchemaKind::Type(OaType::Integer(_)) => "integer",
        SchemaKind::Type(OaType::Boolean(_)) => "boolean",
        SchemaKind::Type(OaType::Array(_)) => "array",
        SchemaKind::Type(OaType::Object(o)) => {
            p.fields = o.properties.keys().cloned().collect();
            p.fields.sort();
            if let Some(ReferenceOr::Item(t)) = o.properties.get("type") {
                if let SchemaKind::Type(OaType::String(st)) = &t.schema_kind {
                    p.values = enum_values(st);
                }
            }
            "object"
        }
        // `created` and friends: an integer, or an object of gt/gte/lt/lte.
        SchemaKind::AnyOf { .. } => "range",
        _ => "other",
    }
    .into();
    p
}
