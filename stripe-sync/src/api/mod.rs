//! A small Stripe API client for reading: one global rate limiter, `Stripe-Version` pinned to
//! the schema's version, 429 → `Retry-After` or exponential backoff with jitter, 5xx retried.
//! The API key is sent only in the Authorization header and never logged.
//!
//! [`lists`] is the list plan (which list requests are valid, from the spec) and [`list_head`]
//! reads list responses. This module must not write to Postgres.

pub mod list_head;
pub mod lists;

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use serde_json::Value;

#[derive(Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base_url: String,
    api_key: Arc<String>,
    api_version: String,
    account: Option<String>,
    limiter: Arc<DefaultDirectRateLimiter>,
    /// Requests take the limiter's slots in the order they asked (tokio's mutex is fair), so
    /// an object whose pages are slow to write is not starved by one whose pages are quick.
    turn: Arc<tokio::sync::Mutex<()>>,
    /// How long the latest request waited for its slot, in µs.
    last_wait_us: Arc<AtomicU64>,
    pub max_retries: u32,
}

impl std::fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiClient")
            .field("base_url", &self.base_url)
            .field("api_version", &self.api_version)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("GET {path}: HTTP {status}{}: {message}", stripe_kind(kind, code))]
    Status { path: String, status: u16, kind: Option<String>, code: Option<String>, message: String },
    #[error("GET {path}: {source}")]
    Transport { path: String, source: reqwest::Error },
    #[error("GET {path}: response is not JSON: {message}")]
    Body { path: String, message: String },
}

fn stripe_kind(kind: &Option<String>, code: &Option<String>) -> String {
    match (kind, code) {
        (Some(k), Some(c)) => format!(" {k} ({c})"),
        (Some(k), None) => format!(" {k}"),
        (None, Some(c)) => format!(" ({c})"),
        (None, None) => String::new(),
    }
}

impl ApiError {
    /// Stripe's message when the key or the account may not read this: a restricted key
    /// without the permission (403 `permission_error`), or a product the account has not
    /// enabled (Issuing, Treasury, Climate…: 400 or 403 saying so). Such a list is skipped.
    pub fn unavailable(&self) -> Option<&str> {
        let ApiError::Status { status, kind, message, .. } = self else { return None };
        let m = message.to_ascii_lowercase();
        const NOT_ENABLED: &[&str] = &[
            "not set up to use",
            "not enabled",
            "does not have access",
            "not activated",
            "is not available",
            "must be onboarded",
            "has not been activated",
            "not have the required permissions",
        ];
        let says_so = NOT_ENABLED.iter().any(|p| m.contains(p));
        (*status == 403 || kind.as_deref() == Some("permission_error") || (*status == 400 && says_so))
            .then_some(message.as_str())
    }

    /// The platform may not read this connected account (access revoked, or no such account):
    /// 403 `account_invalid`. Every request for that account fails alike.
    pub fn is_account_invalid(&self) -> bool {
        matches!(self, ApiError::Status { code, .. } if code.as_deref() == Some("account_invalid"))
    }

    /// The object asked for does not exist (404 `resource_missing`).
    pub fn is_missing(&self) -> bool {
        matches!(self, ApiError::Status { status: 404, code, .. } if code.as_deref() == Some("resource_missing"))
    }
}

/// Default request rate: Stripe's limits are 25 req/s in test mode, 100 in live mode.
pub fn default_rate(api_key: &str) -> u32 {
    if api_key.starts_with("sk_live") || api_key.starts_with("rk_live") {
        100
    } else {
        25
    }
}

