//! Stripe's paged collections: `{"object": "list", "data": [...], "has_more", "url"}` and
//! `search_result` (which adds `next_page` and `total_count`, kept in `extra`).

use crate::json::{self, Error, FromJson, Map, ToJson, Value};

#[derive(Debug, Clone, PartialEq)]
pub struct List<T> {
    pub data: Vec<T>,
    pub has_more: bool,
    /// `list` or `search_result`.
    pub object: String,
    pub url: Option<String>,
    /// Any other member (`next_page`, `total_count`, fields Stripe adds later).
    pub extra: Map<String, Value>,
}

impl<T: FromJson> FromJson for List<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        let mut m = json::expect_object(value, "List")?;
        Ok(List {
            data: json::take_required(&mut m, "data")?,
            has_more: json::take_required(&mut m, "has_more")?,
            object: json::take_required(&mut m, "object")?,
            url: json::take_optional(&mut m, "url")?,
            extra: m,
        })
    }
}

impl<T: ToJson> ToJson for List<T> {
    fn to_json(&self) -> Value {
        let mut m = self.extra.clone();
        json::put_required(&mut m, "data", &self.data);
        json::put_required(&mut m, "has_more", &self.has_more);
        json::put_required(&mut m, "object", &self.object);
        json::put_optional(&mut m, "url", &self.url);
        Value::Object(m)
    }
}
