//! One type per shape. The planner makes an enum or a union for each field that needs one, so
//! the same shape appears under many names (`SetupFutureUsage` on 37 payment method options).
//! This pass keeps one type per shape, names it for what it is, and gives a type that several
//! modules use a module of its own, so it never lives in whichever module needed it first.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::plan::{RustKind, RustType, Ty};
use crate::names::{field_name, is_reserved_type_name};

/// What makes two types the same: their wire values, or their variants' types, in order
/// (order is kept: a union tries its variants in order when no `object` tag decides).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Shape {
    Enum(Vec<(String, String)>),
    Union(Vec<String>),
}

fn shape(t: &RustType) -> Option<Shape> {
    match &t.kind {
        RustKind::Enum { values } => Some(Shape::Enum(values.clone())),
        RustKind::Union { variants } => Some(Shape::Union(variants.iter().map(|v| v.ty.clone()).collect())),
        _ => None,
    }
}

/// Merges identical enums and unions. `fixed` names types that keep their name and module
/// (component schemas, `EventType`): a shape with a fixed member is that member.
pub(super) fn one_type_per_shape(types: &mut Vec<RustType>, fixed: &BTreeSet<String>) {
    let mut by_shape: HashMap<Shape, Vec<usize>> = HashMap::new();
    for (i, t) in types.iter().enumerate() {
        if let Some(s) = shape(t) {
            by_shape.entry(s).or_default().push(i);
        }
    }
    let mut groups: Vec<(Shape, Vec<usize>)> = by_shape.into_iter().filter(|(_, m)| m.len() > 1).collect();
    groups.sort_by_key(|(_, members)| members[0]);

    // A common suffix several shapes want (`SetupFutureUsage` for `[none]` and for
    // `[off_session, on_session]`) would say nothing about which is which: none of them gets it.
    let candidates: Vec<Vec<String>> =
        groups.iter().map(|(shape, m)| names_for(shape, m.iter().map(|&i| types[i].name.as_str()))).collect();
    let mut wanted: BTreeMap<&str, usize> = BTreeMap::new();
    for c in candidates.iter().filter_map(|c| c.first()) {
        *wanted.entry(c.as_str()).or_default() += 1;
    }

    let mut taken: BTreeSet<String> = types.iter().map(|t| t.name.clone()).collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    let mut new_names: HashMap<usize, String> = HashMap::new();
    let mut removed = vec![false; types.len()];
    for ((_, members), candidates) in groups.iter().zip(&candidates) {
        let names: Vec<&str> = members.iter().map(|&i| types[i].name.as_str()).collect();
        let (keeper, name) = match members.iter().find(|&&i| fixed.contains(&types[i].name)) {
            Some(&i) => (i, types[i].name.clone()),
            None => {
                let free = |n: &str| names.contains(&n) || !is_reserved_type_name(n) && !taken.contains(n);
                let shortest = names.iter().min_by_key(|n| (n.len(), **n)).unwrap().to_string();
                let contested = candidates.first().is_some_and(|c| wanted[c.as_str()] > 1);
                let name = candidates.iter().skip(usize::from(contested)).find(|n| free(n)).cloned();
                (members[0], name.unwrap_or(shortest))
            }
        };
        for &i in members {
            if fixed.contains(&types[i].name) {
                continue;
            }
            renamed.insert(types[i].name.clone(), name.clone());
            if i == keeper {
                new_names.insert(i, name.clone());
            } else {
                removed[i] = true;
            }
        }
        taken.insert(name);
    }
    let mut i = 0;
    types.retain_mut(|t| {
        let keep = !removed[i];
        if let Some(n) = new_names.get(&i) {
            t.name = n.clone();
        }
        i += 1;
        keep
    });
    for t in types.iter_mut() {
        rename_refs(&mut t.kind, &renamed);
    }
    give_shared_types_a_home(types, fixed);
}

/// A type that fields in several modules use moves to a module named after it.
fn give_shared_types_a_home(types: &mut [RustType], fixed: &BTreeSet<String>) {
    let mut users: HashMap<String, BTreeSet<String>> = HashMap::new();
    for t in types.iter() {
        for_each_ref(&t.kind, &mut |n| {
            users.entry(n.to_string()).or_default().insert(t.module.clone());
        });
    }
    for t in types.iter_mut().filter(|t| !fixed.contains(&t.name)) {
        if users.get(&t.name).is_some_and(|m| m.len() > 1) {
            t.module = field_name(&t.name);
        }
    }
}

