//! Signed Stripe events for tests, and a webhook server on 127.0.0.1.

use serde_json::{json, Value};
use stripe_sync::metrics::Metrics;
use stripe_sync::webhook::signature::{self, Secrets};
use stripe_sync::webhook::{WebhookConfig, Webhooks};

pub const SECRET: &str = "whsec_test_secret";

pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// An event around `object`.
pub fn event(id: &str, event_type: &str, created: i64, object: &Value, previous: Option<Value>) -> Value {
    let mut data = json!({ "object": object });
    if let Some(p) = previous {
        data["previous_attributes"] = p;
    }
    json!({
        "id": id, "object": "event", "type": event_type, "created": created,
        "api_version": stripe_model::API_VERSION, "livemode": false, "pending_webhooks": 1,
        "request": {"id": null, "idempotency_key": null}, "data": data
    })
}

/// Body and `Stripe-Signature` for an event.
pub fn signed(event: &Value) -> (Vec<u8>, String) {
    let body = serde_json::to_vec(event).unwrap();
    let header = signature::header(SECRET, now(), &body);
    (body, header)
}

/// A webhook server on 127.0.0.1 over `pool`; returns its base URL.
pub async fn serve(pool: sqlx::PgPool) -> (String, Webhooks) {
    serve_with(pool, config()).await
}

/// The tests' webhook configuration: [`SECRET`], schema `stripe`, answering once the rows
/// are written (so a test reads them right after its 2xx; the applier writes them either way).
pub fn config() -> WebhookConfig {
    WebhookConfig {
        ack: stripe_sync::webhook::Ack::Applied,
        ..WebhookConfig::new(Secrets::from_list(SECRET), "stripe")
    }
}

/// [`serve`] with another configuration.
pub async fn serve_with(pool: sqlx::PgPool, config: WebhookConfig) -> (String, Webhooks) {
    let hooks = Webhooks::new(pool, config, Metrics::new());
    let app = stripe_sync::webhook::http::router(hooks.clone(), "/webhooks/stripe");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}"), hooks)
}

/// POSTs a body with a signature header; returns (status, JSON body).
pub async fn post(client: &reqwest::Client, base: &str, body: Vec<u8>, signature: Option<&str>) -> (u16, Value) {
    let mut req = client.post(format!("{base}/webhooks/stripe")).body(body).header("content-type", "application/json");
    if let Some(s) = signature {
        req = req.header("stripe-signature", s);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}
