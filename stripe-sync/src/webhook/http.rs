//! The HTTP face: `POST <path>` for webhooks, `/healthz`, `/metrics` (an axum `Router` an app
//! can mount, or `stripe-sync serve`).

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

use crate::webhook::{WebhookError, Webhooks};

/// The router: `POST path` (default `/webhooks/stripe`), `GET /healthz`, `GET /metrics`.
pub fn router(webhooks: Webhooks, path: &str) -> Router {
    let limit = webhooks.config().max_body_bytes;
    Router::new()
        .route(path, post(receive))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        // One byte over the limit is enough to refuse; the handler names the limit.
        .layer(DefaultBodyLimit::max(limit + 1))
        .with_state(webhooks)
}

async fn receive(
    State(hooks): State<Webhooks>,
    headers: HeaderMap,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let body = match body {
        Ok(b) => b,
        Err(e) => {
            let limit = hooks.config().max_body_bytes;
            return (
                StatusCode::PAYLOAD_TOO_LARGE,
                Json(json!({"error": format!("body over the {limit} byte limit: {e}")})),
            )
                .into_response();
        }
    };
    let signature = headers.get("stripe-signature").and_then(|v| v.to_str().ok());
    match hooks.process_event(&body, signature).await {
        Ok(outcome) => (StatusCode::OK, Json(json!({"received": true, "result": outcome.as_str()}))).into_response(),
        Err(e) => {
            let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST);
            if let WebhookError::Unavailable(cause) = &e {
                tracing::error!(error = %cause, "database unavailable; answering 503 so Stripe retries");
            } else {
                tracing::info!(error = %e, "webhook refused");
            }
            (status, Json(json!({"error": e.to_string()}))).into_response()
        }
    }
}

async fn healthz(State(hooks): State<Webhooks>) -> Response {
    match sqlx::query("SELECT 1").execute(hooks.pool()).await {
        Ok(_) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("database unavailable: {e}\n")).into_response(),
    }
}

async fn metrics(State(hooks): State<Webhooks>) -> Response {
    let mut text = hooks.metrics().render();
    text.push_str(&crate::billing::metrics_text(hooks.pool(), &hooks.config().app_schema).await);
    ([("content-type", "text/plain; version=0.0.4")], text).into_response()
}
