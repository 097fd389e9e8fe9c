//! Verify and parse a webhook delivery without storing it (Stripe's `constructEvent`):
//! `Stripe-Signature` verification (`t=<unix>,v1=<hex>[,v1=…]`, HMAC-SHA256 of `{t}.{body}`
//! under any configured secret, compared in constant time, within a tolerance), then the body
//! as a typed [`Event`]. No I/O. Behind the `webhook` feature.
//!
//! ```
//! use stripe_model::webhook::{construct_event, Secrets};
//! use stripe_model::{AnyObject, EventType};
//!
//! fn handle(body: &[u8], signature: Option<&str>, secrets: &Secrets) -> Result<(), Box<dyn std::error::Error>> {
//!     let event = construct_event(body, signature, secrets)?;
//!     match (&event.type_, &event.data.object) {
//!         (EventType::CheckoutSessionCompleted, AnyObject::CheckoutSession(session)) => {
//!             println!("checkout {} paid by {:?}", session.id, session.customer_details);
//!         }
//!         (EventType::ChargeRefunded, AnyObject::Charge(charge)) => {
//!             println!("charge {} refunded {}", charge.id, charge.amount_refunded);
//!         }
//!         // Every other type, including those Stripe adds later (`EventType::Unknown`).
//!         (other, _) => println!("ignored {other}"),
//!     }
//!     Ok(())
//! }
//! ```

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::json::{FromJson, Value};
use crate::Event;

/// Default tolerance between the signature's timestamp and now.
pub const DEFAULT_TOLERANCE_SECS: i64 = 300;

/// Webhook signing secrets (`whsec_…`); several at once during rotation or for Connect
/// endpoints. Never printed: `Debug` shows only how many there are.
#[derive(Clone)]
pub struct Secrets(Vec<String>);

impl Secrets {
    pub fn new(secrets: impl IntoIterator<Item = String>) -> Self {
        Secrets(secrets.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect())
    }

    /// From a comma-separated list (`STRIPE_WEBHOOK_SECRET=whsec_a,whsec_b`).
    pub fn from_list(list: &str) -> Self {
        Self::new(list.split(',').map(String::from))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secrets({} configured)", self.0.len())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    Missing,
    Malformed,
    NoV1,
    OutsideTolerance { age: i64, tolerance: i64 },
    NoMatch,
}

impl std::fmt::Display for SignatureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignatureError::Missing => f.write_str("missing Stripe-Signature header"),
            SignatureError::Malformed => {
                f.write_str("malformed Stripe-Signature header: expected `t=<timestamp>,v1=<signature>`")
            }
            SignatureError::NoV1 => f.write_str("Stripe-Signature has no v1 signature"),
            SignatureError::OutsideTolerance { age, tolerance } => write!(
                f,
                "Stripe-Signature timestamp is {age} s from now, outside the {tolerance} s tolerance (replayed, or a clock is wrong)"
            ),
            SignatureError::NoMatch => f.write_str(
                "no v1 signature matches any configured webhook secret (wrong secret, or the body was altered)",
            ),
        }
    }
}

impl std::error::Error for SignatureError {}

/// Computes the `v1` signature (hex) of `body` at `timestamp`, as Stripe does.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// A complete header value, for tests and tools that send signed events.
pub fn header(secret: &str, timestamp: i64, body: &[u8]) -> String {
    format!("t={timestamp},v1={}", sign(secret, timestamp, body))
}

/// Verifies `header` for `body` at time `now`.
pub fn verify(
    header: Option<&str>,
    body: &[u8],
    secrets: &Secrets,
    now: i64,
    tolerance: i64,
) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        let (k, v) = part.trim().split_once('=').ok_or(SignatureError::Malformed)?;
        match k {
            "t" => timestamp = Some(v.parse::<i64>().map_err(|_| SignatureError::Malformed)?),
            "v1" => signatures.push(hex::decode(v).map_err(|_| SignatureError::Malformed)?),
            _ => {} // v0 and future schemes are ignored, as Stripe's libraries do.
        }
    }
    let t = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::NoV1);
    }
    let age = now - t;
    if age.abs() > tolerance {
        return Err(SignatureError::OutsideTolerance { age, tolerance });
    }
    for secret in &secrets.0 {
        for sig in &signatures {
            let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
            mac.update(t.to_string().as_bytes());
            mac.update(b".");
            mac.update(body);
            // verify_slice compares in constant time.
            if mac.verify_slice(sig).is_ok() {
                return Ok(());
            }
        }
    }
    Err(SignatureError::NoMatch)
}

