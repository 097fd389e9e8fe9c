//! Spec lookup and download, against a loopback HTTP server serving real and tampered files.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use stripe_openapi::source::SpecLocator;
use stripe_openapi::Error;

fn shared_specs() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    stripe_openapi::source::openapi_dir_from_env(&root).unwrap_or_else(|| root.join("../shared/openapi")).join("specs")
}

/// Serves `routes` (path → body; anything else 404) on 127.0.0.1 and records requested paths.
fn serve(routes: Vec<(String, Vec<u8>)>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { break };
            let mut buf = vec![0u8; 8192];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]);
            let path = request.split_whitespace().nth(1).unwrap_or("").to_string();
            log.lock().unwrap().push(path.clone());
            let (status, body) = match routes.iter().find(|(p, _)| *p == path) {
                Some((_, body)) => ("200 OK", body.clone()),
                None => ("404 Not Found", b"not found".to_vec()),
            };
            let head = format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (format!("http://{addr}"), seen)
}

fn locator(base_url: String, cache: &std::path::Path) -> SpecLocator {
    SpecLocator { explicit: None, local_dir: None, cache_dir: Some(cache.to_path_buf()), base_url: Some(base_url) }
}

#[test]
fn a_verified_download_is_cached_and_reused() {
    // The real 2023-08-16 release file, whose git blob versions.toml pins.
    let yaml = std::fs::read(shared_specs().join("2023-08-16.spec3.yaml")).unwrap();
    let (base, seen) = serve(vec![("/v524/openapi/spec3.yaml".into(), yaml.clone())]);
    let cache = tempfile::tempdir().unwrap();
    let spec = locator(base.clone(), cache.path()).resolve("2023-08-16").unwrap();
    assert_eq!(spec.bytes, yaml);
    assert_eq!(spec.blob_sha1, "d391d1a2a95fc7763b29c68e1ddc8c7106a0b39c");
    let cached = cache.path().join("2023-08-16.spec3.yaml");
    assert_eq!(std::fs::read(&cached).unwrap(), yaml);
    assert_eq!(*seen.lock().unwrap(), ["/v524/openapi/spec3.json", "/v524/openapi/spec3.yaml"]);

    // The second resolve reads the cache: no new request.
    let again = locator(base, cache.path()).resolve("2023-08-16").unwrap();
    assert_eq!(again.path, cached);
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[test]
fn a_tampered_download_is_rejected_and_not_cached() {
    let mut yaml = std::fs::read(shared_specs().join("2023-08-16.spec3.yaml")).unwrap();
    yaml.extend_from_slice(b"\n# tampered\n");
    let (base, _) = serve(vec![("/v524/openapi/spec3.json".into(), yaml)]);
    let cache = tempfile::tempdir().unwrap();
    let err = locator(base, cache.path()).resolve("2023-08-16").unwrap_err();
    assert!(matches!(err, Error::ChecksumMismatch { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.contains("2f5250a7c802f2458d1668732b5635afc610d226") && msg.contains("--spec"), "{msg}");
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0, "nothing may be cached");
}

#[test]
fn offline_error_names_the_version_places_url_and_fix() {
    // A port nothing listens on: bind, note the port, drop the listener.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let cache = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut loc = locator(format!("http://127.0.0.1:{port}"), cache.path());
    loc.local_dir = Some(dir.path().to_path_buf());
    let msg = loc.resolve("2025-03-31.basil").unwrap_err().to_string();
    for needle in [
        "2025-03-31.basil",
        &format!("{}", dir.path().join("2025-03-31.basil.spec3.json").display()),
        &format!("{}", cache.path().join("2025-03-31.basil.spec3.yaml").display()),
        &format!("http://127.0.0.1:{port}/v1642/openapi/spec3.json"),
        "--spec PATH",
        "STRIPE_OPENAPI_DIR",
    ] {
        assert!(msg.contains(needle), "error lacks `{needle}`:\n{msg}");
    }
}

#[test]
fn a_version_without_a_pin_says_it_is_local_only() {
    let cache = tempfile::tempdir().unwrap();
    let msg = locator("http://127.0.0.1:9".into(), cache.path()).resolve("2024-04-10").unwrap_err().to_string();
    assert!(msg.contains("No download") && msg.contains("local file only"), "{msg}");
}

#[test]
fn an_unknown_version_lists_the_known_ones() {
    let cache = tempfile::tempdir().unwrap();
    let msg = locator("http://127.0.0.1:9".into(), cache.path()).resolve("2031-01-01.zeta").unwrap_err().to_string();
    assert!(msg.contains("2031-01-01.zeta") && msg.contains("2025-03-31.basil") && msg.contains("2024-04-10"), "{msg}");
}

#[test]
fn local_dir_is_preferred_and_json_and_yaml_both_parse() {
    let loc = SpecLocator { local_dir: Some(shared_specs()), ..Default::default() };
    for version in ["2024-04-10", "2023-08-16"] {
        let spec = loc.resolve(version).unwrap();
        let parsed = stripe_openapi::parse::parse_spec(&spec.path, &spec.bytes).unwrap();
        assert_eq!(parsed.info.version, version);
    }
}

#[test]
fn a_malformed_spec_names_the_file_and_location() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    let text = "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"x\", \"version\": 5}, \"paths\": {}}";
    let err = stripe_openapi::parse::parse_spec(&path, text.as_bytes()).unwrap_err().to_string();
    assert!(err.contains("bad.json") && err.contains("info.version") && err.contains("line 1"), "{err}");
    let yaml = "openapi: 3.0.0\ninfo:\n  title: x\n  version: [1]\npaths: {}\n";
    let err = stripe_openapi::parse::parse_spec(&dir.path().join("bad.yaml"), yaml.as_bytes()).unwrap_err().to_string();
    assert!(err.contains("bad.yaml") && err.contains("info.version") && err.contains("line 4"), "{err}");
}
