//! Spec bytes → `openapiv3::OpenAPI`, JSON or YAML, with the location of any error.

use std::path::Path;

use crate::Error;

/// Parses JSON (first non-blank byte `{`) or YAML. The whole file is already in memory:
/// `from_slice` is ~20× faster than parsing through an unbuffered reader.
pub fn parse_spec(path: &Path, bytes: &[u8]) -> Result<openapiv3::OpenAPI, Error> {
    let malformed = |location: String, message: String| Error::Malformed { path: path.into(), location, message };
    let is_json = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    if is_json {
        let de = &mut serde_json::Deserializer::from_slice(bytes);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let inner = e.inner();
            let loc = format!("{} (line {}, column {})", e.path(), inner.line(), inner.column());
            malformed(loc, inner.to_string())
        })
    } else {
        let de = serde_yaml::Deserializer::from_slice(bytes);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let loc = match inner.location() {
                Some(l) => format!("{path} (line {}, column {})", l.line(), l.column()),
                None => path,
            };
            malformed(loc, inner.to_string())
        })
    }
}
