//! `created` windows: how one large object is paged by several workers at once.
//!
//! Stripe lists newest first and pages by cursor, so one cursor is one request at a time.
//! A window is a range of `created` paged by its own cursor. An object starts as one open
//! window; whenever the backfill has a free worker, a window that still has more keeps the
//! next stretch of time and hands everything older, open-ended, to the free worker. The
//! stretch kept is measured in pages seen so far (seconds per page, times 2^splits), so
//! windows grow geometrically and an object of P pages needs about log2(P) of them: each
//! costs at most one partial page, and nothing is guessed ahead (no probe requests, no
//! calendar windows that end half empty). The oldest window is always open-ended, so no
//! object is missed however old it is. While the rate limit does not bound the requests, a
//! bounded window with pages left halves them instead when a worker is free, so the end of a
//! run is not a few large windows paging alone.

use serde::{Deserialize, Serialize};

/// One range of `created` (`lo` ≤ created < `hi`) and the cursor paging it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// Exclusive upper bound; `None` for the object's first window. Never changes, so it
    /// names the window's row in `_sync_state`.
    #[serde(default)]
    pub hi: Option<i64>,
    /// Inclusive lower bound; `None` = open (the oldest window).
    #[serde(default)]
    pub lo: Option<i64>,
    /// Id of the last object written, for `starting_after`.
    #[serde(default, rename = "starting_after")]
    pub cursor: Option<String>,
}

impl Window {
    /// The object's first window: everything since `since`.
    pub fn first(since: Option<i64>) -> Self {
        Window { hi: None, lo: since, cursor: None }
    }

    /// Its `_sync_state` key under the object's key (the first window keeps the object's
    /// key itself, as a backfill before windows wrote it).
    pub fn key(&self, object_key: &str) -> String {
        match self.hi {
            None => object_key.to_string(),
            Some(hi) => format!("{object_key}:before:{hi}"),
        }
    }

    /// The cursor and `created` bounds of the next page's query (the list plan adds the rest).
    pub fn query(&self) -> Vec<(String, String)> {
        let mut query = Vec::new();
        if let Some(c) = &self.cursor {
            query.push(("starting_after".into(), c.clone()));
        }
        if let Some(lo) = self.lo {
            query.push(("created[gte]".into(), lo.to_string()));
        }
        if let Some(hi) = self.hi {
            query.push(("created[lt]".into(), hi.to_string()));
        }
        query
    }

    /// Splits what is left after a page whose last object was created at `last_created`:
    /// this window keeps [m, hi) with its cursor, m = `last_created` − `keep_secs`, and the
    /// returned window takes [lo, m). `None` when what is left is shorter than that. The
    /// cursor's object (created at `last_created` ≥ m) stays in this window, so the cursor
    /// remains valid and no object is in both.
    pub fn split(&mut self, last_created: i64, keep_secs: i64) -> Option<Window> {
        let m = last_created - keep_secs.max(1);
        if self.lo.is_some_and(|lo| m <= lo) {
            return None;
        }
        let older = Window { hi: Some(m), lo: self.lo, cursor: None };
        self.lo = Some(m);
        Some(older)
    }
}

/// Seconds a window keeps when it splits: the time its pages have spanned per page, times
/// 2^splits (the object's splits so far), so each new window is larger than the last.
///
/// `halve_above` is the window's lower bound when the requests are not bound by the rate
/// limit: then a window with at least four pages' time left keeps at most half of it. Late
/// in a run, as workers come free, the large windows left would otherwise page on alone,
/// one request at a time each, while the free workers wait. Under a binding rate limit every
/// split's partial page costs a request slot, so there windows only grow.
pub fn keep_secs(first_created: i64, last_created: i64, pages: u32, splits: u32, halve_above: Option<i64>) -> i64 {
    let per_page = ((first_created - last_created).max(1) as f64 / pages.max(1) as f64).ceil() as i64;
    let grown = per_page.saturating_mul(1_i64 << splits.min(30));
    match halve_above {
        Some(lo) if last_created - lo >= 4 * per_page => grown.min((last_created - lo) / 2),
        _ => grown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which window an object created at `t` belongs to.
    fn covers(w: &Window, t: i64) -> bool {
        w.lo.is_none_or(|lo| t >= lo) && w.hi.is_none_or(|hi| t < hi)
    }

    #[test]
    fn splits_partition_the_remaining_range_and_keep_the_cursor_inside() {
        let mut w = Window::first(None);
        w.cursor = Some("cus_last".into());
        let last = 1_700_000_000;
        let older = w.split(last, 100).unwrap();
        // Every time at or before the cursor's object is in exactly one of the two.
        for t in [0, last - 101, last - 100, last - 1, last] {
            assert_eq!(covers(&w, t) as u8 + covers(&older, t) as u8, 1, "t = {t}");
        }
        assert!(covers(&w, last), "the cursor's object stays in the window that pages it");
        assert_eq!((w.lo, older.hi), (Some(last - 100), Some(last - 100)));
        assert_eq!(older.lo, None, "the oldest window stays open-ended");
        assert_eq!(older.cursor, None);
        // A bounded window splits only if time is left below the stretch it keeps.
        let mut bounded = Window { hi: Some(500), lo: Some(100), cursor: None };
        assert_eq!(bounded.split(150, 50), None);
        assert_eq!(bounded.lo, Some(100));
        assert_eq!(bounded.split(150, 49).map(|o| (o.lo, o.hi)), Some((Some(100), Some(101))));
    }

    #[test]
    fn each_split_keeps_twice_the_stretch_of_the_last() {
        // 100 objects over 33 s in one page.
        assert_eq!(keep_secs(1_000, 967, 1, 0, None), 33);
        assert_eq!(keep_secs(1_000, 967, 1, 3, None), 264);
        // Three pages over 100 s: 34 s per page.
        assert_eq!(keep_secs(1_000, 900, 3, 1, None), 68);
        // Many objects in one second still keep at least a second.
        assert_eq!(keep_secs(1_000, 1_000, 1, 0, None), 1);
    }

    #[test]
    fn a_bounded_window_with_pages_left_keeps_at_most_half_of_them() {
        // 33 s per page, 2^5 pages' stretch grown, 400 s (12 pages) left above 567.
        assert_eq!(keep_secs(1_000, 967, 1, 5, Some(567)), 200);
        // Less than four pages left: the window pages on alone.
        assert_eq!(keep_secs(1_000, 967, 1, 5, Some(900)), 33 * 32);
        // The grown stretch when it is the smaller.
        assert_eq!(keep_secs(1_000, 967, 1, 0, Some(567)), 33);
        // The halves cover what is left, the cursor staying in the kept one.
        let mut w = Window { hi: Some(2_000), lo: Some(567), cursor: Some("in_1".into()) };
        let older = w.split(967, 200).unwrap();
        assert_eq!((w.lo, older.hi, older.lo), (Some(767), Some(767), Some(567)));
    }

    #[test]
    fn the_first_window_keeps_the_key_and_format_of_earlier_backfills() {
        let w: Window = serde_json::from_value(serde_json::json!({"starting_after": "cus_1", "written": 100})).unwrap();
        assert_eq!(w, Window { hi: None, lo: None, cursor: Some("cus_1".into()) });
        assert_eq!(w.key("backfill:platform:customer:0"), "backfill:platform:customer:0");
        let q = Window { hi: Some(50), lo: Some(10), cursor: None }.query();
        assert!(q.contains(&("created[gte]".into(), "10".into())) && q.contains(&("created[lt]".into(), "50".into())));
    }
}
