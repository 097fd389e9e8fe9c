//! Schemas and fields: openapiv3 types → IR types, recording every place typed as raw JSON.

use std::collections::BTreeMap;

use openapiv3::{
    AdditionalProperties, OpenAPI, ReferenceOr, Schema as OaSchema, SchemaKind as OaKind, StringFormat, Type as OaType,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::endpoints;
use super::model::*;

/// Builds the IR from a parsed spec (and the committed id-prefix table).
pub fn build(spec: &OpenAPI) -> Api {
    let prefixes = crate::versions::id_prefixes();
    let mut untyped = Vec::new();
    let mut schemas = BTreeMap::new();
    if let Some(components) = &spec.components {
        for (name, schema) in &components.schemas {
            let s = match schema {
                ReferenceOr::Item(s) => named_schema(name, s, &mut untyped),
                ReferenceOr::Reference { reference } => Schema {
                    name: name.clone(),
                    description: None,
                    resource_id: None,
                    kind: SchemaKind::Alias(Type::Ref(ref_name(reference))),
                },
            };
            schemas.insert(name.clone(), s);
        }
    }
    let mut resources: Vec<Resource> = schemas
        .values()
        .filter_map(|s| Some((s, s.resource_id.clone()?)))
        .map(|(s, resource_id)| {
            let obj = match &s.kind {
                SchemaKind::Object(o) => Some(o),
                _ => None,
            };
            let object = obj.and_then(|o| o.object_tag.first().cloned()).unwrap_or_else(|| resource_id.clone());
            let id_field = obj.and_then(|o| o.field("id")).map(|f| f.name.clone());
            Resource {
                is_deleted_twin: s.name.starts_with("deleted_"),
                deleted_twin: None,
                id_prefix: prefixes.get(&resource_id).cloned(),
                object,
                schema: s.name.clone(),
                id_field,
                list: None,
                nested_lists: Vec::new(),
                retrieve: None,
                search: None,
                description: s.description.clone(),
                resource_id,
            }
        })
        .collect();
    let names: Vec<String> = resources.iter().map(|r| r.schema.clone()).collect();
    for r in &mut resources {
        let twin = format!("deleted_{}", r.schema);
        if names.contains(&twin) {
            r.deleted_twin = Some(twin);
        }
    }
    endpoints::attach(spec, &mut resources);
    untyped.sort();
    untyped.dedup();
    let event_types = endpoints::event_types(spec);
    Api { version: spec.info.version.clone(), resources, schemas, untyped, event_types }
}

pub(super) fn ref_name(reference: &str) -> String {
    reference.rsplit('/').next().unwrap_or(reference).to_string()
}

fn named_schema(name: &str, s: &OaSchema, untyped: &mut Vec<UntypedPlace>) -> Schema {
    let ext = &s.schema_data.extensions;
    let resource_id = ext.get("x-resourceId").and_then(Value::as_str).map(String::from);
    let kind = match &s.schema_kind {
        OaKind::AnyOf { any_of: items } | OaKind::OneOf { one_of: items }
            if items.iter().all(|i| matches!(i, ReferenceOr::Reference { .. })) =>
        {
            SchemaKind::Union(items.iter().filter_map(reference).collect())
        }
        // A named object without properties is an empty shape Stripe may fill later
        // (`payment_method_affirm`), not a free-form hash: type it as an empty object.
        OaKind::Type(OaType::Object(o)) if o.properties.is_empty() && o.additional_properties.is_none() => {
            SchemaKind::Object(object_type(name, s, o, untyped))
        }
        _ => match type_of(name, s, untyped) {
            Type::Object(o) => SchemaKind::Object(o),
            other => SchemaKind::Alias(other),
        },
    };
    Schema { name: name.into(), description: s.schema_data.description.clone(), resource_id, kind }
}

fn reference<T>(r: &ReferenceOr<T>) -> Option<String> {
    match r {
        ReferenceOr::Reference { reference } => Some(ref_name(reference)),
        ReferenceOr::Item(_) => None,
    }
}

fn untyped_here(untyped: &mut Vec<UntypedPlace>, path: &str, reason: impl Into<String>) -> Type {
    untyped.push(UntypedPlace { path: path.into(), reason: reason.into() });
    Type::Json
}

/// The IR type of a (possibly referenced) schema found at `path`.
fn type_of_ref<T: std::borrow::Borrow<OaSchema>>(
    path: &str,
    r: &ReferenceOr<T>,
    untyped: &mut Vec<UntypedPlace>,
) -> Type {
    match r {
        ReferenceOr::Reference { reference } => Type::Ref(ref_name(reference)),
        ReferenceOr::Item(s) => type_of(path, s.borrow(), untyped),
    }
}

fn type_of(path: &str, s: &OaSchema, untyped: &mut Vec<UntypedPlace>) -> Type {
    match &s.schema_kind {
        OaKind::Type(OaType::String(st)) => {
            let values: Vec<String> = st.enumeration.iter().flatten().cloned().collect();
            if !values.is_empty() {
                return Type::StringEnum(values);
            }
            match &st.format {
                VariantOrUnknownOrEmpty::Unknown(f) if f == "decimal" => Type::Decimal,
                VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Type::String,
                _ => Type::String,
            }
        }
        OaKind::Type(OaType::Integer(it)) => match &it.format {
            VariantOrUnknownOrEmpty::Unknown(f) if f == "unix-time" => Type::UnixTime,
            _ => Type::Integer,
        },
        OaKind::Type(OaType::Number(_)) => Type::Number,
        OaKind::Type(OaType::Boolean(_)) => Type::Boolean,
        OaKind::Type(OaType::Array(a)) => match &a.items {
            Some(items) => Type::Array(Box::new(type_of_ref(&format!("{path}[]"), items, untyped))),
            None => Type::Array(Box::new(untyped_here(untyped, &format!("{path}[]"), "array without `items`"))),
        },
        OaKind::Type(OaType::Object(o)) => {
            if !o.properties.is_empty() {
                if let Some(list) = list_type(path, s, o, untyped) {
                    return list;
                }
                return Type::Object(object_type(path, s, o, untyped));
            }
            match &o.additional_properties {
                Some(AdditionalProperties::Schema(inner)) => {
                    Type::Map(Box::new(type_of_ref(&format!("{path}{{}}"), inner, untyped)))
                }
                _ => untyped_here(untyped, path, "free-form object (no properties)"),
            }
        }
        OaKind::AnyOf { any_of: items } | OaKind::OneOf { one_of: items } => union_type(path, s, items, untyped),
        OaKind::AllOf { .. } => untyped_here(untyped, path, "allOf"),
        OaKind::Not { .. } => untyped_here(untyped, path, "not"),
        OaKind::Any(_) => untyped_here(untyped, path, "schema without a type"),
    }
}

/// `anyOf`/`oneOf` in responses: `[string, $ref…]` is an expandable id-or-object;
/// `[$ref]` a nullable reference; `[$ref, $ref…]` a union.
fn union_type(path: &str, s: &OaSchema, items: &[ReferenceOr<OaSchema>], untyped: &mut Vec<UntypedPlace>) -> Type {
    let refs: Vec<String> = items.iter().filter_map(reference).collect();
    let plain_strings = items
        .iter()
        .filter(|i| matches!(i, ReferenceOr::Item(OaSchema { schema_kind: OaKind::Type(OaType::String(st)), .. }) if st.enumeration.is_empty()))
        .count();
    let others = items.len() - refs.len() - plain_strings;
    let expansion: Vec<String> = s
        .schema_data
        .extensions
        .get("x-expansionResources")
        .and_then(|x| x.get("oneOf"))
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|r| r.get("$ref")?.as_str()).map(ref_name).collect())
        .unwrap_or_default();
    match (plain_strings, refs.len(), others) {
        (1, n, 0) if n >= 1 => Type::Expandable(if expansion.is_empty() { refs } else { expansion }),
        (0, 1, 0) => Type::Ref(refs.into_iter().next().unwrap()),
        (0, n, 0) if n > 1 => Type::Union(refs),
        (0, 0, 1) => match &items[0] {
            ReferenceOr::Item(inner) => type_of(path, inner, untyped),
            ReferenceOr::Reference { .. } => unreachable!("counted as a reference"),
        },
        _ => untyped_here(
            untyped,
            path,
            format!("anyOf of {plain_strings} string(s), {} reference(s), {others} other schema(s)", refs.len()),
        ),
    }
}

