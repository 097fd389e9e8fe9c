//! Where each resource's objects can be listed from: the list plan, from the spec's list
//! operations (their accepted and required parameters, parent paths, embedded lists) and the
//! reviewed defaults in `openapi/list_defaults.toml`.
//!
//! Rules, in order, for every resource that has an id:
//! 1. Embedded: a parent whose schema always carries a list of it (`subscription.items`,
//!    `invoice.lines`) fills it from the parent's own objects, completed from the list's `url`
//!    when `has_more`. A walk over that same parent is then never needed.
//! 2. Top-level list: requested as its passes say (`status=all`); a required parameter that
//!    names a parent (`subscription_items?subscription=`) makes it a walk over that parent's
//!    stored rows; a required one nothing can supply makes it unlisted, with the reason.
//! 3. Lists under a parent path (`/v1/customers/{customer}/tax_ids`): walked over the parent's
//!    rows when nothing above reaches the objects, or when the defaults say the top-level list
//!    does not (`nested = true`).

use serde::Deserialize;

use super::model::*;

/// One way to list a resource's objects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListSource {
    /// The resource listed.
    pub resource_id: String,
    pub kind: SourceKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    /// A list operation, requested with `fixed` parameters, once or once per parent row.
    List { endpoint: Endpoint, fixed: Vec<(String, String)>, parent: Option<ParentBinding> },
    /// Items of the parent's embedded list `field`; `owner_field` is the item's field naming
    /// its parent (`subscription_item.subscription`), when it has one.
    Embedded { parent: String, field: String, owner_field: Option<String> },
}

/// How a parent row fills a request: its id goes into the path parameter, and its fields
/// into query parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParentBinding {
    /// The parent resource (`customer`).
    pub resource_id: String,
    /// The path parameter that takes the parent's id (`customer` of `/v1/customers/{customer}/tax_ids`).
    pub path_param: Option<String>,
    /// (query parameter, the parent's field whose value it takes: `id`, or a field of its
    /// object such as a financial connections account's `ownership`).
    pub query: Vec<(String, String)>,
}

impl ParentBinding {
    fn by_query(resource_id: String, param: &str) -> ParentBinding {
        ParentBinding { resource_id, path_param: None, query: vec![(param.to_string(), "id".to_string())] }
    }
}

/// A resource with a list operation that no plan can request, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlisted {
    pub resource_id: String,
    pub path: String,
    /// What the request would need that nothing stored supplies.
    pub needs: Vec<String>,
}

