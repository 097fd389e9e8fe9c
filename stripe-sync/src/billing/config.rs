//! The app layer's configuration file (TOML), loaded into `settings` and `credit_rules` in one
//! transaction. The file is the whole truth: a rule removed from it is removed.
//!
//! ```toml
//! [settings]
//! user_metadata_key = "user_id"
//! past_due_grace = "3 days"
//!
//! [[credits]]
//! price = "price_tokens"
//! key = "tokens"
//! credits = 50
//! on = "purchase"      # or "invoice": each paid invoice
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use sqlx::PgPool;

use crate::db::quote_ident;

/// The settings the app layer reads.
pub const SETTINGS: &[&str] = &["past_due_grace", "user_metadata_key"];

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppConfig {
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    #[serde(default)]
    pub credits: Vec<CreditRule>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditRule {
    /// A Stripe price id (`price_…`).
    pub price: String,
    /// The credits' name in the app (`tokens`).
    pub key: String,
    /// Credits per unit bought.
    pub credits: i64,
    pub on: GrantOn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantOn {
    Purchase,
    Invoice,
}

impl GrantOn {
    fn as_str(self) -> &'static str {
        match self {
            GrantOn::Purchase => "purchase",
            GrantOn::Invoice => "invoice",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("{file}: loading it failed, nothing changed: {source}")]
    Database { file: String, source: sqlx::Error },
}

/// Reads a configuration; every error names the file and what to change.
pub fn parse(text: &str, file: &str) -> Result<AppConfig, ConfigError> {
    let invalid = |message: String| ConfigError::Invalid { file: file.into(), message };
    let config: AppConfig = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
    for key in config.settings.keys() {
        if !SETTINGS.contains(&key.as_str()) {
            return Err(invalid(format!("unknown setting `{key}`; the settings are {}", SETTINGS.join(", "))));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, rule) in config.credits.iter().enumerate() {
        if rule.credits <= 0 {
            return Err(invalid(format!(
                "credits[{i}] (price {}): credits must be above zero, not {}",
                rule.price, rule.credits
            )));
        }
        if !rule.price.starts_with("price_") && !rule.price.starts_with("plan_") {
            return Err(invalid(format!("credits[{i}]: `{}` is not a price id (they start with price_)", rule.price)));
        }
        if !seen.insert((&rule.price, &rule.key)) {
            return Err(invalid(format!(
                "credits[{i}]: price {} grants `{}` twice; keep one rule",
                rule.price, rule.key
            )));
        }
    }
    Ok(config)
}

/// Replaces the app layer's settings (those the file names) and credit rules with the file's.
pub async fn load(pool: &PgPool, schema: &str, config: &AppConfig, file: &str) -> Result<(), ConfigError> {
    let db = |source| ConfigError::Database { file: file.into(), source };
    let schema = quote_ident(schema);
    let mut tx = pool.begin().await.map_err(db)?;
    for (key, value) in &config.settings {
        if key == "past_due_grace" {
            // Postgres says whether it is an interval, before anything is kept.
            sqlx::query("SELECT $1::interval").bind(value).execute(&mut *tx).await.map_err(db)?;
        }
        sqlx::query(&format!(
            "INSERT INTO {schema}.settings VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ))
        .bind(key)
        .bind(value)
        .execute(&mut *tx)
        .await
        .map_err(db)?;
    }
    sqlx::query(&format!("DELETE FROM {schema}.credit_rules")).execute(&mut *tx).await.map_err(db)?;
    for rule in &config.credits {
        sqlx::query(&format!("INSERT INTO {schema}.credit_rules VALUES ($1, $2, $3, $4)"))
            .bind(&rule.price)
            .bind(&rule.key)
            .bind(rule.credits)
            .bind(rule.on.as_str())
            .execute(&mut *tx)
            .await
            .map_err(db)?;
    }
    tx.commit().await.map_err(db)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_parses_into_settings_and_rules() {
        let config = parse(
            "[settings]\npast_due_grace = \"5 days\"\n\n[[credits]]\nprice = \"price_1\"\nkey = \"tokens\"\ncredits = 50\non = \"purchase\"\n",
            "app.toml",
        )
        .unwrap();
        assert_eq!(config.settings["past_due_grace"], "5 days");
        assert_eq!(
            config.credits[0],
            CreditRule { price: "price_1".into(), key: "tokens".into(), credits: 50, on: GrantOn::Purchase }
        );
    }

    #[test]
    fn mistakes_are_named_with_the_fix() {
        let err = |text: &str| parse(text, "app.toml").unwrap_err().to_string();
        assert!(err("[settings]\ngrace = \"1 day\"\n")
            .contains("unknown setting `grace`; the settings are past_due_grace, user_metadata_key"));
        assert!(err("[[credits]]\nprice = \"price_1\"\nkey = \"t\"\ncredits = 0\non = \"purchase\"\n")
            .contains("credits must be above zero"));
        assert!(err("[[credits]]\nprice = \"prod_1\"\nkey = \"t\"\ncredits = 1\non = \"purchase\"\n")
            .contains("is not a price id"));
        assert!(err("[[credits]]\nprice = \"price_1\"\nkey = \"t\"\ncredits = 1\non = \"monthly\"\n")
            .contains("unknown variant `monthly`"));
        let twice = "[[credits]]\nprice = \"price_1\"\nkey = \"t\"\ncredits = 1\non = \"purchase\"\n";
        assert!(err(&format!("{twice}{twice}")).contains("grants `t` twice"));
    }
}
