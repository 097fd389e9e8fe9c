//! The IR: Stripe's API as plain data, in deterministic order. Built once, read by every emitter.

use std::collections::BTreeMap;

/// One API version's spec, made Stripe-aware.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.version` of the spec, e.g. `2024-04-10`.
    pub version: String,
    /// Every `x-resourceId` schema, sorted by schema name.
    pub resources: Vec<Resource>,
    /// Every component schema, by component name (BTreeMap: sorted, deterministic).
    pub schemas: BTreeMap<String, Schema>,
    /// Every place typed as raw JSON because no better type could be given, sorted.
    pub untyped: Vec<UntypedPlace>,
    /// Every event type the spec names (the values `enabled_events` of
    /// `POST /v1/webhook_endpoints` takes, without the `*` wildcard), sorted.
    pub event_types: Vec<String>,
}

/// An object Stripe returns on its own (it has `x-resourceId`).
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// The `x-resourceId`, e.g. `checkout.session`, `deleted_customer`.
    pub resource_id: String,
    /// The value of the object's `object` field, e.g. `checkout.session` (`customer` for
    /// `deleted_customer`).
    pub object: String,
    /// Component schema name.
    pub schema: String,
    /// The name of the id field (`id`), if the object has one.
    pub id_field: Option<String>,
    /// Typical id prefix (`cus`), from the committed `openapi/id_prefixes.toml`.
    pub id_prefix: Option<String>,
    /// `GET` list endpoint without path parameters (top-level), if any.
    pub list: Option<Endpoint>,
    /// List endpoints nested under a parent (`/v1/customers/{customer}/tax_ids`).
    pub nested_lists: Vec<Endpoint>,
    /// `GET …/{id}` retrieve endpoint.
    pub retrieve: Option<Endpoint>,
    /// `GET …/search` endpoint.
    pub search: Option<Endpoint>,
    /// For `X`, the schema name of `deleted_X` when the spec has one.
    pub deleted_twin: Option<String>,
    /// True for `deleted_*` resources themselves.
    pub is_deleted_twin: bool,
    pub description: Option<String>,
}

/// A `GET` endpoint and the query parameters its operation accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub path: String,
    pub path_params: Vec<String>,
    /// Every query parameter the operation accepts (paging and `expand` too), sorted by name.
    /// Stripe refuses any other (`parameter_unknown`) and any required one left out
    /// (`parameter_missing`).
    pub query: Vec<Param>,
    /// The operation's description, as the spec words it (HTML).
    pub description: String,
}

impl Endpoint {
    /// Query parameters other than paging and expansion (`limit`, `starting_after`,
    /// `ending_before`, `expand`, `page`).
    pub fn filters(&self) -> impl Iterator<Item = &Param> {
        self.query.iter().filter(|p| !PAGING.contains(&p.name.as_str()))
    }

    pub fn param(&self, name: &str) -> Option<&Param> {
        self.query.iter().find(|p| p.name == name)
    }

    pub fn accepts(&self, name: &str) -> bool {
        self.param(name).is_some()
    }

    pub fn required(&self) -> impl Iterator<Item = &Param> {
        self.query.iter().filter(|p| p.required)
    }
}

/// Paging and expansion parameters: not filters.
pub const PAGING: &[&str] = &["limit", "starting_after", "ending_before", "expand", "page"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub required: bool,
    /// `string`, `integer`, `boolean`, `enum`, `range` (e.g. `created[gte]`), `object`,
    /// `array`, or `other`.
    pub kind: String,
    /// The values of an `enum`; for an `object`, the values of its `type` property, if enumerated.
    pub values: Vec<String>,
    /// The properties of an `object` parameter (`scope[type]`, `scope[user]`), sorted.
    pub fields: Vec<String>,
    pub description: String,
}

/// A named component schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub name: String,
    pub description: Option<String>,
    /// `x-resourceId`, when this schema is a resource.
    pub resource_id: Option<String>,
    pub kind: SchemaKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SchemaKind {
    Object(ObjectType),
    /// A named union of other schemas (`external_account`, `payment_source`).
    Union(Vec<String>),
    /// A named schema that is not an object (rare); typed as its [`Type`].
    Alias(Type),
}

/// An object with known fields.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectType {
    /// In spec order (alphabetical in Stripe's specs).
    pub fields: Vec<Field>,
    /// The fixed value(s) of its `object` field, if it has one (`["customer"]`).
    pub object_tag: Vec<String>,
    /// True when `deleted` is a required field fixed to `true` (a `deleted_*` shape).
    pub is_deleted_shape: bool,
}

impl ObjectType {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// One property, with its three separate facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub description: Option<String>,
    /// Listed in `required`: always present in payloads.
    pub required: bool,
    /// May be `null` when present.
    pub nullable: bool,
    /// Listed in the parent's `x-expandableFields`.
    pub expandable: bool,
    pub ty: Type,
}

/// The type of a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    String,
    Integer,
    Number,
    Boolean,
    /// `format: unix-time` integer seconds.
    UnixTime,
    /// `format: decimal` string (exact decimal, e.g. `"1.2345"`).
    Decimal,
    /// A string with known values; payloads may carry values added later.
    StringEnum(Vec<String>),
    /// A named component schema.
    Ref(String),
    Array(Box<Type>),
    /// `additionalProperties`: string keys to values.
    Map(Box<Type>),
    /// A page of objects (`object: list`, or `search_result` when `search`).
    List {
        item: Box<Type>,
        search: bool,
    },
    /// An id string, or the expanded object when requested: every `x-expansionResources` target.
    Expandable(Vec<String>),
    /// One of several named schemas (no id-string form).
    Union(Vec<String>),
    /// An object declared inline.
    Object(ObjectType),
    /// Raw JSON: free-form, or a construct with no better type (see [`Api::untyped`]).
    Json,
}

/// A place typed as raw JSON, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct UntypedPlace {
    /// `schema.field.subfield`
    pub path: String,
    pub reason: String,
}

impl Api {
    pub fn resource(&self, resource_id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.resource_id == resource_id)
    }

    /// The object type of a named schema (None for unions and aliases).
    pub fn object_type(&self, schema: &str) -> Option<&ObjectType> {
        match &self.schemas.get(schema)?.kind {
            SchemaKind::Object(o) => Some(o),
            _ => None,
        }
    }
}