impl ApiClient {
    pub fn new(
        base_url: &str,
        api_key: &str,
        api_version: &str,
        account: Option<String>,
        requests_per_second: u32,
    ) -> Self {
        let rate = NonZeroU32::new(requests_per_second.max(1)).unwrap();
        ApiClient {
            http: reqwest::Client::builder().timeout(Duration::from_secs(80)).build().expect("HTTP client"),
            base_url: base_url.trim_end_matches('/').to_string(),
            api_key: Arc::new(api_key.to_string()),
            api_version: api_version.to_string(),
            account,
            // Spread evenly, with a burst of 2: a timer wakes a waiting request up to 1 ms
            // late, and with a burst of 1 that lateness is lost for good (at 100 req/s the
            // backfill ran at 94). One request of catch-up keeps the average at the limit;
            // no window of a second ever holds more than `rate` + 1 requests.
            limiter: Arc::new(RateLimiter::direct(Quota::per_second(rate).allow_burst(NonZeroU32::new(2).unwrap()))),
            turn: Default::default(),
            last_wait_us: Default::default(),
            max_retries: 8,
        }
    }

    pub fn account(&self) -> Option<&str> {
        self.account.as_deref()
    }

    /// The same client reading `account` (the `Stripe-Account` header; `None`: the
    /// platform), under the same rate limit.
    pub fn for_account(&self, account: Option<String>) -> ApiClient {
        ApiClient { account, ..self.clone() }
    }

    pub fn api_version(&self) -> &str {
        &self.api_version
    }

    /// Waits for this request's slot under the rate limit, in the order requests asked.
    async fn wait_turn(&self) {
        let asked = Instant::now();
        let _turn = self.turn.lock().await;
        self.limiter.until_ready().await;
        self.last_wait_us.store(asked.elapsed().as_micros() as u64, Ordering::Relaxed);
    }

    /// The rate limit is what bounds the requests now: the latest one waited for its slot
    /// (more than 2 ms; an unlimited client's slots wait microseconds at most).
    pub fn rate_limited(&self) -> bool {
        self.last_wait_us.load(Ordering::Relaxed) > 2_000
    }

    /// GET `path` (e.g. `/v1/customers`) with query pairs; retries 429 and 5xx.
    pub async fn get(&self, path: &str, query: &[(String, String)]) -> Result<Value, ApiError> {
        let body = self.get_bytes(path, query).await?;
        serde_json::from_slice(&body).map_err(|e| ApiError::Body { path: path.into(), message: e.to_string() })
    }

    /// [`ApiClient::get`]'s response body as it came, not parsed (an error's body is).
    pub async fn get_bytes(&self, path: &str, query: &[(String, String)]) -> Result<Vec<u8>, ApiError> {
        let url = format!("{}{}", self.base_url, path);
        let mut attempt = 0u32;
        loop {
            self.wait_turn().await;
            let mut req = self
                .http
                .get(&url)
                .query(query)
                .bearer_auth(self.api_key.as_str())
                .header("Stripe-Version", &self.api_version);
            if let Some(acct) = &self.account {
                req = req.header("Stripe-Account", acct);
            }
            let result = req.send().await;
            let retry_after = match &result {
                Ok(resp) if resp.status().as_u16() == 429 || resp.status().is_server_error() => {
                    resp.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<f64>().ok())
                }
                Err(e) if e.is_timeout() || e.is_connect() => None,
                _ => {
                    let resp = result.map_err(|source| ApiError::Transport { path: path.into(), source })?;
                    let status = resp.status().as_u16();
                    let bytes =
                        resp.bytes().await.map_err(|source| ApiError::Transport { path: path.into(), source })?;
                    if status >= 400 {
                        let body: Value = serde_json::from_slice(&bytes)
                            .map_err(|e| ApiError::Body { path: path.into(), message: e.to_string() })?;
                        let text = |k: &str| body["error"][k].as_str().map(String::from);
                        let message = text("message").unwrap_or_else(|| "no message".into());
                        return Err(ApiError::Status {
                            path: path.into(),
                            status,
                            kind: text("type"),
                            code: text("code"),
                            message,
                        });
                    }
                    return Ok(bytes.into());
                }
            };
            attempt += 1;
            if attempt > self.max_retries {
                return match result {
                    Ok(resp) => Err(ApiError::Status {
                        path: path.into(),
                        status: resp.status().as_u16(),
                        kind: None,
                        code: None,
                        message: format!("still failing after {} retries", self.max_retries),
                    }),
                    Err(source) => Err(ApiError::Transport { path: path.into(), source }),
                };
            }
            tokio::time::sleep(backoff(attempt, retry_after)).await;
        }
    }
}

