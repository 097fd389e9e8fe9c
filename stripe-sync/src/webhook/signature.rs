//! `Stripe-Signature` verification: owned by `stripe_model::webhook` (which apps use without
//! stripe-sync, to verify and parse a delivery); re-exported here for `serve`.

pub use stripe_model::webhook::{header, sign, verify, Secrets, SignatureError, DEFAULT_TOLERANCE_SECS};
