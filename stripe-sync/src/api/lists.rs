//! The list plan: where each table's rows are listed from, and the exact requests that lists
//! accept. Generated from the spec (`generated_lists.rs`); read by backfill and verify. A
//! request the plan does not allow is never sent: Stripe refuses an unknown parameter
//! (`parameter_unknown`) and a missing required one (`parameter_missing`).

pub use crate::generated_lists::{EMBEDDED, LIST_SOURCES, UNLISTED};

/// One list request plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListSource {
    pub table: &'static str,
    /// The operation's path; `{param}` is filled from a parent row.
    pub path: &'static str,
    /// Every query parameter the operation accepts (paging and `expand` too).
    pub accepts: &'static [&'static str],
    pub requires: &'static [&'static str],
    /// Parameters every request of this plan carries (`status=all`).
    pub fixed: &'static [(&'static str, &'static str)],
    /// Requested once per stored row of a parent table.
    pub parent: Option<Parent>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parent {
    pub table: &'static str,
    /// The path parameter that takes the parent's id.
    pub path_param: Option<&'static str>,
    /// (query parameter, the parent's field whose value it takes: `id` or a field of `_raw`).
    pub query: &'static [(&'static str, &'static str)],
}

/// A table filled from its parent's embedded list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Embedded {
    pub table: &'static str,
    pub parent: &'static str,
    pub field: &'static str,
    /// The item's column naming its parent (`subscription_items.subscription`): an item gone
    /// from a complete list is marked deleted by it ([`crate::write::follow`]).
    pub owner_column: Option<&'static str>,
}

/// A list no request can be planned for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unlisted {
    pub table: &'static str,
    pub path: &'static str,
    pub needs: &'static [&'static str],
}

impl ListSource {
    /// It accepts a `created` range: windows and `--since` apply.
    pub fn filters_created(&self) -> bool {
        self.accepts.contains(&"created")
    }

    pub fn accepts_limit(&self) -> bool {
        self.accepts.contains(&"limit")
    }

    /// A stable name for cursors and reports: the path, its fixed parameters, and the parent
    /// it walks (`/v1/subscriptions?status=all`, `/v1/customers?test_clock=<test_helpers_test_clocks>`).
    pub fn name(&self) -> String {
        let mut q: Vec<String> = self.fixed.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if let Some(p) = &self.parent {
            q.extend(p.query.iter().map(|(k, _)| format!("{k}=<{}>", p.table)));
        }
        if q.is_empty() {
            self.path.to_string()
        } else {
            format!("{}?{}", self.path, q.join("&"))
        }
    }

    /// The path with the parent's id in place of its path parameter.
    pub fn path_for(&self, parent_id: Option<&str>) -> String {
        match (self.parent.and_then(|p| p.path_param), parent_id) {
            (Some(param), Some(id)) => self.path.replace(&format!("{{{param}}}"), id),
            _ => self.path.to_string(),
        }
    }

    /// The query of a request: the fixed parameters, the parent's values, `limit` where
    /// accepted, and `extra` (cursor, `created` bounds), each only if the operation takes it.
    pub fn query(&self, parent_values: &[(&str, String)], extra: &[(String, String)]) -> Vec<(String, String)> {
        let mut q: Vec<(String, String)> = self.fixed.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        q.extend(parent_values.iter().map(|(k, v)| (k.to_string(), v.clone())));
        if self.accepts_limit() {
            q.push(("limit".into(), "100".into()));
        }
        q.extend(extra.iter().filter(|(k, _)| self.accepts.contains(&base_name(k))).cloned());
        q
    }
}

/// `created[gte]` → `created`.
pub fn base_name(name: &str) -> &str {
    name.split('[').next().unwrap_or(name)
}

/// The plans that fill `table`.
pub fn sources_for(table: &str) -> impl Iterator<Item = &'static ListSource> + '_ {
    LIST_SOURCES.iter().filter(move |s| s.table == table)
}

/// Tables listed by at least one plan, or filled from an embedded list, in order.
pub fn listed_tables() -> Vec<&'static str> {
    let mut t: Vec<&'static str> =
        LIST_SOURCES.iter().map(|s| s.table).chain(EMBEDDED.iter().map(|e| e.table)).collect();
    t.sort();
    t.dedup();
    t
}
