//! The committed table of known API versions (`openapi/versions.toml`).

use serde::Deserialize;

const VERSIONS_TOML: &str = include_str!("../versions.toml");

/// One known Stripe API version and where its spec is published.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct VersionPin {
    pub version: String,
    /// Release tag of github.com/stripe/openapi; `None` means "local file only".
    pub tag: Option<String>,
    /// Git blob id of `openapi/spec3.json` at `tag`.
    pub spec3_json: Option<String>,
    /// Git blob id of `openapi/spec3.yaml` at `tag`.
    pub spec3_yaml: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
struct VersionsFile {
    version: Vec<VersionPin>,
}

const ID_PREFIXES_TOML: &str = include_str!("../id_prefixes.toml");

/// Id prefix (`cus`) by resource id (`customer`), as Stripe's fixtures show them.
pub fn id_prefixes() -> std::collections::BTreeMap<String, String> {
    toml::from_str(ID_PREFIXES_TOML).expect("openapi/id_prefixes.toml is valid (checked by a test)")
}

/// All known versions, oldest first.
pub fn known_versions() -> Vec<VersionPin> {
    let file: VersionsFile = toml::from_str(VERSIONS_TOML).expect("openapi/versions.toml is valid (checked by a test)");
    file.version
}

/// The pin of `version`, or an error listing every known version.
pub fn pin(version: &str) -> Result<VersionPin, crate::Error> {
    let all = known_versions();
    all.iter().find(|p| p.version == version).cloned().ok_or_else(|| crate::Error::UnknownVersion {
        version: version.to_string(),
        known: all.iter().map(|p| p.version.clone()).collect(),
    })
}

/// The version generated before `version` in the chain, if any.
pub fn previous(version: &str) -> Option<String> {
    let all = known_versions();
    let idx = all.iter().position(|p| p.version == version)?;
    idx.checked_sub(1).map(|i| all[i].version.clone())
}

/// Git blob id: sha1 of `"blob " + len + "\0" + bytes`, as `git hash-object` prints it.
pub fn git_blob_sha1(bytes: &[u8]) -> String {
    use sha1::{Digest, Sha1};
    let mut h = Sha1::new();
    h.update(format!("blob {}\0", bytes.len()).as_bytes());
    h.update(bytes);
    hex::encode(h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_is_ordered_oldest_first() {
        let v = known_versions();
        let names: Vec<_> = v.iter().map(|p| p.version.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        for required in
            ["2022-11-15", "2023-08-16", "2024-04-10", "2024-09-30.acacia", "2025-03-31.basil", "2025-09-30.clover"]
        {
            assert!(names.contains(&required), "{required} missing from versions.toml");
        }
        let basil = pin("2025-03-31.basil").unwrap();
        assert_eq!(basil.tag.as_deref(), Some("v1642"));
        assert!(pin("2024-04-10").unwrap().tag.is_none());
        assert_eq!(previous("2024-04-10").as_deref(), Some("2023-08-16"));
    }

    #[test]
    fn unknown_version_lists_known_ones() {
        let err = pin("2099-01-01").unwrap_err().to_string();
        assert!(err.contains("2099-01-01") && err.contains("2025-03-31.basil"), "{err}");
    }

    #[test]
    fn blob_sha1_matches_git() {
        // `printf 'hello\n' | git hash-object --stdin`
        assert_eq!(git_blob_sha1(b"hello\n"), "ce013625030ba8dba906f756967f9e9ca394464a");
    }
}