/// `{object: "list"|"search_result", data: [T], has_more, url}` → `List`.
fn list_type(path: &str, s: &OaSchema, o: &openapiv3::ObjectType, untyped: &mut Vec<UntypedPlace>) -> Option<Type> {
    let _ = s;
    let tag = match o.properties.get("object")? {
        ReferenceOr::Item(obj) => match &obj.schema_kind {
            OaKind::Type(OaType::String(st)) => st.enumeration.first().cloned().flatten()?,
            _ => return None,
        },
        _ => return None,
    };
    if tag != "list" && tag != "search_result" {
        return None;
    }
    let data = match o.properties.get("data")? {
        ReferenceOr::Item(d) => d,
        _ => return None,
    };
    let item = match &data.schema_kind {
        OaKind::Type(OaType::Array(a)) => a.items.as_ref()?,
        _ => return None,
    };
    let item = type_of_ref(&format!("{path}.data[]"), item, untyped);
    Some(Type::List { item: Box::new(item), search: tag == "search_result" })
}

fn object_type(path: &str, s: &OaSchema, o: &openapiv3::ObjectType, untyped: &mut Vec<UntypedPlace>) -> ObjectType {
    let expandable: Vec<&str> = s
        .schema_data
        .extensions
        .get("x-expandableFields")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut object_tag = Vec::new();
    let mut is_deleted_shape = false;
    let fields = o
        .properties
        .iter()
        .map(|(name, prop)| {
            let field_path = format!("{path}.{name}");
            let (description, nullable) = match prop {
                ReferenceOr::Item(p) => (p.schema_data.description.clone(), p.schema_data.nullable),
                ReferenceOr::Reference { .. } => (None, false),
            };
            let ty = type_of_ref(&field_path, prop, untyped);
            let required = o.required.iter().any(|r| r == name);
            if name == "object" {
                if let Type::StringEnum(values) = &ty {
                    object_tag = values.clone();
                }
            }
            if name == "deleted" && required {
                if let ReferenceOr::Item(p) = prop {
                    if let OaKind::Type(OaType::Boolean(b)) = &p.schema_kind {
                        is_deleted_shape = b.enumeration.contains(&Some(true));
                    }
                }
            }
            Field {
                name: name.clone(),
                description,
                required,
                nullable,
                expandable: expandable.contains(&name.as_str()),
                ty,
            }
        })
        .collect();
    ObjectType { fields, object_tag, is_deleted_shape }
}
