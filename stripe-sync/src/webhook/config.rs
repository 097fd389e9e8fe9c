//! Configuration of the webhook endpoint.

use signature::Secrets;

use super::signature;

/// Configuration of the webhook endpoint.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    pub secrets: Secrets,
    /// Seconds between the signature's timestamp and now.
    pub tolerance_secs: i64,
    /// Bodies larger than this are refused (413).
    pub max_body_bytes: usize,
    pub schema: String,
    /// Reads partial embedded lists whole after their event is stored ([`crate::partial`]);
    /// without it they stay recorded for `backfill` or `verify --fix`.
    pub api: Option<crate::api::ApiClient>,
    /// When a delivery is answered.
    pub ack: Ack,
    /// The app layer's schema: with `api`, paid Checkout Sessions' line items are read into it
    /// ([`crate::billing::line_items`]); nothing happens where it is not installed.
    pub app_schema: String,
}

/// When a delivery is answered: once it is durably stored (Stripe's advice, the default), or
/// once its rows are written too (read-your-write for callers that query right after, at the
/// cost of waiting for the applier). Either way the rows are written by the same applier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ack {
    #[default]
    Stored,
    Applied,
}

impl WebhookConfig {
    pub fn new(secrets: Secrets, schema: impl Into<String>) -> Self {
        WebhookConfig {
            secrets,
            tolerance_secs: signature::DEFAULT_TOLERANCE_SECS,
            max_body_bytes: 1 << 20,
            schema: schema.into(),
            app_schema: "stripe_app".into(),
            api: None,
            ack: Ack::default(),
        }
    }
}
