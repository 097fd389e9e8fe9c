//! IR → the Rust types to emit: names, field types, union shapes, and which fields need a
//! `Box` because their type contains the owner (found with Tarjan's SCC over direct fields).

use std::collections::{BTreeMap, HashMap};

use stripe_openapi::ir::{Api, Field, ObjectType, SchemaKind, Type};

use crate::names::{field_name, type_name, variant_name, NameSet};

#[derive(Debug, Clone)]
pub struct RustModel {
    pub types: Vec<RustType>,
    /// Type name of each component schema.
    pub schema_types: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct RustType {
    pub name: String,
    /// File (module) the type is written to.
    pub module: String,
    pub doc: Option<String>,
    pub kind: RustKind,
}

#[derive(Debug, Clone)]
pub enum RustKind {
    Struct {
        fields: Vec<RustField>,
        has_id: bool,
        /// The one value its required `object` field may have (`customer`): checked when read
        /// and written back, never a public field for users to fill.
        object_tag: Option<String>,
    },
    /// (variant, wire value)
    Enum {
        values: Vec<(String, String)>,
    },
    Union {
        variants: Vec<UnionVariant>,
    },
    Alias(Ty),
}

#[derive(Debug, Clone)]
pub struct RustField {
    pub json_name: String,
    pub rust_name: String,
    pub doc: Option<String>,
    /// Without the outer `Option` (see `optional`).
    pub ty: Ty,
    /// Present in every payload: written even when `None` (as `null`).
    pub required: bool,
    /// Wrapped in `Option`: nullable, or may be absent.
    pub optional: bool,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub name: String,
    pub ty: String,
    pub object: Vec<String>,
    pub deleted: bool,
    pub required: Vec<String>,
    pub known: Vec<String>,
}

/// A Rust type expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    String,
    I64,
    F64,
    Bool,
    Json,
    Named(String),
    Boxed(Box<Ty>),
    Vec(Box<Ty>),
    Map(Box<Ty>),
    List(Box<Ty>),
    Expandable(Box<Ty>),
}

struct Planner<'a> {
    api: &'a Api,
    names: NameSet,
    types: Vec<RustType>,
    schema_types: BTreeMap<String, String>,
}

pub fn plan(api: &Api) -> RustModel {
    let mut p =
        Planner { api, names: NameSet::with_reserved_types(), types: Vec::new(), schema_types: BTreeMap::new() };
    // Component names first, so they win over inline names.
    for name in api.schemas.keys() {
        let t = p.names.claim(&type_name(name));
        p.schema_types.insert(name.clone(), t);
    }
    for (name, schema) in &api.schemas {
        let tname = p.schema_types[name].clone();
        let module = field_name(&tname);
        let doc = schema.description.clone();
        let kind = match &schema.kind {
            SchemaKind::Object(o) => p.struct_kind(&tname, &module, o),
            SchemaKind::Union(refs) => RustKind::Union { variants: p.variants(refs) },
            SchemaKind::Alias(t) => RustKind::Alias(p.ty(&tname, &module, "", t)),
        };
        p.types.push(RustType { name: tname, module, doc, kind });
    }
    type_events(&mut p);
    let fixed = p.schema_types.values().cloned().chain([EVENT_TYPE.to_string()]).collect();
    super::shapes::one_type_per_shape(&mut p.types, &fixed);
    box_cycles(&mut p.types);
    RustModel { types: p.types, schema_types: p.schema_types }
}

impl Planner<'_> {
    fn struct_kind(&mut self, owner: &str, module: &str, o: &ObjectType) -> RustKind {
        let object_tag = o.field("object").and_then(|f| match &f.ty {
            Type::StringEnum(values) if values.len() == 1 && f.required && !f.nullable => Some(values[0].clone()),
            _ => None,
        });
        let fields = o
            .fields
            .iter()
            .filter(|f| object_tag.is_none() || f.name != "object")
            .map(|f| self.field(owner, module, f))
            .collect();
        let has_id = o.field("id").is_some_and(|f| f.ty == Type::String && f.required && !f.nullable);
        RustKind::Struct { fields, has_id, object_tag }
    }

    fn field(&mut self, owner: &str, module: &str, f: &Field) -> RustField {
        RustField {
            json_name: f.name.clone(),
            rust_name: field_name(&f.name),
            doc: f.description.clone(),
            ty: self.ty(owner, module, &f.name, &f.ty),
            required: f.required,
            optional: f.nullable || !f.required,
        }
    }

    fn add(&mut self, wanted: String, module: &str, doc: Option<String>, kind: RustKind) -> String {
        let name = self.names.claim(&wanted);
        self.types.push(RustType { name: name.clone(), module: module.into(), doc, kind });
        name
    }

    fn ty(&mut self, owner: &str, module: &str, field: &str, t: &Type) -> Ty {
        let inline_name = || format!("{owner}{}", type_name(field));
        match t {
            Type::String | Type::Decimal => Ty::String,
            Type::Integer | Type::UnixTime => Ty::I64,
            Type::Number => Ty::F64,
            Type::Boolean => Ty::Bool,
            Type::Json => Ty::Json,
            Type::StringEnum(values) => {
                let mut seen = NameSet::default();
                let values = values.iter().map(|v| (seen.claim(&variant_name(v)), v.clone())).collect();
                Ty::Named(self.add(inline_name(), module, None, RustKind::Enum { values }))
            }
            Type::Ref(name) => Ty::Named(self.schema_types[name].clone()),
            Type::Array(inner) => Ty::Vec(Box::new(self.ty(owner, module, field, inner))),
            Type::Map(inner) => Ty::Map(Box::new(self.ty(owner, module, field, inner))),
            Type::List { item, .. } => Ty::List(Box::new(self.ty(owner, module, field, item))),
            Type::Object(o) => {
                let name = self.names.claim(&inline_name());
                let kind = self.struct_kind(&name, module, o);
                self.types.push(RustType { name: name.clone(), module: module.into(), doc: None, kind });
                Ty::Named(name)
            }
            Type::Union(refs) => {
                let variants = self.variants(refs);
                Ty::Named(self.add(inline_name(), module, None, RustKind::Union { variants }))
            }
            Type::Expandable(targets) if targets.len() == 1 => {
                Ty::Expandable(Box::new(Ty::Named(self.schema_types[&targets[0]].clone())))
            }
            // The same targets elsewhere make the same union: `shapes` keeps one of them.
            Type::Expandable(targets) => {
                let wanted = if targets.len() <= 3 {
                    targets.iter().map(|t| self.schema_types[t].clone()).collect::<Vec<_>>().join("Or")
                } else {
                    inline_name()
                };
                let variants = self.variants(targets);
                Ty::Expandable(Box::new(Ty::Named(self.add(wanted, module, None, RustKind::Union { variants }))))
            }
        }
    }

    fn variants(&self, refs: &[String]) -> Vec<UnionVariant> {
        let mut seen = NameSet::default();
        refs.iter()
            .map(|r| {
                let ty = self.schema_types[r].clone();
                let o = self.api.object_type(r);
                UnionVariant {
                    name: seen.claim(&ty),
                    ty,
                    object: o.map(|o| o.object_tag.clone()).unwrap_or_default(),
                    deleted: o.is_some_and(|o| o.is_deleted_shape),
                    required: o
                        .map(|o| o.fields.iter().filter(|f| f.required).map(|f| f.name.clone()).collect())
                        .unwrap_or_default(),
                    known: o.map(|o| o.fields.iter().map(|f| f.name.clone()).collect()).unwrap_or_default(),
                }
            })
            .collect()
    }
}

