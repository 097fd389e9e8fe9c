//! What a backfill needs of a list page, read from the response body without building it.
//!
//! To page, split windows and plan a page's one statement, a backfill needs each object's id,
//! kind, `created` and deleted mark, and the heads of its embedded lists (`has_more`, `url`,
//! and each item's id, kind and deleted mark). Postgres parses the body itself, so building
//! every page as a `serde_json::Value` tree here, only to read those and drop it, was a third
//! of the client's CPU. These visitors skip everything else without allocating.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A list response: its objects' heads and whether more follow.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListHead {
    pub objects: Vec<ObjectHead>,
    pub has_more: bool,
}

/// One object of a list, or one item of an embedded list (whose `lists` stay empty: the
/// items' own lists are not read).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObjectHead {
    pub id: Option<String>,
    pub object: Option<String>,
    pub created: Option<i64>,
    /// A deleted stub (`"deleted": true`).
    pub deleted: bool,
    /// Its fields holding a list object (`{"object": "list", …}`), by field name.
    pub lists: Vec<SubListHead>,
}

/// An embedded list (`invoice.lines`, `subscription.items`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubListHead {
    pub field: String,
    pub has_more: bool,
    pub url: Option<String>,
    pub items: Vec<ObjectHead>,
}

impl ListHead {
    /// Reads a list response body (`{"object": "list", "data": [...], "has_more": …}`).
    pub fn parse(body: &[u8]) -> Result<ListHead, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_slice(body);
        let head = de.deserialize_map(ListVisitor)?;
        de.end()?;
        Ok(head)
    }
}

impl ObjectHead {
    /// The head of an object already built as a value: the same as reading its JSON.
    pub fn of(object: &Value) -> ObjectHead {
        Self::of_at(object, true)
    }

    fn of_at(object: &Value, with_lists: bool) -> ObjectHead {
        let Some(map) = object.as_object() else { return ObjectHead::default() };
        let mut head = ObjectHead {
            id: map.get("id").and_then(Value::as_str).map(String::from),
            object: map.get("object").and_then(Value::as_str).map(String::from),
            created: map.get("created").and_then(Value::as_i64),
            deleted: map.get("deleted").and_then(Value::as_bool) == Some(true),
            lists: Vec::new(),
        };
        if with_lists {
            for (field, value) in map {
                if value.get("object").and_then(Value::as_str) != Some("list") {
                    continue;
                }
                let items = value.get("data").and_then(Value::as_array).into_iter().flatten();
                head.lists.push(SubListHead {
                    field: field.clone(),
                    has_more: value.get("has_more").and_then(Value::as_bool) == Some(true),
                    url: value.get("url").and_then(Value::as_str).map(String::from),
                    items: items.map(|item| Self::of_at(item, false)).collect(),
                });
            }
        }
        head
    }

    /// The table this object is stored in ([`crate::write::store::table_for`]).
    pub fn table(&self) -> Option<&'static str> {
        crate::write::store::table_for(self.object.as_deref(), self.id.is_some())
    }
}

/// A map key, borrowed from the body when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Visitor methods that take any scalar and give the visitor's default: a value of another
/// shape than expected is passed over, as [`ObjectHead::of`] passes it over.
macro_rules! pass_over_scalars {
    () => {
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
    };
}

/// Passes over an array where an object was expected.
fn pass_over_seq<'de, A: SeqAccess<'de>, T: Default>(mut seq: A) -> Result<T, A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(T::default())
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = ListHead;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ListHead, A::Error> {
        let mut head = ListHead::default();
        while let Some(Key(key)) = map.next_key()? {
            match &*key {
                "data" => head.objects = map.next_value_seed(Heads { with_lists: true })?,
                "has_more" => head.has_more = map.next_value::<Value>()?.as_bool() == Some(true),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(head)
    }
}

/// An array of objects' heads (anything else: none).
#[derive(Clone, Copy)]
struct Heads {
    with_lists: bool,
}

impl<'de> DeserializeSeed<'de> for Heads {
    type Value = Vec<ObjectHead>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Heads {
    type Value = Vec<ObjectHead>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of objects")
    }
    pass_over_scalars!();
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(head) = seq.next_element_seed(Head { with_lists: self.with_lists })? {
            out.push(head);
        }
        Ok(out)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Vec::new())
    }
}

/// One object's head (anything but an object: an empty head).
#[derive(Clone, Copy)]
struct Head {
    with_lists: bool,
}

