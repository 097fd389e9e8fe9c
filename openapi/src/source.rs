//! Finding the spec bytes for an API version: explicit path, local directory, cache, download.

use std::path::{Path, PathBuf};

use crate::versions::{git_blob_sha1, pin};
use crate::Error;

/// Default base for release downloads; `STRIPE_OPENAPI_BASE_URL` overrides it (tests use loopback).
pub const DEFAULT_BASE_URL: &str = "https://raw.githubusercontent.com/stripe/openapi";

/// Where to look for a spec. Built from flags and environment at the edge (xtask).
#[derive(Debug, Clone, Default)]
pub struct SpecLocator {
    /// `--spec PATH`: used as is, no checksum (the user vouches for it).
    pub explicit: Option<PathBuf>,
    /// `$STRIPE_OPENAPI_DIR`: holds `<version>.spec3.json|yaml` (or `specs/<version>…`).
    pub local_dir: Option<PathBuf>,
    /// The project's gitignored cache of verified downloads.
    pub cache_dir: Option<PathBuf>,
    /// Base URL of release downloads; `None` means [`DEFAULT_BASE_URL`].
    pub base_url: Option<String>,
}

/// The spec's bytes and where they came from.
#[derive(Debug, Clone)]
pub struct SpecFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    /// Git blob id of `bytes` (recorded in migration headers).
    pub blob_sha1: String,
}

/// `$STRIPE_OPENAPI_DIR`, a relative path taken from the workspace root: cargo runs each test
/// binary in its own package's folder, where the shell's relative path would point elsewhere.
pub fn openapi_dir_from_env(workspace: &Path) -> Option<PathBuf> {
    std::env::var_os("STRIPE_OPENAPI_DIR").map(|dir| workspace.join(dir))
}

impl SpecLocator {
    /// Reads `STRIPE_OPENAPI_DIR` and `STRIPE_OPENAPI_BASE_URL`; cache under `workspace/.cache/openapi`.
    pub fn from_env(explicit: Option<PathBuf>, workspace: &Path) -> Self {
        SpecLocator {
            explicit,
            local_dir: openapi_dir_from_env(workspace),
            cache_dir: Some(workspace.join(".cache").join("openapi")),
            base_url: std::env::var("STRIPE_OPENAPI_BASE_URL").ok(),
        }
    }

    /// Finds, or downloads and verifies, the spec of `version`.
    pub fn resolve(&self, version: &str) -> Result<SpecFile, Error> {
        if let Some(path) = &self.explicit {
            return read(path);
        }
        let pin = pin(version)?;
        let mut looked = Vec::new();
        let names = [format!("{version}.spec3.json"), format!("{version}.spec3.yaml")];
        let mut dirs = Vec::new();
        if let Some(dir) = &self.local_dir {
            dirs.push(dir.clone());
            dirs.push(dir.join("specs"));
        }
        if let Some(dir) = &self.cache_dir {
            dirs.push(dir.clone());
        }
        for dir in &dirs {
            for name in &names {
                let path = dir.join(name);
                if path.is_file() {
                    return read(&path);
                }
                looked.push(path);
            }
        }
        let Some(tag) = &pin.tag else {
            return Err(Error::SpecNotFound {
                version: version.into(),
                looked,
                download: format!(
                    "No download: {}",
                    pin.note.as_deref().unwrap_or("versions.toml pins no release tag for it.")
                ),
            });
        };
        let base = self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL).trim_end_matches('/');
        // spec3.json first; spec3.yaml when the release has no JSON file.
        let candidates = [(&pin.spec3_json, "spec3.json", &names[0]), (&pin.spec3_yaml, "spec3.yaml", &names[1])];
        let mut tried = Vec::new();
        for (expected, file, cache_name) in candidates {
            let Some(expected) = expected else { continue };
            let url = format!("{base}/{tag}/openapi/{file}");
            let bytes = match download(&url) {
                Ok(b) => b,
                Err(why) => {
                    tried.push(format!("Download of {url} failed: {why}"));
                    continue;
                }
            };
            let actual = git_blob_sha1(&bytes);
            if &actual != expected {
                return Err(Error::ChecksumMismatch {
                    version: version.into(),
                    url,
                    expected: expected.clone(),
                    actual,
                });
            }
            let Some(cache) = &self.cache_dir else {
                return Ok(SpecFile { path: PathBuf::from(url), bytes, blob_sha1: actual });
            };
            let path = cache.join(cache_name);
            write_atomically(&path, &bytes)?;
            return Ok(SpecFile { path, bytes, blob_sha1: actual });
        }
        Err(Error::SpecNotFound { version: version.into(), looked, download: tried.join("\n") })
    }
}

fn read(path: &Path) -> Result<SpecFile, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.into(), source })?;
    Ok(SpecFile { path: path.into(), blob_sha1: git_blob_sha1(&bytes), bytes })
}

fn download(url: &str) -> Result<Vec<u8>, String> {
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .map_err(|e| e.to_string())?;
    let resp = client.get(url).send().map_err(|e| format!("{e} (offline? no route to the host?)"))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(format!("HTTP {status}"));
    }
    resp.bytes().map(|b| b.to_vec()).map_err(|e| e.to_string())
}

/// Writes via a temporary file and rename, so a killed run never leaves half a spec in the cache.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let err = |source| Error::Cache { path: path.into(), source };
    std::fs::create_dir_all(path.parent().expect("cache path has a parent")).map_err(err)?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(err)?;
    std::fs::rename(&tmp, path).map_err(err)
}
