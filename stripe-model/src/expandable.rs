//! Fields that hold an id, or the whole object when the request asked to expand it.

use crate::json::{Error, FromJson, ToJson, Value};

/// `"cus_123"` or `{"id": "cus_123", "object": "customer", …}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Expandable<T> {
    Id(String),
    Object(Box<T>),
}

/// Objects that always carry an id: every type whose spec makes `id` a required string, and
/// every union of such types (for [`Expandable::id`]).
pub trait HasId {
    /// The object's id. (A union's `Unknown` arm, an object type Stripe added later, gives the
    /// payload's `id`; an expandable object always has one, and `""` stands for its absence.)
    fn id(&self) -> &str;
}

impl<T: HasId> Expandable<T> {
    /// The id, whether or not the object was expanded.
    pub fn id(&self) -> &str {
        match self {
            Expandable::Id(id) => id,
            Expandable::Object(o) => o.id(),
        }
    }
}

impl<T> Expandable<T> {
    /// Whether the request expanded the field (the whole object is here).
    pub fn is_expanded(&self) -> bool {
        matches!(self, Expandable::Object(_))
    }

    /// The expanded object, or `None` when only the id was sent.
    pub fn object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(o) => Some(o),
        }
    }

    /// The expanded object, or `None` when only the id was sent.
    pub fn into_object(self) -> Option<T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(o) => Some(*o),
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
    fn id(&self) -> &str {
        self.get("id").and_then(Value::as_str).unwrap_or("")
    }
}
