//! Prometheus metrics of the sync: events received, applied, failed, duplicate and stale by
//! type, apply latency, API version mismatches, and the newest event's time.

use std::sync::Arc;
use std::time::Duration;

use prometheus::{
    Encoder, Gauge, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry,
    TextEncoder,
};

use crate::webhook::Outcome;

/// An event's account as a label: `platform`, or `connected` for any connected account.
fn account_kind(account: Option<&str>) -> &'static str {
    if account.is_some() {
        "connected"
    } else {
        "platform"
    }
}

#[derive(Clone)]
pub struct Metrics(Arc<Inner>);

struct Inner {
    registry: Registry,
    events: IntCounterVec,
    latency: HistogramVec,
    group_size: Histogram,
    group_fallbacks: IntCounter,
    group_function_refusals: IntCounter,
    version_mismatch: IntCounterVec,
    newest_event: IntGauge,
    apply_delay: Histogram,
    apply_lag: Gauge,
    apply_queue: IntGauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let events = IntCounterVec::new(
            Opts::new(
                "stripe_sync_events_total",
                "Events by type, result (received, stored, applied, failed, duplicate, stale) and account kind (platform, connected: never an id, so the series stay few)",
            ),
            &["type", "result", "account"],
        )
        .unwrap();
        let latency = HistogramVec::new(
            HistogramOpts::new("stripe_sync_apply_seconds", "Time to record and apply one event, commit included")
                .buckets(vec![0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0]),
            &["result"],
        )
        .unwrap();
        let group_size = Histogram::with_opts(
            HistogramOpts::new("stripe_sync_commit_group_events", "Deliveries written by one commit (group commit)")
                .buckets(vec![1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0]),
        )
        .unwrap();
        let group_fallbacks = IntCounter::new(
            "stripe_sync_group_fallbacks_total",
            "Commit groups whose one-statement write failed and whose events were applied one by one",
        )
        .unwrap();
        let group_function_refusals = IntCounter::new(
            "stripe_sync_group_function_refusals_total",
            "Times Postgres refused to create the temporary group-write function (grant the role TEMPORARY); groups then go one by one for a minute",
        )
        .unwrap();
        let version_mismatch = IntCounterVec::new(
            Opts::new("stripe_sync_api_version_mismatch_total", "Events whose api_version differs from the schema's"),
            &["api_version"],
        )
        .unwrap();
        let newest_event =
            IntGauge::new("stripe_sync_newest_event_created_seconds", "Unix time of the newest event applied").unwrap();
        let apply_delay = Histogram::with_opts(
            HistogramOpts::new(
                "stripe_sync_apply_delay_seconds",
                "From an event's acknowledgement to its rows being written (the read-your-write delay)",
            )
            .buckets(vec![0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0, 30.0]),
        )
        .unwrap();
        let apply_lag = Gauge::new(
            "stripe_sync_apply_lag_seconds",
            "How long the oldest event of the applier's last group waited after its acknowledgement",
        )
        .unwrap();
        let apply_queue = IntGauge::new(
            "stripe_sync_apply_queue_events",
            "Acknowledged events waiting for the applier (in memory; the ledger's pending rows are the truth)",
        )
        .unwrap();
        for c in [
            Box::new(events.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(group_size.clone()),
            Box::new(group_fallbacks.clone()),
            Box::new(group_function_refusals.clone()),
            Box::new(version_mismatch.clone()),
            Box::new(newest_event.clone()),
            Box::new(apply_delay.clone()),
            Box::new(apply_lag.clone()),
            Box::new(apply_queue.clone()),
        ] {
            registry.register(c).unwrap();
        }
        Metrics(Arc::new(Inner {
            registry,
            events,
            latency,
            group_size,
            group_fallbacks,
            group_function_refusals,
            version_mismatch,
            newest_event,
            apply_delay,
            apply_lag,
            apply_queue,
        }))
    }

    pub fn received(&self, event_type: &str, account: Option<&str>) {
        self.0.events.with_label_values(&[event_type, "received", account_kind(account)]).inc();
    }

