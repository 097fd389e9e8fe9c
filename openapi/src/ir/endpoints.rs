//! Paths → the list, retrieve and search endpoints of each resource.

use openapiv3::{OpenAPI, Parameter, ReferenceOr, Schema, SchemaKind, StatusCode, Type as OaType};

use super::build::ref_name;
use super::model::{Endpoint, Param, Resource};

/// Paging and expansion parameters every list has; not filters.
const PAGING: &[&str] = &["limit", "starting_after", "ending_before", "expand", "page"];

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
        let path_params = path_params(path);
        let filters = filters(get);
        let endpoint = Endpoint { path: path.clone(), path_params: path_params.clone(), filters };
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
            2 if !path_params.is_empty() && path.ends_with('}') && r.retrieve.is_none() => {
                r.retrieve = Some(endpoint)
            }
            _ => {}
        }
    }
}

fn path_params(path: &str) -> Vec<String> {
    path.split('/')
        .filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}'))
        .map(String::from)
        .collect()
}

fn response_shape(op: &openapiv3::Operation) -> Option<Shape> {
    let resp = match op.responses.responses.get(&StatusCode::Code(200))? {
        ReferenceOr::Item(r) => r,
        ReferenceOr::Reference { .. } => return None,
    };
    let schema = resp.content.get("application/json")?.schema.as_ref()?;
    match schema {
        ReferenceOr::Reference { reference } => Some(Shape::Single(ref_name(reference))),
        ReferenceOr::Item(s) => list_item(s),
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

fn filters(op: &openapiv3::Operation) -> Vec<Param> {
    let mut out: Vec<Param> = op
        .parameters
        .iter()
        .filter_map(|p| match p {
            ReferenceOr::Item(Parameter::Query { parameter_data, .. }) => Some(parameter_data),
            _ => None,
        })
        .filter(|d| !PAGING.contains(&d.name.as_str()))
        .map(|d| Param { name: d.name.clone(), required: d.required, kind: param_kind(d) })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn param_kind(d: &openapiv3::ParameterData) -> String {
    let openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) = &d.format else {
        return "other".into();
    };
    match &s.schema_kind {
        SchemaKind::Type(OaType::String(st)) if !st.enumeration.is_empty() => "enum",
        SchemaKind::Type(OaType::String(_)) => "string",
        SchemaKind::Type(OaType::Integer(_)) => "integer",
        SchemaKind::Type(OaType::Boolean(_)) => "boolean",
        // `created` and friends: an integer, or an object of gt/gte/lt/lte.
        SchemaKind::AnyOf { .. } => "range",
        _ => "other",
    }
    .into()
}