impl<'de> DeserializeSeed<'de> for Head {
    type Value = ObjectHead;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Head {
    type Value = ObjectHead;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    pass_over_scalars!();
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        pass_over_seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ObjectHead, A::Error> {
        let mut head = ObjectHead::default();
        while let Some(Key(key)) = map.next_key()? {
            match &*key {
                "id" => head.id = map.next_value::<Value>()?.as_str().map(String::from),
                "object" => head.object = map.next_value::<Value>()?.as_str().map(String::from),
                "created" => head.created = map.next_value::<Value>()?.as_i64(),
                "deleted" => head.deleted = map.next_value::<Value>()?.as_bool() == Some(true),
                _ if self.with_lists => {
                    if let Some(mut list) = map.next_value_seed(MaybeList)? {
                        list.field = key.into_owned();
                        head.lists.push(list);
                    }
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        head.lists.sort_by(|a, b| a.field.cmp(&b.field));
        Ok(head)
    }
}

/// A field's value when it is a list object; `None` for anything else.
struct MaybeList;

impl<'de> DeserializeSeed<'de> for MaybeList {
    type Value = Option<SubListHead>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for MaybeList {
    type Value = Option<SubListHead>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    pass_over_scalars!();
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        pass_over_seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // The keys may come in any order: read all, then decide.
        let (mut is_list, mut list) = (false, SubListHead::default());
        while let Some(Key(key)) = map.next_key()? {
            match &*key {
                "object" => is_list = map.next_value::<Value>()?.as_str() == Some("list"),
                "has_more" => list.has_more = map.next_value::<Value>()?.as_bool() == Some(true),
                "url" => list.url = map.next_value::<Value>()?.as_str().map(String::from),
                "data" => list.items = map.next_value_seed(Heads { with_lists: false })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(is_list.then_some(list))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_list_body_reads_as_its_values_do() {
        let objects = vec![
            json!({"id": "in_1", "object": "invoice", "created": 1_700_000_000, "amount_due": 5,
                   "lines": {"object": "list", "data": [{"id": "il_1", "object": "line_item", "metadata": {"data": [1]}},
                                                        {"object": "line_item"}, {"id": "il_2", "object": "line_item", "deleted": true}, 7],
                             "has_more": true, "url": "/v1/invoices/in_1/lines"},
                   "metadata": {"object": "list"}, "discounts": [], "customer": {"id": "cus_1", "object": "customer"},
                   "nested": {"data": [{"id": "x"}], "url": "/not/a/list"}}),
            json!({"id": "cus_\u{e9}\\\"", "object": "customer", "deleted": true, "created": "soon",
                   "s\u{e9}\"sources": {"url": "/v1/customers/cus/sources", "data": [], "object": "list", "has_more": false}}),
            json!({"id": 5, "object": null, "deleted": "yes"}),
            json!("not an object"),
        ];
        let body =
            serde_json::to_vec(&json!({"object": "list", "url": "/v1/invoices", "has_more": true, "data": objects}))
                .unwrap();
        let head = ListHead::parse(&body).unwrap();
        assert!(head.has_more);
        assert_eq!(head.objects, objects.iter().map(ObjectHead::of).collect::<Vec<_>>());
        // And what they read is what a backfill relies on.
        let invoice = &head.objects[0];
        assert_eq!(
            (invoice.id.as_deref(), invoice.created, invoice.deleted),
            (Some("in_1"), Some(1_700_000_000), false)
        );
        assert_eq!(invoice.lists.iter().map(|l| l.field.as_str()).collect::<Vec<_>>(), ["lines", "metadata"]);
        let lines = &invoice.lists[0];
        assert_eq!((lines.has_more, lines.url.as_deref()), (true, Some("/v1/invoices/in_1/lines")));
        assert_eq!(
            lines.items.iter().map(|i| (i.id.as_deref(), i.deleted, i.lists.len())).collect::<Vec<_>>(),
            [(Some("il_1"), false, 0), (None, false, 0), (Some("il_2"), true, 0), (None, false, 0)]
        );
        assert_eq!(lines.items[0].table(), Some("line_items"));
        assert_eq!(lines.items[1].table(), None, "no id: no row of its own");
        let customer = &head.objects[1];
        assert_eq!((customer.id.as_deref(), customer.created, customer.deleted), (Some("cus_\u{e9}\\\""), None, true));
        assert_eq!(customer.lists[0].field, "s\u{e9}\"sources", "an escaped key is read whole");
        assert_eq!(head.objects[3], ObjectHead::default());
    }

    #[test]
    fn a_body_that_is_not_json_or_not_whole_is_refused() {
        assert!(ListHead::parse(br#"{"object": "list", "data": [{"id": "a"}"#).is_err());
        assert!(ListHead::parse(br#"{"data": []} trailing"#).is_err());
        assert!(ListHead::parse(br#"[1, 2]"#).is_err());
        assert_eq!(ListHead::parse(br#"{"object": "list"}"#).unwrap(), ListHead::default());
    }
}