/// The whole plan: sources by resource id (then path), and the unlisted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListPlan {
    pub sources: Vec<ListSource>,
    pub unlisted: Vec<Unlisted>,
    /// Entries of `list_defaults.toml` that do not apply to this spec (path not listed here, or
    /// the quoted text gone), for the generator to report.
    pub defaults_not_applied: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct DefaultsFile {
    list: Vec<Default_>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Default_ {
    path: String,
    #[serde(default)]
    param: Option<String>,
    says: String,
    #[serde(default)]
    passes: Vec<std::collections::BTreeMap<String, String>>,
    #[serde(default)]
    per: Option<String>,
    #[serde(default)]
    nested: bool,
}

const DEFAULTS_TOML: &str = include_str!("../../list_defaults.toml");

/// An entry of the defaults file that contradicts the spec: the file must be mended.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("openapi/list_defaults.toml, entry for {path}: {problem}")]
pub struct DefaultsError {
    pub path: String,
    pub problem: String,
}

/// The plan for `api`, with the committed defaults.
pub fn plan(api: &Api) -> Result<ListPlan, DefaultsError> {
    let file: DefaultsFile =
        toml::from_str(DEFAULTS_TOML).expect("openapi/list_defaults.toml parses (checked by a test)");
    plan_with(api, &file.list)
}

fn list_endpoints(api: &Api) -> impl Iterator<Item = (&Resource, &Endpoint)> {
    api.resources.iter().flat_map(|r| r.list.iter().chain(&r.nested_lists).map(move |e| (r, e)))
}

fn plan_with(api: &Api, defaults: &[Default_]) -> Result<ListPlan, DefaultsError> {
    let mut plan = ListPlan::default();
    // Check every entry, and keep those whose facts this spec still states.
    let mut applied: Vec<&Default_> = Vec::new();
    for d in defaults {
        let err = |problem: String| DefaultsError { path: d.path.clone(), problem };
        let Some((_, e)) = list_endpoints(api).find(|(_, e)| e.path == d.path) else {
            plan.defaults_not_applied.push(format!("{}: not a list in this spec", d.path));
            continue;
        };
        let text = match &d.param {
            Some(p) => &e.param(p).ok_or_else(|| err(format!("the operation takes no parameter `{p}`")))?.description,
            None => &e.description,
        };
        if !text.contains(&d.says) {
            plan.defaults_not_applied.push(format!("{}: the spec no longer says \"{}\"", d.path, d.says));
            continue;
        }
        for pass in &d.passes {
            for (name, value) in pass {
                let base = base_name(name);
                let p = e
                    .param(base)
                    .ok_or_else(|| err(format!("a pass sets `{name}`, which the operation does not take")))?;
                if (p.kind == "enum" || (p.kind == "object" && name.ends_with("[type]"))) && !p.values.contains(value) {
                    return Err(err(format!("`{name}={value}` is not one of {:?}", p.values)));
                }
            }
        }
        if let Some(per) = &d.per {
            if api.resource(per).is_none() {
                return Err(err(format!("`per` names `{per}`, which is no resource of this spec")));
            }
        }
        applied.push(d);
    }

    for r in api.resources.iter().filter(|r| !r.is_deleted_twin && r.id_field.is_some()) {
        let mut sources: Vec<SourceKind> = Vec::new();
        let embedded = embedded_in(api, r);
        // Parents that embed the whole list: no walk over them is needed.
        let embedding: Vec<String> = embedded
            .iter()
            .filter_map(|s| match s {
                SourceKind::Embedded { parent, .. } => Some(parent.clone()),
                _ => None,
            })
            .collect();
        sources.extend(embedded);
        let mine: Vec<&&Default_> =
            applied.iter().filter(|d| r.list.as_ref().is_some_and(|e| e.path == d.path)).collect();
        if let Some(e) = &r.list {
            let passes: Vec<Vec<(String, String)>> = {
                let given: Vec<_> = mine
                    .iter()
                    .flat_map(|d| &d.passes)
                    .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                    .collect();
                if given.is_empty() {
                    vec![Vec::new()]
                } else {
                    given
                }
            };
            for fixed in passes {
                let supplied: Vec<&str> = fixed.iter().map(|(k, _)| base_name(k)).collect();
                let missing: Vec<&Param> = e.required().filter(|p| !supplied.contains(&p.name.as_str())).collect();
                match missing.as_slice() {
                    [] => sources.push(SourceKind::List { endpoint: e.clone(), fixed, parent: None }),
                    [p] => match parent_of_query_param(api, r, &p.name) {
                        Some(parent) if embedding.contains(&parent) => {}
                        Some(parent) => sources.push(SourceKind::List {
                            endpoint: e.clone(),
                            fixed,
                            parent: Some(ParentBinding::by_query(parent, &p.name)),
                        }),
                        None => plan.unlisted.push(Unlisted {
                            resource_id: r.resource_id.clone(),
                            path: e.path.clone(),
                            needs: vec![p.name.clone()],
                        }),
                    },
                    many => plan.unlisted.push(Unlisted {
                        resource_id: r.resource_id.clone(),
                        path: e.path.clone(),
                        needs: many.iter().map(|p| p.name.clone()).collect(),
                    }),
                }
            }
            for d in mine.iter().filter(|d| d.per.is_some()) {
                let param = d.param.clone().expect("a `per` entry names its parameter");
                sources.push(SourceKind::List {
                    endpoint: e.clone(),
                    fixed: Vec::new(),
                    parent: Some(ParentBinding::by_query(d.per.clone().unwrap(), &param)),
                });
            }
        }
        let walk_nested =
            !sources.iter().any(|s| matches!(s, SourceKind::List { .. })) || mine.iter().any(|d| d.nested);
        if walk_nested {
            let mut seen: Vec<(String, String)> = Vec::new();
            for e in &r.nested_lists {
                let [param] = e.path_params.as_slice() else { continue };
                let Some(parent) = parent_of_path(api, &e.path, param) else { continue };
                if embedding.contains(&parent.resource_id) {
                    continue;
                }
                // Two paths for one list (`/people` and `/persons`) are described alike: walk one.
                if seen.contains(&(parent.resource_id.clone(), e.description.clone())) {
                    continue;
                }
                seen.push((parent.resource_id.clone(), e.description.clone()));
                let parent_type = api.resource(&parent.resource_id).and_then(|p| api.object_type(&p.schema));
                let unbound: Vec<&Param> =
                    e.required().filter(|p| parent_type.and_then(|t| t.field(&p.name)).is_none()).collect();
                if !unbound.is_empty() {
                    plan.unlisted.push(Unlisted {
                        resource_id: r.resource_id.clone(),
                        path: e.path.clone(),
                        needs: unbound.iter().map(|p| p.name.clone()).collect(),
                    });
                    continue;
                }
                // A required query parameter the parent's object carries (an account's
                // `ownership` for its owners) is taken from each parent row.
                let query = e.required().map(|p| (p.name.clone(), p.name.clone())).collect();
                sources.push(SourceKind::List {
                    endpoint: e.clone(),
                    fixed: Vec::new(),
                    parent: Some(ParentBinding { query, ..parent }),
                });
            }
        }
        plan.sources.extend(sources.into_iter().map(|kind| ListSource { resource_id: r.resource_id.clone(), kind }));
    }
    plan.sources.sort_by(|a, b| (&a.resource_id, source_key(&a.kind)).cmp(&(&b.resource_id, source_key(&b.kind))));
    plan.unlisted.sort_by(|a, b| (&a.resource_id, &a.path).cmp(&(&b.resource_id, &b.path)));
    Ok(plan)
}

fn source_key(k: &SourceKind) -> (u8, String, String) {
    match k {
        SourceKind::List { endpoint, fixed, parent } => (
            u8::from(parent.is_some()),
            endpoint.path.clone(),
            format!("{fixed:?}{:?}", parent.as_ref().map(|p| (&p.path_param, &p.query))),
        ),
        SourceKind::Embedded { parent, field, .. } => (2, parent.clone(), field.clone()),
    }
}

/// `scope[type]` → `scope`; `types[]` → `types`.
pub fn base_name(name: &str) -> &str {
    name.split('[').next().unwrap_or(name)
}

/// Parents that always embed a list of `r` (a required field whose items are `r`).
fn embedded_in(api: &Api, r: &Resource) -> Vec<SourceKind> {
    let mut out = Vec::new();
    for p in
        api.resources.iter().filter(|p| !p.is_deleted_twin && p.id_field.is_some() && p.resource_id != r.resource_id)
    {
        let Some(o) = api.object_type(&p.schema) else { continue };
        for f in o.fields.iter().filter(|f| f.required) {
            let Type::List { item, search: false } = &f.ty else { continue };
            if **item != Type::Ref(r.schema.clone()) {
                continue;
            }
            let owner_field = api
                .object_type(&r.schema)
                .and_then(|child| child.fields.iter().find(|cf| names_resource(cf, p)).map(|cf| cf.name.clone()));
            out.push(SourceKind::Embedded { parent: p.resource_id.clone(), field: f.name.clone(), owner_field });
        }
    }
    out
}

/// The field refers to objects of `p`: an expandable reference to its schema
/// (`fee_refund.fee`), or a plain id field named as `p`'s object (`subscription_item.subscription`).
fn names_resource(f: &Field, p: &Resource) -> bool {
    match &f.ty {
        Type::Expandable(targets) => targets.contains(&p.schema),
        Type::String => p.object.rsplit('.').next() == Some(f.name.as_str()),
        _ => false,
    }
}

/// The resource a required query parameter of `r`'s list names: the target of `r`'s field of
/// that name when it is an expandable reference, else the resource whose object's last part is
/// the name (one in `r`'s namespace first: `financial_connections.transaction?account=` is a
/// `financial_connections.account`).
fn parent_of_query_param(api: &Api, r: &Resource, param: &str) -> Option<String> {
    let field = api.object_type(&r.schema).and_then(|o| o.field(param));
    if let Some(Field { ty: Type::Expandable(targets), .. }) = field {
        if let Some(p) = api.resources.iter().find(|p| !p.is_deleted_twin && targets.contains(&p.schema)) {
            return Some(p.resource_id.clone());
        }
    }
    let namespace = r.object.rsplit_once('.').map(|(ns, _)| ns);
    let candidates: Vec<&Resource> = api
        .resources
        .iter()
        .filter(|p| !p.is_deleted_twin && p.id_field.is_some() && p.object.rsplit('.').next() == Some(param))
        .collect();
    candidates
        .iter()
        .find(|p| p.object.rsplit_once('.').map(|(ns, _)| ns) == namespace)
        .or_else(|| candidates.iter().find(|p| !p.object.contains('.')))
        .map(|p| p.resource_id.clone())
}

/// The parent of a list under `…/{param}/…`: the resource retrieved at the path up to that
/// segment (`/v1/tax/transactions/{transaction}`), or else listed at the path above it
/// (`/v1/customers`).
fn parent_of_path(api: &Api, path: &str, param: &str) -> Option<ParentBinding> {
    let segment = format!("{{{param}}}");
    let at = path.find(&segment)? + segment.len();
    let prefix = &path[..at];
    let bare = |p: &str| p.split('/').map(|s| if s.starts_with('{') { "{}" } else { s }).collect::<Vec<_>>().join("/");
    let list_path = prefix.rsplit_once('/').map_or("", |(l, _)| l);
    let parent = api
        .resources
        .iter()
        .filter(|p| !p.is_deleted_twin && p.id_field.is_some())
        .find(|p| p.retrieve.as_ref().is_some_and(|e| bare(&e.path) == bare(prefix)))
        // A retrieve that may answer a deleted twin (`/v1/customers/{customer}`) is no
        // resource's retrieve here: the parent whose list is the path above then.
        .or_else(|| {
            api.resources
                .iter()
                .filter(|p| !p.is_deleted_twin && p.id_field.is_some())
                .find(|p| p.list.as_ref().is_some_and(|e| e.path == list_path))
        })?;
    Some(ParentBinding {
        resource_id: parent.resource_id.clone(),
        path_param: Some(param.to_string()),
        query: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_defaults_file_parses() {
        let file: super::DefaultsFile = toml::from_str(super::DEFAULTS_TOML).unwrap();
        assert!(file.list.len() >= 8);
    }
}