    pub fn stale(&self, event_type: &str, account: Option<&str>) {
        self.0.events.with_label_values(&[event_type, "stale", account_kind(account)]).inc();
    }

    /// One commit of the group-commit writers carried `events` deliveries.
    pub fn commit_group(&self, events: usize) {
        self.0.group_size.observe(events as f64);
    }

    /// A group's one-statement write failed; its events go one by one.
    pub fn group_fallback(&self) {
        self.0.group_fallbacks.inc();
    }

    /// Groups written one by one after their group statement failed.
    pub fn group_fallbacks(&self) -> u64 {
        self.0.group_fallbacks.get()
    }

    /// Postgres refused to create the group function (no TEMPORARY privilege).
    pub fn group_function_refused(&self) {
        self.0.group_function_refusals.inc();
    }

    pub fn group_function_refusals(&self) -> u64 {
        self.0.group_function_refusals.get()
    }

    pub fn api_version_mismatch(&self, version: &str) {
        self.0.version_mismatch.with_label_values(&[version]).inc();
    }

    /// An event of `event_type` was answered with `outcome`, `took`
    /// after it arrived. Applied and failed events are counted by [`Metrics::applied`] when
    /// the applier is done with them, whether or not the answer waited for it.
    pub fn finished(&self, event_type: &str, account: Option<&str>, outcome: Outcome, took: Duration) {
        if matches!(outcome, Outcome::Stored | Outcome::Duplicate) {
            self.0.events.with_label_values(&[event_type, outcome.as_str(), account_kind(account)]).inc();
        }
        self.0.latency.with_label_values(&[outcome.as_str()]).observe(took.as_secs_f64());
    }

    /// The applier applied (or dead-lettered) an event, `delay` after it was acknowledged.
    pub fn applied(&self, event_type: &str, account: Option<&str>, created: i64, outcome: Outcome, delay: Duration) {
        self.0.events.with_label_values(&[event_type, outcome.as_str(), account_kind(account)]).inc();
        self.0.apply_delay.observe(delay.as_secs_f64());
        if outcome == Outcome::Applied && created > self.0.newest_event.get() {
            self.0.newest_event.set(created);
        }
    }

    /// The applier finished a group whose oldest event waited `lag` since it was stored.
    pub fn applied_group(&self, lag: Duration) {
        self.0.apply_lag.set(lag.as_secs_f64());
    }

    /// Events waiting in the applier's hand-over queue.
    pub fn apply_queue(&self, events: usize) {
        self.0.apply_queue.set(events as i64);
    }

    /// The apply delay's quantile `q` (0–1), from the histogram's buckets (the upper bound of
    /// the bucket it falls in); `None` before any event was applied.
    pub fn apply_delay_quantile(&self, q: f64) -> Option<f64> {
        let h = &self.0.apply_delay;
        let total = h.get_sample_count();
        if total == 0 {
            return None;
        }
        let metric = prometheus::core::Collector::collect(h);
        let buckets = metric.first()?.get_metric().first()?.get_histogram().get_bucket().to_vec();
        let rank = (q * total as f64).ceil() as u64;
        buckets.iter().find(|b| b.cumulative_count() >= rank).map(|b| b.upper_bound()).or(Some(f64::INFINITY))
    }

    /// Count of events with this type and result.
    pub fn count(&self, event_type: &str, result: &str) -> u64 {
        ["platform", "connected"].iter().map(|a| self.0.events.with_label_values(&[event_type, result, a]).get()).sum()
    }

    /// The Prometheus text exposition, with the newest event's age computed now.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.0.registry.gather(), &mut out).unwrap();
        let mut text = String::from_utf8(out).unwrap();
        let newest = self.0.newest_event.get();
        if newest > 0 {
            let now = crate::unix_now();
            text.push_str("# HELP stripe_sync_newest_event_age_seconds Age of the newest event applied\n# TYPE stripe_sync_newest_event_age_seconds gauge\n");
            text.push_str(&format!("stripe_sync_newest_event_age_seconds {}\n", now - newest));
        }
        text
    }
}
