//! JSON conversion without serde's generic machinery.
//!
//! Every generated type implements [`FromJson`] and [`ToJson`] over `serde_json::Value`.
//! The code is compiled once, here, instead of being re-instantiated in every crate that
//! deserializes a Stripe object (the compile-time trap of serde-derived SDKs).

use std::collections::BTreeMap;

pub use serde_json::{Map, Value};

/// A conversion failure, with the JSON path where it happened (`$.lines.data[0].amount`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Path segments from the root, innermost last (stored reversed while unwinding).
    path: Vec<String>,
    message: String,
}

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error { path: Vec::new(), message: message.into() }
    }

    /// Prepends a segment while the error propagates outward.
    pub fn at(mut self, segment: impl Into<String>) -> Self {
        self.path.push(segment.into());
        self
    }

    /// `$.a.b[3]`
    pub fn path(&self) -> String {
        let mut s = String::from("$");
        for seg in self.path.iter().rev() {
            if seg.starts_with('[') {
                s.push_str(seg);
            } else {
                s.push('.');
                s.push_str(seg);
            }
        }
        s
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at {}: {}", self.path(), self.message)
    }
}

impl std::error::Error for Error {}

fn type_error(expected: &str, found: &Value) -> Error {
    let kind = match found {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    Error::new(format!("expected {expected}, found {kind}"))
}

/// Builds a value from JSON, taking ownership so strings and maps move instead of copying.
pub trait FromJson: Sized {
    fn from_json(value: Value) -> Result<Self, Error>;
}

/// Turns a value back into JSON, losslessly for anything [`FromJson`] accepted.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

impl FromJson for Value {
    fn from_json(value: Value) -> Result<Self, Error> {
        Ok(value)
    }
}
impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl FromJson for String {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(type_error("a string", &other)),
        }
    }
}
impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromJson for i64 {
    fn from_json(value: Value) -> Result<Self, Error> {
        match &value {
            Value::Number(n) => n.as_i64().ok_or_else(|| Error::new(format!("expected an integer, found {n}"))),
            other => Err(type_error("an integer", other)),
        }
    }
}
impl ToJson for i64 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

impl FromJson for f64 {
    fn from_json(value: Value) -> Result<Self, Error> {
        match &value {
            Value::Number(n) => Ok(n.as_f64().expect("serde_json numbers convert to f64")),
            other => Err(type_error("a number", other)),
        }
    }
}
impl ToJson for f64 {
    fn to_json(&self) -> Value {
        // Whole numbers go back out as integers, as Stripe writes them (`5`, not `5.0`).
        if self.fract() == 0.0 && self.abs() < 9.0e15 {
            Value::from(*self as i64)
        } else {
            serde_json::Number::from_f64(*self).map(Value::Number).unwrap_or(Value::Null)
        }
    }
}

impl FromJson for bool {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(type_error("a boolean", &other)),
        }
    }
}
impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }
}
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        T::from_json(value).map(Box::new)
    }
}
impl<T: ToJson> ToJson for Box<T> {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| T::from_json(v).map_err(|e| e.at(format!("[{i}]"))))
                .collect(),
            other => Err(type_error("an array", &other)),
        }
    }
}
impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::Object(map) => {
                map.into_iter().map(|(k, v)| T::from_json(v).map(|t| (k.clone(), t)).map_err(|e| e.at(k))).collect()
            }
            other => Err(type_error("an object", &other)),
        }
    }
}
impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}

/// Unwraps a JSON object for a struct's `from_json`.
pub fn expect_object(value: Value, type_name: &str) -> Result<Map<String, Value>, Error> {
    match value {
        Value::Object(m) => Ok(m),
        other => Err(type_error(&format!("an object ({type_name})"), &other)),
    }
}

/// Takes a field Stripe always sends (`required`). Absent is read as `null`, so a required but
/// nullable field becomes `None` and a required non-nullable one fails with its path.
pub fn take_required<T: FromJson>(map: &mut Map<String, Value>, key: &str) -> Result<T, Error> {
    let value = map.remove(key).unwrap_or(Value::Null);
    if value.is_null() {
        return T::from_json(Value::Null).map_err(|_| Error::new("missing required field").at(key));
    }
    T::from_json(value).map_err(|e| e.at(key))
}

/// Takes a field Stripe may omit. An explicit `null` is left in `map` (which becomes the
/// struct's `extra`), so absent and `null` both round-trip exactly.
pub fn take_optional<T: FromJson>(map: &mut Map<String, Value>, key: &str) -> Result<Option<T>, Error> {
    match map.remove(key) {
        None => Ok(None),
        Some(Value::Null) => {
            map.insert(key.to_owned(), Value::Null);
            Ok(None)
        }
        Some(v) => T::from_json(v).map(Some).map_err(|e| e.at(key)),
    }
}

/// Writes a required field (a `None` of a nullable one as `null`).
pub fn put_required<T: ToJson>(map: &mut Map<String, Value>, key: &str, value: &T) {
    map.insert(key.to_owned(), value.to_json());
}

/// Writes an optional field only when it has a value.
pub fn put_optional<T: ToJson>(map: &mut Map<String, Value>, key: &str, value: &Option<T>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), v.to_json());
    }
}

/// Reads a string enum: known values map to variants, anything else is kept as is.
pub fn enum_str(value: Value, type_name: &str) -> Result<String, Error> {
    match value {
        Value::String(s) => Ok(s),
        other => Err(type_error(&format!("a string ({type_name})"), &other)),
    }
}

/// Takes an object's `object` tag, which must be `tag` (a `Customer` is `"object": "customer"`):
/// the type's identity, checked rather than kept as a field.
pub fn take_tag(map: &mut Map<String, Value>, tag: &str, type_name: &str) -> Result<(), Error> {
    match map.remove("object") {
        Some(Value::String(s)) if s == tag => Ok(()),
        Some(other) => Err(Error::new(format!("expected `{tag}` ({type_name}), found {}", other)).at("object")),
        None => Err(Error::new("missing required field").at("object")),
    }
}

/// Parses bytes into JSON (non-generic: one copy of the parser for every caller).
pub fn parse(bytes: &[u8]) -> Result<Value, Error> {
    serde_json::from_slice(bytes).map_err(|e| Error::new(format!("invalid JSON: {e}")))
}
