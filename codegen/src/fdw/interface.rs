//! The interface of the supabase `wrappers` Stripe FDW, stripe_fdw 0.1.12 (wrappers 0.6.2):
//! the only objects it serves, and the only columns and types each accepts. Anything else
//! breaks it at query time (or crashes the backend), so the emitter builds foreign tables from
//! this table alone. A test checks it against ../shared/wrappers/stripe_fdw_0.1.12.tsv.

/// Column types the FDW declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FdwType {
    Text,
    Bigint,
    Boolean,
    /// Unix seconds shown as UTC.
    Timestamp,
    /// `attrs`: the whole object.
    Jsonb,
}

impl FdwType {
    /// The exact type name the FDW declares.
    pub fn sql(self) -> &'static str {
        match self {
            FdwType::Text => "text",
            FdwType::Bigint => "bigint",
            FdwType::Boolean => "boolean",
            FdwType::Timestamp => "timestamp without time zone",
            FdwType::Jsonb => "jsonb",
        }
    }
}

pub struct FdwColumn {
    pub name: &'static str,
    pub ty: FdwType,
    /// `WHERE col = literal` is sent to Stripe as a query parameter.
    pub pushdown_eq: bool,
}

pub struct FdwObject {
    /// The table option `object` (the API path after `/v1/`).
    pub object: &'static str,
    /// The name `IMPORT FOREIGN SCHEMA` gives the table.
    pub table: &'static str,
    /// In the FDW's own order.
    pub columns: &'static [FdwColumn],
}

impl FdwObject {
    /// Objects the FDW documents as writable (INSERT/UPDATE/DELETE need `rowid_column 'id'`).
    pub fn writable(&self) -> bool {
        WRITABLE.contains(&self.object)
    }
}

pub const WRITABLE: &[&str] = &["customers", "products", "subscriptions"];

const fn col(name: &'static str, ty: FdwType, pushdown_eq: bool) -> FdwColumn {
    FdwColumn { name, ty, pushdown_eq }
}

use FdwType::*;

/// Every object of stripe_fdw 0.1.12, in the FDW's order.
pub static OBJECTS: &[FdwObject] = &[
    FdwObject {
        object: "accounts",
        table: "accounts",
        columns: &[
            col("id", Text, true),
            col("business_type", Text, false),
            col("country", Text, false),
            col("email", Text, false),
            col("type", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "balance",
        table: "balance",
        columns: &[
            col("balance_type", Text, false),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "balance_transactions",
        table: "balance_transactions",
        columns: &[
            col("id", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("description", Text, false),
            col("fee", Bigint, false),
            col("net", Bigint, false),
            col("status", Text, false),
            col("type", Text, true),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "billing/meters",
        table: "billing_meters",
        columns: &[
            col("id", Text, true),
            col("display_name", Text, false),
            col("event_name", Text, false),
            col("event_time_window", Text, false),
            col("status", Text, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "charges",
        table: "charges",
        columns: &[
            col("id", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("customer", Text, true),
            col("description", Text, false),
            col("invoice", Text, false),
            col("payment_intent", Text, false),
            col("status", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "checkout/sessions",
        table: "checkout_sessions",
        columns: &[
            col("id", Text, true),
            col("customer", Text, true),
            col("payment_intent", Text, true),
            col("subscription", Text, true),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "customers",
        table: "customers",
        columns: &[
            col("id", Text, true),
            col("email", Text, true),
            col("name", Text, false),
            col("description", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "disputes",
        table: "disputes",
        columns: &[
            col("id", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("charge", Text, true),
            col("payment_intent", Text, true),
            col("reason", Text, false),
            col("status", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "events",
        table: "events",
        columns: &[
            col("id", Text, true),
            col("type", Text, true),
            col("api_version", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "file_links",
        table: "file_links",
        columns: &[
            col("id", Text, true),
            col("file", Text, false),
            col("url", Text, false),
            col("created", Timestamp, false),
            col("expired", Boolean, false),
            col("expires_at", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "files",
        table: "files",
        columns: &[
            col("id", Text, true),
            col("filename", Text, false),
            col("purpose", Text, true),
            col("title", Text, false),
            col("size", Bigint, false),
            col("type", Text, false),
            col("url", Text, false),
            col("created", Timestamp, false),
            col("expires_at", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "invoices",
        table: "invoices",
        columns: &[
            col("id", Text, true),
            col("customer", Text, true),
            col("subscription", Text, true),
            col("status", Text, true),
            col("total", Bigint, false),
            col("currency", Text, false),
            col("period_start", Timestamp, false),
            col("period_end", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "mandates",
        table: "mandates",
        columns: &[
            col("id", Text, true),
            col("payment_method", Text, false),
            col("status", Text, false),
            col("type", Text, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "payment_intents",
        table: "payment_intents",
        columns: &[
            col("id", Text, true),
            col("customer", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("payment_method", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "payouts",
        table: "payouts",
        columns: &[
            col("id", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("arrival_date", Timestamp, false),
            col("description", Text, false),
            col("statement_descriptor", Text, false),
            col("status", Text, true),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "prices",
        table: "prices",
        columns: &[
            col("id", Text, true),
            col("active", Boolean, true),
            col("currency", Text, true),
            col("product", Text, true),
            col("unit_amount", Bigint, false),
            col("type", Text, true),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "products",
        table: "products",
        columns: &[
            col("id", Text, true),
            col("name", Text, false),
            col("active", Boolean, true),
            col("default_price", Text, false),
            col("description", Text, false),
            col("created", Timestamp, false),
            col("updated", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "refunds",
        table: "refunds",
        columns: &[
            col("id", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("charge", Text, true),
            col("payment_intent", Text, true),
            col("reason", Text, false),
            col("status", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "setup_attempts",
        table: "setup_attempts",
        columns: &[
            col("id", Text, true),
            col("application", Text, false),
            col("customer", Text, false),
            col("on_behalf_of", Text, false),
            col("payment_method", Text, false),
            col("setup_intent", Text, true),
            col("status", Text, false),
            col("usage", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "setup_intents",
        table: "setup_intents",
        columns: &[
            col("id", Text, true),
            col("client_secret", Text, false),
            col("customer", Text, true),
            col("description", Text, false),
            col("payment_method", Text, true),
            col("status", Text, false),
            col("usage", Text, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "subscriptions",
        table: "subscriptions",
        columns: &[
            col("id", Text, true),
            col("customer", Text, true),
            col("currency", Text, false),
            col("current_period_start", Timestamp, false),
            col("current_period_end", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "tokens",
        table: "tokens",
        columns: &[
            col("id", Text, true),
            col("type", Text, false),
            col("client_ip", Text, false),
            col("used", Boolean, false),
            col("livemode", Boolean, false),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "topups",
        table: "topups",
        columns: &[
            col("id", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("description", Text, false),
            col("status", Text, true),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
    FdwObject {
        object: "transfers",
        table: "transfers",
        columns: &[
            col("id", Text, true),
            col("amount", Bigint, false),
            col("currency", Text, false),
            col("description", Text, false),
            col("destination", Text, true),
            col("created", Timestamp, false),
            col("attrs", Jsonb, false),
        ],
    },
];
