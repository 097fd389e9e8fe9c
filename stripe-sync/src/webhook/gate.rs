//! When a group of deliveries may try its one-statement write.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::metrics::Metrics;

/// Whether groups may try their one-statement write. A role that may not create temporary
/// objects is refused the group function; asking again on every group would cost each one
/// three round trips, so groups go one by one for a minute before the next try (a GRANT then
/// takes effect within that minute, with no restart).
#[derive(Debug, Default)]
pub(super) struct GroupGate {
    /// Unix seconds ([`crate::unix_now`]).
    closed_until: AtomicI64,
}

impl GroupGate {
    const RETRY_AFTER_SECS: i64 = 60;

    pub(super) fn open(&self, now: i64) -> bool {
        now >= self.closed_until.load(Ordering::Relaxed)
    }

    fn close(&self, now: i64) {
        self.closed_until.store(now + Self::RETRY_AFTER_SECS, Ordering::Relaxed);
    }
}

/// Logs why a group fell back to one-by-one writes: at debug level as a rule (one bad event
/// does that, and its dead letter says more), but as a warning when the role may not create
/// the temporary group function, which slows every group down until it is granted; then the
/// gate closes for a minute.
pub(super) fn note_group_failure(e: &sqlx::Error, events: usize, metrics: &Metrics, gate: &GroupGate) {
    let denied = matches!(e, sqlx::Error::Database(d) if d.code().as_deref() == Some("42501"));
    if denied {
        gate.close(crate::unix_now());
        metrics.group_function_refused();
        tracing::warn!(error = %e, "cannot create the temporary group-write function; writing events one by one for a minute before trying again. Grant the role TEMPORARY on the database");
    } else {
        tracing::debug!(error = %e, events, "group write failed; applying its events one by one");
    }
}

#[cfg(test)]
mod tests {
    use super::GroupGate;

    #[test]
    fn a_refused_group_function_is_asked_for_again_a_minute_later() {
        let gate = GroupGate::default();
        assert!(gate.open(1_700_000_000), "open until refused");
        gate.close(1_700_000_000);
        assert!(!gate.open(1_700_000_001));
        assert!(!gate.open(1_700_000_059));
        assert!(gate.open(1_700_000_060), "a minute later the group write is tried again");
    }
}