/// Why a delivery was refused by [`construct_event`].
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookError {
    /// The signature does not prove the body came from Stripe: answer 400.
    Signature(SignatureError),
    /// Signed, but not JSON.
    NotJson(String),
    /// Signed JSON these types cannot read, most often a payload of another API version (Stripe
    /// renders each delivery in its endpoint's version). `event` is the whole payload, for the
    /// caller to read by hand.
    Shape {
        error: crate::json::Error,
        /// The type the object was read as (`Invoice`), when the path is inside `data.object`.
        object_type: Option<&'static str>,
        /// The event's `api_version`, and these types'.
        event_version: Option<String>,
        types_version: &'static str,
        event: Box<Value>,
    },
}

impl std::fmt::Display for WebhookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookError::Signature(e) => write!(f, "{e}"),
            WebhookError::NotJson(e) => write!(f, "the signed body is not JSON: {e}"),
            WebhookError::Shape { error, object_type, event_version, types_version, .. } => {
                write!(f, "cannot read the event {error}")?;
                if let Some(t) = object_type {
                    write!(f, " (reading its object as {t})")?;
                }
                let version = event_version.as_deref().unwrap_or("unknown");
                if version != *types_version {
                    write!(f, "; the event is rendered in API version {version}, these types are {types_version}: set the endpoint's version to {types_version}, or read the payload in `event`")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for WebhookError {}

impl From<SignatureError> for WebhookError {
    fn from(e: SignatureError) -> Self {
        WebhookError::Signature(e)
    }
}

/// Verifies `signature` (the `Stripe-Signature` header) for `body` now, with the default
/// tolerance, and parses the body as a typed [`Event`].
pub fn construct_event(body: &[u8], signature: Option<&str>, secrets: &Secrets) -> Result<Event, WebhookError> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    construct_event_at(body, signature, secrets, now, DEFAULT_TOLERANCE_SECS)
}

/// [`construct_event`] at time `now` (unix seconds) with `tolerance` seconds.
pub fn construct_event_at(
    body: &[u8],
    signature: Option<&str>,
    secrets: &Secrets,
    now: i64,
    tolerance: i64,
) -> Result<Event, WebhookError> {
    verify(signature, body, secrets, now, tolerance)?;
    parse_event(body)
}

/// Parses a delivery's body (already verified) as a typed [`Event`].
pub fn parse_event(body: &[u8]) -> Result<Event, WebhookError> {
    let value: Value = crate::json::parse(body).map_err(|e| WebhookError::NotJson(e.to_string()))?;
    Event::from_json(value).map_err(|error| {
        // The rare failure reads the body again, so the usual success copies nothing.
        let value: Value = crate::json::parse(body).unwrap_or(Value::Null);
        let in_object = error.path().starts_with("$.data.object");
        let object_type = value["data"]["object"]["object"]
            .as_str()
            .filter(|_| in_object)
            .and_then(crate::resource_for_object)
            .map(|r| r.rust_type);
        WebhookError::Shape {
            error,
            object_type,
            event_version: value["api_version"].as_str().map(String::from),
            types_version: crate::API_VERSION,
            event: Box::new(value),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000;

    #[test]
    fn stripe_reference_vector() {
        // HMAC-SHA256("whsec_test", "1700000000.{}") computed independently with openssl:
        // printf '1700000000.{}' | openssl dgst -sha256 -hmac whsec_test
        assert_eq!(sign("whsec_test", NOW, b"{}"), "35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91");
    }

    #[test]
    fn accepts_any_configured_secret_and_any_v1() {
        let body = br#"{"id":"evt_1"}"#;
        let secrets = Secrets::from_list("whsec_old, whsec_new");
        let h = format!("t={NOW},v1={},v1={}", "00".repeat(32), sign("whsec_new", NOW, body));
        assert_eq!(verify(Some(&h), body, &secrets, NOW + 10, 300), Ok(()));
    }

    #[test]
    fn rejects_each_bad_case_with_its_reason() {
        let body = br#"{"id":"evt_1"}"#;
        let s = Secrets::from_list("whsec_a");
        assert_eq!(verify(None, body, &s, NOW, 300), Err(SignatureError::Missing));
        assert_eq!(verify(Some("garbage"), body, &s, NOW, 300), Err(SignatureError::Malformed));
        assert_eq!(verify(Some(&format!("t={NOW},v0=abcd")), body, &s, NOW, 300), Err(SignatureError::NoV1));
        let good = header("whsec_a", NOW, body);
        assert_eq!(
            verify(Some(&good), body, &s, NOW + 301, 300),
            Err(SignatureError::OutsideTolerance { age: 301, tolerance: 300 })
        );
        assert_eq!(verify(Some(&good), b"{\"id\":\"evt_2\"}", &s, NOW, 300), Err(SignatureError::NoMatch));
        assert_eq!(verify(Some(&good), body, &Secrets::from_list("whsec_b"), NOW, 300), Err(SignatureError::NoMatch));
        assert_eq!(verify(Some(&good), body, &s, NOW, 300), Ok(()));
    }

    #[test]
    fn secrets_never_print() {
        let s = Secrets::from_list("whsec_supersecret");
        assert!(!format!("{s:?}").contains("supersecret"));
    }
}