impl ApiClient {
    /// Every item of a list, following `starting_after` (from `after`, when given) until
    /// `has_more` is false, 100 per page; `query` adds filters.
    pub async fn list_all(
        &self,
        path: &str,
        query: &[(String, String)],
        after: Option<String>,
    ) -> Result<Vec<Value>, ApiError> {
        let mut items = Vec::new();
        let mut cursor = after;
        loop {
            let mut q = vec![("limit".to_string(), "100".to_string())];
            q.extend_from_slice(query);
            if let Some(c) = &cursor {
                q.push(("starting_after".into(), c.clone()));
            }
            let mut page = self.get(path, &q).await?;
            let more = page["has_more"].as_bool().unwrap_or(false);
            let data = match page["data"].take() {
                Value::Array(a) => a,
                _ => Vec::new(),
            };
            cursor = data.last().and_then(|o| o["id"].as_str()).map(String::from);
            items.extend(data);
            if !more || cursor.is_none() {
                return Ok(items);
            }
        }
    }
}

/// `Retry-After` when given, else exponential from 250 ms (capped at 20 s) with full jitter.
fn backoff(attempt: u32, retry_after: Option<f64>) -> Duration {
    if let Some(secs) = retry_after {
        return Duration::from_secs_f64(secs.clamp(0.0, 60.0));
    }
    let cap = (250u64 << attempt.min(7)).min(20_000);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(0);
    Duration::from_millis(cap / 2 + nanos % (cap / 2 + 1))
}

#[cfg(test)]
mod limiter_tests {
    use super::ApiClient;
    use std::time::{Duration, Instant};

    /// Slots are taken the moment the limiter grants them, so this measures the limiter
    /// itself: no second holds more than the rate + 1, and the average stays at the rate.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_rate_limit_holds_over_every_second_and_keeps_its_average() {
        let rate = 10;
        let api = ApiClient::new("http://127.0.0.1:9", "sk_test_x", "2024-04-10", None, rate);
        let started = Instant::now();
        let tasks: Vec<_> = (0..4)
            .map(|_| {
                let api = api.clone();
                tokio::spawn(async move {
                    let mut at = Vec::new();
                    for _ in 0..6 {
                        api.wait_turn().await;
                        at.push(Instant::now());
                    }
                    at
                })
            })
            .collect();
        let mut grants = Vec::new();
        for t in tasks {
            grants.extend(t.await.unwrap());
        }
        grants.sort();
        for (i, first) in grants.iter().enumerate() {
            let within = grants[i..].iter().take_while(|g| g.duration_since(*first) < Duration::from_secs(1)).count();
            assert!(within <= rate as usize + 1, "{within} slots within one second from slot {i}");
        }
        // 24 slots at 10/s with one of catch-up: at least 2.2 s, and not much more.
        let took = grants.last().unwrap().duration_since(started);
        assert!(took >= Duration::from_millis(2150) && took < Duration::from_secs(4), "24 slots took {took:?}");
        assert!(api.rate_limited(), "24 requests at 10/s wait for their slots");
    }

    /// Windows are halved only while the limit does not bound the requests.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_client_far_under_its_limit_is_not_rate_limited() {
        let api = ApiClient::new("http://127.0.0.1:9", "sk_test_x", "2024-04-10", None, 100_000);
        assert!(!api.rate_limited(), "before any request");
        for _ in 0..20 {
            api.wait_turn().await;
        }
        assert!(!api.rate_limited());
    }
}