/// The enum of every event type the spec names.
pub const EVENT_TYPE: &str = "EventType";

/// Events typed for the people who handle them: `EventType` (every event type the spec names,
/// `Unknown` for the rest), `Event::type_` of that type, and the event's `data.object` as
/// `AnyObject` (chosen by its `object` field) where the spec says only "an object".
fn type_events(p: &mut Planner<'_>) {
    if p.api.event_types.is_empty() {
        return;
    }
    let mut seen = NameSet::default();
    let values = p.api.event_types.iter().map(|v| (seen.claim(&variant_name(v)), v.clone())).collect();
    p.types.push(RustType {
        name: EVENT_TYPE.into(),
        module: field_name(EVENT_TYPE),
        doc: Some("The type of an event (`Event::type_`): every event type this API version names, `Unknown` for one Stripe added later.".into()),
        kind: RustKind::Enum { values },
    });
    let Some(event) = p.schema_types.get("event").cloned() else { return };
    let mut data = None;
    if let Some(RustKind::Struct { fields, .. }) = p.types.iter_mut().find(|t| t.name == event).map(|t| &mut t.kind) {
        for f in fields {
            match (f.json_name.as_str(), &f.ty) {
                ("type", Ty::String) => f.ty = Ty::Named(EVENT_TYPE.into()),
                ("data", Ty::Named(n)) => data = Some(n.clone()),
                _ => {}
            }
        }
    }
    let Some(data) = data else { return };
    if let Some(RustKind::Struct { fields, .. }) = p.types.iter_mut().find(|t| t.name == data).map(|t| &mut t.kind) {
        for f in fields.iter_mut().filter(|f| f.json_name == "object" && f.ty == Ty::Json) {
            f.ty = Ty::Named("AnyObject".into());
        }
    }
}

/// Boxes each direct field whose type is in the same strongly connected component as its
/// owner: the minimum needed for the types to have a size.
fn box_cycles(types: &mut [RustType]) {
    let index: HashMap<String, usize> = types.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect();
    let direct = |t: &RustType| -> Vec<usize> {
        let mut out = Vec::new();
        match &t.kind {
            RustKind::Struct { fields, .. } => {
                // `AnyObject` is emitted apart, and boxes every variant: no edge needed.
                for f in fields {
                    if let Ty::Named(n) = &f.ty {
                        out.extend(index.get(n));
                    }
                }
            }
            RustKind::Union { variants } => out.extend(variants.iter().filter_map(|v| index.get(&v.ty))),
            RustKind::Alias(Ty::Named(n)) => out.extend(index.get(n)),
            _ => {}
        }
        out
    };
    let edges: Vec<Vec<usize>> = types.iter().map(direct).collect();
    let scc = tarjan(&edges);
    for (i, t) in types.iter_mut().enumerate() {
        if let RustKind::Struct { fields, .. } = &mut t.kind {
            for f in fields {
                if let Ty::Named(n) = &f.ty {
                    if index.get(n).is_some_and(|&j| scc[j] == scc[i]) {
                        f.ty = Ty::Boxed(Box::new(f.ty.clone()));
                    }
                }
            }
        }
    }
}

/// Component id of every node (iterative Tarjan, so deep graphs cannot overflow the stack).
fn tarjan(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let (mut index, mut low, mut comp) = (vec![usize::MAX; n], vec![0; n], vec![usize::MAX; n]);
    let (mut on_stack, mut stack, mut next, mut comps) = (vec![false; n], Vec::new(), 0, 0);
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        while let Some((v, ei)) = work.pop() {
            if ei == 0 {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(ei) {
                work.push((v, ei + 1));
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = comps;
                    if w == v {
                        break;
                    }
                }
                comps += 1;
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
        }
    }
    comp
}
