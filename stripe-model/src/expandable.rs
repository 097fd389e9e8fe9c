//! Fields that hold an id, or the whole object when the request asked to expand it.

use crate::json::{Error, FromJson, ToJson, Value};

/// `"cus_123"` or `{"id": "cus_123", "object": "customer", …}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Expandable<T> {
    Id(String),
    Object(Box<T>),
}

/// Objects that carry an id (for [`Expandable::id`]).
pub trait HasId {
    fn id(&self) -> Option<&str>;
}

impl<T: HasId> Expandable<T> {
    /// The id, whether or not the object was expanded.
    pub fn id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(o) => o.id(),
        }
    }
}

impl<T> Expandable<T> {
    pub fn as_object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(o) => Some(o),
        }
    }
}

impl<T: FromJson> FromJson for Expandable<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::String(id) => Ok(Expandable::Id(id)),
            other => T::from_json(other).map(|o| Expandable::Object(Box::new(o))),
        }
    }
}

impl<T: ToJson> ToJson for Expandable<T> {
    fn to_json(&self) -> Value {
        match self {
            Expandable::Id(id) => Value::String(id.clone()),
            Expandable::Object(o) => o.to_json(),
        }
    }
}

impl HasId for Value {
    fn id(&self) -> Option<&str> {
        self.get("id")?.as_str()
    }
}
