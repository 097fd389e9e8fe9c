//! Choosing the variant of an object union from the payload itself.
//!
//! Stripe's unions are told apart by `object` (and `deleted: true` for `deleted_*` twins);
//! 44 unions in 2024-04-10 have no such tag, so the shape decides: the variant whose required
//! fields are all present and which knows the most of the payload's keys.

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
    let mut best: Option<(usize, (bool, bool, usize))> = None;
    for (i, v) in variants.iter().enumerate() {
        if !v.object.is_empty() && object.is_some_and(|o| !v.object.contains(&o)) {
            continue;
        }
        if !v.required.iter().all(|k| map.contains_key(*k)) {
            continue;
        }
        let tag_match = object.is_some_and(|o| v.object.contains(&o));
        let score = (tag_match, v.deleted == deleted, v.known.iter().filter(|k| map.contains_key(**k)).count());
        if best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}