/// Names for a shape, best first. A union of up to three types is what it joins
/// (`CustomerOrDeletedCustomer`). Otherwise the words its names end with, if two or more
/// (`TaxExempt`; one alone, `Type` or `Country`, would claim too much); those words after the
/// words they all begin with (`Issuing` + `Categories`); or, for up to three values, the suffix
/// and the values (`SetupFutureUsageOffSessionOrOnSession`).
fn names_for<'a>(shape: &Shape, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let words: Vec<Vec<&str>> = names.map(split_words).collect();
    let common = |at: &dyn Fn(&Vec<&str>, usize) -> Option<usize>| -> usize {
        (0..)
            .take_while(|&k| {
                words.iter().all(|w| at(w, k).is_some_and(|i| w[i] == words[0][at(&words[0], k).unwrap()]))
            })
            .count()
    };
    let suffix_len = common(&|w, k| w.len().checked_sub(k + 1));
    let prefix_len = common(&|w, k| (k < w.len()).then_some(k));
    let first = &words[0];
    let suffix = first[first.len() - suffix_len..].concat();
    let mut out = Vec::new();
    match shape {
        Shape::Union(tys) if tys.len() <= 3 => out.push(tys.join("Or")),
        _ if suffix_len >= 2 => out.push(suffix.clone()),
        _ => {}
    }
    if suffix_len >= 1 && prefix_len >= 1 && prefix_len + suffix_len < words.iter().map(Vec::len).min().unwrap_or(0) {
        out.push(format!("{}{suffix}", first[..prefix_len].concat()));
    }
    if let Shape::Enum(values) = shape {
        if suffix_len >= 2 && values.len() <= 3 {
            out.push(format!("{suffix}{}", values.iter().map(|(v, _)| v.as_str()).collect::<Vec<_>>().join("Or")));
        }
    }
    out
}

/// `PaymentMethodOptionsCardSetupFutureUsage` → `Payment`, `Method`, …, `Usage`.
fn split_words(name: &str) -> Vec<&str> {
    let starts: Vec<usize> = name.char_indices().filter(|(_, c)| c.is_ascii_uppercase()).map(|(i, _)| i).collect();
    let mut out = Vec::with_capacity(starts.len());
    let mut from = 0;
    for &s in starts.iter().skip_while(|&&s| s == 0) {
        out.push(&name[from..s]);
        from = s;
    }
    out.push(&name[from..]);
    out
}

fn for_each_ref(kind: &RustKind, f: &mut impl FnMut(&str)) {
    fn walk(t: &Ty, f: &mut impl FnMut(&str)) {
        match t {
            Ty::Named(n) => f(n),
            Ty::Boxed(t) | Ty::Vec(t) | Ty::Map(t) | Ty::List(t) | Ty::Expandable(t) => walk(t, f),
            _ => {}
        }
    }
    match kind {
        RustKind::Struct { fields, .. } => fields.iter().for_each(|x| walk(&x.ty, f)),
        RustKind::Union { variants } => variants.iter().for_each(|v| f(&v.ty)),
        RustKind::Alias(t) => walk(t, f),
        RustKind::Enum { .. } => {}
    }
}

fn rename_refs(kind: &mut RustKind, renamed: &HashMap<String, String>) {
    fn walk(t: &mut Ty, renamed: &HashMap<String, String>) {
        match t {
            Ty::Named(n) => {
                if let Some(new) = renamed.get(n) {
                    *n = new.clone();
                }
            }
            Ty::Boxed(t) | Ty::Vec(t) | Ty::Map(t) | Ty::List(t) | Ty::Expandable(t) => walk(t, renamed),
            _ => {}
        }
    }
    match kind {
        RustKind::Struct { fields, .. } => fields.iter_mut().for_each(|x| walk(&mut x.ty, renamed)),
        RustKind::Alias(t) => walk(t, renamed),
        // Variants are component schemas, which keep their names.
        RustKind::Union { .. } | RustKind::Enum { .. } => {}
    }
}
