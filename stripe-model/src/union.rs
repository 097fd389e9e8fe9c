//! Choosing the variant of an object union from the payload itself.
//!
//! Stripe's unions are told apart by `object` (and `deleted: true` for `deleted_*` twins);
//! 44 unions in 2024-04-10 have no such tag, so the shape decides: the variant whose required
//! fields are all present and which knows the most of the payload's keys. A payload whose tag
//! names a variant is that variant even when it lacks a field the variant requires (a payload
//! of another API version): reading it then fails, naming the field, rather than the object
//! passing silently as `Unknown`.

use crate::json::Value;

/// What the generated code knows about one variant.
pub struct VariantShape {
    /// Values of its `object` field; empty when it has none.
    pub object: &'static [&'static str],
    /// A `deleted_*` shape (`deleted: true` required).
    pub deleted: bool,
    pub required: &'static [&'static str],
    pub known: &'static [&'static str],
}

/// Index of the best-matching variant, or `None` (the union's `Unknown` arm).
pub fn pick_variant(value: &Value, variants: &[VariantShape]) -> Option<usize> {
    let map = value.as_object()?;
    let object = map.get("object").and_then(Value::as_str);
    let deleted = map.get("deleted").and_then(Value::as_bool) == Some(true);
    let mut best: Option<(usize, (bool, bool, bool, usize))> = None;
    for (i, v) in variants.iter().enumerate() {
        if !v.object.is_empty() && object.is_some_and(|o| !v.object.contains(&o)) {
            continue;
        }
        let tag_match = object.is_some_and(|o| v.object.contains(&o));
        let complete = v.required.iter().all(|k| map.contains_key(*k));
        if !complete && !tag_match {
            continue;
        }
        let known = v.known.iter().filter(|k| map.contains_key(**k)).count();
        let score = (tag_match, v.deleted == deleted, complete, known);
        if best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}
