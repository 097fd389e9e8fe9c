-- @generated: the full schema of Stripe API version 2024-04-10 (what the migration chain builds).
-- Every webhook or /v1/events event stripe-sync received: the ledger that makes delivery
-- idempotent, and the dead-letter queue for events that failed to apply.
CREATE TABLE _events (
    id text PRIMARY KEY,
    type text NOT NULL,
    api_version text,
    account text,
    created timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL,
    attempts integer NOT NULL DEFAULT 1,
    last_error text,
    object_type text,
    object_id text,
    payload jsonb NOT NULL
);
CREATE INDEX _events_created_idx ON _events (created);
CREATE INDEX _events_object_idx ON _events (object_id);
ALTER TABLE _events SET (fillfactor = 50, toast_tuple_target = 128);
-- The ids of the events not applied (pending: the applier's queue; failed: dead letters), kept
-- with the ledger's status by stripe-sync's statements in the same transaction.
CREATE TABLE _events_unapplied (id text PRIMARY KEY);

-- Objects with no table of their own (an object type this schema version lacks, or one
-- without an id such as balance): kept whole, never dropped.
CREATE TABLE _objects (
    object text NOT NULL,
    id text NOT NULL,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    PRIMARY KEY (object, id)
);

-- Cursors of resumable work (backfill pages, events catch-up), by key.
CREATE TABLE _sync_state (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- accounts (`account`)
CREATE TABLE accounts (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    business_profile jsonb,
    business_type text,
    capabilities jsonb,
    charges_enabled boolean,
    company jsonb,
    controller jsonb,
    country text,
    created timestamptz,
    default_currency text,
    details_submitted boolean,
    email text,
    external_accounts jsonb,
    future_requirements jsonb,
    individual jsonb,
    metadata jsonb,
    object text,
    payouts_enabled boolean,
    requirements jsonb,
    settings jsonb,
    tos_acceptance jsonb,
    type text
);
CREATE INDEX accounts__account_idx ON accounts (_account);
CREATE INDEX accounts_created_idx ON accounts (created);
COMMENT ON TABLE accounts IS 'Stripe `account` objects. This is an object representing a Stripe account. You can retrieve it to see
properties on the account like its current requirements or if the account is
enabled to make live charges or receive payouts.

For accounts where [controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection)
is `application`, which includes Custom accounts, the properties below are always
returned.

For accounts where [controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection)
is `stripe`, which includes Standard and Express accounts, some properties are only returned
until you create an [Account Link](/api/account_links) or [Account Session](/api/account_sessions)
to start Connect Onboarding. Learn about the [differences between accounts](/connect/accounts).';
COMMENT ON COLUMN accounts.id IS 'Stripe id of the object.';
COMMENT ON COLUMN accounts._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN accounts._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN accounts._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN accounts._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN accounts._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN accounts._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN accounts._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN accounts._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN accounts.business_profile IS 'Business information about the account.
From `business_profile`.';
COMMENT ON COLUMN accounts.business_type IS 'The business type. After you create an [Account Link](/api/account_links) or [Account Session](/api/account_sessions), this property is only returned for accounts where [controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts.
From `business_type`.';
COMMENT ON COLUMN accounts.capabilities IS 'From `capabilities`.';
COMMENT ON COLUMN accounts.charges_enabled IS 'Whether the account can create live charges.
From `charges_enabled`.';
COMMENT ON COLUMN accounts.company IS 'From `company`.';
COMMENT ON COLUMN accounts.controller IS 'From `controller`.';
COMMENT ON COLUMN accounts.country IS 'The account''s country.
From `country`.';
COMMENT ON COLUMN accounts.created IS 'Time at which the account was connected. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN accounts.default_currency IS 'Three-letter ISO currency code representing the default currency for the account. This must be a currency that [Stripe supports in the account''s country](https://stripe.com/docs/payouts).
From `default_currency`.';
COMMENT ON COLUMN accounts.details_submitted IS 'Whether account details have been submitted. Accounts with Stripe Dashboard access, which includes Standard accounts, cannot receive payouts before this is true. Accounts where this is false should be directed to [an onboarding flow](/connect/onboarding) to finish submitting account details.
From `details_submitted`.';
COMMENT ON COLUMN accounts.email IS 'An email address associated with the account. It''s not used for authentication and Stripe doesn''t market to this field without explicit approval from the platform.
From `email`.';
COMMENT ON COLUMN accounts.external_accounts IS 'External accounts (bank accounts and debit cards) currently attached to this account. External accounts are only returned for requests where `controller[is_controller]` is true.
From `external_accounts`.';
COMMENT ON COLUMN accounts.future_requirements IS 'From `future_requirements`.';
COMMENT ON COLUMN accounts.individual IS 'From `individual`.';
COMMENT ON COLUMN accounts.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN accounts.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN accounts.payouts_enabled IS 'Whether Stripe can send payouts to this account.
From `payouts_enabled`.';
COMMENT ON COLUMN accounts.requirements IS 'From `requirements`.';
COMMENT ON COLUMN accounts.settings IS 'Options for customizing how the account functions within Stripe.
From `settings`.';
COMMENT ON COLUMN accounts.tos_acceptance IS 'From `tos_acceptance`.';
COMMENT ON COLUMN accounts.type IS 'The Stripe account type. Can be `standard`, `express`, `custom`, or `none`.
From `type`.';

-- apple_pay_domains (`apple_pay_domain`)
CREATE TABLE apple_pay_domains (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    domain_name text,
    livemode boolean,
    object text
);
CREATE INDEX apple_pay_domains__account_idx ON apple_pay_domains (_account);
CREATE INDEX apple_pay_domains_created_idx ON apple_pay_domains (created);
COMMENT ON TABLE apple_pay_domains IS 'Stripe `apple_pay_domain` objects. ';
COMMENT ON COLUMN apple_pay_domains.id IS 'Stripe id of the object.';
COMMENT ON COLUMN apple_pay_domains._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN apple_pay_domains._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN apple_pay_domains._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN apple_pay_domains._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN apple_pay_domains._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN apple_pay_domains._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN apple_pay_domains._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN apple_pay_domains._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN apple_pay_domains.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN apple_pay_domains.domain_name IS 'From `domain_name`.';
COMMENT ON COLUMN apple_pay_domains.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN apple_pay_domains.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- application_fees (`application_fee`)
CREATE TABLE application_fees (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account text,
    amount bigint,
    amount_refunded bigint,
    application text,
    balance_transaction text,
    charge text,
    created timestamptz,
    currency text,
    fee_source jsonb,
    livemode boolean,
    object text,
    originating_transaction text,
    refunded boolean,
    refunds jsonb
);
CREATE INDEX application_fees__account_idx ON application_fees (_account);
CREATE INDEX application_fees_account_idx ON application_fees (account);
CREATE INDEX application_fees_application_idx ON application_fees (application);
CREATE INDEX application_fees_balance_transaction_idx ON application_fees (balance_transaction);
CREATE INDEX application_fees_charge_idx ON application_fees (charge);
CREATE INDEX application_fees_created_idx ON application_fees (created);
COMMENT ON TABLE application_fees IS 'Stripe `application_fee` objects. ';
COMMENT ON COLUMN application_fees.id IS 'Stripe id of the object.';
COMMENT ON COLUMN application_fees._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN application_fees._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN application_fees._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN application_fees._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN application_fees._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN application_fees._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN application_fees._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN application_fees._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN application_fees.account IS 'ID of the Stripe account this fee was taken from.
From `account` (the id, also when expanded).';
COMMENT ON COLUMN application_fees.amount IS 'Amount earned, in cents (or local equivalent).
From `amount`.';
COMMENT ON COLUMN application_fees.amount_refunded IS 'Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the fee if a partial refund was issued)
From `amount_refunded`.';
COMMENT ON COLUMN application_fees.application IS 'ID of the Connect application that earned the fee.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN application_fees.balance_transaction IS 'Balance transaction that describes the impact of this collected application fee on your account balance (not including refunds).
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN application_fees.charge IS 'ID of the charge that the application fee was taken from.
From `charge` (the id, also when expanded).';
COMMENT ON COLUMN application_fees.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN application_fees.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN application_fees.fee_source IS 'Polymorphic source of the application fee. Includes the ID of the object the application fee was created from.
From `fee_source`.';
COMMENT ON COLUMN application_fees.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN application_fees.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN application_fees.originating_transaction IS 'ID of the corresponding charge on the platform account, if this fee was the result of a charge using the `destination` parameter.
From `originating_transaction` (the id, also when expanded).';
COMMENT ON COLUMN application_fees.refunded IS 'Whether the fee has been fully refunded. If the fee is only partially refunded, this attribute will still be false.
From `refunded`.';
COMMENT ON COLUMN application_fees.refunds IS 'A list of refunds that have been applied to the fee.
From `refunds`.';

-- apps_secrets (`apps.secret`)
CREATE TABLE apps_secrets (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    deleted boolean,
    expires_at timestamptz,
    livemode boolean,
    name text,
    object text,
    payload text,
    scope jsonb
);
CREATE INDEX apps_secrets__account_idx ON apps_secrets (_account);
CREATE INDEX apps_secrets_created_idx ON apps_secrets (created);
COMMENT ON TABLE apps_secrets IS 'Stripe `apps.secret` objects. Secret Store is an API that allows Stripe Apps developers to securely persist secrets for use by UI Extensions and app backends.

The primary resource in Secret Store is a `secret`. Other apps can''t view secrets created by an app. Additionally, secrets are scoped to provide further permission control.

All Dashboard users and the app backend share `account` scoped secrets. Use the `account` scope for secrets that don''t change per-user, like a third-party API key.

A `user` scoped secret is accessible by the app backend and one specific Dashboard user. Use the `user` scope for per-user secrets like per-user OAuth tokens, where different users might have different permissions.

Related guide: [Store data between page reloads](https://stripe.com/docs/stripe-apps/store-auth-data-custom-objects)';
COMMENT ON COLUMN apps_secrets.id IS 'Stripe id of the object.';
COMMENT ON COLUMN apps_secrets._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN apps_secrets._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN apps_secrets._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN apps_secrets._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN apps_secrets._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN apps_secrets._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN apps_secrets._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN apps_secrets._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN apps_secrets.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN apps_secrets.deleted IS 'If true, indicates that this secret has been deleted
From `deleted`.';
COMMENT ON COLUMN apps_secrets.expires_at IS 'The Unix timestamp for the expiry time of the secret, after which the secret deletes.
From `expires_at`.';
COMMENT ON COLUMN apps_secrets.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN apps_secrets.name IS 'A name for the secret that''s unique within the scope.
From `name`.';
COMMENT ON COLUMN apps_secrets.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN apps_secrets.payload IS 'The plaintext secret value to be stored.
From `payload`.';
COMMENT ON COLUMN apps_secrets.scope IS 'From `scope`.';

-- balance_transactions (`balance_transaction`)
CREATE TABLE balance_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    available_on timestamptz,
    created timestamptz,
    currency text,
    description text,
    exchange_rate numeric,
    fee bigint,
    fee_details jsonb,
    net bigint,
    object text,
    reporting_category text,
    source text,
    status text,
    type text
);
CREATE INDEX balance_transactions__account_idx ON balance_transactions (_account);
CREATE INDEX balance_transactions_created_idx ON balance_transactions (created);
CREATE INDEX balance_transactions_source_idx ON balance_transactions (source);
COMMENT ON TABLE balance_transactions IS 'Stripe `balance_transaction` objects. Balance transactions represent funds moving through your Stripe account.
Stripe creates them for every type of transaction that enters or leaves your Stripe account balance.

Related guide: [Balance transaction types](https://stripe.com/docs/reports/balance-transaction-types)';
COMMENT ON COLUMN balance_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN balance_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN balance_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN balance_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN balance_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN balance_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN balance_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN balance_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN balance_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN balance_transactions.amount IS 'Gross amount of this transaction (in cents (or local equivalent)). A positive value represents funds charged to another party, and a negative value represents funds sent to another party.
From `amount`.';
COMMENT ON COLUMN balance_transactions.available_on IS 'The date that the transaction''s net funds become available in the Stripe balance.
From `available_on`.';
COMMENT ON COLUMN balance_transactions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN balance_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN balance_transactions.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN balance_transactions.exchange_rate IS 'If applicable, this transaction uses an exchange rate. If money converts from currency A to currency B, then the `amount` in currency A, multipled by the `exchange_rate`, equals the `amount` in currency B. For example, if you charge a customer 10.00 EUR, the PaymentIntent''s `amount` is `1000` and `currency` is `eur`. If this converts to 12.34 USD in your Stripe account, the BalanceTransaction''s `amount` is `1234`, its `currency` is `usd`, and the `exchange_rate` is `1.234`.
From `exchange_rate`.';
COMMENT ON COLUMN balance_transactions.fee IS 'Fees (in cents (or local equivalent)) paid for this transaction. Represented as a positive integer when assessed.
From `fee`.';
COMMENT ON COLUMN balance_transactions.fee_details IS 'Detailed breakdown of fees (in cents (or local equivalent)) paid for this transaction.
From `fee_details`.';
COMMENT ON COLUMN balance_transactions.net IS 'Net impact to a Stripe balance (in cents (or local equivalent)). A positive value represents incrementing a Stripe balance, and a negative value decrementing a Stripe balance. You can calculate the net impact of a transaction on a balance by `amount` - `fee`
From `net`.';
COMMENT ON COLUMN balance_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN balance_transactions.reporting_category IS 'Learn more about how [reporting categories](https://stripe.com/docs/reports/reporting-categories) can help you understand balance transactions from an accounting perspective.
From `reporting_category`.';
COMMENT ON COLUMN balance_transactions.source IS 'This transaction relates to the Stripe object.
From `source` (the id, also when expanded).';
COMMENT ON COLUMN balance_transactions.status IS 'The transaction''s net funds status in the Stripe balance, which are either `available` or `pending`.
From `status`.';
COMMENT ON COLUMN balance_transactions.type IS 'Transaction type: `adjustment`, `advance`, `advance_funding`, `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`, `climate_order_purchase`, `climate_order_refund`, `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`, `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`, `obligation_outbound`, `obligation_reversal_inbound`, `payment`, `payment_failure_refund`, `payment_network_reserve_hold`, `payment_network_reserve_release`, `payment_refund`, `payment_reversal`, `payment_unreconciled`, `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`, `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`, `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`, `transfer_failure`, or `transfer_refund`. Learn more about [balance transaction types and what they represent](https://stripe.com/docs/reports/balance-transaction-types). To classify transactions for accounting purposes, consider `reporting_category` instead.
From `type`.';

-- bank_accounts (`bank_account`)
CREATE TABLE bank_accounts (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account text,
    account_holder_name text,
    account_holder_type text,
    account_type text,
    available_payout_methods jsonb,
    bank_name text,
    country text,
    currency text,
    customer text,
    default_for_currency boolean,
    fingerprint text,
    future_requirements jsonb,
    last4 text,
    metadata jsonb,
    object text,
    requirements jsonb,
    routing_number text,
    status text
);
CREATE INDEX bank_accounts__account_idx ON bank_accounts (_account);
CREATE INDEX bank_accounts_account_idx ON bank_accounts (account);
CREATE INDEX bank_accounts_customer_idx ON bank_accounts (customer);
COMMENT ON TABLE bank_accounts IS 'Stripe `bank_account` objects. These bank accounts are payment methods on `Customer` objects.

On the other hand [External Accounts](/api#external_accounts) are transfer
destinations on `Account` objects for accounts where [controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection)
is `application`, which includes [Custom accounts](/connect/custom-accounts).
They can be bank accounts or debit cards as well, and are documented in the links above.

Related guide: [Bank debits and transfers](/payments/bank-debits-transfers)';
COMMENT ON COLUMN bank_accounts.id IS 'Stripe id of the object.';
COMMENT ON COLUMN bank_accounts._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN bank_accounts._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN bank_accounts._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN bank_accounts._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN bank_accounts._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN bank_accounts._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN bank_accounts._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN bank_accounts._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN bank_accounts.account IS 'The ID of the account that the bank account is associated with.
From `account` (the id, also when expanded).';
COMMENT ON COLUMN bank_accounts.account_holder_name IS 'The name of the person or business that owns the bank account.
From `account_holder_name`.';
COMMENT ON COLUMN bank_accounts.account_holder_type IS 'The type of entity that holds the account. This can be either `individual` or `company`.
From `account_holder_type`.';
COMMENT ON COLUMN bank_accounts.account_type IS 'The bank account type. This can only be `checking` or `savings` in most countries. In Japan, this can only be `futsu` or `toza`.
From `account_type`.';
COMMENT ON COLUMN bank_accounts.available_payout_methods IS 'A set of available payout methods for this bank account. Only values from this set should be passed as the `method` when creating a payout.
From `available_payout_methods`.';
COMMENT ON COLUMN bank_accounts.bank_name IS 'Name of the bank associated with the routing number (e.g., `WELLS FARGO`).
From `bank_name`.';
COMMENT ON COLUMN bank_accounts.country IS 'Two-letter ISO code representing the country the bank account is located in.
From `country`.';
COMMENT ON COLUMN bank_accounts.currency IS 'Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid out to the bank account.
From `currency`.';
COMMENT ON COLUMN bank_accounts.customer IS 'The ID of the customer that the bank account is associated with.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN bank_accounts.default_for_currency IS 'Whether this bank account is the default external account for its currency.
From `default_for_currency`.';
COMMENT ON COLUMN bank_accounts.fingerprint IS 'Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
From `fingerprint`.';
COMMENT ON COLUMN bank_accounts.future_requirements IS 'Information about the [upcoming new requirements for the bank account](https://stripe.com/docs/connect/custom-accounts/future-requirements), including what information needs to be collected, and by when.
From `future_requirements`.';
COMMENT ON COLUMN bank_accounts.last4 IS 'The last four digits of the bank account number.
From `last4`.';
COMMENT ON COLUMN bank_accounts.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN bank_accounts.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN bank_accounts.requirements IS 'Information about the requirements for the bank account, including what information needs to be collected.
From `requirements`.';
COMMENT ON COLUMN bank_accounts.routing_number IS 'The routing transit number for the bank account.
From `routing_number`.';
COMMENT ON COLUMN bank_accounts.status IS 'For bank accounts, possible values are `new`, `validated`, `verified`, `verification_failed`, or `errored`. A bank account that hasn''t had any activity or validation performed is `new`. If Stripe can determine that the bank account exists, its status will be `validated`. Note that there often isn’t enough information to know (e.g., for smaller credit unions), and the validation is not always run. If customer bank account verification has succeeded, the bank account status will be `verified`. If the verification failed for any reason, such as microdeposit failure, the status will be `verification_failed`. If a payout sent to this bank account fails, we''ll set the status to `errored` and will not continue to send [scheduled payouts](https://stripe.com/docs/payouts#payout-schedule) until the bank details are updated.

For external accounts, possible values are `new`, `errored` and `verification_failed`. If a payout fails, the status is set to `errored` and scheduled payouts are stopped until account details are updated. In the US and India, if we can''t [verify the owner of the bank account](https://support.stripe.com/questions/bank-account-ownership-verification), we''ll set the status to `verification_failed`. Other validations aren''t run against external accounts because they''re only used for payouts. This means the other statuses don''t apply.
From `status`.';

-- billing_meter_event_summaries (`billing.meter_event_summary`)
CREATE TABLE billing_meter_event_summaries (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    aggregated_value numeric,
    end_time timestamptz,
    livemode boolean,
    meter text,
    object text,
    start_time timestamptz
);
CREATE INDEX billing_meter_event_summaries__account_idx ON billing_meter_event_summaries (_account);
COMMENT ON TABLE billing_meter_event_summaries IS 'Stripe `billing.meter_event_summary` objects. A billing meter event summary represents an aggregated view of a customer''s billing meter events within a specified timeframe. It indicates how much
usage was accrued by a customer for that period.';
COMMENT ON COLUMN billing_meter_event_summaries.id IS 'Stripe id of the object.';
COMMENT ON COLUMN billing_meter_event_summaries._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN billing_meter_event_summaries._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN billing_meter_event_summaries._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN billing_meter_event_summaries._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN billing_meter_event_summaries._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN billing_meter_event_summaries._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN billing_meter_event_summaries._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN billing_meter_event_summaries._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN billing_meter_event_summaries.aggregated_value IS 'Aggregated value of all the events within `start_time` (inclusive) and `end_time` (inclusive). The aggregation strategy is defined on meter via `default_aggregation`.
From `aggregated_value`.';
COMMENT ON COLUMN billing_meter_event_summaries.end_time IS 'End timestamp for this event summary (inclusive).
From `end_time`.';
COMMENT ON COLUMN billing_meter_event_summaries.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN billing_meter_event_summaries.meter IS 'The meter associated with this event summary.
From `meter`.';
COMMENT ON COLUMN billing_meter_event_summaries.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN billing_meter_event_summaries.start_time IS 'Start timestamp for this event summary (inclusive).
From `start_time`.';

-- billing_meters (`billing.meter`)
CREATE TABLE billing_meters (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    customer_mapping jsonb,
    default_aggregation jsonb,
    display_name text,
    event_name text,
    event_time_window text,
    livemode boolean,
    object text,
    status text,
    status_transitions jsonb,
    updated timestamptz,
    value_settings jsonb
);
CREATE INDEX billing_meters__account_idx ON billing_meters (_account);
CREATE INDEX billing_meters_created_idx ON billing_meters (created);
COMMENT ON TABLE billing_meters IS 'Stripe `billing.meter` objects. A billing meter is a resource that allows you to track usage of a particular event. For example, you might create a billing meter to track the number of API calls made by a particular user. You can then attach the billing meter to a price and attach the price to a subscription to charge the user for the number of API calls they make.';
COMMENT ON COLUMN billing_meters.id IS 'Stripe id of the object.';
COMMENT ON COLUMN billing_meters._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN billing_meters._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN billing_meters._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN billing_meters._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN billing_meters._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN billing_meters._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN billing_meters._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN billing_meters._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN billing_meters.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN billing_meters.customer_mapping IS 'From `customer_mapping`.';
COMMENT ON COLUMN billing_meters.default_aggregation IS 'From `default_aggregation`.';
COMMENT ON COLUMN billing_meters.display_name IS 'The meter''s name.
From `display_name`.';
COMMENT ON COLUMN billing_meters.event_name IS 'The name of the meter event to record usage for. Corresponds with the `event_name` field on meter events.
From `event_name`.';
COMMENT ON COLUMN billing_meters.event_time_window IS 'The time window to pre-aggregate meter events for, if any.
From `event_time_window`.';
COMMENT ON COLUMN billing_meters.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN billing_meters.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN billing_meters.status IS 'The meter''s status.
From `status`.';
COMMENT ON COLUMN billing_meters.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN billing_meters.updated IS 'Time at which the object was last updated. Measured in seconds since the Unix epoch.
From `updated`.';
COMMENT ON COLUMN billing_meters.value_settings IS 'From `value_settings`.';

-- billing_portal_configurations (`billing_portal.configuration`)
CREATE TABLE billing_portal_configurations (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    application text,
    business_profile jsonb,
    created timestamptz,
    default_return_url text,
    features jsonb,
    is_default boolean,
    livemode boolean,
    login_page jsonb,
    metadata jsonb,
    object text,
    updated timestamptz
);
CREATE INDEX billing_portal_configurations__account_idx ON billing_portal_configurations (_account);
CREATE INDEX billing_portal_configurations_application_idx ON billing_portal_configurations (application);
CREATE INDEX billing_portal_configurations_created_idx ON billing_portal_configurations (created);
COMMENT ON TABLE billing_portal_configurations IS 'Stripe `billing_portal.configuration` objects. A portal configuration describes the functionality and behavior of a portal session.';
COMMENT ON COLUMN billing_portal_configurations.id IS 'Stripe id of the object.';
COMMENT ON COLUMN billing_portal_configurations._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN billing_portal_configurations._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN billing_portal_configurations._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN billing_portal_configurations._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN billing_portal_configurations._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN billing_portal_configurations._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN billing_portal_configurations._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN billing_portal_configurations._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN billing_portal_configurations.active IS 'Whether the configuration is active and can be used to create portal sessions.
From `active`.';
COMMENT ON COLUMN billing_portal_configurations.application IS 'ID of the Connect Application that created the configuration.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN billing_portal_configurations.business_profile IS 'From `business_profile`.';
COMMENT ON COLUMN billing_portal_configurations.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN billing_portal_configurations.default_return_url IS 'The default URL to redirect customers to when they click on the portal''s link to return to your website. This can be [overriden](https://stripe.com/docs/api/customer_portal/sessions/create#create_portal_session-return_url) when creating the session.
From `default_return_url`.';
COMMENT ON COLUMN billing_portal_configurations.features IS 'From `features`.';
COMMENT ON COLUMN billing_portal_configurations.is_default IS 'Whether the configuration is the default. If `true`, this configuration can be managed in the Dashboard and portal sessions will use this configuration unless it is overriden when creating the session.
From `is_default`.';
COMMENT ON COLUMN billing_portal_configurations.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN billing_portal_configurations.login_page IS 'From `login_page`.';
COMMENT ON COLUMN billing_portal_configurations.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN billing_portal_configurations.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN billing_portal_configurations.updated IS 'Time at which the object was last updated. Measured in seconds since the Unix epoch.
From `updated`.';

-- billing_portal_sessions (`billing_portal.session`)
CREATE TABLE billing_portal_sessions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    configuration text,
    created timestamptz,
    customer text,
    flow jsonb,
    livemode boolean,
    locale text,
    object text,
    on_behalf_of text,
    return_url text,
    url text
);
CREATE INDEX billing_portal_sessions__account_idx ON billing_portal_sessions (_account);
CREATE INDEX billing_portal_sessions_created_idx ON billing_portal_sessions (created);
CREATE INDEX billing_portal_sessions_customer_idx ON billing_portal_sessions (customer);
CREATE INDEX billing_portal_sessions_on_behalf_of_idx ON billing_portal_sessions (on_behalf_of);
COMMENT ON TABLE billing_portal_sessions IS 'Stripe `billing_portal.session` objects. The Billing customer portal is a Stripe-hosted UI for subscription and
billing management.

A portal configuration describes the functionality and features that you
want to provide to your customers through the portal.

A portal session describes the instantiation of the customer portal for
a particular customer. By visiting the session''s URL, the customer
can manage their subscriptions and billing details. For security reasons,
sessions are short-lived and will expire if the customer does not visit the URL.
Create sessions on-demand when customers intend to manage their subscriptions
and billing details.

Learn more in the [integration guide](https://stripe.com/docs/billing/subscriptions/integrating-customer-portal).';
COMMENT ON COLUMN billing_portal_sessions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN billing_portal_sessions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN billing_portal_sessions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN billing_portal_sessions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN billing_portal_sessions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN billing_portal_sessions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN billing_portal_sessions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN billing_portal_sessions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN billing_portal_sessions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN billing_portal_sessions.configuration IS 'The configuration used by this session, describing the features available.
From `configuration` (the id, also when expanded).';
COMMENT ON COLUMN billing_portal_sessions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN billing_portal_sessions.customer IS 'The ID of the customer for this session.
From `customer`.';
COMMENT ON COLUMN billing_portal_sessions.flow IS 'Information about a specific flow for the customer to go through. See the [docs](https://stripe.com/docs/customer-management/portal-deep-links) to learn more about using customer portal deep links and flows.
From `flow`.';
COMMENT ON COLUMN billing_portal_sessions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN billing_portal_sessions.locale IS 'The IETF language tag of the locale Customer Portal is displayed in. If blank or auto, the customer’s `preferred_locales` or browser’s locale is used.
From `locale`.';
COMMENT ON COLUMN billing_portal_sessions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN billing_portal_sessions.on_behalf_of IS 'The account for which the session was created on behalf of. When specified, only subscriptions and invoices with this `on_behalf_of` account appear in the portal. For more information, see the [docs](https://stripe.com/docs/connect/separate-charges-and-transfers#settlement-merchant). Use the [Accounts API](https://stripe.com/docs/api/accounts/object#account_object-settings-branding) to modify the `on_behalf_of` account''s branding settings, which the portal displays.
From `on_behalf_of`.';
COMMENT ON COLUMN billing_portal_sessions.return_url IS 'The URL to redirect customers to when they click on the portal''s link to return to your website.
From `return_url`.';
COMMENT ON COLUMN billing_portal_sessions.url IS 'The short-lived URL of the session that gives customers access to the customer portal.
From `url`.';

-- capabilities (`capability`)
CREATE TABLE capabilities (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account text,
    future_requirements jsonb,
    object text,
    requested boolean,
    requested_at timestamptz,
    requirements jsonb,
    status text
);
CREATE INDEX capabilities__account_idx ON capabilities (_account);
CREATE INDEX capabilities_account_idx ON capabilities (account);
COMMENT ON TABLE capabilities IS 'Stripe `capability` objects. This is an object representing a capability for a Stripe account.

Related guide: [Account capabilities](https://stripe.com/docs/connect/account-capabilities)';
COMMENT ON COLUMN capabilities.id IS 'Stripe id of the object.';
COMMENT ON COLUMN capabilities._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN capabilities._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN capabilities._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN capabilities._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN capabilities._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN capabilities._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN capabilities._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN capabilities._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN capabilities.account IS 'The account for which the capability enables functionality.
From `account` (the id, also when expanded).';
COMMENT ON COLUMN capabilities.future_requirements IS 'From `future_requirements`.';
COMMENT ON COLUMN capabilities.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN capabilities.requested IS 'Whether the capability has been requested.
From `requested`.';
COMMENT ON COLUMN capabilities.requested_at IS 'Time at which the capability was requested. Measured in seconds since the Unix epoch.
From `requested_at`.';
COMMENT ON COLUMN capabilities.requirements IS 'From `requirements`.';
COMMENT ON COLUMN capabilities.status IS 'The status of the capability. Can be `active`, `inactive`, `pending`, or `unrequested`.
From `status`.';

-- cards (`card`)
CREATE TABLE cards (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account text,
    address_city text,
    address_country text,
    address_line1 text,
    address_line1_check text,
    address_line2 text,
    address_state text,
    address_zip text,
    address_zip_check text,
    available_payout_methods jsonb,
    brand text,
    country text,
    currency text,
    customer text,
    cvc_check text,
    default_for_currency boolean,
    dynamic_last4 text,
    exp_month bigint,
    exp_year bigint,
    fingerprint text,
    funding text,
    last4 text,
    metadata jsonb,
    name text,
    networks jsonb,
    object text,
    status text,
    tokenization_method text
);
CREATE INDEX cards__account_idx ON cards (_account);
CREATE INDEX cards_account_idx ON cards (account);
CREATE INDEX cards_customer_idx ON cards (customer);
COMMENT ON TABLE cards IS 'Stripe `card` objects. You can store multiple cards on a customer in order to charge the customer
later. You can also store multiple debit cards on a recipient in order to
transfer to those cards later.

Related guide: [Card payments with Sources](https://stripe.com/docs/sources/cards)';
COMMENT ON COLUMN cards.id IS 'Stripe id of the object.';
COMMENT ON COLUMN cards._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN cards._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN cards._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN cards._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN cards._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN cards._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN cards._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN cards._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN cards.account IS 'The account this card belongs to. This attribute will not be in the card object if the card belongs to a customer or recipient instead. This property is only available for accounts where [controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts.
From `account` (the id, also when expanded).';
COMMENT ON COLUMN cards.address_city IS 'City/District/Suburb/Town/Village.
From `address_city`.';
COMMENT ON COLUMN cards.address_country IS 'Billing address country, if provided when creating card.
From `address_country`.';
COMMENT ON COLUMN cards.address_line1 IS 'Address line 1 (Street address/PO Box/Company name).
From `address_line1`.';
COMMENT ON COLUMN cards.address_line1_check IS 'If `address_line1` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
From `address_line1_check`.';
COMMENT ON COLUMN cards.address_line2 IS 'Address line 2 (Apartment/Suite/Unit/Building).
From `address_line2`.';
COMMENT ON COLUMN cards.address_state IS 'State/County/Province/Region.
From `address_state`.';
COMMENT ON COLUMN cards.address_zip IS 'ZIP or postal code.
From `address_zip`.';
COMMENT ON COLUMN cards.address_zip_check IS 'If `address_zip` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
From `address_zip_check`.';
COMMENT ON COLUMN cards.available_payout_methods IS 'A set of available payout methods for this card. Only values from this set should be passed as the `method` when creating a payout.
From `available_payout_methods`.';
COMMENT ON COLUMN cards.brand IS 'Card brand. Can be `American Express`, `Diners Club`, `Discover`, `Eftpos Australia`, `JCB`, `MasterCard`, `UnionPay`, `Visa`, or `Unknown`.
From `brand`.';
COMMENT ON COLUMN cards.country IS 'Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you''ve collected.
From `country`.';
COMMENT ON COLUMN cards.currency IS 'Three-letter [ISO code for currency](https://stripe.com/docs/payouts). Only applicable on accounts (not customers or recipients). The card can be used as a transfer destination for funds in this currency. This property is only available for accounts where [controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts.
From `currency`.';
COMMENT ON COLUMN cards.customer IS 'The customer that this card belongs to. This attribute will not be in the card object if the card belongs to an account or recipient instead.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN cards.cvc_check IS 'If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`. A result of unchecked indicates that CVC was provided but hasn''t been checked yet. Checks are typically performed when attaching a card to a Customer object, or when creating a charge. For more details, see [Check if a card is valid without a charge](https://support.stripe.com/questions/check-if-a-card-is-valid-without-a-charge).
From `cvc_check`.';
COMMENT ON COLUMN cards.default_for_currency IS 'Whether this card is the default external account for its currency. This property is only available for accounts where [controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts.
From `default_for_currency`.';
COMMENT ON COLUMN cards.dynamic_last4 IS '(For tokenized numbers only.) The last four digits of the device account number.
From `dynamic_last4`.';
COMMENT ON COLUMN cards.exp_month IS 'Two-digit number representing the card''s expiration month.
From `exp_month`.';
COMMENT ON COLUMN cards.exp_year IS 'Four-digit number representing the card''s expiration year.
From `exp_year`.';
COMMENT ON COLUMN cards.fingerprint IS 'Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.

*As of May 1, 2021, card fingerprint in India for Connect changed to allow two fingerprints for the same card---one for India and one for the rest of the world.*
From `fingerprint`.';
COMMENT ON COLUMN cards.funding IS 'Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
From `funding`.';
COMMENT ON COLUMN cards.last4 IS 'The last four digits of the card.
From `last4`.';
COMMENT ON COLUMN cards.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN cards.name IS 'Cardholder name.
From `name`.';
COMMENT ON COLUMN cards.networks IS 'From `networks`.';
COMMENT ON COLUMN cards.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN cards.status IS 'For external accounts that are cards, possible values are `new` and `errored`. If a payout fails, the status is set to `errored` and [scheduled payouts](https://stripe.com/docs/payouts#payout-schedule) are stopped until account details are updated.
From `status`.';
COMMENT ON COLUMN cards.tokenization_method IS 'If the card number is tokenized, this is the method that was used. Can be `android_pay` (includes Google Pay), `apple_pay`, `masterpass`, `visa_checkout`, or null.
From `tokenization_method`.';

-- charges (`charge`)
CREATE TABLE charges (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_captured bigint,
    amount_refunded bigint,
    application text,
    application_fee text,
    application_fee_amount bigint,
    balance_transaction text,
    billing_details jsonb,
    calculated_statement_descriptor text,
    captured boolean,
    created timestamptz,
    currency text,
    customer text,
    description text,
    disputed boolean,
    failure_balance_transaction text,
    failure_code text,
    failure_message text,
    fraud_details jsonb,
    invoice text,
    livemode boolean,
    metadata jsonb,
    object text,
    on_behalf_of text,
    outcome jsonb,
    paid boolean,
    payment_intent text,
    payment_method text,
    payment_method_details jsonb,
    radar_options jsonb,
    receipt_email text,
    receipt_number text,
    receipt_url text,
    refunded boolean,
    refunds jsonb,
    review text,
    shipping jsonb,
    source_transfer text,
    statement_descriptor text,
    statement_descriptor_suffix text,
    status text,
    transfer text,
    transfer_data jsonb,
    transfer_group text
);
CREATE INDEX charges__account_idx ON charges (_account);
CREATE INDEX charges_application_idx ON charges (application);
CREATE INDEX charges_balance_transaction_idx ON charges (balance_transaction);
CREATE INDEX charges_created_idx ON charges (created);
CREATE INDEX charges_customer_idx ON charges (customer);
CREATE INDEX charges_invoice_idx ON charges (invoice);
CREATE INDEX charges_on_behalf_of_idx ON charges (on_behalf_of);
CREATE INDEX charges_payment_intent_idx ON charges (payment_intent);
CREATE INDEX charges_payment_method_idx ON charges (payment_method);
CREATE INDEX charges_transfer_idx ON charges (transfer);
COMMENT ON TABLE charges IS 'Stripe `charge` objects. The `Charge` object represents a single attempt to move money into your Stripe account.
PaymentIntent confirmation is the most common way to create Charges, but transferring
money to a different Stripe account through Connect also creates Charges.
Some legacy payment flows create Charges directly, which is not recommended for new integrations.';
COMMENT ON COLUMN charges.id IS 'Stripe id of the object.';
COMMENT ON COLUMN charges._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN charges._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN charges._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN charges._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN charges._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN charges._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN charges._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN charges._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN charges.amount IS 'Amount intended to be collected by this payment. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
From `amount`.';
COMMENT ON COLUMN charges.amount_captured IS 'Amount in cents (or local equivalent) captured (can be less than the amount attribute on the charge if a partial capture was made).
From `amount_captured`.';
COMMENT ON COLUMN charges.amount_refunded IS 'Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the charge if a partial refund was issued).
From `amount_refunded`.';
COMMENT ON COLUMN charges.application IS 'ID of the Connect application that created the charge.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN charges.application_fee IS 'The application fee (if any) for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collect-fees) for details.
From `application_fee` (the id, also when expanded).';
COMMENT ON COLUMN charges.application_fee_amount IS 'The amount of the application fee (if any) requested for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collect-fees) for details.
From `application_fee_amount`.';
COMMENT ON COLUMN charges.balance_transaction IS 'ID of the balance transaction that describes the impact of this charge on your account balance (not including refunds or disputes).
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN charges.billing_details IS 'From `billing_details`.';
COMMENT ON COLUMN charges.calculated_statement_descriptor IS 'The full statement descriptor that is passed to card networks, and that is displayed on your customers'' credit card and bank statements. Allows you to see what the statement descriptor looks like after the static and dynamic portions are combined.
From `calculated_statement_descriptor`.';
COMMENT ON COLUMN charges.captured IS 'If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured.
From `captured`.';
COMMENT ON COLUMN charges.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN charges.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN charges.customer IS 'ID of the customer this charge is for if one exists.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN charges.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN charges.disputed IS 'Whether the charge has been disputed.
From `disputed`.';
COMMENT ON COLUMN charges.failure_balance_transaction IS 'ID of the balance transaction that describes the reversal of the balance on your account due to payment failure.
From `failure_balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN charges.failure_code IS 'Error code explaining reason for charge failure if available (see [the errors section](https://stripe.com/docs/error-codes) for a list of codes).
From `failure_code`.';
COMMENT ON COLUMN charges.failure_message IS 'Message to user further explaining reason for charge failure if available.
From `failure_message`.';
COMMENT ON COLUMN charges.fraud_details IS 'Information on fraud assessments for the charge.
From `fraud_details`.';
COMMENT ON COLUMN charges.invoice IS 'ID of the invoice this charge is for if one exists.
From `invoice` (the id, also when expanded).';
COMMENT ON COLUMN charges.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN charges.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN charges.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN charges.on_behalf_of IS 'The account (if any) the charge was made on behalf of without triggering an automatic transfer. See the [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers) for details.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN charges.outcome IS 'Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details.
From `outcome`.';
COMMENT ON COLUMN charges.paid IS '`true` if the charge succeeded, or was successfully authorized for later capture.
From `paid`.';
COMMENT ON COLUMN charges.payment_intent IS 'ID of the PaymentIntent associated with this charge, if one exists.
From `payment_intent` (the id, also when expanded).';
COMMENT ON COLUMN charges.payment_method IS 'ID of the payment method used in this charge.
From `payment_method`.';
COMMENT ON COLUMN charges.payment_method_details IS 'Details about the payment method at the time of the transaction.
From `payment_method_details`.';
COMMENT ON COLUMN charges.radar_options IS 'From `radar_options`.';
COMMENT ON COLUMN charges.receipt_email IS 'This is the email address that the receipt for this charge was sent to.
From `receipt_email`.';
COMMENT ON COLUMN charges.receipt_number IS 'This is the transaction number that appears on email receipts sent for this charge. This attribute will be `null` until a receipt has been sent.
From `receipt_number`.';
COMMENT ON COLUMN charges.receipt_url IS 'This is the URL to view the receipt for this charge. The receipt is kept up-to-date to the latest state of the charge, including any refunds. If the charge is for an Invoice, the receipt will be stylized as an Invoice receipt.
From `receipt_url`.';
COMMENT ON COLUMN charges.refunded IS 'Whether the charge has been fully refunded. If the charge is only partially refunded, this attribute will still be false.
From `refunded`.';
COMMENT ON COLUMN charges.refunds IS 'A list of refunds that have been applied to the charge.
From `refunds`.';
COMMENT ON COLUMN charges.review IS 'ID of the review associated with this charge if one exists.
From `review` (the id, also when expanded).';
COMMENT ON COLUMN charges.shipping IS 'Shipping information for the charge.
From `shipping`.';
COMMENT ON COLUMN charges.source_transfer IS 'The transfer ID which created this charge. Only present if the charge came from another Stripe account. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
From `source_transfer` (the id, also when expanded).';
COMMENT ON COLUMN charges.statement_descriptor IS 'For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters.
From `statement_descriptor`.';
COMMENT ON COLUMN charges.statement_descriptor_suffix IS 'Provides information about the charge that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
From `statement_descriptor_suffix`.';
COMMENT ON COLUMN charges.status IS 'The status of the payment is either `succeeded`, `pending`, or `failed`.
From `status`.';
COMMENT ON COLUMN charges.transfer IS 'ID of the transfer to the `destination` account (only applicable if the charge was created using the `destination` parameter).
From `transfer` (the id, also when expanded).';
COMMENT ON COLUMN charges.transfer_data IS 'An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
From `transfer_data`.';
COMMENT ON COLUMN charges.transfer_group IS 'A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options) for details.
From `transfer_group`.';

-- checkout_sessions (`checkout.session`)
CREATE TABLE checkout_sessions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    after_expiration jsonb,
    allow_promotion_codes boolean,
    amount_subtotal bigint,
    amount_total bigint,
    automatic_tax jsonb,
    billing_address_collection text,
    cancel_url text,
    client_reference_id text,
    client_secret text,
    consent jsonb,
    consent_collection jsonb,
    created timestamptz,
    currency text,
    currency_conversion jsonb,
    custom_fields jsonb,
    custom_text jsonb,
    customer text,
    customer_creation text,
    customer_details jsonb,
    customer_email text,
    expires_at timestamptz,
    invoice text,
    invoice_creation jsonb,
    line_items jsonb,
    livemode boolean,
    locale text,
    metadata jsonb,
    mode text,
    object text,
    payment_intent text,
    payment_link text,
    payment_method_collection text,
    payment_method_configuration_details jsonb,
    payment_method_options jsonb,
    payment_method_types jsonb,
    payment_status text,
    phone_number_collection jsonb,
    recovered_from text,
    redirect_on_completion text,
    return_url text,
    saved_payment_method_options jsonb,
    setup_intent text,
    shipping_address_collection jsonb,
    shipping_cost jsonb,
    shipping_details jsonb,
    shipping_options jsonb,
    status text,
    submit_type text,
    subscription text,
    success_url text,
    tax_id_collection jsonb,
    total_details jsonb,
    ui_mode text,
    url text
);
CREATE INDEX checkout_sessions__account_idx ON checkout_sessions (_account);
CREATE INDEX checkout_sessions_created_idx ON checkout_sessions (created);
CREATE INDEX checkout_sessions_customer_idx ON checkout_sessions (customer);
CREATE INDEX checkout_sessions_invoice_idx ON checkout_sessions (invoice);
CREATE INDEX checkout_sessions_payment_intent_idx ON checkout_sessions (payment_intent);
CREATE INDEX checkout_sessions_setup_intent_idx ON checkout_sessions (setup_intent);
CREATE INDEX checkout_sessions_subscription_idx ON checkout_sessions (subscription);
COMMENT ON TABLE checkout_sessions IS 'Stripe `checkout.session` objects. A Checkout Session represents your customer''s session as they pay for
one-time purchases or subscriptions through [Checkout](https://stripe.com/docs/payments/checkout)
or [Payment Links](https://stripe.com/docs/payments/payment-links). We recommend creating a
new Session each time your customer attempts to pay.

Once payment is successful, the Checkout Session will contain a reference
to the [Customer](https://stripe.com/docs/api/customers), and either the successful
[PaymentIntent](https://stripe.com/docs/api/payment_intents) or an active
[Subscription](https://stripe.com/docs/api/subscriptions).

You can create a Checkout Session on your server and redirect to its URL
to begin Checkout.

Related guide: [Checkout quickstart](https://stripe.com/docs/checkout/quickstart)';
COMMENT ON COLUMN checkout_sessions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN checkout_sessions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN checkout_sessions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN checkout_sessions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN checkout_sessions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN checkout_sessions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN checkout_sessions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN checkout_sessions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN checkout_sessions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN checkout_sessions.after_expiration IS 'When set, provides configuration for actions to take if this Checkout Session expires.
From `after_expiration`.';
COMMENT ON COLUMN checkout_sessions.allow_promotion_codes IS 'Enables user redeemable promotion codes.
From `allow_promotion_codes`.';
COMMENT ON COLUMN checkout_sessions.amount_subtotal IS 'Total of all items before discounts or taxes are applied.
From `amount_subtotal`.';
COMMENT ON COLUMN checkout_sessions.amount_total IS 'Total of all items after discounts and taxes are applied.
From `amount_total`.';
COMMENT ON COLUMN checkout_sessions.automatic_tax IS 'From `automatic_tax`.';
COMMENT ON COLUMN checkout_sessions.billing_address_collection IS 'Describes whether Checkout should collect the customer''s billing address. Defaults to `auto`.
From `billing_address_collection`.';
COMMENT ON COLUMN checkout_sessions.cancel_url IS 'If set, Checkout displays a back button and customers will be directed to this URL if they decide to cancel payment and return to your website.
From `cancel_url`.';
COMMENT ON COLUMN checkout_sessions.client_reference_id IS 'A unique string to reference the Checkout Session. This can be a
customer ID, a cart ID, or similar, and can be used to reconcile the
Session with your internal systems.
From `client_reference_id`.';
COMMENT ON COLUMN checkout_sessions.client_secret IS 'Client secret to be used when initializing Stripe.js embedded checkout.
From `client_secret`.';
COMMENT ON COLUMN checkout_sessions.consent IS 'Results of `consent_collection` for this session.
From `consent`.';
COMMENT ON COLUMN checkout_sessions.consent_collection IS 'When set, provides configuration for the Checkout Session to gather active consent from customers.
From `consent_collection`.';
COMMENT ON COLUMN checkout_sessions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN checkout_sessions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN checkout_sessions.currency_conversion IS 'Currency conversion details for automatic currency conversion sessions
From `currency_conversion`.';
COMMENT ON COLUMN checkout_sessions.custom_fields IS 'Collect additional information from your customer using custom fields. Up to 3 fields are supported.
From `custom_fields`.';
COMMENT ON COLUMN checkout_sessions.custom_text IS 'From `custom_text`.';
COMMENT ON COLUMN checkout_sessions.customer IS 'The ID of the customer for this Session.
For Checkout Sessions in `subscription` mode or Checkout Sessions with `customer_creation` set as `always` in `payment` mode, Checkout
will create a new customer object based on information provided
during the payment flow unless an existing customer was provided when
the Session was created.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN checkout_sessions.customer_creation IS 'Configure whether a Checkout Session creates a Customer when the Checkout Session completes.
From `customer_creation`.';
COMMENT ON COLUMN checkout_sessions.customer_details IS 'The customer details including the customer''s tax exempt status and the customer''s tax IDs. Customer''s address details are not present on Sessions in `setup` mode.
From `customer_details`.';
COMMENT ON COLUMN checkout_sessions.customer_email IS 'If provided, this value will be used when the Customer object is created.
If not provided, customers will be asked to enter their email address.
Use this parameter to prefill customer data if you already have an email
on file. To access information about the customer once the payment flow is
complete, use the `customer` attribute.
From `customer_email`.';
COMMENT ON COLUMN checkout_sessions.expires_at IS 'The timestamp at which the Checkout Session will expire.
From `expires_at`.';
COMMENT ON COLUMN checkout_sessions.invoice IS 'ID of the invoice created by the Checkout Session, if it exists.
From `invoice` (the id, also when expanded).';
COMMENT ON COLUMN checkout_sessions.invoice_creation IS 'Details on the state of invoice creation for the Checkout Session.
From `invoice_creation`.';
COMMENT ON COLUMN checkout_sessions.line_items IS 'The line items purchased by the customer.
From `line_items`.';
COMMENT ON COLUMN checkout_sessions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN checkout_sessions.locale IS 'The IETF language tag of the locale Checkout is displayed in. If blank or `auto`, the browser''s locale is used.
From `locale`.';
COMMENT ON COLUMN checkout_sessions.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN checkout_sessions.mode IS 'The mode of the Checkout Session.
From `mode`.';
COMMENT ON COLUMN checkout_sessions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN checkout_sessions.payment_intent IS 'The ID of the PaymentIntent for Checkout Sessions in `payment` mode.
From `payment_intent` (the id, also when expanded).';
COMMENT ON COLUMN checkout_sessions.payment_link IS 'The ID of the Payment Link that created this Session.
From `payment_link` (the id, also when expanded).';
COMMENT ON COLUMN checkout_sessions.payment_method_collection IS 'Configure whether a Checkout Session should collect a payment method. Defaults to `always`.
From `payment_method_collection`.';
COMMENT ON COLUMN checkout_sessions.payment_method_configuration_details IS 'Information about the payment method configuration used for this Checkout session if using dynamic payment methods.
From `payment_method_configuration_details`.';
COMMENT ON COLUMN checkout_sessions.payment_method_options IS 'Payment-method-specific configuration for the PaymentIntent or SetupIntent of this CheckoutSession.
From `payment_method_options`.';
COMMENT ON COLUMN checkout_sessions.payment_method_types IS 'A list of the types of payment methods (e.g. card) this Checkout
Session is allowed to accept.
From `payment_method_types`.';
COMMENT ON COLUMN checkout_sessions.payment_status IS 'The payment status of the Checkout Session, one of `paid`, `unpaid`, or `no_payment_required`.
You can use this value to decide when to fulfill your customer''s order.
From `payment_status`.';
COMMENT ON COLUMN checkout_sessions.phone_number_collection IS 'From `phone_number_collection`.';
COMMENT ON COLUMN checkout_sessions.recovered_from IS 'The ID of the original expired Checkout Session that triggered the recovery flow.
From `recovered_from`.';
COMMENT ON COLUMN checkout_sessions.redirect_on_completion IS 'This parameter applies to `ui_mode: embedded`. Learn more about the [redirect behavior](https://stripe.com/docs/payments/checkout/custom-redirect-behavior) of embedded sessions. Defaults to `always`.
From `redirect_on_completion`.';
COMMENT ON COLUMN checkout_sessions.return_url IS 'Applies to Checkout Sessions with `ui_mode: embedded`. The URL to redirect your customer back to after they authenticate or cancel their payment on the payment method''s app or site.
From `return_url`.';
COMMENT ON COLUMN checkout_sessions.saved_payment_method_options IS 'Controls saved payment method settings for the session. Only available in `payment` and `subscription` mode.
From `saved_payment_method_options`.';
COMMENT ON COLUMN checkout_sessions.setup_intent IS 'The ID of the SetupIntent for Checkout Sessions in `setup` mode.
From `setup_intent` (the id, also when expanded).';
COMMENT ON COLUMN checkout_sessions.shipping_address_collection IS 'When set, provides configuration for Checkout to collect a shipping address from a customer.
From `shipping_address_collection`.';
COMMENT ON COLUMN checkout_sessions.shipping_cost IS 'The details of the customer cost of shipping, including the customer chosen ShippingRate.
From `shipping_cost`.';
COMMENT ON COLUMN checkout_sessions.shipping_details IS 'Shipping information for this Checkout Session.
From `shipping_details`.';
COMMENT ON COLUMN checkout_sessions.shipping_options IS 'The shipping rate options applied to this Session.
From `shipping_options`.';
COMMENT ON COLUMN checkout_sessions.status IS 'The status of the Checkout Session, one of `open`, `complete`, or `expired`.
From `status`.';
COMMENT ON COLUMN checkout_sessions.submit_type IS 'Describes the type of transaction being performed by Checkout in order to customize
relevant text on the page, such as the submit button. `submit_type` can only be
specified on Checkout Sessions in `payment` mode. If blank or `auto`, `pay` is used.
From `submit_type`.';
COMMENT ON COLUMN checkout_sessions.subscription IS 'The ID of the subscription for Checkout Sessions in `subscription` mode.
From `subscription` (the id, also when expanded).';
COMMENT ON COLUMN checkout_sessions.success_url IS 'The URL the customer will be directed to after the payment or
subscription creation is successful.
From `success_url`.';
COMMENT ON COLUMN checkout_sessions.tax_id_collection IS 'From `tax_id_collection`.';
COMMENT ON COLUMN checkout_sessions.total_details IS 'Tax and discount details for the computed total amount.
From `total_details`.';
COMMENT ON COLUMN checkout_sessions.ui_mode IS 'The UI mode of the Session. Defaults to `hosted`.
From `ui_mode`.';
COMMENT ON COLUMN checkout_sessions.url IS 'The URL to the Checkout Session. Redirect customers to this URL to take them to Checkout. If you’re using [Custom Domains](https://stripe.com/docs/payments/checkout/custom-domains), the URL will use your subdomain. Otherwise, it’ll use `checkout.stripe.com.`
This value is only present when the session is active.
From `url`.';

-- climate_orders (`climate.order`)
CREATE TABLE climate_orders (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount_fees bigint,
    amount_subtotal bigint,
    amount_total bigint,
    beneficiary jsonb,
    canceled_at timestamptz,
    cancellation_reason text,
    certificate text,
    confirmed_at timestamptz,
    created timestamptz,
    currency text,
    delayed_at timestamptz,
    delivered_at timestamptz,
    delivery_details jsonb,
    expected_delivery_year bigint,
    livemode boolean,
    metadata jsonb,
    metric_tons numeric,
    object text,
    product text,
    product_substituted_at timestamptz,
    status text
);
CREATE INDEX climate_orders__account_idx ON climate_orders (_account);
CREATE INDEX climate_orders_created_idx ON climate_orders (created);
CREATE INDEX climate_orders_product_idx ON climate_orders (product);
COMMENT ON TABLE climate_orders IS 'Stripe `climate.order` objects. Orders represent your intent to purchase a particular Climate product. When you create an order, the
payment is deducted from your merchant balance.';
COMMENT ON COLUMN climate_orders.id IS 'Stripe id of the object.';
COMMENT ON COLUMN climate_orders._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN climate_orders._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN climate_orders._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN climate_orders._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN climate_orders._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN climate_orders._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN climate_orders._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN climate_orders._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN climate_orders.amount_fees IS 'Total amount of [Frontier](https://frontierclimate.com/)''s service fees in the currency''s smallest unit.
From `amount_fees`.';
COMMENT ON COLUMN climate_orders.amount_subtotal IS 'Total amount of the carbon removal in the currency''s smallest unit.
From `amount_subtotal`.';
COMMENT ON COLUMN climate_orders.amount_total IS 'Total amount of the order including fees in the currency''s smallest unit.
From `amount_total`.';
COMMENT ON COLUMN climate_orders.beneficiary IS 'From `beneficiary`.';
COMMENT ON COLUMN climate_orders.canceled_at IS 'Time at which the order was canceled. Measured in seconds since the Unix epoch.
From `canceled_at`.';
COMMENT ON COLUMN climate_orders.cancellation_reason IS 'Reason for the cancellation of this order.
From `cancellation_reason`.';
COMMENT ON COLUMN climate_orders.certificate IS 'For delivered orders, a URL to a delivery certificate for the order.
From `certificate`.';
COMMENT ON COLUMN climate_orders.confirmed_at IS 'Time at which the order was confirmed. Measured in seconds since the Unix epoch.
From `confirmed_at`.';
COMMENT ON COLUMN climate_orders.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN climate_orders.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase, representing the currency for this order.
From `currency`.';
COMMENT ON COLUMN climate_orders.delayed_at IS 'Time at which the order''s expected_delivery_year was delayed. Measured in seconds since the Unix epoch.
From `delayed_at`.';
COMMENT ON COLUMN climate_orders.delivered_at IS 'Time at which the order was delivered. Measured in seconds since the Unix epoch.
From `delivered_at`.';
COMMENT ON COLUMN climate_orders.delivery_details IS 'Details about the delivery of carbon removal for this order.
From `delivery_details`.';
COMMENT ON COLUMN climate_orders.expected_delivery_year IS 'The year this order is expected to be delivered.
From `expected_delivery_year`.';
COMMENT ON COLUMN climate_orders.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN climate_orders.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN climate_orders.metric_tons IS 'Quantity of carbon removal that is included in this order.
From `metric_tons`.';
COMMENT ON COLUMN climate_orders.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN climate_orders.product IS 'Unique ID for the Climate `Product` this order is purchasing.
From `product` (the id, also when expanded).';
COMMENT ON COLUMN climate_orders.product_substituted_at IS 'Time at which the order''s product was substituted for a different product. Measured in seconds since the Unix epoch.
From `product_substituted_at`.';
COMMENT ON COLUMN climate_orders.status IS 'The current status of this order.
From `status`.';

-- climate_products (`climate.product`)
CREATE TABLE climate_products (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    current_prices_per_metric_ton jsonb,
    delivery_year bigint,
    livemode boolean,
    metric_tons_available numeric,
    name text,
    object text,
    suppliers jsonb
);
CREATE INDEX climate_products__account_idx ON climate_products (_account);
CREATE INDEX climate_products_created_idx ON climate_products (created);
COMMENT ON TABLE climate_products IS 'Stripe `climate.product` objects. A Climate product represents a type of carbon removal unit available for reservation.
You can retrieve it to see the current price and availability.';
COMMENT ON COLUMN climate_products.id IS 'Stripe id of the object.';
COMMENT ON COLUMN climate_products._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN climate_products._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN climate_products._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN climate_products._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN climate_products._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN climate_products._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN climate_products._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN climate_products._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN climate_products.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN climate_products.current_prices_per_metric_ton IS 'Current prices for a metric ton of carbon removal in a currency''s smallest unit.
From `current_prices_per_metric_ton`.';
COMMENT ON COLUMN climate_products.delivery_year IS 'The year in which the carbon removal is expected to be delivered.
From `delivery_year`.';
COMMENT ON COLUMN climate_products.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN climate_products.metric_tons_available IS 'The quantity of metric tons available for reservation.
From `metric_tons_available`.';
COMMENT ON COLUMN climate_products.name IS 'The Climate product''s name.
From `name`.';
COMMENT ON COLUMN climate_products.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN climate_products.suppliers IS 'The carbon removal suppliers that fulfill orders for this Climate product.
From `suppliers`.';

-- climate_suppliers (`climate.supplier`)
CREATE TABLE climate_suppliers (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    info_url text,
    livemode boolean,
    locations jsonb,
    name text,
    object text,
    removal_pathway text
);
CREATE INDEX climate_suppliers__account_idx ON climate_suppliers (_account);
COMMENT ON TABLE climate_suppliers IS 'Stripe `climate.supplier` objects. A supplier of carbon removal.';
COMMENT ON COLUMN climate_suppliers.id IS 'Stripe id of the object.';
COMMENT ON COLUMN climate_suppliers._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN climate_suppliers._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN climate_suppliers._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN climate_suppliers._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN climate_suppliers._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN climate_suppliers._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN climate_suppliers._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN climate_suppliers._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN climate_suppliers.info_url IS 'Link to a webpage to learn more about the supplier.
From `info_url`.';
COMMENT ON COLUMN climate_suppliers.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN climate_suppliers.locations IS 'The locations in which this supplier operates.
From `locations`.';
COMMENT ON COLUMN climate_suppliers.name IS 'Name of this carbon removal supplier.
From `name`.';
COMMENT ON COLUMN climate_suppliers.object IS 'String representing the object’s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN climate_suppliers.removal_pathway IS 'The scientific pathway used for carbon removal.
From `removal_pathway`.';

-- confirmation_tokens (`confirmation_token`)
CREATE TABLE confirmation_tokens (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    expires_at timestamptz,
    livemode boolean,
    mandate_data jsonb,
    object text,
    payment_intent text,
    payment_method_preview jsonb,
    return_url text,
    setup_future_usage text,
    setup_intent text,
    shipping jsonb,
    use_stripe_sdk boolean
);
CREATE INDEX confirmation_tokens__account_idx ON confirmation_tokens (_account);
CREATE INDEX confirmation_tokens_created_idx ON confirmation_tokens (created);
CREATE INDEX confirmation_tokens_payment_intent_idx ON confirmation_tokens (payment_intent);
CREATE INDEX confirmation_tokens_setup_intent_idx ON confirmation_tokens (setup_intent);
COMMENT ON TABLE confirmation_tokens IS 'Stripe `confirmation_token` objects. ConfirmationTokens help transport client side data collected by Stripe JS over
to your server for confirming a PaymentIntent or SetupIntent. If the confirmation
is successful, values present on the ConfirmationToken are written onto the Intent.

To learn more about how to use ConfirmationToken, visit the related guides:
- [Finalize payments on the server](https://stripe.com/docs/payments/finalize-payments-on-the-server)
- [Build two-step confirmation](https://stripe.com/docs/payments/build-a-two-step-confirmation).';
COMMENT ON COLUMN confirmation_tokens.id IS 'Stripe id of the object.';
COMMENT ON COLUMN confirmation_tokens._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN confirmation_tokens._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN confirmation_tokens._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN confirmation_tokens._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN confirmation_tokens._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN confirmation_tokens._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN confirmation_tokens._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN confirmation_tokens._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN confirmation_tokens.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN confirmation_tokens.expires_at IS 'Time at which this ConfirmationToken expires and can no longer be used to confirm a PaymentIntent or SetupIntent.
From `expires_at`.';
COMMENT ON COLUMN confirmation_tokens.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN confirmation_tokens.mandate_data IS 'Data used for generating a Mandate.
From `mandate_data`.';
COMMENT ON COLUMN confirmation_tokens.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN confirmation_tokens.payment_intent IS 'ID of the PaymentIntent that this ConfirmationToken was used to confirm, or null if this ConfirmationToken has not yet been used.
From `payment_intent`.';
COMMENT ON COLUMN confirmation_tokens.payment_method_preview IS 'Payment details collected by the Payment Element, used to create a PaymentMethod when a PaymentIntent or SetupIntent is confirmed with this ConfirmationToken.
From `payment_method_preview`.';
COMMENT ON COLUMN confirmation_tokens.return_url IS 'Return URL used to confirm the Intent.
From `return_url`.';
COMMENT ON COLUMN confirmation_tokens.setup_future_usage IS 'Indicates that you intend to make future payments with this ConfirmationToken''s payment method.

The presence of this property will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent''s Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete.
From `setup_future_usage`.';
COMMENT ON COLUMN confirmation_tokens.setup_intent IS 'ID of the SetupIntent that this ConfirmationToken was used to confirm, or null if this ConfirmationToken has not yet been used.
From `setup_intent`.';
COMMENT ON COLUMN confirmation_tokens.shipping IS 'Shipping information collected on this ConfirmationToken.
From `shipping`.';
COMMENT ON COLUMN confirmation_tokens.use_stripe_sdk IS 'Indicates whether the Stripe SDK is used to handle confirmation flow. Defaults to `true` on ConfirmationToken.
From `use_stripe_sdk`.';

-- country_specs (`country_spec`)
CREATE TABLE country_specs (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    default_currency text,
    object text,
    supported_bank_account_currencies jsonb,
    supported_payment_currencies jsonb,
    supported_payment_methods jsonb,
    supported_transfer_countries jsonb,
    verification_fields jsonb
);
CREATE INDEX country_specs__account_idx ON country_specs (_account);
COMMENT ON TABLE country_specs IS 'Stripe `country_spec` objects. Stripe needs to collect certain pieces of information about each account
created. These requirements can differ depending on the account''s country. The
Country Specs API makes these rules available to your integration.

You can also view the information from this API call as [an online
guide](/docs/connect/required-verification-information).';
COMMENT ON COLUMN country_specs.id IS 'Stripe id of the object.';
COMMENT ON COLUMN country_specs._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN country_specs._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN country_specs._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN country_specs._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN country_specs._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN country_specs._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN country_specs._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN country_specs._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN country_specs.default_currency IS 'The default currency for this country. This applies to both payment methods and bank accounts.
From `default_currency`.';
COMMENT ON COLUMN country_specs.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN country_specs.supported_bank_account_currencies IS 'Currencies that can be accepted in the specific country (for transfers).
From `supported_bank_account_currencies`.';
COMMENT ON COLUMN country_specs.supported_payment_currencies IS 'Currencies that can be accepted in the specified country (for payments).
From `supported_payment_currencies`.';
COMMENT ON COLUMN country_specs.supported_payment_methods IS 'Payment methods available in the specified country. You may need to enable some payment methods (e.g., [ACH](https://stripe.com/docs/ach)) on your account before they appear in this list. The `stripe` payment method refers to [charging through your platform](https://stripe.com/docs/connect/destination-charges).
From `supported_payment_methods`.';
COMMENT ON COLUMN country_specs.supported_transfer_countries IS 'Countries that can accept transfers from the specified country.
From `supported_transfer_countries`.';
COMMENT ON COLUMN country_specs.verification_fields IS 'From `verification_fields`.';

-- coupons (`coupon`)
CREATE TABLE coupons (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount_off bigint,
    applies_to jsonb,
    created timestamptz,
    currency text,
    currency_options jsonb,
    duration text,
    duration_in_months bigint,
    livemode boolean,
    max_redemptions bigint,
    metadata jsonb,
    name text,
    object text,
    percent_off numeric,
    redeem_by timestamptz,
    times_redeemed bigint,
    valid boolean
);
CREATE INDEX coupons__account_idx ON coupons (_account);
CREATE INDEX coupons_created_idx ON coupons (created);
COMMENT ON TABLE coupons IS 'Stripe `coupon` objects. A coupon contains information about a percent-off or amount-off discount you
might want to apply to a customer. Coupons may be applied to [subscriptions](https://stripe.com/docs/api#subscriptions), [invoices](https://stripe.com/docs/api#invoices),
[checkout sessions](https://stripe.com/docs/api/checkout/sessions), [quotes](https://stripe.com/docs/api#quotes), and more. Coupons do not work with conventional one-off [charges](https://stripe.com/docs/api#create_charge) or [payment intents](https://stripe.com/docs/api/payment_intents).';
COMMENT ON COLUMN coupons.id IS 'Stripe id of the object.';
COMMENT ON COLUMN coupons._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN coupons._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN coupons._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN coupons._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN coupons._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN coupons._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN coupons._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN coupons._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN coupons.amount_off IS 'Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer.
From `amount_off`.';
COMMENT ON COLUMN coupons.applies_to IS 'From `applies_to`.';
COMMENT ON COLUMN coupons.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN coupons.currency IS 'If `amount_off` has been set, the three-letter [ISO code for the currency](https://stripe.com/docs/currencies) of the amount to take off.
From `currency`.';
COMMENT ON COLUMN coupons.currency_options IS 'Coupons defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies).
From `currency_options`.';
COMMENT ON COLUMN coupons.duration IS 'One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount.
From `duration`.';
COMMENT ON COLUMN coupons.duration_in_months IS 'If `duration` is `repeating`, the number of months the coupon applies. Null if coupon `duration` is `forever` or `once`.
From `duration_in_months`.';
COMMENT ON COLUMN coupons.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN coupons.max_redemptions IS 'Maximum number of times this coupon can be redeemed, in total, across all customers, before it is no longer valid.
From `max_redemptions`.';
COMMENT ON COLUMN coupons.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN coupons.name IS 'Name of the coupon displayed to customers on for instance invoices or receipts.
From `name`.';
COMMENT ON COLUMN coupons.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN coupons.percent_off IS 'Percent that will be taken off the subtotal of any invoices for this customer for the duration of the coupon. For example, a coupon with percent_off of 50 will make a $ (or local equivalent)100 invoice $ (or local equivalent)50 instead.
From `percent_off`.';
COMMENT ON COLUMN coupons.redeem_by IS 'Date after which the coupon can no longer be redeemed.
From `redeem_by`.';
COMMENT ON COLUMN coupons.times_redeemed IS 'Number of times this coupon has been applied to a customer.
From `times_redeemed`.';
COMMENT ON COLUMN coupons.valid IS 'Taking account of the above properties, whether this coupon can still be applied to a customer.
From `valid`.';

-- credit_note_line_items (`credit_note_line_item`)
CREATE TABLE credit_note_line_items (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_excluding_tax bigint,
    description text,
    discount_amount bigint,
    discount_amounts jsonb,
    invoice_line_item text,
    livemode boolean,
    object text,
    quantity bigint,
    tax_amounts jsonb,
    tax_rates jsonb,
    type text,
    unit_amount bigint,
    unit_amount_decimal numeric,
    unit_amount_excluding_tax numeric
);
CREATE INDEX credit_note_line_items__account_idx ON credit_note_line_items (_account);
COMMENT ON TABLE credit_note_line_items IS 'Stripe `credit_note_line_item` objects. The credit note line item object';
COMMENT ON COLUMN credit_note_line_items.id IS 'Stripe id of the object.';
COMMENT ON COLUMN credit_note_line_items._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN credit_note_line_items._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN credit_note_line_items._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN credit_note_line_items._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN credit_note_line_items._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN credit_note_line_items._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN credit_note_line_items._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN credit_note_line_items._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN credit_note_line_items.amount IS 'The integer amount in cents (or local equivalent) representing the gross amount being credited for this line item, excluding (exclusive) tax and discounts.
From `amount`.';
COMMENT ON COLUMN credit_note_line_items.amount_excluding_tax IS 'The integer amount in cents (or local equivalent) representing the amount being credited for this line item, excluding all tax and discounts.
From `amount_excluding_tax`.';
COMMENT ON COLUMN credit_note_line_items.description IS 'Description of the item being credited.
From `description`.';
COMMENT ON COLUMN credit_note_line_items.discount_amount IS 'The integer amount in cents (or local equivalent) representing the discount being credited for this line item.
From `discount_amount`.';
COMMENT ON COLUMN credit_note_line_items.discount_amounts IS 'The amount of discount calculated per discount for this line item
From `discount_amounts`.';
COMMENT ON COLUMN credit_note_line_items.invoice_line_item IS 'ID of the invoice line item being credited
From `invoice_line_item`.';
COMMENT ON COLUMN credit_note_line_items.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN credit_note_line_items.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN credit_note_line_items.quantity IS 'The number of units of product being credited.
From `quantity`.';
COMMENT ON COLUMN credit_note_line_items.tax_amounts IS 'The amount of tax calculated per tax rate for this line item
From `tax_amounts`.';
COMMENT ON COLUMN credit_note_line_items.tax_rates IS 'The tax rates which apply to the line item.
From `tax_rates`.';
COMMENT ON COLUMN credit_note_line_items.type IS 'The type of the credit note line item, one of `invoice_line_item` or `custom_line_item`. When the type is `invoice_line_item` there is an additional `invoice_line_item` property on the resource the value of which is the id of the credited line item on the invoice.
From `type`.';
COMMENT ON COLUMN credit_note_line_items.unit_amount IS 'The cost of each unit of product being credited.
From `unit_amount`.';
COMMENT ON COLUMN credit_note_line_items.unit_amount_decimal IS 'Same as `unit_amount`, but contains a decimal value with at most 12 decimal places.
From `unit_amount_decimal`.';
COMMENT ON COLUMN credit_note_line_items.unit_amount_excluding_tax IS 'The amount in cents (or local equivalent) representing the unit amount being credited for this line item, excluding all tax and discounts.
From `unit_amount_excluding_tax`.';

-- credit_notes (`credit_note`)
CREATE TABLE credit_notes (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_shipping bigint,
    created timestamptz,
    currency text,
    customer text,
    customer_balance_transaction text,
    discount_amount bigint,
    discount_amounts jsonb,
    effective_at timestamptz,
    invoice text,
    lines jsonb,
    livemode boolean,
    memo text,
    metadata jsonb,
    number text,
    object text,
    out_of_band_amount bigint,
    pdf text,
    reason text,
    refund text,
    shipping_cost jsonb,
    status text,
    subtotal bigint,
    subtotal_excluding_tax bigint,
    tax_amounts jsonb,
    total bigint,
    total_excluding_tax bigint,
    type text,
    voided_at timestamptz
);
CREATE INDEX credit_notes__account_idx ON credit_notes (_account);
CREATE INDEX credit_notes_created_idx ON credit_notes (created);
CREATE INDEX credit_notes_customer_idx ON credit_notes (customer);
CREATE INDEX credit_notes_invoice_idx ON credit_notes (invoice);
CREATE INDEX credit_notes_refund_idx ON credit_notes (refund);
COMMENT ON TABLE credit_notes IS 'Stripe `credit_note` objects. Issue a credit note to adjust an invoice''s amount after the invoice is finalized.

Related guide: [Credit notes](https://stripe.com/docs/billing/invoices/credit-notes)';
COMMENT ON COLUMN credit_notes.id IS 'Stripe id of the object.';
COMMENT ON COLUMN credit_notes._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN credit_notes._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN credit_notes._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN credit_notes._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN credit_notes._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN credit_notes._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN credit_notes._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN credit_notes._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN credit_notes.amount IS 'The integer amount in cents (or local equivalent) representing the total amount of the credit note, including tax.
From `amount`.';
COMMENT ON COLUMN credit_notes.amount_shipping IS 'This is the sum of all the shipping amounts.
From `amount_shipping`.';
COMMENT ON COLUMN credit_notes.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN credit_notes.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN credit_notes.customer IS 'ID of the customer.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN credit_notes.customer_balance_transaction IS 'Customer balance transaction related to this credit note.
From `customer_balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN credit_notes.discount_amount IS 'The integer amount in cents (or local equivalent) representing the total amount of discount that was credited.
From `discount_amount`.';
COMMENT ON COLUMN credit_notes.discount_amounts IS 'The aggregate amounts calculated per discount for all line items.
From `discount_amounts`.';
COMMENT ON COLUMN credit_notes.effective_at IS 'The date when this credit note is in effect. Same as `created` unless overwritten. When defined, this value replaces the system-generated ''Date of issue'' printed on the credit note PDF.
From `effective_at`.';
COMMENT ON COLUMN credit_notes.invoice IS 'ID of the invoice.
From `invoice` (the id, also when expanded).';
COMMENT ON COLUMN credit_notes.lines IS 'Line items that make up the credit note
From `lines`.';
COMMENT ON COLUMN credit_notes.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN credit_notes.memo IS 'Customer-facing text that appears on the credit note PDF.
From `memo`.';
COMMENT ON COLUMN credit_notes.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN credit_notes.number IS 'A unique number that identifies this particular credit note and appears on the PDF of the credit note and its associated invoice.
From `number`.';
COMMENT ON COLUMN credit_notes.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN credit_notes.out_of_band_amount IS 'Amount that was credited outside of Stripe.
From `out_of_band_amount`.';
COMMENT ON COLUMN credit_notes.pdf IS 'The link to download the PDF of the credit note.
From `pdf`.';
COMMENT ON COLUMN credit_notes.reason IS 'Reason for issuing this credit note, one of `duplicate`, `fraudulent`, `order_change`, or `product_unsatisfactory`
From `reason`.';
COMMENT ON COLUMN credit_notes.refund IS 'Refund related to this credit note.
From `refund` (the id, also when expanded).';
COMMENT ON COLUMN credit_notes.shipping_cost IS 'The details of the cost of shipping, including the ShippingRate applied to the invoice.
From `shipping_cost`.';
COMMENT ON COLUMN credit_notes.status IS 'Status of this credit note, one of `issued` or `void`. Learn more about [voiding credit notes](https://stripe.com/docs/billing/invoices/credit-notes#voiding).
From `status`.';
COMMENT ON COLUMN credit_notes.subtotal IS 'The integer amount in cents (or local equivalent) representing the amount of the credit note, excluding exclusive tax and invoice level discounts.
From `subtotal`.';
COMMENT ON COLUMN credit_notes.subtotal_excluding_tax IS 'The integer amount in cents (or local equivalent) representing the amount of the credit note, excluding all tax and invoice level discounts.
From `subtotal_excluding_tax`.';
COMMENT ON COLUMN credit_notes.tax_amounts IS 'The aggregate amounts calculated per tax rate for all line items.
From `tax_amounts`.';
COMMENT ON COLUMN credit_notes.total IS 'The integer amount in cents (or local equivalent) representing the total amount of the credit note, including tax and all discount.
From `total`.';
COMMENT ON COLUMN credit_notes.total_excluding_tax IS 'The integer amount in cents (or local equivalent) representing the total amount of the credit note, excluding tax, but including discounts.
From `total_excluding_tax`.';
COMMENT ON COLUMN credit_notes.type IS 'Type of this credit note, one of `pre_payment` or `post_payment`. A `pre_payment` credit note means it was issued when the invoice was open. A `post_payment` credit note means it was issued when the invoice was paid.
From `type`.';
COMMENT ON COLUMN credit_notes.voided_at IS 'The time that the credit note was voided.
From `voided_at`.';

-- customer_balance_transactions (`customer_balance_transaction`)
CREATE TABLE customer_balance_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    created timestamptz,
    credit_note text,
    currency text,
    customer text,
    description text,
    ending_balance bigint,
    invoice text,
    livemode boolean,
    metadata jsonb,
    object text,
    type text
);
CREATE INDEX customer_balance_transactions__account_idx ON customer_balance_transactions (_account);
CREATE INDEX customer_balance_transactions_created_idx ON customer_balance_transactions (created);
CREATE INDEX customer_balance_transactions_customer_idx ON customer_balance_transactions (customer);
CREATE INDEX customer_balance_transactions_invoice_idx ON customer_balance_transactions (invoice);
COMMENT ON TABLE customer_balance_transactions IS 'Stripe `customer_balance_transaction` objects. Each customer has a [Balance](https://stripe.com/docs/api/customers/object#customer_object-balance) value,
which denotes a debit or credit that''s automatically applied to their next invoice upon finalization.
You may modify the value directly by using the [update customer API](https://stripe.com/docs/api/customers/update),
or by creating a Customer Balance Transaction, which increments or decrements the customer''s `balance` by the specified `amount`.

Related guide: [Customer balance](https://stripe.com/docs/billing/customer/balance)';
COMMENT ON COLUMN customer_balance_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN customer_balance_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN customer_balance_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN customer_balance_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN customer_balance_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN customer_balance_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN customer_balance_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN customer_balance_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN customer_balance_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN customer_balance_transactions.amount IS 'The amount of the transaction. A negative value is a credit for the customer''s balance, and a positive value is a debit to the customer''s `balance`.
From `amount`.';
COMMENT ON COLUMN customer_balance_transactions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN customer_balance_transactions.credit_note IS 'The ID of the credit note (if any) related to the transaction.
From `credit_note` (the id, also when expanded).';
COMMENT ON COLUMN customer_balance_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN customer_balance_transactions.customer IS 'The ID of the customer the transaction belongs to.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN customer_balance_transactions.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN customer_balance_transactions.ending_balance IS 'The customer''s `balance` after the transaction was applied. A negative value decreases the amount due on the customer''s next invoice. A positive value increases the amount due on the customer''s next invoice.
From `ending_balance`.';
COMMENT ON COLUMN customer_balance_transactions.invoice IS 'The ID of the invoice (if any) related to the transaction.
From `invoice` (the id, also when expanded).';
COMMENT ON COLUMN customer_balance_transactions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN customer_balance_transactions.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN customer_balance_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN customer_balance_transactions.type IS 'Transaction type: `adjustment`, `applied_to_invoice`, `credit_note`, `initial`, `invoice_overpaid`, `invoice_too_large`, `invoice_too_small`, `unspent_receiver_credit`, or `unapplied_from_invoice`. See the [Customer Balance page](https://stripe.com/docs/billing/customer/balance#types) to learn more about transaction types.
From `type`.';

-- customer_cash_balance_transactions (`customer_cash_balance_transaction`)
CREATE TABLE customer_cash_balance_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    adjusted_for_overdraft jsonb,
    applied_to_payment jsonb,
    created timestamptz,
    currency text,
    customer text,
    ending_balance bigint,
    funded jsonb,
    livemode boolean,
    net_amount bigint,
    object text,
    refunded_from_payment jsonb,
    transferred_to_balance jsonb,
    type text,
    unapplied_from_payment jsonb
);
CREATE INDEX customer_cash_balance_transactions__account_idx ON customer_cash_balance_transactions (_account);
CREATE INDEX customer_cash_balance_transactions_created_idx ON customer_cash_balance_transactions (created);
CREATE INDEX customer_cash_balance_transactions_customer_idx ON customer_cash_balance_transactions (customer);
COMMENT ON TABLE customer_cash_balance_transactions IS 'Stripe `customer_cash_balance_transaction` objects. Customers with certain payments enabled have a cash balance, representing funds that were paid
by the customer to a merchant, but have not yet been allocated to a payment. Cash Balance Transactions
represent when funds are moved into or out of this balance. This includes funding by the customer, allocation
to payments, and refunds to the customer.';
COMMENT ON COLUMN customer_cash_balance_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN customer_cash_balance_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN customer_cash_balance_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN customer_cash_balance_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN customer_cash_balance_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN customer_cash_balance_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN customer_cash_balance_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN customer_cash_balance_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN customer_cash_balance_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN customer_cash_balance_transactions.adjusted_for_overdraft IS 'From `adjusted_for_overdraft`.';
COMMENT ON COLUMN customer_cash_balance_transactions.applied_to_payment IS 'From `applied_to_payment`.';
COMMENT ON COLUMN customer_cash_balance_transactions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN customer_cash_balance_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN customer_cash_balance_transactions.customer IS 'The customer whose available cash balance changed as a result of this transaction.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN customer_cash_balance_transactions.ending_balance IS 'The total available cash balance for the specified currency after this transaction was applied. Represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
From `ending_balance`.';
COMMENT ON COLUMN customer_cash_balance_transactions.funded IS 'From `funded`.';
COMMENT ON COLUMN customer_cash_balance_transactions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN customer_cash_balance_transactions.net_amount IS 'The amount by which the cash balance changed, represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). A positive value represents funds being added to the cash balance, a negative value represents funds being removed from the cash balance.
From `net_amount`.';
COMMENT ON COLUMN customer_cash_balance_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN customer_cash_balance_transactions.refunded_from_payment IS 'From `refunded_from_payment`.';
COMMENT ON COLUMN customer_cash_balance_transactions.transferred_to_balance IS 'From `transferred_to_balance`.';
COMMENT ON COLUMN customer_cash_balance_transactions.type IS 'The type of the cash balance transaction. New types may be added in future. See [Customer Balance](https://stripe.com/docs/payments/customer-balance#types) to learn more about these types.
From `type`.';
COMMENT ON COLUMN customer_cash_balance_transactions.unapplied_from_payment IS 'From `unapplied_from_payment`.';

-- customers (`customer`)
CREATE TABLE customers (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    address jsonb,
    balance bigint,
    cash_balance jsonb,
    created timestamptz,
    currency text,
    default_source text,
    delinquent boolean,
    description text,
    discount jsonb,
    email text,
    invoice_credit_balance jsonb,
    invoice_prefix text,
    invoice_settings jsonb,
    livemode boolean,
    metadata jsonb,
    name text,
    next_invoice_sequence bigint,
    object text,
    phone text,
    preferred_locales jsonb,
    shipping jsonb,
    sources jsonb,
    subscriptions jsonb,
    tax jsonb,
    tax_exempt text,
    tax_ids jsonb,
    test_clock text
);
CREATE INDEX customers__account_idx ON customers (_account);
CREATE INDEX customers_created_idx ON customers (created);
CREATE INDEX customers_test_clock_idx ON customers (test_clock);
COMMENT ON TABLE customers IS 'Stripe `customer` objects. This object represents a customer of your business. Use it to create recurring charges and track payments that belong to the same customer.

Related guide: [Save a card during payment](https://stripe.com/docs/payments/save-during-payment)';
COMMENT ON COLUMN customers.id IS 'Stripe id of the object.';
COMMENT ON COLUMN customers._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN customers._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN customers._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN customers._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN customers._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN customers._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN customers._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN customers._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN customers.address IS 'The customer''s address.
From `address`.';
COMMENT ON COLUMN customers.balance IS 'The current balance, if any, that''s stored on the customer. If negative, the customer has credit to apply to their next invoice. If positive, the customer has an amount owed that''s added to their next invoice. The balance only considers amounts that Stripe hasn''t successfully applied to any invoice. It doesn''t reflect unpaid invoices. This balance is only taken into account after invoices finalize.
From `balance`.';
COMMENT ON COLUMN customers.cash_balance IS 'The current funds being held by Stripe on behalf of the customer. You can apply these funds towards payment intents when the source is "cash_balance". The `settings[reconciliation_mode]` field describes if these funds apply to these payment intents manually or automatically.
From `cash_balance`.';
COMMENT ON COLUMN customers.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN customers.currency IS 'Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) the customer can be charged in for recurring billing purposes.
From `currency`.';
COMMENT ON COLUMN customers.default_source IS 'ID of the default payment source for the customer.

If you use payment methods created through the PaymentMethods API, see the [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) field instead.
From `default_source` (the id, also when expanded).';
COMMENT ON COLUMN customers.delinquent IS 'Tracks the most recent state change on any invoice belonging to the customer. Paying an invoice or marking it uncollectible via the API will set this field to false. An automatic payment failure or passing the `invoice.due_date` will set this field to `true`.

If an invoice becomes uncollectible by [dunning](https://stripe.com/docs/billing/automatic-collection), `delinquent` doesn''t reset to `false`.

If you care whether the customer has paid their most recent subscription invoice, use `subscription.status` instead. Paying or marking uncollectible any customer invoice regardless of whether it is the latest invoice for a subscription will always set this field to `false`.
From `delinquent`.';
COMMENT ON COLUMN customers.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN customers.discount IS 'Describes the current discount active on the customer, if there is one.
From `discount`.';
COMMENT ON COLUMN customers.email IS 'The customer''s email address.
From `email`.';
COMMENT ON COLUMN customers.invoice_credit_balance IS 'The current multi-currency balances, if any, that''s stored on the customer. If positive in a currency, the customer has a credit to apply to their next invoice denominated in that currency. If negative, the customer has an amount owed that''s added to their next invoice denominated in that currency. These balances don''t apply to unpaid invoices. They solely track amounts that Stripe hasn''t successfully applied to any invoice. Stripe only applies a balance in a specific currency to an invoice after that invoice (which is in the same currency) finalizes.
From `invoice_credit_balance`.';
COMMENT ON COLUMN customers.invoice_prefix IS 'The prefix for the customer used to generate unique invoice numbers.
From `invoice_prefix`.';
COMMENT ON COLUMN customers.invoice_settings IS 'From `invoice_settings`.';
COMMENT ON COLUMN customers.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN customers.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN customers.name IS 'The customer''s full name or business name.
From `name`.';
COMMENT ON COLUMN customers.next_invoice_sequence IS 'The suffix of the customer''s next invoice number (for example, 0001).
From `next_invoice_sequence`.';
COMMENT ON COLUMN customers.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN customers.phone IS 'The customer''s phone number.
From `phone`.';
COMMENT ON COLUMN customers.preferred_locales IS 'The customer''s preferred locales (languages), ordered by preference.
From `preferred_locales`.';
COMMENT ON COLUMN customers.shipping IS 'Mailing and shipping address for the customer. Appears on invoices emailed to this customer.
From `shipping`.';
COMMENT ON COLUMN customers.sources IS 'The customer''s payment sources, if any.
From `sources`.';
COMMENT ON COLUMN customers.subscriptions IS 'The customer''s current subscriptions, if any.
From `subscriptions`.';
COMMENT ON COLUMN customers.tax IS 'From `tax`.';
COMMENT ON COLUMN customers.tax_exempt IS 'Describes the customer''s tax exemption status, which is `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the following text: **"Reverse charge"**.
From `tax_exempt`.';
COMMENT ON COLUMN customers.tax_ids IS 'The customer''s tax IDs.
From `tax_ids`.';
COMMENT ON COLUMN customers.test_clock IS 'ID of the test clock that this customer belongs to.
From `test_clock` (the id, also when expanded).';

-- discounts (`discount`)
CREATE TABLE discounts (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    checkout_session text,
    coupon jsonb,
    customer text,
    "end" timestamptz,
    invoice text,
    invoice_item text,
    object text,
    promotion_code text,
    start timestamptz,
    subscription text,
    subscription_item text
);
CREATE INDEX discounts__account_idx ON discounts (_account);
CREATE INDEX discounts_customer_idx ON discounts (customer);
CREATE INDEX discounts_invoice_idx ON discounts (invoice);
CREATE INDEX discounts_invoice_item_idx ON discounts (invoice_item);
CREATE INDEX discounts_subscription_idx ON discounts (subscription);
CREATE INDEX discounts_subscription_item_idx ON discounts (subscription_item);
COMMENT ON TABLE discounts IS 'Stripe `discount` objects. A discount represents the actual application of a [coupon](https://stripe.com/docs/api#coupons) or [promotion code](https://stripe.com/docs/api#promotion_codes).
It contains information about when the discount began, when it will end, and what it is applied to.

Related guide: [Applying discounts to subscriptions](https://stripe.com/docs/billing/subscriptions/discounts)';
COMMENT ON COLUMN discounts.id IS 'Stripe id of the object.';
COMMENT ON COLUMN discounts._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN discounts._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN discounts._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN discounts._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN discounts._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN discounts._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN discounts._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN discounts._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN discounts.checkout_session IS 'The Checkout session that this coupon is applied to, if it is applied to a particular session in payment mode. Will not be present for subscription mode.
From `checkout_session`.';
COMMENT ON COLUMN discounts.coupon IS 'From `coupon`.';
COMMENT ON COLUMN discounts.customer IS 'The ID of the customer associated with this discount.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN discounts."end" IS 'If the coupon has a duration of `repeating`, the date that this discount will end. If the coupon has a duration of `once` or `forever`, this attribute will be null.
From `end`.';
COMMENT ON COLUMN discounts.invoice IS 'The invoice that the discount''s coupon was applied to, if it was applied directly to a particular invoice.
From `invoice`.';
COMMENT ON COLUMN discounts.invoice_item IS 'The invoice item `id` (or invoice line item `id` for invoice line items of type=''subscription'') that the discount''s coupon was applied to, if it was applied directly to a particular invoice item or invoice line item.
From `invoice_item`.';
COMMENT ON COLUMN discounts.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN discounts.promotion_code IS 'The promotion code applied to create this discount.
From `promotion_code` (the id, also when expanded).';
COMMENT ON COLUMN discounts.start IS 'Date that the coupon was applied.
From `start`.';
COMMENT ON COLUMN discounts.subscription IS 'The subscription that this coupon is applied to, if it is applied to a particular subscription.
From `subscription`.';
COMMENT ON COLUMN discounts.subscription_item IS 'The subscription item that this coupon is applied to, if it is applied to a particular subscription item.
From `subscription_item`.';

-- disputes (`dispute`)
CREATE TABLE disputes (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    balance_transactions jsonb,
    charge text,
    created timestamptz,
    currency text,
    evidence jsonb,
    evidence_details jsonb,
    is_charge_refundable boolean,
    livemode boolean,
    metadata jsonb,
    object text,
    payment_intent text,
    payment_method_details jsonb,
    reason text,
    status text
);
CREATE INDEX disputes__account_idx ON disputes (_account);
CREATE INDEX disputes_charge_idx ON disputes (charge);
CREATE INDEX disputes_created_idx ON disputes (created);
CREATE INDEX disputes_payment_intent_idx ON disputes (payment_intent);
COMMENT ON TABLE disputes IS 'Stripe `dispute` objects. A dispute occurs when a customer questions your charge with their card issuer.
When this happens, you have the opportunity to respond to the dispute with
evidence that shows that the charge is legitimate.

Related guide: [Disputes and fraud](https://stripe.com/docs/disputes)';
COMMENT ON COLUMN disputes.id IS 'Stripe id of the object.';
COMMENT ON COLUMN disputes._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN disputes._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN disputes._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN disputes._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN disputes._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN disputes._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN disputes._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN disputes._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN disputes.amount IS 'Disputed amount. Usually the amount of the charge, but it can differ (usually because of currency fluctuation or because only part of the order is disputed).
From `amount`.';
COMMENT ON COLUMN disputes.balance_transactions IS 'List of zero, one, or two balance transactions that show funds withdrawn and reinstated to your Stripe account as a result of this dispute.
From `balance_transactions`.';
COMMENT ON COLUMN disputes.charge IS 'ID of the charge that''s disputed.
From `charge` (the id, also when expanded).';
COMMENT ON COLUMN disputes.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN disputes.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN disputes.evidence IS 'From `evidence`.';
COMMENT ON COLUMN disputes.evidence_details IS 'From `evidence_details`.';
COMMENT ON COLUMN disputes.is_charge_refundable IS 'If true, it''s still possible to refund the disputed payment. After the payment has been fully refunded, no further funds are withdrawn from your Stripe account as a result of this dispute.
From `is_charge_refundable`.';
COMMENT ON COLUMN disputes.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN disputes.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN disputes.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN disputes.payment_intent IS 'ID of the PaymentIntent that''s disputed.
From `payment_intent` (the id, also when expanded).';
COMMENT ON COLUMN disputes.payment_method_details IS 'From `payment_method_details`.';
COMMENT ON COLUMN disputes.reason IS 'Reason given by cardholder for dispute. Possible values are `bank_cannot_process`, `check_returned`, `credit_not_processed`, `customer_initiated`, `debit_not_authorized`, `duplicate`, `fraudulent`, `general`, `incorrect_account_details`, `insufficient_funds`, `product_not_received`, `product_unacceptable`, `subscription_canceled`, or `unrecognized`. Learn more about [dispute reasons](https://stripe.com/docs/disputes/categories).
From `reason`.';
COMMENT ON COLUMN disputes.status IS 'Current status of dispute. Possible values are `warning_needs_response`, `warning_under_review`, `warning_closed`, `needs_response`, `under_review`, `won`, or `lost`.
From `status`.';

-- entitlements_active_entitlements (`entitlements.active_entitlement`)
CREATE TABLE entitlements_active_entitlements (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    feature text,
    livemode boolean,
    lookup_key text,
    object text
);
CREATE INDEX entitlements_active_entitlements__account_idx ON entitlements_active_entitlements (_account);
COMMENT ON TABLE entitlements_active_entitlements IS 'Stripe `entitlements.active_entitlement` objects. An active entitlement describes access to a feature for a customer.';
COMMENT ON COLUMN entitlements_active_entitlements.id IS 'Stripe id of the object.';
COMMENT ON COLUMN entitlements_active_entitlements._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN entitlements_active_entitlements._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN entitlements_active_entitlements._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN entitlements_active_entitlements._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN entitlements_active_entitlements._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN entitlements_active_entitlements._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN entitlements_active_entitlements._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN entitlements_active_entitlements._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN entitlements_active_entitlements.feature IS 'The [Feature](https://stripe.com/docs/api/entitlements/feature) that the customer is entitled to.
From `feature` (the id, also when expanded).';
COMMENT ON COLUMN entitlements_active_entitlements.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN entitlements_active_entitlements.lookup_key IS 'A unique key you provide as your own system identifier. This may be up to 80 characters.
From `lookup_key`.';
COMMENT ON COLUMN entitlements_active_entitlements.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- entitlements_features (`entitlements.feature`)
CREATE TABLE entitlements_features (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    livemode boolean,
    lookup_key text,
    metadata jsonb,
    name text,
    object text
);
CREATE INDEX entitlements_features__account_idx ON entitlements_features (_account);
COMMENT ON TABLE entitlements_features IS 'Stripe `entitlements.feature` objects. A feature represents a monetizable ability or functionality in your system.
Features can be assigned to products, and when those products are purchased, Stripe will create an entitlement to the feature for the purchasing customer.';
COMMENT ON COLUMN entitlements_features.id IS 'Stripe id of the object.';
COMMENT ON COLUMN entitlements_features._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN entitlements_features._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN entitlements_features._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN entitlements_features._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN entitlements_features._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN entitlements_features._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN entitlements_features._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN entitlements_features._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN entitlements_features.active IS 'Inactive features cannot be attached to new products and will not be returned from the features list endpoint.
From `active`.';
COMMENT ON COLUMN entitlements_features.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN entitlements_features.lookup_key IS 'A unique key you provide as your own system identifier. This may be up to 80 characters.
From `lookup_key`.';
COMMENT ON COLUMN entitlements_features.metadata IS 'Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN entitlements_features.name IS 'The feature''s name, for your own purpose, not meant to be displayable to the customer.
From `name`.';
COMMENT ON COLUMN entitlements_features.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- ephemeral_keys (`ephemeral_key`)
CREATE TABLE ephemeral_keys (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    expires timestamptz,
    livemode boolean,
    object text,
    secret text
);
CREATE INDEX ephemeral_keys__account_idx ON ephemeral_keys (_account);
CREATE INDEX ephemeral_keys_created_idx ON ephemeral_keys (created);
COMMENT ON TABLE ephemeral_keys IS 'Stripe `ephemeral_key` objects. ';
COMMENT ON COLUMN ephemeral_keys.id IS 'Stripe id of the object.';
COMMENT ON COLUMN ephemeral_keys._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN ephemeral_keys._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN ephemeral_keys._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN ephemeral_keys._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN ephemeral_keys._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN ephemeral_keys._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN ephemeral_keys._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN ephemeral_keys._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN ephemeral_keys.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN ephemeral_keys.expires IS 'Time at which the key will expire. Measured in seconds since the Unix epoch.
From `expires`.';
COMMENT ON COLUMN ephemeral_keys.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN ephemeral_keys.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN ephemeral_keys.secret IS 'The key''s secret. You can use this value to make authorized requests to the Stripe API.
From `secret`.';

-- events (`event`)
CREATE TABLE events (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account text,
    api_version text,
    created timestamptz,
    data jsonb,
    livemode boolean,
    object text,
    pending_webhooks bigint,
    request jsonb,
    type text
);
CREATE INDEX events__account_idx ON events (_account);
CREATE INDEX events_account_idx ON events (account);
CREATE INDEX events_created_idx ON events (created);
COMMENT ON TABLE events IS 'Stripe `event` objects. Events are our way of letting you know when something interesting happens in
your account. When an interesting event occurs, we create a new `Event`
object. For example, when a charge succeeds, we create a `charge.succeeded`
event, and when an invoice payment attempt fails, we create an
`invoice.payment_failed` event. Certain API requests might create multiple
events. For example, if you create a new subscription for a
customer, you receive both a `customer.subscription.created` event and a
`charge.succeeded` event.

Events occur when the state of another API resource changes. The event''s data
field embeds the resource''s state at the time of the change. For
example, a `charge.succeeded` event contains a charge, and an
`invoice.payment_failed` event contains an invoice.

As with other API resources, you can use endpoints to retrieve an
[individual event](https://stripe.com/docs/api#retrieve_event) or a [list of events](https://stripe.com/docs/api#list_events)
from the API. We also have a separate
[webhooks](http://en.wikipedia.org/wiki/Webhook) system for sending the
`Event` objects directly to an endpoint on your server. You can manage
webhooks in your
[account settings](https://dashboard.stripe.com/account/webhooks). Learn how
to [listen for events](https://docs.stripe.com/webhooks)
so that your integration can automatically trigger reactions.

When using [Connect](https://docs.stripe.com/connect), you can also receive event notifications
that occur in connected accounts. For these events, there''s an
additional `account` attribute in the received `Event` object.

We only guarantee access to events through the [Retrieve Event API](https://stripe.com/docs/api#retrieve_event)
for 30 days.';
COMMENT ON COLUMN events.id IS 'Stripe id of the object.';
COMMENT ON COLUMN events._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN events._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN events._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN events._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN events._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN events._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN events._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN events._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN events.account IS 'The connected account that originates the event.
From `account`.';
COMMENT ON COLUMN events.api_version IS 'The Stripe API version used to render `data`. This property is populated only for events on or after October 31, 2014.
From `api_version`.';
COMMENT ON COLUMN events.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN events.data IS 'From `data`.';
COMMENT ON COLUMN events.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN events.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN events.pending_webhooks IS 'Number of webhooks that haven''t been successfully delivered (for example, to return a 20x response) to the URLs you specify.
From `pending_webhooks`.';
COMMENT ON COLUMN events.request IS 'Information on the API request that triggers the event.
From `request`.';
COMMENT ON COLUMN events.type IS 'Description of the event (for example, `invoice.created` or `charge.refunded`).
From `type`.';

-- exchange_rates (`exchange_rate`)
CREATE TABLE exchange_rates (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    object text,
    rates jsonb
);
CREATE INDEX exchange_rates__account_idx ON exchange_rates (_account);
COMMENT ON TABLE exchange_rates IS 'Stripe `exchange_rate` objects. `ExchangeRate` objects allow you to determine the rates that Stripe is currently
using to convert from one currency to another. Since this number is variable
throughout the day, there are various reasons why you might want to know the current
rate (for example, to dynamically price an item for a user with a default
payment in a foreign currency).

Please refer to our [Exchange Rates API](https://stripe.com/docs/fx-rates) guide for more details.

*[Note: this integration path is supported but no longer recommended]* Additionally,
you can guarantee that a charge is made with an exchange rate that you expect is
current. To do so, you must pass in the exchange_rate to charges endpoints. If the
value is no longer up to date, the charge won''t go through. Please refer to our
[Using with charges](https://stripe.com/docs/exchange-rates) guide for more details.

-----

&nbsp;

*This Exchange Rates API is a Beta Service and is subject to Stripe''s terms of service. You may use the API solely for the purpose of transacting on Stripe. For example, the API may be queried in order to:*

- *localize prices for processing payments on Stripe*
- *reconcile Stripe transactions*
- *determine how much money to send to a connected account*
- *determine app fees to charge a connected account*

*Using this Exchange Rates API beta for any purpose other than to transact on Stripe is strictly prohibited and constitutes a violation of Stripe''s terms of service.*';
COMMENT ON COLUMN exchange_rates.id IS 'Stripe id of the object.';
COMMENT ON COLUMN exchange_rates._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN exchange_rates._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN exchange_rates._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN exchange_rates._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN exchange_rates._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN exchange_rates._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN exchange_rates._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN exchange_rates._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN exchange_rates.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN exchange_rates.rates IS 'Hash where the keys are supported currencies and the values are the exchange rate at which the base id currency converts to the key currency.
From `rates`.';

-- fee_refunds (`fee_refund`)
CREATE TABLE fee_refunds (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    balance_transaction text,
    created timestamptz,
    currency text,
    fee text,
    metadata jsonb,
    object text
);
CREATE INDEX fee_refunds__account_idx ON fee_refunds (_account);
CREATE INDEX fee_refunds_balance_transaction_idx ON fee_refunds (balance_transaction);
CREATE INDEX fee_refunds_created_idx ON fee_refunds (created);
COMMENT ON TABLE fee_refunds IS 'Stripe `fee_refund` objects. `Application Fee Refund` objects allow you to refund an application fee that
has previously been created but not yet refunded. Funds will be refunded to
the Stripe account from which the fee was originally collected.

Related guide: [Refunding application fees](https://stripe.com/docs/connect/destination-charges#refunding-app-fee)';
COMMENT ON COLUMN fee_refunds.id IS 'Stripe id of the object.';
COMMENT ON COLUMN fee_refunds._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN fee_refunds._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN fee_refunds._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN fee_refunds._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN fee_refunds._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN fee_refunds._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN fee_refunds._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN fee_refunds._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN fee_refunds.amount IS 'Amount, in cents (or local equivalent).
From `amount`.';
COMMENT ON COLUMN fee_refunds.balance_transaction IS 'Balance transaction that describes the impact on your account balance.
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN fee_refunds.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN fee_refunds.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN fee_refunds.fee IS 'ID of the application fee that was refunded.
From `fee` (the id, also when expanded).';
COMMENT ON COLUMN fee_refunds.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN fee_refunds.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- file_links (`file_link`)
CREATE TABLE file_links (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    expired boolean,
    expires_at timestamptz,
    file text,
    livemode boolean,
    metadata jsonb,
    object text,
    url text
);
CREATE INDEX file_links__account_idx ON file_links (_account);
CREATE INDEX file_links_created_idx ON file_links (created);
COMMENT ON TABLE file_links IS 'Stripe `file_link` objects. To share the contents of a `File` object with non-Stripe users, you can
create a `FileLink`. `FileLink`s contain a URL that you can use to
retrieve the contents of the file without authentication.';
COMMENT ON COLUMN file_links.id IS 'Stripe id of the object.';
COMMENT ON COLUMN file_links._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN file_links._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN file_links._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN file_links._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN file_links._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN file_links._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN file_links._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN file_links._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN file_links.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN file_links.expired IS 'Returns if the link is already expired.
From `expired`.';
COMMENT ON COLUMN file_links.expires_at IS 'Time that the link expires.
From `expires_at`.';
COMMENT ON COLUMN file_links.file IS 'The file object this link points to.
From `file` (the id, also when expanded).';
COMMENT ON COLUMN file_links.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN file_links.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN file_links.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN file_links.url IS 'The publicly accessible URL to download the file.
From `url`.';

-- files (`file`)
CREATE TABLE files (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    expires_at timestamptz,
    filename text,
    links jsonb,
    object text,
    purpose text,
    size bigint,
    title text,
    type text,
    url text
);
CREATE INDEX files__account_idx ON files (_account);
CREATE INDEX files_created_idx ON files (created);
COMMENT ON TABLE files IS 'Stripe `file` objects. This object represents files hosted on Stripe''s servers. You can upload
files with the [create file](https://stripe.com/docs/api#create_file) request
(for example, when uploading dispute evidence). Stripe also
creates files independently (for example, the results of a [Sigma scheduled
query](#scheduled_queries)).

Related guide: [File upload guide](https://stripe.com/docs/file-upload)';
COMMENT ON COLUMN files.id IS 'Stripe id of the object.';
COMMENT ON COLUMN files._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN files._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN files._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN files._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN files._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN files._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN files._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN files._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN files.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN files.expires_at IS 'The file expires and isn''t available at this time in epoch seconds.
From `expires_at`.';
COMMENT ON COLUMN files.filename IS 'The suitable name for saving the file to a filesystem.
From `filename`.';
COMMENT ON COLUMN files.links IS 'A list of [file links](https://stripe.com/docs/api#file_links) that point at this file.
From `links`.';
COMMENT ON COLUMN files.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN files.purpose IS 'The [purpose](https://stripe.com/docs/file-upload#uploading-a-file) of the uploaded file.
From `purpose`.';
COMMENT ON COLUMN files.size IS 'The size of the file object in bytes.
From `size`.';
COMMENT ON COLUMN files.title IS 'A suitable title for the document.
From `title`.';
COMMENT ON COLUMN files.type IS 'The returned file type (for example, `csv`, `pdf`, `jpg`, or `png`).
From `type`.';
COMMENT ON COLUMN files.url IS 'Use your live secret API key to download the file from this URL.
From `url`.';

-- financial_connections_account_owners (`financial_connections.account_owner`)
CREATE TABLE financial_connections_account_owners (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    email text,
    name text,
    object text,
    ownership text,
    phone text,
    raw_address text,
    refreshed_at timestamptz
);
CREATE INDEX financial_connections_account_owners__account_idx ON financial_connections_account_owners (_account);
COMMENT ON TABLE financial_connections_account_owners IS 'Stripe `financial_connections.account_owner` objects. Describes an owner of an account.';
COMMENT ON COLUMN financial_connections_account_owners.id IS 'Stripe id of the object.';
COMMENT ON COLUMN financial_connections_account_owners._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN financial_connections_account_owners._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN financial_connections_account_owners._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN financial_connections_account_owners._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN financial_connections_account_owners._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN financial_connections_account_owners._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN financial_connections_account_owners._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN financial_connections_account_owners._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN financial_connections_account_owners.email IS 'The email address of the owner.
From `email`.';
COMMENT ON COLUMN financial_connections_account_owners.name IS 'The full name of the owner.
From `name`.';
COMMENT ON COLUMN financial_connections_account_owners.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN financial_connections_account_owners.ownership IS 'The ownership object that this owner belongs to.
From `ownership`.';
COMMENT ON COLUMN financial_connections_account_owners.phone IS 'The raw phone number of the owner.
From `phone`.';
COMMENT ON COLUMN financial_connections_account_owners.raw_address IS 'The raw physical address of the owner.
From `raw_address`.';
COMMENT ON COLUMN financial_connections_account_owners.refreshed_at IS 'The timestamp of the refresh that updated this owner.
From `refreshed_at`.';

-- financial_connections_accounts (`financial_connections.account`)
CREATE TABLE financial_connections_accounts (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account_holder jsonb,
    balance jsonb,
    balance_refresh jsonb,
    category text,
    created timestamptz,
    display_name text,
    institution_name text,
    last4 text,
    livemode boolean,
    object text,
    ownership text,
    ownership_refresh jsonb,
    permissions jsonb,
    status text,
    subcategory text,
    subscriptions jsonb,
    supported_payment_method_types jsonb,
    transaction_refresh jsonb
);
CREATE INDEX financial_connections_accounts__account_idx ON financial_connections_accounts (_account);
CREATE INDEX financial_connections_accounts_created_idx ON financial_connections_accounts (created);
COMMENT ON TABLE financial_connections_accounts IS 'Stripe `financial_connections.account` objects. A Financial Connections Account represents an account that exists outside of Stripe, to which you have been granted some degree of access.';
COMMENT ON COLUMN financial_connections_accounts.id IS 'Stripe id of the object.';
COMMENT ON COLUMN financial_connections_accounts._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN financial_connections_accounts._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN financial_connections_accounts._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN financial_connections_accounts._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN financial_connections_accounts._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN financial_connections_accounts._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN financial_connections_accounts._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN financial_connections_accounts._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN financial_connections_accounts.account_holder IS 'The account holder that this account belongs to.
From `account_holder`.';
COMMENT ON COLUMN financial_connections_accounts.balance IS 'The most recent information about the account''s balance.
From `balance`.';
COMMENT ON COLUMN financial_connections_accounts.balance_refresh IS 'The state of the most recent attempt to refresh the account balance.
From `balance_refresh`.';
COMMENT ON COLUMN financial_connections_accounts.category IS 'The type of the account. Account category is further divided in `subcategory`.
From `category`.';
COMMENT ON COLUMN financial_connections_accounts.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN financial_connections_accounts.display_name IS 'A human-readable name that has been assigned to this account, either by the account holder or by the institution.
From `display_name`.';
COMMENT ON COLUMN financial_connections_accounts.institution_name IS 'The name of the institution that holds this account.
From `institution_name`.';
COMMENT ON COLUMN financial_connections_accounts.last4 IS 'The last 4 digits of the account number. If present, this will be 4 numeric characters.
From `last4`.';
COMMENT ON COLUMN financial_connections_accounts.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN financial_connections_accounts.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN financial_connections_accounts.ownership IS 'The most recent information about the account''s owners.
From `ownership` (the id, also when expanded).';
COMMENT ON COLUMN financial_connections_accounts.ownership_refresh IS 'The state of the most recent attempt to refresh the account owners.
From `ownership_refresh`.';
COMMENT ON COLUMN financial_connections_accounts.permissions IS 'The list of permissions granted by this account.
From `permissions`.';
COMMENT ON COLUMN financial_connections_accounts.status IS 'The status of the link to the account.
From `status`.';
COMMENT ON COLUMN financial_connections_accounts.subcategory IS 'If `category` is `cash`, one of:

 - `checking`
 - `savings`
 - `other`

If `category` is `credit`, one of:

 - `mortgage`
 - `line_of_credit`
 - `credit_card`
 - `other`

If `category` is `investment` or `other`, this will be `other`.
From `subcategory`.';
COMMENT ON COLUMN financial_connections_accounts.subscriptions IS 'The list of data refresh subscriptions requested on this account.
From `subscriptions`.';
COMMENT ON COLUMN financial_connections_accounts.supported_payment_method_types IS 'The [PaymentMethod type](https://stripe.com/docs/api/payment_methods/object#payment_method_object-type)(s) that can be created from this account.
From `supported_payment_method_types`.';
COMMENT ON COLUMN financial_connections_accounts.transaction_refresh IS 'The state of the most recent attempt to refresh the account transactions.
From `transaction_refresh`.';

-- financial_connections_sessions (`financial_connections.session`)
CREATE TABLE financial_connections_sessions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account_holder jsonb,
    accounts jsonb,
    client_secret text,
    filters jsonb,
    livemode boolean,
    object text,
    permissions jsonb,
    prefetch jsonb,
    return_url text
);
CREATE INDEX financial_connections_sessions__account_idx ON financial_connections_sessions (_account);
COMMENT ON TABLE financial_connections_sessions IS 'Stripe `financial_connections.session` objects. A Financial Connections Session is the secure way to programmatically launch the client-side Stripe.js modal that lets your users link their accounts.';
COMMENT ON COLUMN financial_connections_sessions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN financial_connections_sessions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN financial_connections_sessions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN financial_connections_sessions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN financial_connections_sessions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN financial_connections_sessions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN financial_connections_sessions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN financial_connections_sessions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN financial_connections_sessions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN financial_connections_sessions.account_holder IS 'The account holder for whom accounts are collected in this session.
From `account_holder`.';
COMMENT ON COLUMN financial_connections_sessions.accounts IS 'The accounts that were collected as part of this Session.
From `accounts`.';
COMMENT ON COLUMN financial_connections_sessions.client_secret IS 'A value that will be passed to the client to launch the authentication flow.
From `client_secret`.';
COMMENT ON COLUMN financial_connections_sessions.filters IS 'From `filters`.';
COMMENT ON COLUMN financial_connections_sessions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN financial_connections_sessions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN financial_connections_sessions.permissions IS 'Permissions requested for accounts collected during this session.
From `permissions`.';
COMMENT ON COLUMN financial_connections_sessions.prefetch IS 'Data features requested to be retrieved upon account creation.
From `prefetch`.';
COMMENT ON COLUMN financial_connections_sessions.return_url IS 'For webview integrations only. Upon completing OAuth login in the native browser, the user will be redirected to this URL to return to your app.
From `return_url`.';

-- financial_connections_transactions (`financial_connections.transaction`)
CREATE TABLE financial_connections_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account text,
    amount bigint,
    currency text,
    description text,
    livemode boolean,
    object text,
    status text,
    status_transitions jsonb,
    transacted_at timestamptz,
    transaction_refresh text,
    updated timestamptz
);
CREATE INDEX financial_connections_transactions__account_idx ON financial_connections_transactions (_account);
CREATE INDEX financial_connections_transactions_account_idx ON financial_connections_transactions (account);
COMMENT ON TABLE financial_connections_transactions IS 'Stripe `financial_connections.transaction` objects. A Transaction represents a real transaction that affects a Financial Connections Account balance.';
COMMENT ON COLUMN financial_connections_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN financial_connections_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN financial_connections_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN financial_connections_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN financial_connections_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN financial_connections_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN financial_connections_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN financial_connections_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN financial_connections_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN financial_connections_transactions.account IS 'The ID of the Financial Connections Account this transaction belongs to.
From `account`.';
COMMENT ON COLUMN financial_connections_transactions.amount IS 'The amount of this transaction, in cents (or local equivalent).
From `amount`.';
COMMENT ON COLUMN financial_connections_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN financial_connections_transactions.description IS 'The description of this transaction.
From `description`.';
COMMENT ON COLUMN financial_connections_transactions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN financial_connections_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN financial_connections_transactions.status IS 'The status of the transaction.
From `status`.';
COMMENT ON COLUMN financial_connections_transactions.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN financial_connections_transactions.transacted_at IS 'Time at which the transaction was transacted. Measured in seconds since the Unix epoch.
From `transacted_at`.';
COMMENT ON COLUMN financial_connections_transactions.transaction_refresh IS 'The token of the transaction refresh that last updated or created this transaction.
From `transaction_refresh`.';
COMMENT ON COLUMN financial_connections_transactions.updated IS 'Time at which the object was last updated. Measured in seconds since the Unix epoch.
From `updated`.';

-- forwarding_requests (`forwarding.request`)
CREATE TABLE forwarding_requests (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    livemode boolean,
    object text,
    payment_method text,
    replacements jsonb,
    request_context jsonb,
    request_details jsonb,
    response_details jsonb,
    url text
);
CREATE INDEX forwarding_requests__account_idx ON forwarding_requests (_account);
CREATE INDEX forwarding_requests_created_idx ON forwarding_requests (created);
CREATE INDEX forwarding_requests_payment_method_idx ON forwarding_requests (payment_method);
COMMENT ON TABLE forwarding_requests IS 'Stripe `forwarding.request` objects. Instructs Stripe to make a request on your behalf using the destination URL. The destination URL
is activated by Stripe at the time of onboarding. Stripe verifies requests with your credentials
provided during onboarding, and injects card details from the payment_method into the request.

Stripe redacts all sensitive fields and headers, including authentication credentials and card numbers,
before storing the request and response data in the forwarding Request object, which are subject to a
30-day retention period.

You can provide a Stripe idempotency key to make sure that requests with the same key result in only one
outbound request. The Stripe idempotency key provided should be unique and different from any idempotency
keys provided on the underlying third-party request.

Forwarding Requests are synchronous requests that return a response or time out according to
Stripe’s limits.

Related guide: [Forward card details to third-party API endpoints](https://docs.stripe.com/payments/forwarding).';
COMMENT ON COLUMN forwarding_requests.id IS 'Stripe id of the object.';
COMMENT ON COLUMN forwarding_requests._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN forwarding_requests._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN forwarding_requests._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN forwarding_requests._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN forwarding_requests._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN forwarding_requests._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN forwarding_requests._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN forwarding_requests._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN forwarding_requests.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN forwarding_requests.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN forwarding_requests.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN forwarding_requests.payment_method IS 'The PaymentMethod to insert into the forwarded request. Forwarding previously consumed PaymentMethods is allowed.
From `payment_method`.';
COMMENT ON COLUMN forwarding_requests.replacements IS 'The field kinds to be replaced in the forwarded request.
From `replacements`.';
COMMENT ON COLUMN forwarding_requests.request_context IS 'Context about the request from Stripe''s servers to the destination endpoint.
From `request_context`.';
COMMENT ON COLUMN forwarding_requests.request_details IS 'The request that was sent to the destination endpoint. We redact any sensitive fields.
From `request_details`.';
COMMENT ON COLUMN forwarding_requests.response_details IS 'The response that the destination endpoint returned to us. We redact any sensitive fields.
From `response_details`.';
COMMENT ON COLUMN forwarding_requests.url IS 'The destination URL for the forwarded request. Must be supported by the config.
From `url`.';

-- identity_verification_reports (`identity.verification_report`)
CREATE TABLE identity_verification_reports (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    client_reference_id text,
    created timestamptz,
    document jsonb,
    email jsonb,
    id_number jsonb,
    livemode boolean,
    object text,
    options jsonb,
    phone jsonb,
    selfie jsonb,
    type text,
    verification_flow text,
    verification_session text
);
CREATE INDEX identity_verification_reports__account_idx ON identity_verification_reports (_account);
CREATE INDEX identity_verification_reports_created_idx ON identity_verification_reports (created);
COMMENT ON TABLE identity_verification_reports IS 'Stripe `identity.verification_report` objects. A VerificationReport is the result of an attempt to collect and verify data from a user.
The collection of verification checks performed is determined from the `type` and `options`
parameters used. You can find the result of each verification check performed in the
appropriate sub-resource: `document`, `id_number`, `selfie`.

Each VerificationReport contains a copy of any data collected by the user as well as
reference IDs which can be used to access collected images through the [FileUpload](https://stripe.com/docs/api/files)
API. To configure and create VerificationReports, use the
[VerificationSession](https://stripe.com/docs/api/identity/verification_sessions) API.

Related guides: [Accessing verification results](https://stripe.com/docs/identity/verification-sessions#results).';
COMMENT ON COLUMN identity_verification_reports.id IS 'Stripe id of the object.';
COMMENT ON COLUMN identity_verification_reports._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN identity_verification_reports._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN identity_verification_reports._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN identity_verification_reports._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN identity_verification_reports._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN identity_verification_reports._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN identity_verification_reports._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN identity_verification_reports._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN identity_verification_reports.client_reference_id IS 'A string to reference this user. This can be a customer ID, a session ID, or similar, and can be used to reconcile this verification with your internal systems.
From `client_reference_id`.';
COMMENT ON COLUMN identity_verification_reports.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN identity_verification_reports.document IS 'From `document`.';
COMMENT ON COLUMN identity_verification_reports.email IS 'From `email`.';
COMMENT ON COLUMN identity_verification_reports.id_number IS 'From `id_number`.';
COMMENT ON COLUMN identity_verification_reports.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN identity_verification_reports.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN identity_verification_reports.options IS 'From `options`.';
COMMENT ON COLUMN identity_verification_reports.phone IS 'From `phone`.';
COMMENT ON COLUMN identity_verification_reports.selfie IS 'From `selfie`.';
COMMENT ON COLUMN identity_verification_reports.type IS 'Type of report.
From `type`.';
COMMENT ON COLUMN identity_verification_reports.verification_flow IS 'The configuration token of a Verification Flow from the dashboard.
From `verification_flow`.';
COMMENT ON COLUMN identity_verification_reports.verification_session IS 'ID of the VerificationSession that created this report.
From `verification_session`.';

-- identity_verification_sessions (`identity.verification_session`)
CREATE TABLE identity_verification_sessions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    client_reference_id text,
    client_secret text,
    created timestamptz,
    last_error jsonb,
    last_verification_report text,
    livemode boolean,
    metadata jsonb,
    object text,
    options jsonb,
    provided_details jsonb,
    redaction jsonb,
    status text,
    type text,
    url text,
    verification_flow text,
    verified_outputs jsonb
);
CREATE INDEX identity_verification_sessions__account_idx ON identity_verification_sessions (_account);
CREATE INDEX identity_verification_sessions_created_idx ON identity_verification_sessions (created);
COMMENT ON TABLE identity_verification_sessions IS 'Stripe `identity.verification_session` objects. A VerificationSession guides you through the process of collecting and verifying the identities
of your users. It contains details about the type of verification, such as what [verification
check](/docs/identity/verification-checks) to perform. Only create one VerificationSession for
each verification in your system.

A VerificationSession transitions through [multiple
statuses](/docs/identity/how-sessions-work) throughout its lifetime as it progresses through
the verification flow. The VerificationSession contains the user''s verified data after
verification checks are complete.

Related guide: [The Verification Sessions API](https://stripe.com/docs/identity/verification-sessions)';
COMMENT ON COLUMN identity_verification_sessions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN identity_verification_sessions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN identity_verification_sessions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN identity_verification_sessions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN identity_verification_sessions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN identity_verification_sessions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN identity_verification_sessions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN identity_verification_sessions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN identity_verification_sessions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN identity_verification_sessions.client_reference_id IS 'A string to reference this user. This can be a customer ID, a session ID, or similar, and can be used to reconcile this verification with your internal systems.
From `client_reference_id`.';
COMMENT ON COLUMN identity_verification_sessions.client_secret IS 'The short-lived client secret used by Stripe.js to [show a verification modal](https://stripe.com/docs/js/identity/modal) inside your app. This client secret expires after 24 hours and can only be used once. Don’t store it, log it, embed it in a URL, or expose it to anyone other than the user. Make sure that you have TLS enabled on any page that includes the client secret. Refer to our docs on [passing the client secret to the frontend](https://stripe.com/docs/identity/verification-sessions#client-secret) to learn more.
From `client_secret`.';
COMMENT ON COLUMN identity_verification_sessions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN identity_verification_sessions.last_error IS 'If present, this property tells you the last error encountered when processing the verification.
From `last_error`.';
COMMENT ON COLUMN identity_verification_sessions.last_verification_report IS 'ID of the most recent VerificationReport. [Learn more about accessing detailed verification results.](https://stripe.com/docs/identity/verification-sessions#results)
From `last_verification_report` (the id, also when expanded).';
COMMENT ON COLUMN identity_verification_sessions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN identity_verification_sessions.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN identity_verification_sessions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN identity_verification_sessions.options IS 'A set of options for the session’s verification checks.
From `options`.';
COMMENT ON COLUMN identity_verification_sessions.provided_details IS 'Details provided about the user being verified. These details may be shown to the user.
From `provided_details`.';
COMMENT ON COLUMN identity_verification_sessions.redaction IS 'Redaction status of this VerificationSession. If the VerificationSession is not redacted, this field will be null.
From `redaction`.';
COMMENT ON COLUMN identity_verification_sessions.status IS 'Status of this VerificationSession. [Learn more about the lifecycle of sessions](https://stripe.com/docs/identity/how-sessions-work).
From `status`.';
COMMENT ON COLUMN identity_verification_sessions.type IS 'The type of [verification check](https://stripe.com/docs/identity/verification-checks) to be performed.
From `type`.';
COMMENT ON COLUMN identity_verification_sessions.url IS 'The short-lived URL that you use to redirect a user to Stripe to submit their identity information. This URL expires after 48 hours and can only be used once. Don’t store it, log it, send it in emails or expose it to anyone other than the user. Refer to our docs on [verifying identity documents](https://stripe.com/docs/identity/verify-identity-documents?platform=web&type=redirect) to learn how to redirect users to Stripe.
From `url`.';
COMMENT ON COLUMN identity_verification_sessions.verification_flow IS 'The configuration token of a Verification Flow from the dashboard.
From `verification_flow`.';
COMMENT ON COLUMN identity_verification_sessions.verified_outputs IS 'The user’s verified data.
From `verified_outputs`.';

-- invoiceitems (`invoiceitem`)
CREATE TABLE invoiceitems (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    currency text,
    customer text,
    date timestamptz,
    description text,
    discountable boolean,
    discounts jsonb,
    invoice text,
    livemode boolean,
    metadata jsonb,
    object text,
    period jsonb,
    price jsonb,
    proration boolean,
    quantity bigint,
    subscription text,
    subscription_item text,
    tax_rates jsonb,
    test_clock text,
    unit_amount bigint,
    unit_amount_decimal numeric
);
CREATE INDEX invoiceitems__account_idx ON invoiceitems (_account);
CREATE INDEX invoiceitems_customer_idx ON invoiceitems (customer);
CREATE INDEX invoiceitems_invoice_idx ON invoiceitems (invoice);
CREATE INDEX invoiceitems_subscription_idx ON invoiceitems (subscription);
CREATE INDEX invoiceitems_subscription_item_idx ON invoiceitems (subscription_item);
CREATE INDEX invoiceitems_test_clock_idx ON invoiceitems (test_clock);
COMMENT ON TABLE invoiceitems IS 'Stripe `invoiceitem` objects. Invoice Items represent the component lines of an [invoice](https://stripe.com/docs/api/invoices). An invoice item is added to an
invoice by creating or updating it with an `invoice` field, at which point it will be included as
[an invoice line item](https://stripe.com/docs/api/invoices/line_item) within
[invoice.lines](https://stripe.com/docs/api/invoices/object#invoice_object-lines).

Invoice Items can be created before you are ready to actually send the invoice. This can be particularly useful when combined
with a [subscription](https://stripe.com/docs/api/subscriptions). Sometimes you want to add a charge or credit to a customer, but actually charge
or credit the customer’s card only at the end of a regular billing cycle. This is useful for combining several charges
(to minimize per-transaction fees), or for having Stripe tabulate your usage-based billing totals.

Related guides: [Integrate with the Invoicing API](https://stripe.com/docs/invoicing/integration), [Subscription Invoices](https://stripe.com/docs/billing/invoices/subscription#adding-upcoming-invoice-items).';
COMMENT ON COLUMN invoiceitems.id IS 'Stripe id of the object.';
COMMENT ON COLUMN invoiceitems._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN invoiceitems._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN invoiceitems._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN invoiceitems._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN invoiceitems._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN invoiceitems._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN invoiceitems._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN invoiceitems._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN invoiceitems.amount IS 'Amount (in the `currency` specified) of the invoice item. This should always be equal to `unit_amount * quantity`.
From `amount`.';
COMMENT ON COLUMN invoiceitems.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN invoiceitems.customer IS 'The ID of the customer who will be billed when this invoice item is billed.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN invoiceitems.date IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `date`.';
COMMENT ON COLUMN invoiceitems.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN invoiceitems.discountable IS 'If true, discounts will apply to this invoice item. Always false for prorations.
From `discountable`.';
COMMENT ON COLUMN invoiceitems.discounts IS 'The discounts which apply to the invoice item. Item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
From `discounts`.';
COMMENT ON COLUMN invoiceitems.invoice IS 'The ID of the invoice this invoice item belongs to.
From `invoice` (the id, also when expanded).';
COMMENT ON COLUMN invoiceitems.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN invoiceitems.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN invoiceitems.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN invoiceitems.period IS 'From `period`.';
COMMENT ON COLUMN invoiceitems.price IS 'The price of the invoice item.
From `price`.';
COMMENT ON COLUMN invoiceitems.proration IS 'Whether the invoice item was created automatically as a proration adjustment when the customer switched plans.
From `proration`.';
COMMENT ON COLUMN invoiceitems.quantity IS 'Quantity of units for the invoice item. If the invoice item is a proration, the quantity of the subscription that the proration was computed for.
From `quantity`.';
COMMENT ON COLUMN invoiceitems.subscription IS 'The subscription that this invoice item has been created for, if any.
From `subscription` (the id, also when expanded).';
COMMENT ON COLUMN invoiceitems.subscription_item IS 'The subscription item that this invoice item has been created for, if any.
From `subscription_item`.';
COMMENT ON COLUMN invoiceitems.tax_rates IS 'The tax rates which apply to the invoice item. When set, the `default_tax_rates` on the invoice do not apply to this invoice item.
From `tax_rates`.';
COMMENT ON COLUMN invoiceitems.test_clock IS 'ID of the test clock this invoice item belongs to.
From `test_clock` (the id, also when expanded).';
COMMENT ON COLUMN invoiceitems.unit_amount IS 'Unit amount (in the `currency` specified) of the invoice item.
From `unit_amount`.';
COMMENT ON COLUMN invoiceitems.unit_amount_decimal IS 'Same as `unit_amount`, but contains a decimal value with at most 12 decimal places.
From `unit_amount_decimal`.';

-- invoices (`invoice`)
CREATE TABLE invoices (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account_country text,
    account_name text,
    account_tax_ids jsonb,
    amount_due bigint,
    amount_paid bigint,
    amount_remaining bigint,
    amount_shipping bigint,
    application text,
    application_fee_amount bigint,
    attempt_count bigint,
    attempted boolean,
    auto_advance boolean,
    automatic_tax jsonb,
    billing_reason text,
    charge text,
    collection_method text,
    created timestamptz,
    currency text,
    custom_fields jsonb,
    customer text,
    customer_address jsonb,
    customer_email text,
    customer_name text,
    customer_phone text,
    customer_shipping jsonb,
    customer_tax_exempt text,
    customer_tax_ids jsonb,
    default_payment_method text,
    default_source text,
    default_tax_rates jsonb,
    description text,
    discount jsonb,
    discounts jsonb,
    due_date timestamptz,
    effective_at timestamptz,
    ending_balance bigint,
    footer text,
    from_invoice jsonb,
    hosted_invoice_url text,
    invoice_pdf text,
    issuer jsonb,
    last_finalization_error jsonb,
    latest_revision text,
    lines jsonb,
    livemode boolean,
    metadata jsonb,
    next_payment_attempt timestamptz,
    number text,
    object text,
    on_behalf_of text,
    paid boolean,
    paid_out_of_band boolean,
    payment_intent text,
    payment_settings jsonb,
    period_end timestamptz,
    period_start timestamptz,
    post_payment_credit_notes_amount bigint,
    pre_payment_credit_notes_amount bigint,
    quote text,
    receipt_number text,
    rendering jsonb,
    shipping_cost jsonb,
    shipping_details jsonb,
    starting_balance bigint,
    statement_descriptor text,
    status text,
    status_transitions jsonb,
    subscription text,
    subscription_details jsonb,
    subscription_proration_date bigint,
    subtotal bigint,
    subtotal_excluding_tax bigint,
    tax bigint,
    test_clock text,
    threshold_reason jsonb,
    total bigint,
    total_discount_amounts jsonb,
    total_excluding_tax bigint,
    total_tax_amounts jsonb,
    transfer_data jsonb,
    webhooks_delivered_at timestamptz
);
CREATE INDEX invoices__account_idx ON invoices (_account);
CREATE INDEX invoices_application_idx ON invoices (application);
CREATE INDEX invoices_charge_idx ON invoices (charge);
CREATE INDEX invoices_created_idx ON invoices (created);
CREATE INDEX invoices_customer_idx ON invoices (customer);
CREATE INDEX invoices_on_behalf_of_idx ON invoices (on_behalf_of);
CREATE INDEX invoices_payment_intent_idx ON invoices (payment_intent);
CREATE INDEX invoices_quote_idx ON invoices (quote);
CREATE INDEX invoices_subscription_idx ON invoices (subscription);
CREATE INDEX invoices_test_clock_idx ON invoices (test_clock);
COMMENT ON TABLE invoices IS 'Stripe `invoice` objects. Invoices are statements of amounts owed by a customer, and are either
generated one-off, or generated periodically from a subscription.

They contain [invoice items](https://stripe.com/docs/api#invoiceitems), and proration adjustments
that may be caused by subscription upgrades/downgrades (if necessary).

If your invoice is configured to be billed through automatic charges,
Stripe automatically finalizes your invoice and attempts payment. Note
that finalizing the invoice,
[when automatic](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection), does
not happen immediately as the invoice is created. Stripe waits
until one hour after the last webhook was successfully sent (or the last
webhook timed out after failing). If you (and the platforms you may have
connected to) have no webhooks configured, Stripe waits one hour after
creation to finalize the invoice.

If your invoice is configured to be billed by sending an email, then based on your
[email settings](https://dashboard.stripe.com/account/billing/automatic),
Stripe will email the invoice to your customer and await payment. These
emails can contain a link to a hosted page to pay the invoice.

Stripe applies any customer credit on the account before determining the
amount due for the invoice (i.e., the amount that will be actually
charged). If the amount due for the invoice is less than Stripe''s [minimum allowed charge
per currency](/docs/currencies#minimum-and-maximum-charge-amounts), the
invoice is automatically marked paid, and we add the amount due to the
customer''s credit balance which is applied to the next invoice.

More details on the customer''s credit balance are
[here](https://stripe.com/docs/billing/customer/balance).

Related guide: [Send invoices to customers](https://stripe.com/docs/billing/invoices/sending)';
COMMENT ON COLUMN invoices.id IS 'Stripe id of the object.';
COMMENT ON COLUMN invoices._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN invoices._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN invoices._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN invoices._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN invoices._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN invoices._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN invoices._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN invoices._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN invoices.account_country IS 'The country of the business associated with this invoice, most often the business creating the invoice.
From `account_country`.';
COMMENT ON COLUMN invoices.account_name IS 'The public name of the business associated with this invoice, most often the business creating the invoice.
From `account_name`.';
COMMENT ON COLUMN invoices.account_tax_ids IS 'The account tax IDs associated with the invoice. Only editable when the invoice is a draft.
From `account_tax_ids`.';
COMMENT ON COLUMN invoices.amount_due IS 'Final amount due at this time for this invoice. If the invoice''s total is smaller than the minimum charge amount, for example, or if there is account credit that can be applied to the invoice, the `amount_due` may be 0. If there is a positive `starting_balance` for the invoice (the customer owes money), the `amount_due` will also take that into account. The charge that gets generated for the invoice will be for the amount specified in `amount_due`.
From `amount_due`.';
COMMENT ON COLUMN invoices.amount_paid IS 'The amount, in cents (or local equivalent), that was paid.
From `amount_paid`.';
COMMENT ON COLUMN invoices.amount_remaining IS 'The difference between amount_due and amount_paid, in cents (or local equivalent).
From `amount_remaining`.';
COMMENT ON COLUMN invoices.amount_shipping IS 'This is the sum of all the shipping amounts.
From `amount_shipping`.';
COMMENT ON COLUMN invoices.application IS 'ID of the Connect Application that created the invoice.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN invoices.application_fee_amount IS 'The fee in cents (or local equivalent) that will be applied to the invoice and transferred to the application owner''s Stripe account when the invoice is paid.
From `application_fee_amount`.';
COMMENT ON COLUMN invoices.attempt_count IS 'Number of payment attempts made for this invoice, from the perspective of the payment retry schedule. Any payment attempt counts as the first attempt, and subsequently only automatic retries increment the attempt count. In other words, manual payment attempts after the first attempt do not affect the retry schedule. If a failure is returned with a non-retryable return code, the invoice can no longer be retried unless a new payment method is obtained. Retries will continue to be scheduled, and attempt_count will continue to increment, but retries will only be executed if a new payment method is obtained.
From `attempt_count`.';
COMMENT ON COLUMN invoices.attempted IS 'Whether an attempt has been made to pay the invoice. An invoice is not attempted until 1 hour after the `invoice.created` webhook, for example, so you might not want to display that invoice as unpaid to your users.
From `attempted`.';
COMMENT ON COLUMN invoices.auto_advance IS 'Controls whether Stripe performs [automatic collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection) of the invoice. If `false`, the invoice''s state doesn''t automatically advance without an explicit action.
From `auto_advance`.';
COMMENT ON COLUMN invoices.automatic_tax IS 'From `automatic_tax`.';
COMMENT ON COLUMN invoices.billing_reason IS 'Indicates the reason why the invoice was created.

* `manual`: Unrelated to a subscription, for example, created via the invoice editor.
* `subscription`: No longer in use. Applies to subscriptions from before May 2018 where no distinction was made between updates, cycles, and thresholds.
* `subscription_create`: A new subscription was created.
* `subscription_cycle`: A subscription advanced into a new period.
* `subscription_threshold`: A subscription reached a billing threshold.
* `subscription_update`: A subscription was updated.
* `upcoming`: Reserved for simulated invoices, per the upcoming invoice endpoint.
From `billing_reason`.';
COMMENT ON COLUMN invoices.charge IS 'ID of the latest charge generated for this invoice, if any.
From `charge` (the id, also when expanded).';
COMMENT ON COLUMN invoices.collection_method IS 'Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this invoice using the default source attached to the customer. When sending an invoice, Stripe will email this invoice to the customer with payment instructions.
From `collection_method`.';
COMMENT ON COLUMN invoices.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN invoices.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN invoices.custom_fields IS 'Custom fields displayed on the invoice.
From `custom_fields`.';
COMMENT ON COLUMN invoices.customer IS 'The ID of the customer who will be billed.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN invoices.customer_address IS 'The customer''s address. Until the invoice is finalized, this field will equal `customer.address`. Once the invoice is finalized, this field will no longer be updated.
From `customer_address`.';
COMMENT ON COLUMN invoices.customer_email IS 'The customer''s email. Until the invoice is finalized, this field will equal `customer.email`. Once the invoice is finalized, this field will no longer be updated.
From `customer_email`.';
COMMENT ON COLUMN invoices.customer_name IS 'The customer''s name. Until the invoice is finalized, this field will equal `customer.name`. Once the invoice is finalized, this field will no longer be updated.
From `customer_name`.';
COMMENT ON COLUMN invoices.customer_phone IS 'The customer''s phone number. Until the invoice is finalized, this field will equal `customer.phone`. Once the invoice is finalized, this field will no longer be updated.
From `customer_phone`.';
COMMENT ON COLUMN invoices.customer_shipping IS 'The customer''s shipping information. Until the invoice is finalized, this field will equal `customer.shipping`. Once the invoice is finalized, this field will no longer be updated.
From `customer_shipping`.';
COMMENT ON COLUMN invoices.customer_tax_exempt IS 'The customer''s tax exempt status. Until the invoice is finalized, this field will equal `customer.tax_exempt`. Once the invoice is finalized, this field will no longer be updated.
From `customer_tax_exempt`.';
COMMENT ON COLUMN invoices.customer_tax_ids IS 'The customer''s tax IDs. Until the invoice is finalized, this field will contain the same tax IDs as `customer.tax_ids`. Once the invoice is finalized, this field will no longer be updated.
From `customer_tax_ids`.';
COMMENT ON COLUMN invoices.default_payment_method IS 'ID of the default payment method for the invoice. It must belong to the customer associated with the invoice. If not set, defaults to the subscription''s default payment method, if any, or to the default payment method in the customer''s invoice settings.
From `default_payment_method` (the id, also when expanded).';
COMMENT ON COLUMN invoices.default_source IS 'ID of the default payment source for the invoice. It must belong to the customer associated with the invoice and be in a chargeable state. If not set, defaults to the subscription''s default source, if any, or to the customer''s default source.
From `default_source` (the id, also when expanded).';
COMMENT ON COLUMN invoices.default_tax_rates IS 'The tax rates applied to this invoice, if any.
From `default_tax_rates`.';
COMMENT ON COLUMN invoices.description IS 'An arbitrary string attached to the object. Often useful for displaying to users. Referenced as ''memo'' in the Dashboard.
From `description`.';
COMMENT ON COLUMN invoices.discount IS 'Describes the current discount applied to this invoice, if there is one. Not populated if there are multiple discounts.
From `discount`.';
COMMENT ON COLUMN invoices.discounts IS 'The discounts applied to the invoice. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
From `discounts`.';
COMMENT ON COLUMN invoices.due_date IS 'The date on which payment for this invoice is due. This value will be `null` for invoices where `collection_method=charge_automatically`.
From `due_date`.';
COMMENT ON COLUMN invoices.effective_at IS 'The date when this invoice is in effect. Same as `finalized_at` unless overwritten. When defined, this value replaces the system-generated ''Date of issue'' printed on the invoice PDF and receipt.
From `effective_at`.';
COMMENT ON COLUMN invoices.ending_balance IS 'Ending customer balance after the invoice is finalized. Invoices are finalized approximately an hour after successful webhook delivery or when payment collection is attempted for the invoice. If the invoice has not been finalized yet, this will be null.
From `ending_balance`.';
COMMENT ON COLUMN invoices.footer IS 'Footer displayed on the invoice.
From `footer`.';
COMMENT ON COLUMN invoices.from_invoice IS 'Details of the invoice that was cloned. See the [revision documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more details.
From `from_invoice`.';
COMMENT ON COLUMN invoices.hosted_invoice_url IS 'The URL for the hosted invoice page, which allows customers to view and pay an invoice. If the invoice has not been finalized yet, this will be null.
From `hosted_invoice_url`.';
COMMENT ON COLUMN invoices.invoice_pdf IS 'The link to download the PDF for the invoice. If the invoice has not been finalized yet, this will be null.
From `invoice_pdf`.';
COMMENT ON COLUMN invoices.issuer IS 'From `issuer`.';
COMMENT ON COLUMN invoices.last_finalization_error IS 'The error encountered during the previous attempt to finalize the invoice. This field is cleared when the invoice is successfully finalized.
From `last_finalization_error`.';
COMMENT ON COLUMN invoices.latest_revision IS 'The ID of the most recent non-draft revision of this invoice
From `latest_revision` (the id, also when expanded).';
COMMENT ON COLUMN invoices.lines IS 'The individual line items that make up the invoice. `lines` is sorted as follows: (1) pending invoice items (including prorations) in reverse chronological order, (2) subscription items in reverse chronological order, and (3) invoice items added after invoice creation in chronological order.
From `lines`.';
COMMENT ON COLUMN invoices.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN invoices.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN invoices.next_payment_attempt IS 'The time at which payment will next be attempted. This value will be `null` for invoices where `collection_method=send_invoice`.
From `next_payment_attempt`.';
COMMENT ON COLUMN invoices.number IS 'A unique, identifying string that appears on emails sent to the customer for this invoice. This starts with the customer''s unique invoice_prefix if it is specified.
From `number`.';
COMMENT ON COLUMN invoices.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN invoices.on_behalf_of IS 'The account (if any) for which the funds of the invoice payment are intended. If set, the invoice will be presented with the branding and support information of the specified account. See the [Invoices with Connect](https://stripe.com/docs/billing/invoices/connect) documentation for details.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN invoices.paid IS 'Whether payment was successfully collected for this invoice. An invoice can be paid (most commonly) with a charge or with credit from the customer''s account balance.
From `paid`.';
COMMENT ON COLUMN invoices.paid_out_of_band IS 'Returns true if the invoice was manually marked paid, returns false if the invoice hasn''t been paid yet or was paid on Stripe.
From `paid_out_of_band`.';
COMMENT ON COLUMN invoices.payment_intent IS 'The PaymentIntent associated with this invoice. The PaymentIntent is generated when the invoice is finalized, and can then be used to pay the invoice. Note that voiding an invoice will cancel the PaymentIntent.
From `payment_intent` (the id, also when expanded).';
COMMENT ON COLUMN invoices.payment_settings IS 'From `payment_settings`.';
COMMENT ON COLUMN invoices.period_end IS 'End of the usage period during which invoice items were added to this invoice. This looks back one period for a subscription invoice. Use the [line item period](/api/invoices/line_item#invoice_line_item_object-period) to get the service period for each price.
From `period_end`.';
COMMENT ON COLUMN invoices.period_start IS 'Start of the usage period during which invoice items were added to this invoice. This looks back one period for a subscription invoice. Use the [line item period](/api/invoices/line_item#invoice_line_item_object-period) to get the service period for each price.
From `period_start`.';
COMMENT ON COLUMN invoices.post_payment_credit_notes_amount IS 'Total amount of all post-payment credit notes issued for this invoice.
From `post_payment_credit_notes_amount`.';
COMMENT ON COLUMN invoices.pre_payment_credit_notes_amount IS 'Total amount of all pre-payment credit notes issued for this invoice.
From `pre_payment_credit_notes_amount`.';
COMMENT ON COLUMN invoices.quote IS 'The quote this invoice was generated from.
From `quote` (the id, also when expanded).';
COMMENT ON COLUMN invoices.receipt_number IS 'This is the transaction number that appears on email receipts sent for this invoice.
From `receipt_number`.';
COMMENT ON COLUMN invoices.rendering IS 'The rendering-related settings that control how the invoice is displayed on customer-facing surfaces such as PDF and Hosted Invoice Page.
From `rendering`.';
COMMENT ON COLUMN invoices.shipping_cost IS 'The details of the cost of shipping, including the ShippingRate applied on the invoice.
From `shipping_cost`.';
COMMENT ON COLUMN invoices.shipping_details IS 'Shipping details for the invoice. The Invoice PDF will use the `shipping_details` value if it is set, otherwise the PDF will render the shipping address from the customer.
From `shipping_details`.';
COMMENT ON COLUMN invoices.starting_balance IS 'Starting customer balance before the invoice is finalized. If the invoice has not been finalized yet, this will be the current customer balance. For revision invoices, this also includes any customer balance that was applied to the original invoice.
From `starting_balance`.';
COMMENT ON COLUMN invoices.statement_descriptor IS 'Extra information about an invoice for the customer''s credit card statement.
From `statement_descriptor`.';
COMMENT ON COLUMN invoices.status IS 'The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
From `status`.';
COMMENT ON COLUMN invoices.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN invoices.subscription IS 'The subscription that this invoice was prepared for, if any.
From `subscription` (the id, also when expanded).';
COMMENT ON COLUMN invoices.subscription_details IS 'Details about the subscription that created this invoice.
From `subscription_details`.';
COMMENT ON COLUMN invoices.subscription_proration_date IS 'Only set for upcoming invoices that preview prorations. The time used to calculate prorations.
From `subscription_proration_date`.';
COMMENT ON COLUMN invoices.subtotal IS 'Total of all subscriptions, invoice items, and prorations on the invoice before any invoice level discount or exclusive tax is applied. Item discounts are already incorporated
From `subtotal`.';
COMMENT ON COLUMN invoices.subtotal_excluding_tax IS 'The integer amount in cents (or local equivalent) representing the subtotal of the invoice before any invoice level discount or tax is applied. Item discounts are already incorporated
From `subtotal_excluding_tax`.';
COMMENT ON COLUMN invoices.tax IS 'The amount of tax on this invoice. This is the sum of all the tax amounts on this invoice.
From `tax`.';
COMMENT ON COLUMN invoices.test_clock IS 'ID of the test clock this invoice belongs to.
From `test_clock` (the id, also when expanded).';
COMMENT ON COLUMN invoices.threshold_reason IS 'From `threshold_reason`.';
COMMENT ON COLUMN invoices.total IS 'Total after discounts and taxes.
From `total`.';
COMMENT ON COLUMN invoices.total_discount_amounts IS 'The aggregate amounts calculated per discount across all line items.
From `total_discount_amounts`.';
COMMENT ON COLUMN invoices.total_excluding_tax IS 'The integer amount in cents (or local equivalent) representing the total amount of the invoice including all discounts but excluding all tax.
From `total_excluding_tax`.';
COMMENT ON COLUMN invoices.total_tax_amounts IS 'The aggregate amounts calculated per tax rate for all line items.
From `total_tax_amounts`.';
COMMENT ON COLUMN invoices.transfer_data IS 'The account (if any) the payment will be attributed to for tax reporting, and where funds from the payment will be transferred to for the invoice.
From `transfer_data`.';
COMMENT ON COLUMN invoices.webhooks_delivered_at IS 'Invoices are automatically paid or sent 1 hour after webhooks are delivered, or until all webhook delivery attempts have [been exhausted](https://stripe.com/docs/billing/webhooks#understand). This field tracks the time when webhooks for this invoice were successfully delivered. If the invoice had no webhooks to deliver, this will be set while the invoice is being created.
From `webhooks_delivered_at`.';

-- issuing_authorizations (`issuing.authorization`)
CREATE TABLE issuing_authorizations (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_details jsonb,
    approved boolean,
    authorization_method text,
    balance_transactions jsonb,
    card jsonb,
    cardholder text,
    created timestamptz,
    currency text,
    livemode boolean,
    merchant_amount bigint,
    merchant_currency text,
    merchant_data jsonb,
    metadata jsonb,
    network_data jsonb,
    object text,
    pending_request jsonb,
    request_history jsonb,
    status text,
    token text,
    transactions jsonb,
    treasury jsonb,
    verification_data jsonb,
    wallet text
);
CREATE INDEX issuing_authorizations__account_idx ON issuing_authorizations (_account);
CREATE INDEX issuing_authorizations_cardholder_idx ON issuing_authorizations (cardholder);
CREATE INDEX issuing_authorizations_created_idx ON issuing_authorizations (created);
COMMENT ON TABLE issuing_authorizations IS 'Stripe `issuing.authorization` objects. When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing `Authorization`
object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must be approved for the
purchase to be completed successfully.

Related guide: [Issued card authorizations](https://stripe.com/docs/issuing/purchases/authorizations)';
COMMENT ON COLUMN issuing_authorizations.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_authorizations._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_authorizations._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_authorizations._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_authorizations._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_authorizations._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_authorizations._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_authorizations._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_authorizations._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_authorizations.amount IS 'The total amount that was authorized or rejected. This amount is in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). `amount` should be the same as `merchant_amount`, unless `currency` and `merchant_currency` are different.
From `amount`.';
COMMENT ON COLUMN issuing_authorizations.amount_details IS 'Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
From `amount_details`.';
COMMENT ON COLUMN issuing_authorizations.approved IS 'Whether the authorization has been approved.
From `approved`.';
COMMENT ON COLUMN issuing_authorizations.authorization_method IS 'How the card details were provided.
From `authorization_method`.';
COMMENT ON COLUMN issuing_authorizations.balance_transactions IS 'List of balance transactions associated with this authorization.
From `balance_transactions`.';
COMMENT ON COLUMN issuing_authorizations.card IS 'From `card`.';
COMMENT ON COLUMN issuing_authorizations.cardholder IS 'The cardholder to whom this authorization belongs.
From `cardholder` (the id, also when expanded).';
COMMENT ON COLUMN issuing_authorizations.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_authorizations.currency IS 'The currency of the cardholder. This currency can be different from the currency presented at authorization and the `merchant_currency` field on this authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN issuing_authorizations.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_authorizations.merchant_amount IS 'The total amount that was authorized or rejected. This amount is in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). `merchant_amount` should be the same as `amount`, unless `merchant_currency` and `currency` are different.
From `merchant_amount`.';
COMMENT ON COLUMN issuing_authorizations.merchant_currency IS 'The local currency that was presented to the cardholder for the authorization. This currency can be different from the cardholder currency and the `currency` field on this authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `merchant_currency`.';
COMMENT ON COLUMN issuing_authorizations.merchant_data IS 'From `merchant_data`.';
COMMENT ON COLUMN issuing_authorizations.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN issuing_authorizations.network_data IS 'Details about the authorization, such as identifiers, set by the card network.
From `network_data`.';
COMMENT ON COLUMN issuing_authorizations.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_authorizations.pending_request IS 'The pending authorization request. This field will only be non-null during an `issuing_authorization.request` webhook.
From `pending_request`.';
COMMENT ON COLUMN issuing_authorizations.request_history IS 'History of every time a `pending_request` authorization was approved/declined, either by you directly or by Stripe (e.g. based on your spending_controls). If the merchant changes the authorization by performing an incremental authorization, you can look at this field to see the previous requests for the authorization. This field can be helpful in determining why a given authorization was approved/declined.
From `request_history`.';
COMMENT ON COLUMN issuing_authorizations.status IS 'The current status of the authorization in its lifecycle.
From `status`.';
COMMENT ON COLUMN issuing_authorizations.token IS '[Token](https://stripe.com/docs/api/issuing/tokens/object) object used for this authorization. If a network token was not used for this authorization, this field will be null.
From `token` (the id, also when expanded).';
COMMENT ON COLUMN issuing_authorizations.transactions IS 'List of [transactions](https://stripe.com/docs/api/issuing/transactions) associated with this authorization.
From `transactions`.';
COMMENT ON COLUMN issuing_authorizations.treasury IS '[Treasury](https://stripe.com/docs/api/treasury) details related to this authorization if it was created on a [FinancialAccount](https://stripe.com/docs/api/treasury/financial_accounts).
From `treasury`.';
COMMENT ON COLUMN issuing_authorizations.verification_data IS 'From `verification_data`.';
COMMENT ON COLUMN issuing_authorizations.wallet IS 'The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`. Will populate as `null` when no digital wallet was utilized.
From `wallet`.';

-- issuing_cardholders (`issuing.cardholder`)
CREATE TABLE issuing_cardholders (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    billing jsonb,
    company jsonb,
    created timestamptz,
    email text,
    individual jsonb,
    livemode boolean,
    metadata jsonb,
    name text,
    object text,
    phone_number text,
    preferred_locales jsonb,
    requirements jsonb,
    spending_controls jsonb,
    status text,
    type text
);
CREATE INDEX issuing_cardholders__account_idx ON issuing_cardholders (_account);
CREATE INDEX issuing_cardholders_created_idx ON issuing_cardholders (created);
COMMENT ON TABLE issuing_cardholders IS 'Stripe `issuing.cardholder` objects. An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.

Related guide: [How to create a cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)';
COMMENT ON COLUMN issuing_cardholders.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_cardholders._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_cardholders._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_cardholders._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_cardholders._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_cardholders._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_cardholders._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_cardholders._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_cardholders._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_cardholders.billing IS 'From `billing`.';
COMMENT ON COLUMN issuing_cardholders.company IS 'Additional information about a `company` cardholder.
From `company`.';
COMMENT ON COLUMN issuing_cardholders.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_cardholders.email IS 'The cardholder''s email address.
From `email`.';
COMMENT ON COLUMN issuing_cardholders.individual IS 'Additional information about an `individual` cardholder.
From `individual`.';
COMMENT ON COLUMN issuing_cardholders.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_cardholders.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN issuing_cardholders.name IS 'The cardholder''s name. This will be printed on cards issued to them.
From `name`.';
COMMENT ON COLUMN issuing_cardholders.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_cardholders.phone_number IS 'The cardholder''s phone number. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied) for more details.
From `phone_number`.';
COMMENT ON COLUMN issuing_cardholders.preferred_locales IS 'The cardholder’s preferred locales (languages), ordered by preference. Locales can be `de`, `en`, `es`, `fr`, or `it`.
 This changes the language of the [3D Secure flow](https://stripe.com/docs/issuing/3d-secure) and one-time password messages sent to the cardholder.
From `preferred_locales`.';
COMMENT ON COLUMN issuing_cardholders.requirements IS 'From `requirements`.';
COMMENT ON COLUMN issuing_cardholders.spending_controls IS 'Rules that control spending across this cardholder''s cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details.
From `spending_controls`.';
COMMENT ON COLUMN issuing_cardholders.status IS 'Specifies whether to permit authorizations on this cardholder''s cards.
From `status`.';
COMMENT ON COLUMN issuing_cardholders.type IS 'One of `individual` or `company`. See [Choose a cardholder type](https://stripe.com/docs/issuing/other/choose-cardholder) for more details.
From `type`.';

-- issuing_cards (`issuing.card`)
CREATE TABLE issuing_cards (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    brand text,
    cancellation_reason text,
    cardholder jsonb,
    created timestamptz,
    currency text,
    cvc text,
    exp_month bigint,
    exp_year bigint,
    financial_account text,
    last4 text,
    livemode boolean,
    metadata jsonb,
    number text,
    object text,
    personalization_design text,
    replaced_by text,
    replacement_for text,
    replacement_reason text,
    shipping jsonb,
    spending_controls jsonb,
    status text,
    type text,
    wallets jsonb
);
CREATE INDEX issuing_cards__account_idx ON issuing_cards (_account);
CREATE INDEX issuing_cards_created_idx ON issuing_cards (created);
COMMENT ON TABLE issuing_cards IS 'Stripe `issuing.card` objects. You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders.';
COMMENT ON COLUMN issuing_cards.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_cards._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_cards._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_cards._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_cards._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_cards._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_cards._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_cards._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_cards._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_cards.brand IS 'The brand of the card.
From `brand`.';
COMMENT ON COLUMN issuing_cards.cancellation_reason IS 'The reason why the card was canceled.
From `cancellation_reason`.';
COMMENT ON COLUMN issuing_cards.cardholder IS 'From `cardholder`.';
COMMENT ON COLUMN issuing_cards.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_cards.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Supported currencies are `usd` in the US, `eur` in the EU, and `gbp` in the UK.
From `currency`.';
COMMENT ON COLUMN issuing_cards.cvc IS 'The card''s CVC. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it''s only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
From `cvc`.';
COMMENT ON COLUMN issuing_cards.exp_month IS 'The expiration month of the card.
From `exp_month`.';
COMMENT ON COLUMN issuing_cards.exp_year IS 'The expiration year of the card.
From `exp_year`.';
COMMENT ON COLUMN issuing_cards.financial_account IS 'The financial account this card is attached to.
From `financial_account`.';
COMMENT ON COLUMN issuing_cards.last4 IS 'The last 4 digits of the card number.
From `last4`.';
COMMENT ON COLUMN issuing_cards.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_cards.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN issuing_cards.number IS 'The full unredacted card number. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it''s only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
From `number`.';
COMMENT ON COLUMN issuing_cards.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_cards.personalization_design IS 'The personalization design object belonging to this card.
From `personalization_design` (the id, also when expanded).';
COMMENT ON COLUMN issuing_cards.replaced_by IS 'The latest card that replaces this card, if any.
From `replaced_by` (the id, also when expanded).';
COMMENT ON COLUMN issuing_cards.replacement_for IS 'The card this card replaces, if any.
From `replacement_for` (the id, also when expanded).';
COMMENT ON COLUMN issuing_cards.replacement_reason IS 'The reason why the previous card needed to be replaced.
From `replacement_reason`.';
COMMENT ON COLUMN issuing_cards.shipping IS 'Where and how the card will be shipped.
From `shipping`.';
COMMENT ON COLUMN issuing_cards.spending_controls IS 'From `spending_controls`.';
COMMENT ON COLUMN issuing_cards.status IS 'Whether authorizations can be approved on this card. May be blocked from activating cards depending on past-due Cardholder requirements. Defaults to `inactive`.
From `status`.';
COMMENT ON COLUMN issuing_cards.type IS 'The type of the card.
From `type`.';
COMMENT ON COLUMN issuing_cards.wallets IS 'Information relating to digital wallets (like Apple Pay and Google Pay).
From `wallets`.';

-- issuing_disputes (`issuing.dispute`)
CREATE TABLE issuing_disputes (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    balance_transactions jsonb,
    created timestamptz,
    currency text,
    evidence jsonb,
    livemode boolean,
    loss_reason text,
    metadata jsonb,
    object text,
    status text,
    transaction text,
    treasury jsonb
);
CREATE INDEX issuing_disputes__account_idx ON issuing_disputes (_account);
CREATE INDEX issuing_disputes_created_idx ON issuing_disputes (created);
COMMENT ON TABLE issuing_disputes IS 'Stripe `issuing.dispute` objects. As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions that the cardholder does not recognize, suspects to be fraudulent, or has other issues with.

Related guide: [Issuing disputes](https://stripe.com/docs/issuing/purchases/disputes)';
COMMENT ON COLUMN issuing_disputes.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_disputes._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_disputes._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_disputes._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_disputes._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_disputes._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_disputes._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_disputes._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_disputes._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_disputes.amount IS 'Disputed amount in the card''s currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation).
From `amount`.';
COMMENT ON COLUMN issuing_disputes.balance_transactions IS 'List of balance transactions associated with the dispute.
From `balance_transactions`.';
COMMENT ON COLUMN issuing_disputes.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_disputes.currency IS 'The currency the `transaction` was made in.
From `currency`.';
COMMENT ON COLUMN issuing_disputes.evidence IS 'From `evidence`.';
COMMENT ON COLUMN issuing_disputes.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_disputes.loss_reason IS 'The enum that describes the dispute loss outcome. If the dispute is not lost, this field will be absent. New enum values may be added in the future, so be sure to handle unknown values.
From `loss_reason`.';
COMMENT ON COLUMN issuing_disputes.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN issuing_disputes.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_disputes.status IS 'Current status of the dispute.
From `status`.';
COMMENT ON COLUMN issuing_disputes.transaction IS 'The transaction being disputed.
From `transaction` (the id, also when expanded).';
COMMENT ON COLUMN issuing_disputes.treasury IS '[Treasury](https://stripe.com/docs/api/treasury) details related to this dispute if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts
From `treasury`.';

-- issuing_personalization_designs (`issuing.personalization_design`)
CREATE TABLE issuing_personalization_designs (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    card_logo text,
    carrier_text jsonb,
    created timestamptz,
    livemode boolean,
    lookup_key text,
    metadata jsonb,
    name text,
    object text,
    physical_bundle text,
    preferences jsonb,
    rejection_reasons jsonb,
    status text
);
CREATE INDEX issuing_personalization_designs__account_idx ON issuing_personalization_designs (_account);
CREATE INDEX issuing_personalization_designs_created_idx ON issuing_personalization_designs (created);
COMMENT ON TABLE issuing_personalization_designs IS 'Stripe `issuing.personalization_design` objects. A Personalization Design is a logical grouping of a Physical Bundle, card logo, and carrier text that represents a product line.';
COMMENT ON COLUMN issuing_personalization_designs.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_personalization_designs._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_personalization_designs._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_personalization_designs._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_personalization_designs._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_personalization_designs._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_personalization_designs._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_personalization_designs._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_personalization_designs._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_personalization_designs.card_logo IS 'The file for the card logo to use with physical bundles that support card logos. Must have a `purpose` value of `issuing_logo`.
From `card_logo` (the id, also when expanded).';
COMMENT ON COLUMN issuing_personalization_designs.carrier_text IS 'Hash containing carrier text, for use with physical bundles that support carrier text.
From `carrier_text`.';
COMMENT ON COLUMN issuing_personalization_designs.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_personalization_designs.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_personalization_designs.lookup_key IS 'A lookup key used to retrieve personalization designs dynamically from a static string. This may be up to 200 characters.
From `lookup_key`.';
COMMENT ON COLUMN issuing_personalization_designs.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN issuing_personalization_designs.name IS 'Friendly display name.
From `name`.';
COMMENT ON COLUMN issuing_personalization_designs.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_personalization_designs.physical_bundle IS 'The physical bundle object belonging to this personalization design.
From `physical_bundle` (the id, also when expanded).';
COMMENT ON COLUMN issuing_personalization_designs.preferences IS 'From `preferences`.';
COMMENT ON COLUMN issuing_personalization_designs.rejection_reasons IS 'From `rejection_reasons`.';
COMMENT ON COLUMN issuing_personalization_designs.status IS 'Whether this personalization design can be used to create cards.
From `status`.';

-- issuing_physical_bundles (`issuing.physical_bundle`)
CREATE TABLE issuing_physical_bundles (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    features jsonb,
    livemode boolean,
    name text,
    object text,
    status text,
    type text
);
CREATE INDEX issuing_physical_bundles__account_idx ON issuing_physical_bundles (_account);
COMMENT ON TABLE issuing_physical_bundles IS 'Stripe `issuing.physical_bundle` objects. A Physical Bundle represents the bundle of physical items - card stock, carrier letter, and envelope - that is shipped to a cardholder when you create a physical card.';
COMMENT ON COLUMN issuing_physical_bundles.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_physical_bundles._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_physical_bundles._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_physical_bundles._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_physical_bundles._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_physical_bundles._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_physical_bundles._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_physical_bundles._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_physical_bundles._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_physical_bundles.features IS 'From `features`.';
COMMENT ON COLUMN issuing_physical_bundles.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_physical_bundles.name IS 'Friendly display name.
From `name`.';
COMMENT ON COLUMN issuing_physical_bundles.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_physical_bundles.status IS 'Whether this physical bundle can be used to create cards.
From `status`.';
COMMENT ON COLUMN issuing_physical_bundles.type IS 'Whether this physical bundle is a standard Stripe offering or custom-made for you.
From `type`.';

-- issuing_settlements (`issuing.settlement`)
CREATE TABLE issuing_settlements (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    bin text,
    clearing_date bigint,
    created timestamptz,
    currency text,
    interchange_fees bigint,
    livemode boolean,
    metadata jsonb,
    net_total bigint,
    network text,
    network_fees bigint,
    network_settlement_identifier text,
    object text,
    settlement_service text,
    transaction_count bigint,
    transaction_volume bigint
);
CREATE INDEX issuing_settlements__account_idx ON issuing_settlements (_account);
CREATE INDEX issuing_settlements_created_idx ON issuing_settlements (created);
COMMENT ON TABLE issuing_settlements IS 'Stripe `issuing.settlement` objects. When a non-stripe BIN is used, any use of an [issued card](https://stripe.com/docs/issuing) must be settled directly with the card network. The net amount owed is represented by an Issuing `Settlement` object.';
COMMENT ON COLUMN issuing_settlements.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_settlements._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_settlements._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_settlements._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_settlements._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_settlements._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_settlements._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_settlements._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_settlements._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_settlements.bin IS 'The Bank Identification Number reflecting this settlement record.
From `bin`.';
COMMENT ON COLUMN issuing_settlements.clearing_date IS 'The date that the transactions are cleared and posted to user''s accounts.
From `clearing_date`.';
COMMENT ON COLUMN issuing_settlements.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_settlements.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN issuing_settlements.interchange_fees IS 'The total interchange received as reimbursement for the transactions.
From `interchange_fees`.';
COMMENT ON COLUMN issuing_settlements.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_settlements.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN issuing_settlements.net_total IS 'The total net amount required to settle with the network.
From `net_total`.';
COMMENT ON COLUMN issuing_settlements.network IS 'The card network for this settlement report. One of ["visa"]
From `network`.';
COMMENT ON COLUMN issuing_settlements.network_fees IS 'The total amount of fees owed to the network.
From `network_fees`.';
COMMENT ON COLUMN issuing_settlements.network_settlement_identifier IS 'The Settlement Identification Number assigned by the network.
From `network_settlement_identifier`.';
COMMENT ON COLUMN issuing_settlements.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_settlements.settlement_service IS 'One of `international` or `uk_national_net`.
From `settlement_service`.';
COMMENT ON COLUMN issuing_settlements.transaction_count IS 'The total number of transactions reflected in this settlement.
From `transaction_count`.';
COMMENT ON COLUMN issuing_settlements.transaction_volume IS 'The total transaction amount reflected in this settlement.
From `transaction_volume`.';

-- issuing_tokens (`issuing.token`)
CREATE TABLE issuing_tokens (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    card text,
    created timestamptz,
    device_fingerprint text,
    last4 text,
    livemode boolean,
    network text,
    network_data jsonb,
    network_updated_at timestamptz,
    object text,
    status text,
    wallet_provider text
);
CREATE INDEX issuing_tokens__account_idx ON issuing_tokens (_account);
CREATE INDEX issuing_tokens_card_idx ON issuing_tokens (card);
CREATE INDEX issuing_tokens_created_idx ON issuing_tokens (created);
COMMENT ON TABLE issuing_tokens IS 'Stripe `issuing.token` objects. An issuing token object is created when an issued card is added to a digital wallet. As a [card issuer](https://stripe.com/docs/issuing), you can [view and manage these tokens](https://stripe.com/docs/issuing/controls/token-management) through Stripe.';
COMMENT ON COLUMN issuing_tokens.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_tokens._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_tokens._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_tokens._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_tokens._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_tokens._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_tokens._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_tokens._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_tokens._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_tokens.card IS 'Card associated with this token.
From `card` (the id, also when expanded).';
COMMENT ON COLUMN issuing_tokens.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_tokens.device_fingerprint IS 'The hashed ID derived from the device ID from the card network associated with the token.
From `device_fingerprint`.';
COMMENT ON COLUMN issuing_tokens.last4 IS 'The last four digits of the token.
From `last4`.';
COMMENT ON COLUMN issuing_tokens.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_tokens.network IS 'The token service provider / card network associated with the token.
From `network`.';
COMMENT ON COLUMN issuing_tokens.network_data IS 'From `network_data`.';
COMMENT ON COLUMN issuing_tokens.network_updated_at IS 'Time at which the token was last updated by the card network. Measured in seconds since the Unix epoch.
From `network_updated_at`.';
COMMENT ON COLUMN issuing_tokens.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_tokens.status IS 'The usage state of the token.
From `status`.';
COMMENT ON COLUMN issuing_tokens.wallet_provider IS 'The digital wallet for this token, if one was used.
From `wallet_provider`.';

-- issuing_transactions (`issuing.transaction`)
CREATE TABLE issuing_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_details jsonb,
    "authorization" text,
    balance_transaction text,
    card text,
    cardholder text,
    created timestamptz,
    currency text,
    dispute text,
    livemode boolean,
    merchant_amount bigint,
    merchant_currency text,
    merchant_data jsonb,
    metadata jsonb,
    network_data jsonb,
    object text,
    purchase_details jsonb,
    token text,
    treasury jsonb,
    type text,
    wallet text
);
CREATE INDEX issuing_transactions__account_idx ON issuing_transactions (_account);
CREATE INDEX issuing_transactions_balance_transaction_idx ON issuing_transactions (balance_transaction);
CREATE INDEX issuing_transactions_card_idx ON issuing_transactions (card);
CREATE INDEX issuing_transactions_cardholder_idx ON issuing_transactions (cardholder);
CREATE INDEX issuing_transactions_created_idx ON issuing_transactions (created);
CREATE INDEX issuing_transactions_dispute_idx ON issuing_transactions (dispute);
COMMENT ON TABLE issuing_transactions IS 'Stripe `issuing.transaction` objects. Any use of an [issued card](https://stripe.com/docs/issuing) that results in funds entering or leaving
your Stripe account, such as a completed purchase or refund, is represented by an Issuing
`Transaction` object.

Related guide: [Issued card transactions](https://stripe.com/docs/issuing/purchases/transactions)';
COMMENT ON COLUMN issuing_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN issuing_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN issuing_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN issuing_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN issuing_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN issuing_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN issuing_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN issuing_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN issuing_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN issuing_transactions.amount IS 'The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
From `amount`.';
COMMENT ON COLUMN issuing_transactions.amount_details IS 'Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
From `amount_details`.';
COMMENT ON COLUMN issuing_transactions."authorization" IS 'The `Authorization` object that led to this transaction.
From `authorization` (the id, also when expanded).';
COMMENT ON COLUMN issuing_transactions.balance_transaction IS 'ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions) associated with this transaction.
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN issuing_transactions.card IS 'The card used to make this transaction.
From `card` (the id, also when expanded).';
COMMENT ON COLUMN issuing_transactions.cardholder IS 'The cardholder to whom this transaction belongs.
From `cardholder` (the id, also when expanded).';
COMMENT ON COLUMN issuing_transactions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN issuing_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN issuing_transactions.dispute IS 'If you''ve disputed the transaction, the ID of the dispute.
From `dispute` (the id, also when expanded).';
COMMENT ON COLUMN issuing_transactions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN issuing_transactions.merchant_amount IS 'The amount that the merchant will receive, denominated in `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). It will be different from `amount` if the merchant is taking payment in a different currency.
From `merchant_amount`.';
COMMENT ON COLUMN issuing_transactions.merchant_currency IS 'The currency with which the merchant is taking payment.
From `merchant_currency`.';
COMMENT ON COLUMN issuing_transactions.merchant_data IS 'From `merchant_data`.';
COMMENT ON COLUMN issuing_transactions.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN issuing_transactions.network_data IS 'Details about the transaction, such as processing dates, set by the card network.
From `network_data`.';
COMMENT ON COLUMN issuing_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN issuing_transactions.purchase_details IS 'Additional purchase information that is optionally provided by the merchant.
From `purchase_details`.';
COMMENT ON COLUMN issuing_transactions.token IS '[Token](https://stripe.com/docs/api/issuing/tokens/object) object used for this transaction. If a network token was not used for this transaction, this field will be null.
From `token` (the id, also when expanded).';
COMMENT ON COLUMN issuing_transactions.treasury IS '[Treasury](https://stripe.com/docs/api/treasury) details related to this transaction if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts
From `treasury`.';
COMMENT ON COLUMN issuing_transactions.type IS 'The nature of the transaction.
From `type`.';
COMMENT ON COLUMN issuing_transactions.wallet IS 'The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`.
From `wallet`.';

-- items (`item`)
CREATE TABLE items (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount_discount bigint,
    amount_subtotal bigint,
    amount_tax bigint,
    amount_total bigint,
    currency text,
    description text,
    discounts jsonb,
    object text,
    price jsonb,
    quantity bigint,
    taxes jsonb
);
CREATE INDEX items__account_idx ON items (_account);
COMMENT ON TABLE items IS 'Stripe `item` objects. A line item.';
COMMENT ON COLUMN items.id IS 'Stripe id of the object.';
COMMENT ON COLUMN items._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN items._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN items._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN items._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN items._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN items._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN items._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN items._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN items.amount_discount IS 'Total discount amount applied. If no discounts were applied, defaults to 0.
From `amount_discount`.';
COMMENT ON COLUMN items.amount_subtotal IS 'Total before any discounts or taxes are applied.
From `amount_subtotal`.';
COMMENT ON COLUMN items.amount_tax IS 'Total tax amount applied. If no tax was applied, defaults to 0.
From `amount_tax`.';
COMMENT ON COLUMN items.amount_total IS 'Total after discounts and taxes.
From `amount_total`.';
COMMENT ON COLUMN items.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN items.description IS 'An arbitrary string attached to the object. Often useful for displaying to users. Defaults to product name.
From `description`.';
COMMENT ON COLUMN items.discounts IS 'The discounts applied to the line item.
From `discounts`.';
COMMENT ON COLUMN items.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN items.price IS 'The price used to generate the line item.
From `price`.';
COMMENT ON COLUMN items.quantity IS 'The quantity of products being purchased.
From `quantity`.';
COMMENT ON COLUMN items.taxes IS 'The taxes applied to the line item.
From `taxes`.';

-- line_items (`line_item`)
CREATE TABLE line_items (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_excluding_tax bigint,
    currency text,
    description text,
    discount_amounts jsonb,
    discountable boolean,
    discounts jsonb,
    invoice text,
    invoice_item text,
    livemode boolean,
    metadata jsonb,
    object text,
    period jsonb,
    price jsonb,
    proration boolean,
    proration_details jsonb,
    quantity bigint,
    subscription text,
    subscription_item text,
    tax_amounts jsonb,
    tax_rates jsonb,
    type text,
    unit_amount_excluding_tax numeric
);
CREATE INDEX line_items__account_idx ON line_items (_account);
CREATE INDEX line_items_invoice_idx ON line_items (invoice);
CREATE INDEX line_items_invoice_item_idx ON line_items (invoice_item);
CREATE INDEX line_items_subscription_idx ON line_items (subscription);
CREATE INDEX line_items_subscription_item_idx ON line_items (subscription_item);
COMMENT ON TABLE line_items IS 'Stripe `line_item` objects. ';
COMMENT ON COLUMN line_items.id IS 'Stripe id of the object.';
COMMENT ON COLUMN line_items._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN line_items._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN line_items._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN line_items._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN line_items._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN line_items._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN line_items._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN line_items._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN line_items.amount IS 'The amount, in cents (or local equivalent).
From `amount`.';
COMMENT ON COLUMN line_items.amount_excluding_tax IS 'The integer amount in cents (or local equivalent) representing the amount for this line item, excluding all tax and discounts.
From `amount_excluding_tax`.';
COMMENT ON COLUMN line_items.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN line_items.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN line_items.discount_amounts IS 'The amount of discount calculated per discount for this line item.
From `discount_amounts`.';
COMMENT ON COLUMN line_items.discountable IS 'If true, discounts will apply to this line item. Always false for prorations.
From `discountable`.';
COMMENT ON COLUMN line_items.discounts IS 'The discounts applied to the invoice line item. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
From `discounts`.';
COMMENT ON COLUMN line_items.invoice IS 'The ID of the invoice that contains this line item.
From `invoice`.';
COMMENT ON COLUMN line_items.invoice_item IS 'The ID of the [invoice item](https://stripe.com/docs/api/invoiceitems) associated with this line item if any.
From `invoice_item` (the id, also when expanded).';
COMMENT ON COLUMN line_items.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN line_items.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Note that for line items with `type=subscription`, `metadata` reflects the current metadata from the subscription associated with the line item, unless the invoice line was directly updated with different metadata after creation.
From `metadata`.';
COMMENT ON COLUMN line_items.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN line_items.period IS 'From `period`.';
COMMENT ON COLUMN line_items.price IS 'The price of the line item.
From `price`.';
COMMENT ON COLUMN line_items.proration IS 'Whether this is a proration.
From `proration`.';
COMMENT ON COLUMN line_items.proration_details IS 'Additional details for proration line items
From `proration_details`.';
COMMENT ON COLUMN line_items.quantity IS 'The quantity of the subscription, if the line item is a subscription or a proration.
From `quantity`.';
COMMENT ON COLUMN line_items.subscription IS 'The subscription that the invoice item pertains to, if any.
From `subscription` (the id, also when expanded).';
COMMENT ON COLUMN line_items.subscription_item IS 'The subscription item that generated this line item. Left empty if the line item is not an explicit result of a subscription.
From `subscription_item` (the id, also when expanded).';
COMMENT ON COLUMN line_items.tax_amounts IS 'The amount of tax calculated per tax rate for this line item
From `tax_amounts`.';
COMMENT ON COLUMN line_items.tax_rates IS 'The tax rates which apply to the line item.
From `tax_rates`.';
COMMENT ON COLUMN line_items.type IS 'A string identifying the type of the source of this line item, either an `invoiceitem` or a `subscription`.
From `type`.';
COMMENT ON COLUMN line_items.unit_amount_excluding_tax IS 'The amount in cents (or local equivalent) representing the unit amount for this line item, excluding all tax and discounts.
From `unit_amount_excluding_tax`.';

-- mandates (`mandate`)
CREATE TABLE mandates (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    customer_acceptance jsonb,
    livemode boolean,
    multi_use jsonb,
    object text,
    on_behalf_of text,
    payment_method text,
    payment_method_details jsonb,
    single_use jsonb,
    status text,
    type text
);
CREATE INDEX mandates__account_idx ON mandates (_account);
CREATE INDEX mandates_on_behalf_of_idx ON mandates (on_behalf_of);
CREATE INDEX mandates_payment_method_idx ON mandates (payment_method);
COMMENT ON TABLE mandates IS 'Stripe `mandate` objects. A Mandate is a record of the permission that your customer gives you to debit their payment method.';
COMMENT ON COLUMN mandates.id IS 'Stripe id of the object.';
COMMENT ON COLUMN mandates._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN mandates._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN mandates._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN mandates._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN mandates._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN mandates._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN mandates._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN mandates._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN mandates.customer_acceptance IS 'From `customer_acceptance`.';
COMMENT ON COLUMN mandates.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN mandates.multi_use IS 'From `multi_use`.';
COMMENT ON COLUMN mandates.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN mandates.on_behalf_of IS 'The account (if any) that the mandate is intended for.
From `on_behalf_of`.';
COMMENT ON COLUMN mandates.payment_method IS 'ID of the payment method associated with this mandate.
From `payment_method` (the id, also when expanded).';
COMMENT ON COLUMN mandates.payment_method_details IS 'From `payment_method_details`.';
COMMENT ON COLUMN mandates.single_use IS 'From `single_use`.';
COMMENT ON COLUMN mandates.status IS 'The mandate status indicates whether or not you can use it to initiate a payment.
From `status`.';
COMMENT ON COLUMN mandates.type IS 'The type of the mandate.
From `type`.';

-- payment_intents (`payment_intent`)
CREATE TABLE payment_intents (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_capturable bigint,
    amount_details jsonb,
    amount_received bigint,
    application text,
    application_fee_amount bigint,
    automatic_payment_methods jsonb,
    canceled_at timestamptz,
    cancellation_reason text,
    capture_method text,
    client_secret text,
    confirmation_method text,
    created timestamptz,
    currency text,
    customer text,
    description text,
    invoice text,
    last_payment_error jsonb,
    latest_charge text,
    livemode boolean,
    metadata jsonb,
    next_action jsonb,
    object text,
    on_behalf_of text,
    payment_method text,
    payment_method_configuration_details jsonb,
    payment_method_options jsonb,
    payment_method_types jsonb,
    processing jsonb,
    receipt_email text,
    review text,
    setup_future_usage text,
    shipping jsonb,
    statement_descriptor text,
    statement_descriptor_suffix text,
    status text,
    transfer_data jsonb,
    transfer_group text
);
CREATE INDEX payment_intents__account_idx ON payment_intents (_account);
CREATE INDEX payment_intents_application_idx ON payment_intents (application);
CREATE INDEX payment_intents_created_idx ON payment_intents (created);
CREATE INDEX payment_intents_customer_idx ON payment_intents (customer);
CREATE INDEX payment_intents_invoice_idx ON payment_intents (invoice);
CREATE INDEX payment_intents_on_behalf_of_idx ON payment_intents (on_behalf_of);
CREATE INDEX payment_intents_payment_method_idx ON payment_intents (payment_method);
COMMENT ON TABLE payment_intents IS 'Stripe `payment_intent` objects. A PaymentIntent guides you through the process of collecting a payment from your customer.
We recommend that you create exactly one PaymentIntent for each order or
customer session in your system. You can reference the PaymentIntent later to
see the history of payment attempts for a particular session.

A PaymentIntent transitions through
[multiple statuses](https://stripe.com/docs/payments/intents#intent-statuses)
throughout its lifetime as it interfaces with Stripe.js to perform
authentication flows and ultimately creates at most one successful charge.

Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)';
COMMENT ON COLUMN payment_intents.id IS 'Stripe id of the object.';
COMMENT ON COLUMN payment_intents._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN payment_intents._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN payment_intents._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN payment_intents._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN payment_intents._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN payment_intents._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN payment_intents._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN payment_intents._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN payment_intents.amount IS 'Amount intended to be collected by this PaymentIntent. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
From `amount`.';
COMMENT ON COLUMN payment_intents.amount_capturable IS 'Amount that can be captured from this PaymentIntent.
From `amount_capturable`.';
COMMENT ON COLUMN payment_intents.amount_details IS 'From `amount_details`.';
COMMENT ON COLUMN payment_intents.amount_received IS 'Amount that this PaymentIntent collects.
From `amount_received`.';
COMMENT ON COLUMN payment_intents.application IS 'ID of the Connect application that created the PaymentIntent.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN payment_intents.application_fee_amount IS 'The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner''s Stripe account. The amount of the application fee collected will be capped at the total payment amount. For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
From `application_fee_amount`.';
COMMENT ON COLUMN payment_intents.automatic_payment_methods IS 'Settings to configure compatible payment methods from the [Stripe Dashboard](https://dashboard.stripe.com/settings/payment_methods)
From `automatic_payment_methods`.';
COMMENT ON COLUMN payment_intents.canceled_at IS 'Populated when `status` is `canceled`, this is the time at which the PaymentIntent was canceled. Measured in seconds since the Unix epoch.
From `canceled_at`.';
COMMENT ON COLUMN payment_intents.cancellation_reason IS 'Reason for cancellation of this PaymentIntent, either user-provided (`duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`) or generated by Stripe internally (`failed_invoice`, `void_invoice`, or `automatic`).
From `cancellation_reason`.';
COMMENT ON COLUMN payment_intents.capture_method IS 'Controls when the funds will be captured from the customer''s account.
From `capture_method`.';
COMMENT ON COLUMN payment_intents.client_secret IS 'The client secret of this PaymentIntent. Used for client-side retrieval using a publishable key. 

The client secret can be used to complete a payment from your frontend. It should not be stored, logged, or exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the client secret.

Refer to our docs to [accept a payment](https://stripe.com/docs/payments/accept-a-payment?ui=elements) and learn about how `client_secret` should be handled.
From `client_secret`.';
COMMENT ON COLUMN payment_intents.confirmation_method IS 'Describes whether we can confirm this PaymentIntent automatically, or if it requires customer action to confirm the payment.
From `confirmation_method`.';
COMMENT ON COLUMN payment_intents.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN payment_intents.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN payment_intents.customer IS 'ID of the Customer this PaymentIntent belongs to, if one exists.

Payment methods attached to other Customers cannot be used with this PaymentIntent.

If present in combination with [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage), this PaymentIntent''s payment method will be attached to the Customer after the PaymentIntent has been confirmed and any required actions from the user are complete.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN payment_intents.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN payment_intents.invoice IS 'ID of the invoice that created this PaymentIntent, if it exists.
From `invoice` (the id, also when expanded).';
COMMENT ON COLUMN payment_intents.last_payment_error IS 'The payment error encountered in the previous PaymentIntent confirmation. It will be cleared if the PaymentIntent is later updated for any reason.
From `last_payment_error`.';
COMMENT ON COLUMN payment_intents.latest_charge IS 'The latest charge created by this PaymentIntent.
From `latest_charge` (the id, also when expanded).';
COMMENT ON COLUMN payment_intents.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN payment_intents.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Learn more about [storing information in metadata](https://stripe.com/docs/payments/payment-intents/creating-payment-intents#storing-information-in-metadata).
From `metadata`.';
COMMENT ON COLUMN payment_intents.next_action IS 'If present, this property tells you what actions you need to take in order for your customer to fulfill a payment using the provided source.
From `next_action`.';
COMMENT ON COLUMN payment_intents.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN payment_intents.on_behalf_of IS 'The account (if any) for which the funds of the PaymentIntent are intended. See the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts) for details.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN payment_intents.payment_method IS 'ID of the payment method used in this PaymentIntent.
From `payment_method` (the id, also when expanded).';
COMMENT ON COLUMN payment_intents.payment_method_configuration_details IS 'Information about the payment method configuration used for this PaymentIntent.
From `payment_method_configuration_details`.';
COMMENT ON COLUMN payment_intents.payment_method_options IS 'Payment-method-specific configuration for this PaymentIntent.
From `payment_method_options`.';
COMMENT ON COLUMN payment_intents.payment_method_types IS 'The list of payment method types (e.g. card) that this PaymentIntent is allowed to use.
From `payment_method_types`.';
COMMENT ON COLUMN payment_intents.processing IS 'If present, this property tells you about the processing state of the payment.
From `processing`.';
COMMENT ON COLUMN payment_intents.receipt_email IS 'Email address that the receipt for the resulting payment will be sent to. If `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
From `receipt_email`.';
COMMENT ON COLUMN payment_intents.review IS 'ID of the review associated with this PaymentIntent, if any.
From `review` (the id, also when expanded).';
COMMENT ON COLUMN payment_intents.setup_future_usage IS 'Indicates that you intend to make future payments with this PaymentIntent''s payment method.

Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent''s Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
From `setup_future_usage`.';
COMMENT ON COLUMN payment_intents.shipping IS 'Shipping information for this PaymentIntent.
From `shipping`.';
COMMENT ON COLUMN payment_intents.statement_descriptor IS 'For card charges, use [statement_descriptor_suffix](https://stripe.com/docs/payments/account/statement-descriptors#dynamic). Otherwise, you can use this value as the complete description of a charge on your customers'' statements. It must contain at least one letter and be 1–22 characters long.
From `statement_descriptor`.';
COMMENT ON COLUMN payment_intents.statement_descriptor_suffix IS 'Provides information about a card payment that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
From `statement_descriptor_suffix`.';
COMMENT ON COLUMN payment_intents.status IS 'Status of this PaymentIntent, one of `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `requires_capture`, `canceled`, or `succeeded`. Read more about each PaymentIntent [status](https://stripe.com/docs/payments/intents#intent-statuses).
From `status`.';
COMMENT ON COLUMN payment_intents.transfer_data IS 'The data that automatically creates a Transfer after the payment finalizes. Learn more about the [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
From `transfer_data`.';
COMMENT ON COLUMN payment_intents.transfer_group IS 'A string that identifies the resulting payment as part of a group. Learn more about the [use case for connected accounts](https://stripe.com/docs/connect/separate-charges-and-transfers).
From `transfer_group`.';

-- payment_links (`payment_link`)
CREATE TABLE payment_links (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    after_completion jsonb,
    allow_promotion_codes boolean,
    application text,
    application_fee_amount bigint,
    application_fee_percent numeric,
    automatic_tax jsonb,
    billing_address_collection text,
    consent_collection jsonb,
    currency text,
    custom_fields jsonb,
    custom_text jsonb,
    customer_creation text,
    inactive_message text,
    invoice_creation jsonb,
    line_items jsonb,
    livemode boolean,
    metadata jsonb,
    object text,
    on_behalf_of text,
    payment_intent_data jsonb,
    payment_method_collection text,
    payment_method_types jsonb,
    phone_number_collection jsonb,
    restrictions jsonb,
    shipping_address_collection jsonb,
    shipping_options jsonb,
    submit_type text,
    subscription_data jsonb,
    tax_id_collection jsonb,
    transfer_data jsonb,
    url text
);
CREATE INDEX payment_links__account_idx ON payment_links (_account);
CREATE INDEX payment_links_application_idx ON payment_links (application);
CREATE INDEX payment_links_on_behalf_of_idx ON payment_links (on_behalf_of);
COMMENT ON TABLE payment_links IS 'Stripe `payment_link` objects. A payment link is a shareable URL that will take your customers to a hosted payment page. A payment link can be shared and used multiple times.

When a customer opens a payment link it will open a new [checkout session](https://stripe.com/docs/api/checkout/sessions) to render the payment page. You can use [checkout session events](https://stripe.com/docs/api/events/types#event_types-checkout.session.completed) to track payments through payment links.

Related guide: [Payment Links API](https://stripe.com/docs/payment-links)';
COMMENT ON COLUMN payment_links.id IS 'Stripe id of the object.';
COMMENT ON COLUMN payment_links._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN payment_links._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN payment_links._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN payment_links._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN payment_links._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN payment_links._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN payment_links._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN payment_links._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN payment_links.active IS 'Whether the payment link''s `url` is active. If `false`, customers visiting the URL will be shown a page saying that the link has been deactivated.
From `active`.';
COMMENT ON COLUMN payment_links.after_completion IS 'From `after_completion`.';
COMMENT ON COLUMN payment_links.allow_promotion_codes IS 'Whether user redeemable promotion codes are enabled.
From `allow_promotion_codes`.';
COMMENT ON COLUMN payment_links.application IS 'The ID of the Connect application that created the Payment Link.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN payment_links.application_fee_amount IS 'The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner''s Stripe account.
From `application_fee_amount`.';
COMMENT ON COLUMN payment_links.application_fee_percent IS 'This represents the percentage of the subscription invoice total that will be transferred to the application owner''s Stripe account.
From `application_fee_percent`.';
COMMENT ON COLUMN payment_links.automatic_tax IS 'From `automatic_tax`.';
COMMENT ON COLUMN payment_links.billing_address_collection IS 'Configuration for collecting the customer''s billing address. Defaults to `auto`.
From `billing_address_collection`.';
COMMENT ON COLUMN payment_links.consent_collection IS 'When set, provides configuration to gather active consent from customers.
From `consent_collection`.';
COMMENT ON COLUMN payment_links.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN payment_links.custom_fields IS 'Collect additional information from your customer using custom fields. Up to 3 fields are supported.
From `custom_fields`.';
COMMENT ON COLUMN payment_links.custom_text IS 'From `custom_text`.';
COMMENT ON COLUMN payment_links.customer_creation IS 'Configuration for Customer creation during checkout.
From `customer_creation`.';
COMMENT ON COLUMN payment_links.inactive_message IS 'The custom message to be displayed to a customer when a payment link is no longer active.
From `inactive_message`.';
COMMENT ON COLUMN payment_links.invoice_creation IS 'Configuration for creating invoice for payment mode payment links.
From `invoice_creation`.';
COMMENT ON COLUMN payment_links.line_items IS 'The line items representing what is being sold.
From `line_items`.';
COMMENT ON COLUMN payment_links.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN payment_links.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN payment_links.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN payment_links.on_behalf_of IS 'The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN payment_links.payment_intent_data IS 'Indicates the parameters to be passed to PaymentIntent creation during checkout.
From `payment_intent_data`.';
COMMENT ON COLUMN payment_links.payment_method_collection IS 'Configuration for collecting a payment method during checkout. Defaults to `always`.
From `payment_method_collection`.';
COMMENT ON COLUMN payment_links.payment_method_types IS 'The list of payment method types that customers can use. When `null`, Stripe will dynamically show relevant payment methods you''ve enabled in your [payment method settings](https://dashboard.stripe.com/settings/payment_methods).
From `payment_method_types`.';
COMMENT ON COLUMN payment_links.phone_number_collection IS 'From `phone_number_collection`.';
COMMENT ON COLUMN payment_links.restrictions IS 'Settings that restrict the usage of a payment link.
From `restrictions`.';
COMMENT ON COLUMN payment_links.shipping_address_collection IS 'Configuration for collecting the customer''s shipping address.
From `shipping_address_collection`.';
COMMENT ON COLUMN payment_links.shipping_options IS 'The shipping rate options applied to the session.
From `shipping_options`.';
COMMENT ON COLUMN payment_links.submit_type IS 'Indicates the type of transaction being performed which customizes relevant text on the page, such as the submit button.
From `submit_type`.';
COMMENT ON COLUMN payment_links.subscription_data IS 'When creating a subscription, the specified configuration data will be used. There must be at least one line item with a recurring price to use `subscription_data`.
From `subscription_data`.';
COMMENT ON COLUMN payment_links.tax_id_collection IS 'From `tax_id_collection`.';
COMMENT ON COLUMN payment_links.transfer_data IS 'The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to.
From `transfer_data`.';
COMMENT ON COLUMN payment_links.url IS 'The public URL that can be shared with customers.
From `url`.';

-- payment_method_configurations (`payment_method_configuration`)
CREATE TABLE payment_method_configurations (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    acss_debit jsonb,
    active boolean,
    affirm jsonb,
    afterpay_clearpay jsonb,
    alipay jsonb,
    amazon_pay jsonb,
    apple_pay jsonb,
    application text,
    au_becs_debit jsonb,
    bacs_debit jsonb,
    bancontact jsonb,
    blik jsonb,
    boleto jsonb,
    card jsonb,
    cartes_bancaires jsonb,
    cashapp jsonb,
    customer_balance jsonb,
    eps jsonb,
    fpx jsonb,
    giropay jsonb,
    google_pay jsonb,
    grabpay jsonb,
    ideal jsonb,
    is_default boolean,
    jcb jsonb,
    klarna jsonb,
    konbini jsonb,
    link jsonb,
    livemode boolean,
    mobilepay jsonb,
    name text,
    object text,
    oxxo jsonb,
    p24 jsonb,
    parent text,
    paynow jsonb,
    paypal jsonb,
    promptpay jsonb,
    revolut_pay jsonb,
    sepa_debit jsonb,
    sofort jsonb,
    swish jsonb,
    us_bank_account jsonb,
    wechat_pay jsonb,
    zip jsonb
);
CREATE INDEX payment_method_configurations__account_idx ON payment_method_configurations (_account);
CREATE INDEX payment_method_configurations_application_idx ON payment_method_configurations (application);
COMMENT ON TABLE payment_method_configurations IS 'Stripe `payment_method_configuration` objects. PaymentMethodConfigurations control which payment methods are displayed to your customers when you don''t explicitly specify payment method types. You can have multiple configurations with different sets of payment methods for different scenarios.

There are two types of PaymentMethodConfigurations. Which is used depends on the [charge type](https://stripe.com/docs/connect/charges):

**Direct** configurations apply to payments created on your account, including Connect destination charges, Connect separate charges and transfers, and payments not involving Connect.

**Child** configurations apply to payments created on your connected accounts using direct charges, and charges with the on_behalf_of parameter.

Child configurations have a `parent` that sets default values and controls which settings connected accounts may override. You can specify a parent ID at payment time, and Stripe will automatically resolve the connected account’s associated child configuration. Parent configurations are [managed in the dashboard](https://dashboard.stripe.com/settings/payment_methods/connected_accounts) and are not available in this API.

Related guides:
- [Payment Method Configurations API](https://stripe.com/docs/connect/payment-method-configurations)
- [Multiple configurations on dynamic payment methods](https://stripe.com/docs/payments/multiple-payment-method-configs)
- [Multiple configurations for your Connect accounts](https://stripe.com/docs/connect/multiple-payment-method-configurations)';
COMMENT ON COLUMN payment_method_configurations.id IS 'Stripe id of the object.';
COMMENT ON COLUMN payment_method_configurations._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN payment_method_configurations._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN payment_method_configurations._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN payment_method_configurations._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN payment_method_configurations._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN payment_method_configurations._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN payment_method_configurations._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN payment_method_configurations._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN payment_method_configurations.acss_debit IS 'From `acss_debit`.';
COMMENT ON COLUMN payment_method_configurations.active IS 'Whether the configuration can be used for new payments.
From `active`.';
COMMENT ON COLUMN payment_method_configurations.affirm IS 'From `affirm`.';
COMMENT ON COLUMN payment_method_configurations.afterpay_clearpay IS 'From `afterpay_clearpay`.';
COMMENT ON COLUMN payment_method_configurations.alipay IS 'From `alipay`.';
COMMENT ON COLUMN payment_method_configurations.amazon_pay IS 'From `amazon_pay`.';
COMMENT ON COLUMN payment_method_configurations.apple_pay IS 'From `apple_pay`.';
COMMENT ON COLUMN payment_method_configurations.application IS 'For child configs, the Connect application associated with the configuration.
From `application`.';
COMMENT ON COLUMN payment_method_configurations.au_becs_debit IS 'From `au_becs_debit`.';
COMMENT ON COLUMN payment_method_configurations.bacs_debit IS 'From `bacs_debit`.';
COMMENT ON COLUMN payment_method_configurations.bancontact IS 'From `bancontact`.';
COMMENT ON COLUMN payment_method_configurations.blik IS 'From `blik`.';
COMMENT ON COLUMN payment_method_configurations.boleto IS 'From `boleto`.';
COMMENT ON COLUMN payment_method_configurations.card IS 'From `card`.';
COMMENT ON COLUMN payment_method_configurations.cartes_bancaires IS 'From `cartes_bancaires`.';
COMMENT ON COLUMN payment_method_configurations.cashapp IS 'From `cashapp`.';
COMMENT ON COLUMN payment_method_configurations.customer_balance IS 'From `customer_balance`.';
COMMENT ON COLUMN payment_method_configurations.eps IS 'From `eps`.';
COMMENT ON COLUMN payment_method_configurations.fpx IS 'From `fpx`.';
COMMENT ON COLUMN payment_method_configurations.giropay IS 'From `giropay`.';
COMMENT ON COLUMN payment_method_configurations.google_pay IS 'From `google_pay`.';
COMMENT ON COLUMN payment_method_configurations.grabpay IS 'From `grabpay`.';
COMMENT ON COLUMN payment_method_configurations.ideal IS 'From `ideal`.';
COMMENT ON COLUMN payment_method_configurations.is_default IS 'The default configuration is used whenever a payment method configuration is not specified.
From `is_default`.';
COMMENT ON COLUMN payment_method_configurations.jcb IS 'From `jcb`.';
COMMENT ON COLUMN payment_method_configurations.klarna IS 'From `klarna`.';
COMMENT ON COLUMN payment_method_configurations.konbini IS 'From `konbini`.';
COMMENT ON COLUMN payment_method_configurations.link IS 'From `link`.';
COMMENT ON COLUMN payment_method_configurations.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN payment_method_configurations.mobilepay IS 'From `mobilepay`.';
COMMENT ON COLUMN payment_method_configurations.name IS 'The configuration''s name.
From `name`.';
COMMENT ON COLUMN payment_method_configurations.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN payment_method_configurations.oxxo IS 'From `oxxo`.';
COMMENT ON COLUMN payment_method_configurations.p24 IS 'From `p24`.';
COMMENT ON COLUMN payment_method_configurations.parent IS 'For child configs, the configuration''s parent configuration.
From `parent`.';
COMMENT ON COLUMN payment_method_configurations.paynow IS 'From `paynow`.';
COMMENT ON COLUMN payment_method_configurations.paypal IS 'From `paypal`.';
COMMENT ON COLUMN payment_method_configurations.promptpay IS 'From `promptpay`.';
COMMENT ON COLUMN payment_method_configurations.revolut_pay IS 'From `revolut_pay`.';
COMMENT ON COLUMN payment_method_configurations.sepa_debit IS 'From `sepa_debit`.';
COMMENT ON COLUMN payment_method_configurations.sofort IS 'From `sofort`.';
COMMENT ON COLUMN payment_method_configurations.swish IS 'From `swish`.';
COMMENT ON COLUMN payment_method_configurations.us_bank_account IS 'From `us_bank_account`.';
COMMENT ON COLUMN payment_method_configurations.wechat_pay IS 'From `wechat_pay`.';
COMMENT ON COLUMN payment_method_configurations.zip IS 'From `zip`.';

-- payment_method_domains (`payment_method_domain`)
CREATE TABLE payment_method_domains (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    apple_pay jsonb,
    created timestamptz,
    domain_name text,
    enabled boolean,
    google_pay jsonb,
    link jsonb,
    livemode boolean,
    object text,
    paypal jsonb
);
CREATE INDEX payment_method_domains__account_idx ON payment_method_domains (_account);
CREATE INDEX payment_method_domains_created_idx ON payment_method_domains (created);
COMMENT ON TABLE payment_method_domains IS 'Stripe `payment_method_domain` objects. A payment method domain represents a web domain that you have registered with Stripe.
Stripe Elements use registered payment method domains to control where certain payment methods are shown.

Related guides: [Payment method domains](https://stripe.com/docs/payments/payment-methods/pmd-registration).';
COMMENT ON COLUMN payment_method_domains.id IS 'Stripe id of the object.';
COMMENT ON COLUMN payment_method_domains._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN payment_method_domains._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN payment_method_domains._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN payment_method_domains._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN payment_method_domains._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN payment_method_domains._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN payment_method_domains._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN payment_method_domains._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN payment_method_domains.apple_pay IS 'From `apple_pay`.';
COMMENT ON COLUMN payment_method_domains.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN payment_method_domains.domain_name IS 'The domain name that this payment method domain object represents.
From `domain_name`.';
COMMENT ON COLUMN payment_method_domains.enabled IS 'Whether this payment method domain is enabled. If the domain is not enabled, payment methods that require a payment method domain will not appear in Elements.
From `enabled`.';
COMMENT ON COLUMN payment_method_domains.google_pay IS 'From `google_pay`.';
COMMENT ON COLUMN payment_method_domains.link IS 'From `link`.';
COMMENT ON COLUMN payment_method_domains.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN payment_method_domains.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN payment_method_domains.paypal IS 'From `paypal`.';

-- payment_methods (`payment_method`)
CREATE TABLE payment_methods (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    acss_debit jsonb,
    affirm jsonb,
    afterpay_clearpay jsonb,
    alipay jsonb,
    allow_redisplay text,
    amazon_pay jsonb,
    au_becs_debit jsonb,
    bacs_debit jsonb,
    bancontact jsonb,
    billing_details jsonb,
    blik jsonb,
    boleto jsonb,
    card jsonb,
    card_present jsonb,
    cashapp jsonb,
    created timestamptz,
    customer text,
    customer_balance jsonb,
    eps jsonb,
    fpx jsonb,
    giropay jsonb,
    grabpay jsonb,
    ideal jsonb,
    interac_present jsonb,
    klarna jsonb,
    konbini jsonb,
    link jsonb,
    livemode boolean,
    metadata jsonb,
    mobilepay jsonb,
    object text,
    oxxo jsonb,
    p24 jsonb,
    paynow jsonb,
    paypal jsonb,
    pix jsonb,
    promptpay jsonb,
    radar_options jsonb,
    revolut_pay jsonb,
    sepa_debit jsonb,
    sofort jsonb,
    swish jsonb,
    type text,
    us_bank_account jsonb,
    wechat_pay jsonb,
    zip jsonb
);
CREATE INDEX payment_methods__account_idx ON payment_methods (_account);
CREATE INDEX payment_methods_created_idx ON payment_methods (created);
CREATE INDEX payment_methods_customer_idx ON payment_methods (customer);
COMMENT ON TABLE payment_methods IS 'Stripe `payment_method` objects. PaymentMethod objects represent your customer''s payment instruments.
You can use them with [PaymentIntents](https://stripe.com/docs/payments/payment-intents) to collect payments or save them to
Customer objects to store instrument details for future payments.

Related guides: [Payment Methods](https://stripe.com/docs/payments/payment-methods) and [More Payment Scenarios](https://stripe.com/docs/payments/more-payment-scenarios).';
COMMENT ON COLUMN payment_methods.id IS 'Stripe id of the object.';
COMMENT ON COLUMN payment_methods._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN payment_methods._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN payment_methods._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN payment_methods._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN payment_methods._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN payment_methods._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN payment_methods._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN payment_methods._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN payment_methods.acss_debit IS 'From `acss_debit`.';
COMMENT ON COLUMN payment_methods.affirm IS 'From `affirm`.';
COMMENT ON COLUMN payment_methods.afterpay_clearpay IS 'From `afterpay_clearpay`.';
COMMENT ON COLUMN payment_methods.alipay IS 'From `alipay`.';
COMMENT ON COLUMN payment_methods.allow_redisplay IS 'This field indicates whether this payment method can be shown again to its customer in a checkout flow. Stripe products such as Checkout and Elements use this field to determine whether a payment method can be shown as a saved payment method in a checkout flow. The field defaults to “unspecified”.
From `allow_redisplay`.';
COMMENT ON COLUMN payment_methods.amazon_pay IS 'From `amazon_pay`.';
COMMENT ON COLUMN payment_methods.au_becs_debit IS 'From `au_becs_debit`.';
COMMENT ON COLUMN payment_methods.bacs_debit IS 'From `bacs_debit`.';
COMMENT ON COLUMN payment_methods.bancontact IS 'From `bancontact`.';
COMMENT ON COLUMN payment_methods.billing_details IS 'From `billing_details`.';
COMMENT ON COLUMN payment_methods.blik IS 'From `blik`.';
COMMENT ON COLUMN payment_methods.boleto IS 'From `boleto`.';
COMMENT ON COLUMN payment_methods.card IS 'From `card`.';
COMMENT ON COLUMN payment_methods.card_present IS 'From `card_present`.';
COMMENT ON COLUMN payment_methods.cashapp IS 'From `cashapp`.';
COMMENT ON COLUMN payment_methods.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN payment_methods.customer IS 'The ID of the Customer to which this PaymentMethod is saved. This will not be set when the PaymentMethod has not been saved to a Customer.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN payment_methods.customer_balance IS 'From `customer_balance`.';
COMMENT ON COLUMN payment_methods.eps IS 'From `eps`.';
COMMENT ON COLUMN payment_methods.fpx IS 'From `fpx`.';
COMMENT ON COLUMN payment_methods.giropay IS 'From `giropay`.';
COMMENT ON COLUMN payment_methods.grabpay IS 'From `grabpay`.';
COMMENT ON COLUMN payment_methods.ideal IS 'From `ideal`.';
COMMENT ON COLUMN payment_methods.interac_present IS 'From `interac_present`.';
COMMENT ON COLUMN payment_methods.klarna IS 'From `klarna`.';
COMMENT ON COLUMN payment_methods.konbini IS 'From `konbini`.';
COMMENT ON COLUMN payment_methods.link IS 'From `link`.';
COMMENT ON COLUMN payment_methods.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN payment_methods.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN payment_methods.mobilepay IS 'From `mobilepay`.';
COMMENT ON COLUMN payment_methods.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN payment_methods.oxxo IS 'From `oxxo`.';
COMMENT ON COLUMN payment_methods.p24 IS 'From `p24`.';
COMMENT ON COLUMN payment_methods.paynow IS 'From `paynow`.';
COMMENT ON COLUMN payment_methods.paypal IS 'From `paypal`.';
COMMENT ON COLUMN payment_methods.pix IS 'From `pix`.';
COMMENT ON COLUMN payment_methods.promptpay IS 'From `promptpay`.';
COMMENT ON COLUMN payment_methods.radar_options IS 'From `radar_options`.';
COMMENT ON COLUMN payment_methods.revolut_pay IS 'From `revolut_pay`.';
COMMENT ON COLUMN payment_methods.sepa_debit IS 'From `sepa_debit`.';
COMMENT ON COLUMN payment_methods.sofort IS 'From `sofort`.';
COMMENT ON COLUMN payment_methods.swish IS 'From `swish`.';
COMMENT ON COLUMN payment_methods.type IS 'The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type.
From `type`.';
COMMENT ON COLUMN payment_methods.us_bank_account IS 'From `us_bank_account`.';
COMMENT ON COLUMN payment_methods.wechat_pay IS 'From `wechat_pay`.';
COMMENT ON COLUMN payment_methods.zip IS 'From `zip`.';

-- payouts (`payout`)
CREATE TABLE payouts (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    application_fee text,
    application_fee_amount bigint,
    arrival_date timestamptz,
    automatic boolean,
    balance_transaction text,
    created timestamptz,
    currency text,
    description text,
    destination text,
    failure_balance_transaction text,
    failure_code text,
    failure_message text,
    livemode boolean,
    metadata jsonb,
    method text,
    object text,
    original_payout text,
    reconciliation_status text,
    reversed_by text,
    source_type text,
    statement_descriptor text,
    status text,
    type text
);
CREATE INDEX payouts__account_idx ON payouts (_account);
CREATE INDEX payouts_balance_transaction_idx ON payouts (balance_transaction);
CREATE INDEX payouts_created_idx ON payouts (created);
CREATE INDEX payouts_destination_idx ON payouts (destination);
COMMENT ON TABLE payouts IS 'Stripe `payout` objects. A `Payout` object is created when you receive funds from Stripe, or when you
initiate a payout to either a bank account or debit card of a [connected
Stripe account](/docs/connect/bank-debit-card-payouts). You can retrieve individual payouts,
and list all payouts. Payouts are made on [varying
schedules](/docs/connect/manage-payout-schedule), depending on your country and
industry.

Related guide: [Receiving payouts](https://stripe.com/docs/payouts)';
COMMENT ON COLUMN payouts.id IS 'Stripe id of the object.';
COMMENT ON COLUMN payouts._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN payouts._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN payouts._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN payouts._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN payouts._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN payouts._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN payouts._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN payouts._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN payouts.amount IS 'The amount (in cents (or local equivalent)) that transfers to your bank account or debit card.
From `amount`.';
COMMENT ON COLUMN payouts.application_fee IS 'The application fee (if any) for the payout. [See the Connect documentation](https://stripe.com/docs/connect/instant-payouts#monetization-and-fees) for details.
From `application_fee` (the id, also when expanded).';
COMMENT ON COLUMN payouts.application_fee_amount IS 'The amount of the application fee (if any) requested for the payout. [See the Connect documentation](https://stripe.com/docs/connect/instant-payouts#monetization-and-fees) for details.
From `application_fee_amount`.';
COMMENT ON COLUMN payouts.arrival_date IS 'Date that you can expect the payout to arrive in the bank. This factors in delays to account for weekends or bank holidays.
From `arrival_date`.';
COMMENT ON COLUMN payouts.automatic IS 'Returns `true` if the payout is created by an [automated payout schedule](https://stripe.com/docs/payouts#payout-schedule) and `false` if it''s [requested manually](https://stripe.com/docs/payouts#manual-payouts).
From `automatic`.';
COMMENT ON COLUMN payouts.balance_transaction IS 'ID of the balance transaction that describes the impact of this payout on your account balance.
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN payouts.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN payouts.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN payouts.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN payouts.destination IS 'ID of the bank account or card the payout is sent to.
From `destination` (the id, also when expanded).';
COMMENT ON COLUMN payouts.failure_balance_transaction IS 'If the payout fails or cancels, this is the ID of the balance transaction that reverses the initial balance transaction and returns the funds from the failed payout back in your balance.
From `failure_balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN payouts.failure_code IS 'Error code that provides a reason for a payout failure, if available. View our [list of failure codes](https://stripe.com/docs/api#payout_failures).
From `failure_code`.';
COMMENT ON COLUMN payouts.failure_message IS 'Message that provides the reason for a payout failure, if available.
From `failure_message`.';
COMMENT ON COLUMN payouts.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN payouts.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN payouts.method IS 'The method used to send this payout, which can be `standard` or `instant`. `instant` is supported for payouts to debit cards and bank accounts in certain countries. Learn more about [bank support for Instant Payouts](https://stripe.com/docs/payouts/instant-payouts-banks).
From `method`.';
COMMENT ON COLUMN payouts.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN payouts.original_payout IS 'If the payout reverses another, this is the ID of the original payout.
From `original_payout` (the id, also when expanded).';
COMMENT ON COLUMN payouts.reconciliation_status IS 'If `completed`, you can use the [Balance Transactions API](https://stripe.com/docs/api/balance_transactions/list#balance_transaction_list-payout) to list all balance transactions that are paid out in this payout.
From `reconciliation_status`.';
COMMENT ON COLUMN payouts.reversed_by IS 'If the payout reverses, this is the ID of the payout that reverses this payout.
From `reversed_by` (the id, also when expanded).';
COMMENT ON COLUMN payouts.source_type IS 'The source balance this payout came from, which can be one of the following: `card`, `fpx`, or `bank_account`.
From `source_type`.';
COMMENT ON COLUMN payouts.statement_descriptor IS 'Extra information about a payout that displays on the user''s bank statement.
From `statement_descriptor`.';
COMMENT ON COLUMN payouts.status IS 'Current status of the payout: `paid`, `pending`, `in_transit`, `canceled` or `failed`. A payout is `pending` until it''s submitted to the bank, when it becomes `in_transit`. The status changes to `paid` if the transaction succeeds, or to `failed` or `canceled` (within 5 business days). Some payouts that fail might initially show as `paid`, then change to `failed`.
From `status`.';
COMMENT ON COLUMN payouts.type IS 'Can be `bank_account` or `card`.
From `type`.';

-- persons (`person`)
CREATE TABLE persons (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    account text,
    additional_tos_acceptances jsonb,
    address jsonb,
    address_kana jsonb,
    address_kanji jsonb,
    created timestamptz,
    dob jsonb,
    email text,
    first_name text,
    first_name_kana text,
    first_name_kanji text,
    full_name_aliases jsonb,
    future_requirements jsonb,
    gender text,
    id_number_provided boolean,
    id_number_secondary_provided boolean,
    last_name text,
    last_name_kana text,
    last_name_kanji text,
    maiden_name text,
    metadata jsonb,
    nationality text,
    object text,
    phone text,
    political_exposure text,
    registered_address jsonb,
    relationship jsonb,
    requirements jsonb,
    ssn_last_4_provided boolean,
    verification jsonb
);
CREATE INDEX persons__account_idx ON persons (_account);
CREATE INDEX persons_account_idx ON persons (account);
CREATE INDEX persons_created_idx ON persons (created);
COMMENT ON TABLE persons IS 'Stripe `person` objects. This is an object representing a person associated with a Stripe account.

A platform cannot access a person for an account where [account.controller.requirement_collection](/api/accounts/object#account_object-controller-requirement_collection) is `stripe`, which includes Standard and Express accounts, after creating an Account Link or Account Session to start Connect onboarding.

See the [Standard onboarding](/connect/standard-accounts) or [Express onboarding](/connect/express-accounts) documentation for information about prefilling information and account onboarding steps. Learn more about [handling identity verification with the API](/connect/handling-api-verification#person-information).';
COMMENT ON COLUMN persons.id IS 'Stripe id of the object.';
COMMENT ON COLUMN persons._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN persons._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN persons._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN persons._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN persons._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN persons._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN persons._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN persons._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN persons.account IS 'The account the person is associated with.
From `account`.';
COMMENT ON COLUMN persons.additional_tos_acceptances IS 'From `additional_tos_acceptances`.';
COMMENT ON COLUMN persons.address IS 'From `address`.';
COMMENT ON COLUMN persons.address_kana IS 'From `address_kana`.';
COMMENT ON COLUMN persons.address_kanji IS 'From `address_kanji`.';
COMMENT ON COLUMN persons.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN persons.dob IS 'From `dob`.';
COMMENT ON COLUMN persons.email IS 'The person''s email address.
From `email`.';
COMMENT ON COLUMN persons.first_name IS 'The person''s first name.
From `first_name`.';
COMMENT ON COLUMN persons.first_name_kana IS 'The Kana variation of the person''s first name (Japan only).
From `first_name_kana`.';
COMMENT ON COLUMN persons.first_name_kanji IS 'The Kanji variation of the person''s first name (Japan only).
From `first_name_kanji`.';
COMMENT ON COLUMN persons.full_name_aliases IS 'A list of alternate names or aliases that the person is known by.
From `full_name_aliases`.';
COMMENT ON COLUMN persons.future_requirements IS 'From `future_requirements`.';
COMMENT ON COLUMN persons.gender IS 'The person''s gender (International regulations require either "male" or "female").
From `gender`.';
COMMENT ON COLUMN persons.id_number_provided IS 'Whether the person''s `id_number` was provided. True if either the full ID number was provided or if only the required part of the ID number was provided (ex. last four of an individual''s SSN for the US indicated by `ssn_last_4_provided`).
From `id_number_provided`.';
COMMENT ON COLUMN persons.id_number_secondary_provided IS 'Whether the person''s `id_number_secondary` was provided.
From `id_number_secondary_provided`.';
COMMENT ON COLUMN persons.last_name IS 'The person''s last name.
From `last_name`.';
COMMENT ON COLUMN persons.last_name_kana IS 'The Kana variation of the person''s last name (Japan only).
From `last_name_kana`.';
COMMENT ON COLUMN persons.last_name_kanji IS 'The Kanji variation of the person''s last name (Japan only).
From `last_name_kanji`.';
COMMENT ON COLUMN persons.maiden_name IS 'The person''s maiden name.
From `maiden_name`.';
COMMENT ON COLUMN persons.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN persons.nationality IS 'The country where the person is a national.
From `nationality`.';
COMMENT ON COLUMN persons.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN persons.phone IS 'The person''s phone number.
From `phone`.';
COMMENT ON COLUMN persons.political_exposure IS 'Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction.
From `political_exposure`.';
COMMENT ON COLUMN persons.registered_address IS 'From `registered_address`.';
COMMENT ON COLUMN persons.relationship IS 'From `relationship`.';
COMMENT ON COLUMN persons.requirements IS 'From `requirements`.';
COMMENT ON COLUMN persons.ssn_last_4_provided IS 'Whether the last four digits of the person''s Social Security number have been provided (U.S. only).
From `ssn_last_4_provided`.';
COMMENT ON COLUMN persons.verification IS 'From `verification`.';

-- plans (`plan`)
CREATE TABLE plans (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    aggregate_usage text,
    amount bigint,
    amount_decimal numeric,
    billing_scheme text,
    created timestamptz,
    currency text,
    interval text,
    interval_count bigint,
    livemode boolean,
    metadata jsonb,
    meter text,
    nickname text,
    object text,
    product text,
    tiers jsonb,
    tiers_mode text,
    transform_usage jsonb,
    trial_period_days bigint,
    usage_type text
);
CREATE INDEX plans__account_idx ON plans (_account);
CREATE INDEX plans_created_idx ON plans (created);
CREATE INDEX plans_product_idx ON plans (product);
COMMENT ON TABLE plans IS 'Stripe `plan` objects. You can now model subscriptions more flexibly using the [Prices API](https://stripe.com/docs/api#prices). It replaces the Plans API and is backwards compatible to simplify your migration.

Plans define the base price, currency, and billing cycle for recurring purchases of products.
[Products](https://stripe.com/docs/api#products) help you track inventory or provisioning, and plans help you track pricing. Different physical goods or levels of service should be represented by products, and pricing options should be represented by plans. This approach lets you change prices without having to change your provisioning scheme.

For example, you might have a single "gold" product that has plans for $10/month, $100/year, €9/month, and €90/year.

Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription) and more about [products and prices](https://stripe.com/docs/products-prices/overview).';
COMMENT ON COLUMN plans.id IS 'Stripe id of the object.';
COMMENT ON COLUMN plans._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN plans._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN plans._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN plans._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN plans._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN plans._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN plans._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN plans._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN plans.active IS 'Whether the plan can be used for new purchases.
From `active`.';
COMMENT ON COLUMN plans.aggregate_usage IS 'Specifies a usage aggregation strategy for plans of `usage_type=metered`. Allowed values are `sum` for summing up all usage during a period, `last_during_period` for using the last usage record reported within a period, `last_ever` for using the last usage record ever (across period bounds) or `max` which uses the usage record with the maximum reported usage during a period. Defaults to `sum`.
From `aggregate_usage`.';
COMMENT ON COLUMN plans.amount IS 'The unit amount in cents (or local equivalent) to be charged, represented as a whole integer if possible. Only set if `billing_scheme=per_unit`.
From `amount`.';
COMMENT ON COLUMN plans.amount_decimal IS 'The unit amount in cents (or local equivalent) to be charged, represented as a decimal string with at most 12 decimal places. Only set if `billing_scheme=per_unit`.
From `amount_decimal`.';
COMMENT ON COLUMN plans.billing_scheme IS 'Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `amount`) will be charged per unit in `quantity` (for plans with `usage_type=licensed`), or per unit of total usage (for plans with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes.
From `billing_scheme`.';
COMMENT ON COLUMN plans.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN plans.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN plans.interval IS 'The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`.
From `interval`.';
COMMENT ON COLUMN plans.interval_count IS 'The number of intervals (specified in the `interval` attribute) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months.
From `interval_count`.';
COMMENT ON COLUMN plans.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN plans.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN plans.meter IS 'The meter tracking the usage of a metered price
From `meter`.';
COMMENT ON COLUMN plans.nickname IS 'A brief description of the plan, hidden from customers.
From `nickname`.';
COMMENT ON COLUMN plans.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN plans.product IS 'The product whose pricing this plan determines.
From `product` (the id, also when expanded).';
COMMENT ON COLUMN plans.tiers IS 'Each element represents a pricing tier. This parameter requires `billing_scheme` to be set to `tiered`. See also the documentation for `billing_scheme`.
From `tiers`.';
COMMENT ON COLUMN plans.tiers_mode IS 'Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price. In `graduated` tiering, pricing can change as the quantity grows.
From `tiers_mode`.';
COMMENT ON COLUMN plans.transform_usage IS 'Apply a transformation to the reported usage or set quantity before computing the amount billed. Cannot be combined with `tiers`.
From `transform_usage`.';
COMMENT ON COLUMN plans.trial_period_days IS 'Default number of trial days when subscribing a customer to this plan using [`trial_from_plan=true`](https://stripe.com/docs/api#create_subscription-trial_from_plan).
From `trial_period_days`.';
COMMENT ON COLUMN plans.usage_type IS 'Configures how the quantity per period should be determined. Can be either `metered` or `licensed`. `licensed` automatically bills the `quantity` set when adding it to a subscription. `metered` aggregates the total usage based on usage records. Defaults to `licensed`.
From `usage_type`.';

-- prices (`price`)
CREATE TABLE prices (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    billing_scheme text,
    created timestamptz,
    currency text,
    currency_options jsonb,
    custom_unit_amount jsonb,
    livemode boolean,
    lookup_key text,
    metadata jsonb,
    nickname text,
    object text,
    product text,
    recurring jsonb,
    tax_behavior text,
    tiers jsonb,
    tiers_mode text,
    transform_quantity jsonb,
    type text,
    unit_amount bigint,
    unit_amount_decimal numeric
);
CREATE INDEX prices__account_idx ON prices (_account);
CREATE INDEX prices_created_idx ON prices (created);
CREATE INDEX prices_product_idx ON prices (product);
COMMENT ON TABLE prices IS 'Stripe `price` objects. Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products.
[Products](https://stripe.com/docs/api#products) help you track inventory or provisioning, and prices help you track payment terms. Different physical goods or levels of service should be represented by products, and pricing options should be represented by prices. This approach lets you change prices without having to change your provisioning scheme.

For example, you might have a single "gold" product that has prices for $10/month, $100/year, and €9 once.

Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription), [create an invoice](https://stripe.com/docs/billing/invoices/create), and more about [products and prices](https://stripe.com/docs/products-prices/overview).';
COMMENT ON COLUMN prices.id IS 'Stripe id of the object.';
COMMENT ON COLUMN prices._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN prices._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN prices._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN prices._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN prices._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN prices._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN prices._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN prices._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN prices.active IS 'Whether the price can be used for new purchases.
From `active`.';
COMMENT ON COLUMN prices.billing_scheme IS 'Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `unit_amount` or `unit_amount_decimal`) will be charged per unit in `quantity` (for prices with `usage_type=licensed`), or per unit of total usage (for prices with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes.
From `billing_scheme`.';
COMMENT ON COLUMN prices.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN prices.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN prices.currency_options IS 'Prices defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies).
From `currency_options`.';
COMMENT ON COLUMN prices.custom_unit_amount IS 'When set, provides configuration for the amount to be adjusted by the customer during Checkout Sessions and Payment Links.
From `custom_unit_amount`.';
COMMENT ON COLUMN prices.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN prices.lookup_key IS 'A lookup key used to retrieve prices dynamically from a static string. This may be up to 200 characters.
From `lookup_key`.';
COMMENT ON COLUMN prices.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN prices.nickname IS 'A brief description of the price, hidden from customers.
From `nickname`.';
COMMENT ON COLUMN prices.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN prices.product IS 'The ID of the product this price is associated with.
From `product` (the id, also when expanded).';
COMMENT ON COLUMN prices.recurring IS 'The recurring components of a price such as `interval` and `usage_type`.
From `recurring`.';
COMMENT ON COLUMN prices.tax_behavior IS 'Only required if a [default tax behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended)) was not provided in the Stripe Tax settings. Specifies whether the price is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. Once specified as either `inclusive` or `exclusive`, it cannot be changed.
From `tax_behavior`.';
COMMENT ON COLUMN prices.tiers IS 'Each element represents a pricing tier. This parameter requires `billing_scheme` to be set to `tiered`. See also the documentation for `billing_scheme`.
From `tiers`.';
COMMENT ON COLUMN prices.tiers_mode IS 'Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price. In `graduated` tiering, pricing can change as the quantity grows.
From `tiers_mode`.';
COMMENT ON COLUMN prices.transform_quantity IS 'Apply a transformation to the reported usage or set quantity before computing the amount billed. Cannot be combined with `tiers`.
From `transform_quantity`.';
COMMENT ON COLUMN prices.type IS 'One of `one_time` or `recurring` depending on whether the price is for a one-time purchase or a recurring (subscription) purchase.
From `type`.';
COMMENT ON COLUMN prices.unit_amount IS 'The unit amount in cents (or local equivalent) to be charged, represented as a whole integer if possible. Only set if `billing_scheme=per_unit`.
From `unit_amount`.';
COMMENT ON COLUMN prices.unit_amount_decimal IS 'The unit amount in cents (or local equivalent) to be charged, represented as a decimal string with at most 12 decimal places. Only set if `billing_scheme=per_unit`.
From `unit_amount_decimal`.';

-- product_features (`product_feature`)
CREATE TABLE product_features (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    entitlement_feature jsonb,
    livemode boolean,
    object text
);
CREATE INDEX product_features__account_idx ON product_features (_account);
COMMENT ON TABLE product_features IS 'Stripe `product_feature` objects. A product_feature represents an attachment between a feature and a product.
When a product is purchased that has a feature attached, Stripe will create an entitlement to the feature for the purchasing customer.';
COMMENT ON COLUMN product_features.id IS 'Stripe id of the object.';
COMMENT ON COLUMN product_features._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN product_features._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN product_features._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN product_features._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN product_features._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN product_features._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN product_features._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN product_features._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN product_features.entitlement_feature IS 'From `entitlement_feature`.';
COMMENT ON COLUMN product_features.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN product_features.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- products (`product`)
CREATE TABLE products (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    created timestamptz,
    default_price text,
    description text,
    images jsonb,
    livemode boolean,
    marketing_features jsonb,
    metadata jsonb,
    name text,
    object text,
    package_dimensions jsonb,
    shippable boolean,
    statement_descriptor text,
    tax_code text,
    unit_label text,
    updated timestamptz,
    url text
);
CREATE INDEX products__account_idx ON products (_account);
CREATE INDEX products_created_idx ON products (created);
COMMENT ON TABLE products IS 'Stripe `product` objects. Products describe the specific goods or services you offer to your customers.
For example, you might offer a Standard and Premium version of your goods or service; each version would be a separate Product.
They can be used in conjunction with [Prices](https://stripe.com/docs/api#prices) to configure pricing in Payment Links, Checkout, and Subscriptions.

Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
[share a Payment Link](https://stripe.com/docs/payment-links),
[accept payments with Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
and more about [Products and Prices](https://stripe.com/docs/products-prices/overview)';
COMMENT ON COLUMN products.id IS 'Stripe id of the object.';
COMMENT ON COLUMN products._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN products._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN products._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN products._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN products._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN products._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN products._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN products._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN products.active IS 'Whether the product is currently available for purchase.
From `active`.';
COMMENT ON COLUMN products.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN products.default_price IS 'The ID of the [Price](https://stripe.com/docs/api/prices) object that is the default price for this product.
From `default_price` (the id, also when expanded).';
COMMENT ON COLUMN products.description IS 'The product''s description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes.
From `description`.';
COMMENT ON COLUMN products.images IS 'A list of up to 8 URLs of images for this product, meant to be displayable to the customer.
From `images`.';
COMMENT ON COLUMN products.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN products.marketing_features IS 'A list of up to 15 marketing features for this product. These are displayed in [pricing tables](https://stripe.com/docs/payments/checkout/pricing-table).
From `marketing_features`.';
COMMENT ON COLUMN products.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN products.name IS 'The product''s name, meant to be displayable to the customer.
From `name`.';
COMMENT ON COLUMN products.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN products.package_dimensions IS 'The dimensions of this product for shipping purposes.
From `package_dimensions`.';
COMMENT ON COLUMN products.shippable IS 'Whether this product is shipped (i.e., physical goods).
From `shippable`.';
COMMENT ON COLUMN products.statement_descriptor IS 'Extra information about a product which will appear on your customer''s credit card statement. In the case that multiple products are billed at once, the first statement descriptor will be used. Only used for subscription payments.
From `statement_descriptor`.';
COMMENT ON COLUMN products.tax_code IS 'A [tax code](https://stripe.com/docs/tax/tax-categories) ID.
From `tax_code` (the id, also when expanded).';
COMMENT ON COLUMN products.unit_label IS 'A label that represents units of this product. When set, this will be included in customers'' receipts, invoices, Checkout, and the customer portal.
From `unit_label`.';
COMMENT ON COLUMN products.updated IS 'Time at which the object was last updated. Measured in seconds since the Unix epoch.
From `updated`.';
COMMENT ON COLUMN products.url IS 'A URL of a publicly-accessible webpage for this product.
From `url`.';

-- promotion_codes (`promotion_code`)
CREATE TABLE promotion_codes (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    code text,
    coupon jsonb,
    created timestamptz,
    customer text,
    expires_at timestamptz,
    livemode boolean,
    max_redemptions bigint,
    metadata jsonb,
    object text,
    restrictions jsonb,
    times_redeemed bigint
);
CREATE INDEX promotion_codes__account_idx ON promotion_codes (_account);
CREATE INDEX promotion_codes_created_idx ON promotion_codes (created);
CREATE INDEX promotion_codes_customer_idx ON promotion_codes (customer);
COMMENT ON TABLE promotion_codes IS 'Stripe `promotion_code` objects. A Promotion Code represents a customer-redeemable code for a [coupon](https://stripe.com/docs/api#coupons). It can be used to
create multiple codes for a single coupon.';
COMMENT ON COLUMN promotion_codes.id IS 'Stripe id of the object.';
COMMENT ON COLUMN promotion_codes._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN promotion_codes._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN promotion_codes._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN promotion_codes._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN promotion_codes._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN promotion_codes._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN promotion_codes._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN promotion_codes._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN promotion_codes.active IS 'Whether the promotion code is currently active. A promotion code is only active if the coupon is also valid.
From `active`.';
COMMENT ON COLUMN promotion_codes.code IS 'The customer-facing code. Regardless of case, this code must be unique across all active promotion codes for each customer.
From `code`.';
COMMENT ON COLUMN promotion_codes.coupon IS 'From `coupon`.';
COMMENT ON COLUMN promotion_codes.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN promotion_codes.customer IS 'The customer that this promotion code can be used by.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN promotion_codes.expires_at IS 'Date at which the promotion code can no longer be redeemed.
From `expires_at`.';
COMMENT ON COLUMN promotion_codes.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN promotion_codes.max_redemptions IS 'Maximum number of times this promotion code can be redeemed.
From `max_redemptions`.';
COMMENT ON COLUMN promotion_codes.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN promotion_codes.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN promotion_codes.restrictions IS 'From `restrictions`.';
COMMENT ON COLUMN promotion_codes.times_redeemed IS 'Number of times this promotion code has been used.
From `times_redeemed`.';

-- quotes (`quote`)
CREATE TABLE quotes (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount_subtotal bigint,
    amount_total bigint,
    application text,
    application_fee_amount bigint,
    application_fee_percent numeric,
    automatic_tax jsonb,
    collection_method text,
    computed jsonb,
    created timestamptz,
    currency text,
    customer text,
    default_tax_rates jsonb,
    description text,
    discounts jsonb,
    expires_at timestamptz,
    footer text,
    from_quote jsonb,
    header text,
    invoice text,
    invoice_settings jsonb,
    line_items jsonb,
    livemode boolean,
    metadata jsonb,
    number text,
    object text,
    on_behalf_of text,
    status text,
    status_transitions jsonb,
    subscription text,
    subscription_data jsonb,
    subscription_schedule text,
    test_clock text,
    total_details jsonb,
    transfer_data jsonb
);
CREATE INDEX quotes__account_idx ON quotes (_account);
CREATE INDEX quotes_application_idx ON quotes (application);
CREATE INDEX quotes_created_idx ON quotes (created);
CREATE INDEX quotes_customer_idx ON quotes (customer);
CREATE INDEX quotes_invoice_idx ON quotes (invoice);
CREATE INDEX quotes_on_behalf_of_idx ON quotes (on_behalf_of);
CREATE INDEX quotes_subscription_idx ON quotes (subscription);
CREATE INDEX quotes_test_clock_idx ON quotes (test_clock);
COMMENT ON TABLE quotes IS 'Stripe `quote` objects. A Quote is a way to model prices that you''d like to provide to a customer.
Once accepted, it will automatically create an invoice, subscription or subscription schedule.';
COMMENT ON COLUMN quotes.id IS 'Stripe id of the object.';
COMMENT ON COLUMN quotes._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN quotes._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN quotes._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN quotes._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN quotes._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN quotes._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN quotes._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN quotes._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN quotes.amount_subtotal IS 'Total before any discounts or taxes are applied.
From `amount_subtotal`.';
COMMENT ON COLUMN quotes.amount_total IS 'Total after discounts and taxes are applied.
From `amount_total`.';
COMMENT ON COLUMN quotes.application IS 'ID of the Connect Application that created the quote.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN quotes.application_fee_amount IS 'The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner''s Stripe account. Only applicable if there are no line items with recurring prices on the quote.
From `application_fee_amount`.';
COMMENT ON COLUMN quotes.application_fee_percent IS 'A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the application owner''s Stripe account. Only applicable if there are line items with recurring prices on the quote.
From `application_fee_percent`.';
COMMENT ON COLUMN quotes.automatic_tax IS 'From `automatic_tax`.';
COMMENT ON COLUMN quotes.collection_method IS 'Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay invoices at the end of the subscription cycle or on finalization using the default payment method attached to the subscription or customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`. Defaults to `charge_automatically`.
From `collection_method`.';
COMMENT ON COLUMN quotes.computed IS 'From `computed`.';
COMMENT ON COLUMN quotes.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN quotes.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN quotes.customer IS 'The customer which this quote belongs to. A customer is required before finalizing the quote. Once specified, it cannot be changed.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN quotes.default_tax_rates IS 'The tax rates applied to this quote.
From `default_tax_rates`.';
COMMENT ON COLUMN quotes.description IS 'A description that will be displayed on the quote PDF.
From `description`.';
COMMENT ON COLUMN quotes.discounts IS 'The discounts applied to this quote.
From `discounts`.';
COMMENT ON COLUMN quotes.expires_at IS 'The date on which the quote will be canceled if in `open` or `draft` status. Measured in seconds since the Unix epoch.
From `expires_at`.';
COMMENT ON COLUMN quotes.footer IS 'A footer that will be displayed on the quote PDF.
From `footer`.';
COMMENT ON COLUMN quotes.from_quote IS 'Details of the quote that was cloned. See the [cloning documentation](https://stripe.com/docs/quotes/clone) for more details.
From `from_quote`.';
COMMENT ON COLUMN quotes.header IS 'A header that will be displayed on the quote PDF.
From `header`.';
COMMENT ON COLUMN quotes.invoice IS 'The invoice that was created from this quote.
From `invoice` (the id, also when expanded).';
COMMENT ON COLUMN quotes.invoice_settings IS 'From `invoice_settings`.';
COMMENT ON COLUMN quotes.line_items IS 'A list of items the customer is being quoted for.
From `line_items`.';
COMMENT ON COLUMN quotes.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN quotes.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN quotes.number IS 'A unique number that identifies this particular quote. This number is assigned once the quote is [finalized](https://stripe.com/docs/quotes/overview#finalize).
From `number`.';
COMMENT ON COLUMN quotes.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN quotes.on_behalf_of IS 'The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN quotes.status IS 'The status of the quote.
From `status`.';
COMMENT ON COLUMN quotes.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN quotes.subscription IS 'The subscription that was created or updated from this quote.
From `subscription` (the id, also when expanded).';
COMMENT ON COLUMN quotes.subscription_data IS 'From `subscription_data`.';
COMMENT ON COLUMN quotes.subscription_schedule IS 'The subscription schedule that was created or updated from this quote.
From `subscription_schedule` (the id, also when expanded).';
COMMENT ON COLUMN quotes.test_clock IS 'ID of the test clock this quote belongs to.
From `test_clock` (the id, also when expanded).';
COMMENT ON COLUMN quotes.total_details IS 'From `total_details`.';
COMMENT ON COLUMN quotes.transfer_data IS 'The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the invoices.
From `transfer_data`.';

-- radar_early_fraud_warnings (`radar.early_fraud_warning`)
CREATE TABLE radar_early_fraud_warnings (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    actionable boolean,
    charge text,
    created timestamptz,
    fraud_type text,
    livemode boolean,
    object text,
    payment_intent text
);
CREATE INDEX radar_early_fraud_warnings__account_idx ON radar_early_fraud_warnings (_account);
CREATE INDEX radar_early_fraud_warnings_charge_idx ON radar_early_fraud_warnings (charge);
CREATE INDEX radar_early_fraud_warnings_created_idx ON radar_early_fraud_warnings (created);
CREATE INDEX radar_early_fraud_warnings_payment_intent_idx ON radar_early_fraud_warnings (payment_intent);
COMMENT ON TABLE radar_early_fraud_warnings IS 'Stripe `radar.early_fraud_warning` objects. An early fraud warning indicates that the card issuer has notified us that a
charge may be fraudulent.

Related guide: [Early fraud warnings](https://stripe.com/docs/disputes/measuring#early-fraud-warnings)';
COMMENT ON COLUMN radar_early_fraud_warnings.id IS 'Stripe id of the object.';
COMMENT ON COLUMN radar_early_fraud_warnings._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN radar_early_fraud_warnings._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN radar_early_fraud_warnings._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN radar_early_fraud_warnings._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN radar_early_fraud_warnings._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN radar_early_fraud_warnings._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN radar_early_fraud_warnings._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN radar_early_fraud_warnings._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN radar_early_fraud_warnings.actionable IS 'An EFW is actionable if it has not received a dispute and has not been fully refunded. You may wish to proactively refund a charge that receives an EFW, in order to avoid receiving a dispute later.
From `actionable`.';
COMMENT ON COLUMN radar_early_fraud_warnings.charge IS 'ID of the charge this early fraud warning is for, optionally expanded.
From `charge` (the id, also when expanded).';
COMMENT ON COLUMN radar_early_fraud_warnings.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN radar_early_fraud_warnings.fraud_type IS 'The type of fraud labelled by the issuer. One of `card_never_received`, `fraudulent_card_application`, `made_with_counterfeit_card`, `made_with_lost_card`, `made_with_stolen_card`, `misc`, `unauthorized_use_of_card`.
From `fraud_type`.';
COMMENT ON COLUMN radar_early_fraud_warnings.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN radar_early_fraud_warnings.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN radar_early_fraud_warnings.payment_intent IS 'ID of the Payment Intent this early fraud warning is for, optionally expanded.
From `payment_intent` (the id, also when expanded).';

-- radar_value_list_items (`radar.value_list_item`)
CREATE TABLE radar_value_list_items (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    created_by text,
    livemode boolean,
    object text,
    value text,
    value_list text
);
CREATE INDEX radar_value_list_items__account_idx ON radar_value_list_items (_account);
CREATE INDEX radar_value_list_items_created_idx ON radar_value_list_items (created);
COMMENT ON TABLE radar_value_list_items IS 'Stripe `radar.value_list_item` objects. Value list items allow you to add specific values to a given Radar value list, which can then be used in rules.

Related guide: [Managing list items](https://stripe.com/docs/radar/lists#managing-list-items)';
COMMENT ON COLUMN radar_value_list_items.id IS 'Stripe id of the object.';
COMMENT ON COLUMN radar_value_list_items._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN radar_value_list_items._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN radar_value_list_items._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN radar_value_list_items._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN radar_value_list_items._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN radar_value_list_items._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN radar_value_list_items._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN radar_value_list_items._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN radar_value_list_items.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN radar_value_list_items.created_by IS 'The name or email address of the user who added this item to the value list.
From `created_by`.';
COMMENT ON COLUMN radar_value_list_items.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN radar_value_list_items.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN radar_value_list_items.value IS 'The value of the item.
From `value`.';
COMMENT ON COLUMN radar_value_list_items.value_list IS 'The identifier of the value list this item belongs to.
From `value_list`.';

-- radar_value_lists (`radar.value_list`)
CREATE TABLE radar_value_lists (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    alias text,
    created timestamptz,
    created_by text,
    item_type text,
    list_items jsonb,
    livemode boolean,
    metadata jsonb,
    name text,
    object text
);
CREATE INDEX radar_value_lists__account_idx ON radar_value_lists (_account);
CREATE INDEX radar_value_lists_created_idx ON radar_value_lists (created);
COMMENT ON TABLE radar_value_lists IS 'Stripe `radar.value_list` objects. Value lists allow you to group values together which can then be referenced in rules.

Related guide: [Default Stripe lists](https://stripe.com/docs/radar/lists#managing-list-items)';
COMMENT ON COLUMN radar_value_lists.id IS 'Stripe id of the object.';
COMMENT ON COLUMN radar_value_lists._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN radar_value_lists._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN radar_value_lists._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN radar_value_lists._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN radar_value_lists._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN radar_value_lists._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN radar_value_lists._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN radar_value_lists._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN radar_value_lists.alias IS 'The name of the value list for use in rules.
From `alias`.';
COMMENT ON COLUMN radar_value_lists.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN radar_value_lists.created_by IS 'The name or email address of the user who created this value list.
From `created_by`.';
COMMENT ON COLUMN radar_value_lists.item_type IS 'The type of items in the value list. One of `card_fingerprint`, `us_bank_account_fingerprint`, `sepa_debit_fingerprint`, `card_bin`, `email`, `ip_address`, `country`, `string`, `case_sensitive_string`, or `customer_id`.
From `item_type`.';
COMMENT ON COLUMN radar_value_lists.list_items IS 'List of items contained within this value list.
From `list_items`.';
COMMENT ON COLUMN radar_value_lists.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN radar_value_lists.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN radar_value_lists.name IS 'The name of the value list.
From `name`.';
COMMENT ON COLUMN radar_value_lists.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- refunds (`refund`)
CREATE TABLE refunds (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    balance_transaction text,
    charge text,
    created timestamptz,
    currency text,
    description text,
    destination_details jsonb,
    failure_balance_transaction text,
    failure_reason text,
    instructions_email text,
    metadata jsonb,
    next_action jsonb,
    object text,
    payment_intent text,
    reason text,
    receipt_number text,
    source_transfer_reversal text,
    status text,
    transfer_reversal text
);
CREATE INDEX refunds__account_idx ON refunds (_account);
CREATE INDEX refunds_balance_transaction_idx ON refunds (balance_transaction);
CREATE INDEX refunds_charge_idx ON refunds (charge);
CREATE INDEX refunds_created_idx ON refunds (created);
CREATE INDEX refunds_payment_intent_idx ON refunds (payment_intent);
COMMENT ON TABLE refunds IS 'Stripe `refund` objects. Refund objects allow you to refund a previously created charge that isn''t
refunded yet. Funds are refunded to the credit or debit card that''s
initially charged.

Related guide: [Refunds](https://stripe.com/docs/refunds)';
COMMENT ON COLUMN refunds.id IS 'Stripe id of the object.';
COMMENT ON COLUMN refunds._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN refunds._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN refunds._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN refunds._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN refunds._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN refunds._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN refunds._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN refunds._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN refunds.amount IS 'Amount, in cents (or local equivalent).
From `amount`.';
COMMENT ON COLUMN refunds.balance_transaction IS 'Balance transaction that describes the impact on your account balance.
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN refunds.charge IS 'ID of the charge that''s refunded.
From `charge` (the id, also when expanded).';
COMMENT ON COLUMN refunds.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN refunds.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN refunds.description IS 'An arbitrary string attached to the object. You can use this for displaying to users (available on non-card refunds only).
From `description`.';
COMMENT ON COLUMN refunds.destination_details IS 'From `destination_details`.';
COMMENT ON COLUMN refunds.failure_balance_transaction IS 'After the refund fails, this balance transaction describes the adjustment made on your account balance that reverses the initial balance transaction.
From `failure_balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN refunds.failure_reason IS 'Provides the reason for the refund failure. Possible values are: `lost_or_stolen_card`, `expired_or_canceled_card`, `charge_for_pending_refund_disputed`, `insufficient_funds`, `declined`, `merchant_request`, or `unknown`.
From `failure_reason`.';
COMMENT ON COLUMN refunds.instructions_email IS 'For payment methods without native refund support (for example, Konbini, PromptPay), provide an email address for the customer to receive refund instructions.
From `instructions_email`.';
COMMENT ON COLUMN refunds.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN refunds.next_action IS 'From `next_action`.';
COMMENT ON COLUMN refunds.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN refunds.payment_intent IS 'ID of the PaymentIntent that''s refunded.
From `payment_intent` (the id, also when expanded).';
COMMENT ON COLUMN refunds.reason IS 'Reason for the refund, which is either user-provided (`duplicate`, `fraudulent`, or `requested_by_customer`) or generated by Stripe internally (`expired_uncaptured_charge`).
From `reason`.';
COMMENT ON COLUMN refunds.receipt_number IS 'This is the transaction number that appears on email receipts sent for this refund.
From `receipt_number`.';
COMMENT ON COLUMN refunds.source_transfer_reversal IS 'The transfer reversal that''s associated with the refund. Only present if the charge came from another Stripe account.
From `source_transfer_reversal` (the id, also when expanded).';
COMMENT ON COLUMN refunds.status IS 'Status of the refund. This can be `pending`, `requires_action`, `succeeded`, `failed`, or `canceled`. Learn more about [failed refunds](https://stripe.com/docs/refunds#failed-refunds).
From `status`.';
COMMENT ON COLUMN refunds.transfer_reversal IS 'This refers to the transfer reversal object if the accompanying transfer reverses. This is only applicable if the charge was created using the destination parameter.
From `transfer_reversal` (the id, also when expanded).';

-- reporting_report_runs (`reporting.report_run`)
CREATE TABLE reporting_report_runs (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    error text,
    livemode boolean,
    object text,
    parameters jsonb,
    report_type text,
    result jsonb,
    status text,
    succeeded_at timestamptz
);
CREATE INDEX reporting_report_runs__account_idx ON reporting_report_runs (_account);
CREATE INDEX reporting_report_runs_created_idx ON reporting_report_runs (created);
COMMENT ON TABLE reporting_report_runs IS 'Stripe `reporting.report_run` objects. The Report Run object represents an instance of a report type generated with
specific run parameters. Once the object is created, Stripe begins processing the report.
When the report has finished running, it will give you a reference to a file
where you can retrieve your results. For an overview, see
[API Access to Reports](https://stripe.com/docs/reporting/statements/api).

Note that certain report types can only be run based on your live-mode data (not test-mode
data), and will error when queried without a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).';
COMMENT ON COLUMN reporting_report_runs.id IS 'Stripe id of the object.';
COMMENT ON COLUMN reporting_report_runs._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN reporting_report_runs._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN reporting_report_runs._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN reporting_report_runs._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN reporting_report_runs._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN reporting_report_runs._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN reporting_report_runs._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN reporting_report_runs._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN reporting_report_runs.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN reporting_report_runs.error IS 'If something should go wrong during the run, a message about the failure (populated when
 `status=failed`).
From `error`.';
COMMENT ON COLUMN reporting_report_runs.livemode IS '`true` if the report is run on live mode data and `false` if it is run on test mode data.
From `livemode`.';
COMMENT ON COLUMN reporting_report_runs.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN reporting_report_runs.parameters IS 'From `parameters`.';
COMMENT ON COLUMN reporting_report_runs.report_type IS 'The ID of the [report type](https://stripe.com/docs/reports/report-types) to run, such as `"balance.summary.1"`.
From `report_type`.';
COMMENT ON COLUMN reporting_report_runs.result IS 'The file object representing the result of the report run (populated when
 `status=succeeded`).
From `result`.';
COMMENT ON COLUMN reporting_report_runs.status IS 'Status of this report run. This will be `pending` when the run is initially created.
 When the run finishes, this will be set to `succeeded` and the `result` field will be populated.
 Rarely, we may encounter an error, at which point this will be set to `failed` and the `error` field will be populated.
From `status`.';
COMMENT ON COLUMN reporting_report_runs.succeeded_at IS 'Timestamp at which this run successfully finished (populated when
 `status=succeeded`). Measured in seconds since the Unix epoch.
From `succeeded_at`.';

-- reporting_report_types (`reporting.report_type`)
CREATE TABLE reporting_report_types (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    data_available_end timestamptz,
    data_available_start timestamptz,
    default_columns jsonb,
    livemode boolean,
    name text,
    object text,
    updated timestamptz,
    version bigint
);
CREATE INDEX reporting_report_types__account_idx ON reporting_report_types (_account);
COMMENT ON TABLE reporting_report_types IS 'Stripe `reporting.report_type` objects. The Report Type resource corresponds to a particular type of report, such as
the "Activity summary" or "Itemized payouts" reports. These objects are
identified by an ID belonging to a set of enumerated values. See
[API Access to Reports documentation](https://stripe.com/docs/reporting/statements/api)
for those Report Type IDs, along with required and optional parameters.

Note that certain report types can only be run based on your live-mode data (not test-mode
data), and will error when queried without a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).';
COMMENT ON COLUMN reporting_report_types.id IS 'Stripe id of the object.';
COMMENT ON COLUMN reporting_report_types._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN reporting_report_types._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN reporting_report_types._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN reporting_report_types._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN reporting_report_types._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN reporting_report_types._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN reporting_report_types._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN reporting_report_types._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN reporting_report_types.data_available_end IS 'Most recent time for which this Report Type is available. Measured in seconds since the Unix epoch.
From `data_available_end`.';
COMMENT ON COLUMN reporting_report_types.data_available_start IS 'Earliest time for which this Report Type is available. Measured in seconds since the Unix epoch.
From `data_available_start`.';
COMMENT ON COLUMN reporting_report_types.default_columns IS 'List of column names that are included by default when this Report Type gets run. (If the Report Type doesn''t support the `columns` parameter, this will be null.)
From `default_columns`.';
COMMENT ON COLUMN reporting_report_types.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN reporting_report_types.name IS 'Human-readable name of the Report Type
From `name`.';
COMMENT ON COLUMN reporting_report_types.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN reporting_report_types.updated IS 'When this Report Type was latest updated. Measured in seconds since the Unix epoch.
From `updated`.';
COMMENT ON COLUMN reporting_report_types.version IS 'Version of the Report Type. Different versions report with the same ID will have the same purpose, but may take different run parameters or have different result schemas.
From `version`.';

-- reviews (`review`)
CREATE TABLE reviews (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    billing_zip text,
    charge text,
    closed_reason text,
    created timestamptz,
    ip_address text,
    ip_address_location jsonb,
    livemode boolean,
    object text,
    open boolean,
    opened_reason text,
    payment_intent text,
    reason text,
    session jsonb
);
CREATE INDEX reviews__account_idx ON reviews (_account);
CREATE INDEX reviews_charge_idx ON reviews (charge);
CREATE INDEX reviews_created_idx ON reviews (created);
CREATE INDEX reviews_payment_intent_idx ON reviews (payment_intent);
COMMENT ON TABLE reviews IS 'Stripe `review` objects. Reviews can be used to supplement automated fraud detection with human expertise.

Learn more about [Radar](/radar) and reviewing payments
[here](https://stripe.com/docs/radar/reviews).';
COMMENT ON COLUMN reviews.id IS 'Stripe id of the object.';
COMMENT ON COLUMN reviews._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN reviews._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN reviews._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN reviews._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN reviews._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN reviews._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN reviews._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN reviews._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN reviews.billing_zip IS 'The ZIP or postal code of the card used, if applicable.
From `billing_zip`.';
COMMENT ON COLUMN reviews.charge IS 'The charge associated with this review.
From `charge` (the id, also when expanded).';
COMMENT ON COLUMN reviews.closed_reason IS 'The reason the review was closed, or null if it has not yet been closed. One of `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
From `closed_reason`.';
COMMENT ON COLUMN reviews.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN reviews.ip_address IS 'The IP address where the payment originated.
From `ip_address`.';
COMMENT ON COLUMN reviews.ip_address_location IS 'Information related to the location of the payment. Note that this information is an approximation and attempts to locate the nearest population center - it should not be used to determine a specific address.
From `ip_address_location`.';
COMMENT ON COLUMN reviews.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN reviews.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN reviews.open IS 'If `true`, the review needs action.
From `open`.';
COMMENT ON COLUMN reviews.opened_reason IS 'The reason the review was opened. One of `rule` or `manual`.
From `opened_reason`.';
COMMENT ON COLUMN reviews.payment_intent IS 'The PaymentIntent ID associated with this review, if one exists.
From `payment_intent` (the id, also when expanded).';
COMMENT ON COLUMN reviews.reason IS 'The reason the review is currently open or closed. One of `rule`, `manual`, `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
From `reason`.';
COMMENT ON COLUMN reviews.session IS 'Information related to the browsing session of the user who initiated the payment.
From `session`.';

-- scheduled_query_runs (`scheduled_query_run`)
CREATE TABLE scheduled_query_runs (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    data_load_time timestamptz,
    error jsonb,
    file jsonb,
    livemode boolean,
    object text,
    result_available_until timestamptz,
    sql text,
    status text,
    title text
);
CREATE INDEX scheduled_query_runs__account_idx ON scheduled_query_runs (_account);
CREATE INDEX scheduled_query_runs_created_idx ON scheduled_query_runs (created);
COMMENT ON TABLE scheduled_query_runs IS 'Stripe `scheduled_query_run` objects. If you have [scheduled a Sigma query](https://stripe.com/docs/sigma/scheduled-queries), you''ll
receive a `sigma.scheduled_query_run.created` webhook each time the query
runs. The webhook contains a `ScheduledQueryRun` object, which you can use to
retrieve the query results.';
COMMENT ON COLUMN scheduled_query_runs.id IS 'Stripe id of the object.';
COMMENT ON COLUMN scheduled_query_runs._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN scheduled_query_runs._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN scheduled_query_runs._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN scheduled_query_runs._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN scheduled_query_runs._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN scheduled_query_runs._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN scheduled_query_runs._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN scheduled_query_runs._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN scheduled_query_runs.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN scheduled_query_runs.data_load_time IS 'When the query was run, Sigma contained a snapshot of your Stripe data at this time.
From `data_load_time`.';
COMMENT ON COLUMN scheduled_query_runs.error IS 'From `error`.';
COMMENT ON COLUMN scheduled_query_runs.file IS 'The file object representing the results of the query.
From `file`.';
COMMENT ON COLUMN scheduled_query_runs.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN scheduled_query_runs.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN scheduled_query_runs.result_available_until IS 'Time at which the result expires and is no longer available for download.
From `result_available_until`.';
COMMENT ON COLUMN scheduled_query_runs.sql IS 'SQL for the query.
From `sql`.';
COMMENT ON COLUMN scheduled_query_runs.status IS 'The query''s execution status, which will be `completed` for successful runs, and `canceled`, `failed`, or `timed_out` otherwise.
From `status`.';
COMMENT ON COLUMN scheduled_query_runs.title IS 'Title of the query.
From `title`.';

-- setup_attempts (`setup_attempt`)
CREATE TABLE setup_attempts (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    application text,
    attach_to_self boolean,
    created timestamptz,
    customer text,
    flow_directions jsonb,
    livemode boolean,
    object text,
    on_behalf_of text,
    payment_method text,
    payment_method_details jsonb,
    setup_error jsonb,
    setup_intent text,
    status text,
    usage text
);
CREATE INDEX setup_attempts__account_idx ON setup_attempts (_account);
CREATE INDEX setup_attempts_application_idx ON setup_attempts (application);
CREATE INDEX setup_attempts_created_idx ON setup_attempts (created);
CREATE INDEX setup_attempts_customer_idx ON setup_attempts (customer);
CREATE INDEX setup_attempts_on_behalf_of_idx ON setup_attempts (on_behalf_of);
CREATE INDEX setup_attempts_payment_method_idx ON setup_attempts (payment_method);
CREATE INDEX setup_attempts_setup_intent_idx ON setup_attempts (setup_intent);
COMMENT ON TABLE setup_attempts IS 'Stripe `setup_attempt` objects. A SetupAttempt describes one attempted confirmation of a SetupIntent,
whether that confirmation is successful or unsuccessful. You can use
SetupAttempts to inspect details of a specific attempt at setting up a
payment method using a SetupIntent.';
COMMENT ON COLUMN setup_attempts.id IS 'Stripe id of the object.';
COMMENT ON COLUMN setup_attempts._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN setup_attempts._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN setup_attempts._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN setup_attempts._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN setup_attempts._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN setup_attempts._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN setup_attempts._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN setup_attempts._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN setup_attempts.application IS 'The value of [application](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-application) on the SetupIntent at the time of this confirmation.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN setup_attempts.attach_to_self IS 'If present, the SetupIntent''s payment method will be attached to the in-context Stripe Account.

It can only be used for this Stripe Account’s own money movement flows like InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a PaymentMethod for a Customer, and defaults to false when attaching a PaymentMethod to a Customer.
From `attach_to_self`.';
COMMENT ON COLUMN setup_attempts.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN setup_attempts.customer IS 'The value of [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN setup_attempts.flow_directions IS 'Indicates the directions of money movement for which this payment method is intended to be used.

Include `inbound` if you intend to use the payment method as the origin to pull funds from. Include `outbound` if you intend to use the payment method as the destination to send funds to. You can include both if you intend to use the payment method for both purposes.
From `flow_directions`.';
COMMENT ON COLUMN setup_attempts.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN setup_attempts.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN setup_attempts.on_behalf_of IS 'The value of [on_behalf_of](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-on_behalf_of) on the SetupIntent at the time of this confirmation.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN setup_attempts.payment_method IS 'ID of the payment method used with this SetupAttempt.
From `payment_method` (the id, also when expanded).';
COMMENT ON COLUMN setup_attempts.payment_method_details IS 'From `payment_method_details`.';
COMMENT ON COLUMN setup_attempts.setup_error IS 'The error encountered during this attempt to confirm the SetupIntent, if any.
From `setup_error`.';
COMMENT ON COLUMN setup_attempts.setup_intent IS 'ID of the SetupIntent that this attempt belongs to.
From `setup_intent` (the id, also when expanded).';
COMMENT ON COLUMN setup_attempts.status IS 'Status of this SetupAttempt, one of `requires_confirmation`, `requires_action`, `processing`, `succeeded`, `failed`, or `abandoned`.
From `status`.';
COMMENT ON COLUMN setup_attempts.usage IS 'The value of [usage](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-usage) on the SetupIntent at the time of this confirmation, one of `off_session` or `on_session`.
From `usage`.';

-- setup_intents (`setup_intent`)
CREATE TABLE setup_intents (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    application text,
    attach_to_self boolean,
    automatic_payment_methods jsonb,
    cancellation_reason text,
    client_secret text,
    created timestamptz,
    customer text,
    description text,
    flow_directions jsonb,
    last_setup_error jsonb,
    latest_attempt text,
    livemode boolean,
    mandate text,
    metadata jsonb,
    next_action jsonb,
    object text,
    on_behalf_of text,
    payment_method text,
    payment_method_configuration_details jsonb,
    payment_method_options jsonb,
    payment_method_types jsonb,
    single_use_mandate text,
    status text,
    usage text
);
CREATE INDEX setup_intents__account_idx ON setup_intents (_account);
CREATE INDEX setup_intents_application_idx ON setup_intents (application);
CREATE INDEX setup_intents_created_idx ON setup_intents (created);
CREATE INDEX setup_intents_customer_idx ON setup_intents (customer);
CREATE INDEX setup_intents_on_behalf_of_idx ON setup_intents (on_behalf_of);
CREATE INDEX setup_intents_payment_method_idx ON setup_intents (payment_method);
COMMENT ON TABLE setup_intents IS 'Stripe `setup_intent` objects. A SetupIntent guides you through the process of setting up and saving a customer''s payment credentials for future payments.
For example, you can use a SetupIntent to set up and save your customer''s card without immediately collecting a payment.
Later, you can use [PaymentIntents](https://stripe.com/docs/api#payment_intents) to drive the payment flow.

Create a SetupIntent when you''re ready to collect your customer''s payment credentials.
Don''t maintain long-lived, unconfirmed SetupIntents because they might not be valid.
The SetupIntent transitions through multiple [statuses](https://docs.stripe.com/payments/intents#intent-statuses) as it guides
you through the setup process.

Successful SetupIntents result in payment credentials that are optimized for future payments.
For example, cardholders in [certain regions](https://stripe.com/guides/strong-customer-authentication) might need to be run through
[Strong Customer Authentication](https://docs.stripe.com/strong-customer-authentication) during payment method collection
to streamline later [off-session payments](https://docs.stripe.com/payments/setup-intents).
If you use the SetupIntent with a [Customer](https://stripe.com/docs/api#setup_intent_object-customer),
it automatically attaches the resulting payment method to that Customer after successful setup.
We recommend using SetupIntents or [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage) on
PaymentIntents to save payment methods to prevent saving invalid or unoptimized payment methods.

By using SetupIntents, you can reduce friction for your customers, even as regulations change over time.

Related guide: [Setup Intents API](https://docs.stripe.com/payments/setup-intents)';
COMMENT ON COLUMN setup_intents.id IS 'Stripe id of the object.';
COMMENT ON COLUMN setup_intents._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN setup_intents._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN setup_intents._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN setup_intents._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN setup_intents._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN setup_intents._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN setup_intents._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN setup_intents._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN setup_intents.application IS 'ID of the Connect application that created the SetupIntent.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN setup_intents.attach_to_self IS 'If present, the SetupIntent''s payment method will be attached to the in-context Stripe Account.

It can only be used for this Stripe Account’s own money movement flows like InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a PaymentMethod for a Customer, and defaults to false when attaching a PaymentMethod to a Customer.
From `attach_to_self`.';
COMMENT ON COLUMN setup_intents.automatic_payment_methods IS 'Settings for dynamic payment methods compatible with this Setup Intent
From `automatic_payment_methods`.';
COMMENT ON COLUMN setup_intents.cancellation_reason IS 'Reason for cancellation of this SetupIntent, one of `abandoned`, `requested_by_customer`, or `duplicate`.
From `cancellation_reason`.';
COMMENT ON COLUMN setup_intents.client_secret IS 'The client secret of this SetupIntent. Used for client-side retrieval using a publishable key.

The client secret can be used to complete payment setup from your frontend. It should not be stored, logged, or exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the client secret.
From `client_secret`.';
COMMENT ON COLUMN setup_intents.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN setup_intents.customer IS 'ID of the Customer this SetupIntent belongs to, if one exists.

If present, the SetupIntent''s payment method will be attached to the Customer on successful setup. Payment methods attached to other Customers cannot be used with this SetupIntent.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN setup_intents.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN setup_intents.flow_directions IS 'Indicates the directions of money movement for which this payment method is intended to be used.

Include `inbound` if you intend to use the payment method as the origin to pull funds from. Include `outbound` if you intend to use the payment method as the destination to send funds to. You can include both if you intend to use the payment method for both purposes.
From `flow_directions`.';
COMMENT ON COLUMN setup_intents.last_setup_error IS 'The error encountered in the previous SetupIntent confirmation.
From `last_setup_error`.';
COMMENT ON COLUMN setup_intents.latest_attempt IS 'The most recent SetupAttempt for this SetupIntent.
From `latest_attempt` (the id, also when expanded).';
COMMENT ON COLUMN setup_intents.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN setup_intents.mandate IS 'ID of the multi use Mandate generated by the SetupIntent.
From `mandate` (the id, also when expanded).';
COMMENT ON COLUMN setup_intents.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN setup_intents.next_action IS 'If present, this property tells you what actions you need to take in order for your customer to continue payment setup.
From `next_action`.';
COMMENT ON COLUMN setup_intents.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN setup_intents.on_behalf_of IS 'The account (if any) for which the setup is intended.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN setup_intents.payment_method IS 'ID of the payment method used with this SetupIntent.
From `payment_method` (the id, also when expanded).';
COMMENT ON COLUMN setup_intents.payment_method_configuration_details IS 'Information about the payment method configuration used for this Setup Intent.
From `payment_method_configuration_details`.';
COMMENT ON COLUMN setup_intents.payment_method_options IS 'Payment method-specific configuration for this SetupIntent.
From `payment_method_options`.';
COMMENT ON COLUMN setup_intents.payment_method_types IS 'The list of payment method types (e.g. card) that this SetupIntent is allowed to set up.
From `payment_method_types`.';
COMMENT ON COLUMN setup_intents.single_use_mandate IS 'ID of the single_use Mandate generated by the SetupIntent.
From `single_use_mandate` (the id, also when expanded).';
COMMENT ON COLUMN setup_intents.status IS '[Status](https://stripe.com/docs/payments/intents#intent-statuses) of this SetupIntent, one of `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `canceled`, or `succeeded`.
From `status`.';
COMMENT ON COLUMN setup_intents.usage IS 'Indicates how the payment method is intended to be used in the future.

Use `on_session` if you intend to only reuse the payment method when the customer is in your checkout flow. Use `off_session` if your customer may or may not be in your checkout flow. If not provided, this value defaults to `off_session`.
From `usage`.';

-- shipping_rates (`shipping_rate`)
CREATE TABLE shipping_rates (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    created timestamptz,
    delivery_estimate jsonb,
    display_name text,
    fixed_amount jsonb,
    livemode boolean,
    metadata jsonb,
    object text,
    tax_behavior text,
    tax_code text,
    type text
);
CREATE INDEX shipping_rates__account_idx ON shipping_rates (_account);
CREATE INDEX shipping_rates_created_idx ON shipping_rates (created);
COMMENT ON TABLE shipping_rates IS 'Stripe `shipping_rate` objects. Shipping rates describe the price of shipping presented to your customers and
applied to a purchase. For more information, see [Charge for shipping](https://stripe.com/docs/payments/during-payment/charge-shipping).';
COMMENT ON COLUMN shipping_rates.id IS 'Stripe id of the object.';
COMMENT ON COLUMN shipping_rates._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN shipping_rates._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN shipping_rates._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN shipping_rates._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN shipping_rates._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN shipping_rates._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN shipping_rates._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN shipping_rates._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN shipping_rates.active IS 'Whether the shipping rate can be used for new purchases. Defaults to `true`.
From `active`.';
COMMENT ON COLUMN shipping_rates.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN shipping_rates.delivery_estimate IS 'The estimated range for how long shipping will take, meant to be displayable to the customer. This will appear on CheckoutSessions.
From `delivery_estimate`.';
COMMENT ON COLUMN shipping_rates.display_name IS 'The name of the shipping rate, meant to be displayable to the customer. This will appear on CheckoutSessions.
From `display_name`.';
COMMENT ON COLUMN shipping_rates.fixed_amount IS 'From `fixed_amount`.';
COMMENT ON COLUMN shipping_rates.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN shipping_rates.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN shipping_rates.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN shipping_rates.tax_behavior IS 'Specifies whether the rate is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`.
From `tax_behavior`.';
COMMENT ON COLUMN shipping_rates.tax_code IS 'A [tax code](https://stripe.com/docs/tax/tax-categories) ID. The Shipping tax code is `txcd_92010001`.
From `tax_code` (the id, also when expanded).';
COMMENT ON COLUMN shipping_rates.type IS 'The type of calculation to use on the shipping rate. Can only be `fixed_amount` for now.
From `type`.';

-- source_mandate_notifications (`source_mandate_notification`)
CREATE TABLE source_mandate_notifications (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    acss_debit jsonb,
    amount bigint,
    bacs_debit jsonb,
    created timestamptz,
    livemode boolean,
    object text,
    reason text,
    sepa_debit jsonb,
    source jsonb,
    status text,
    type text
);
CREATE INDEX source_mandate_notifications__account_idx ON source_mandate_notifications (_account);
CREATE INDEX source_mandate_notifications_created_idx ON source_mandate_notifications (created);
COMMENT ON TABLE source_mandate_notifications IS 'Stripe `source_mandate_notification` objects. Source mandate notifications should be created when a notification related to
a source mandate must be sent to the payer. They will trigger a webhook or
deliver an email to the customer.';
COMMENT ON COLUMN source_mandate_notifications.id IS 'Stripe id of the object.';
COMMENT ON COLUMN source_mandate_notifications._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN source_mandate_notifications._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN source_mandate_notifications._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN source_mandate_notifications._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN source_mandate_notifications._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN source_mandate_notifications._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN source_mandate_notifications._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN source_mandate_notifications._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN source_mandate_notifications.acss_debit IS 'From `acss_debit`.';
COMMENT ON COLUMN source_mandate_notifications.amount IS 'A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the amount associated with the mandate notification. The amount is expressed in the currency of the underlying source. Required if the notification type is `debit_initiated`.
From `amount`.';
COMMENT ON COLUMN source_mandate_notifications.bacs_debit IS 'From `bacs_debit`.';
COMMENT ON COLUMN source_mandate_notifications.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN source_mandate_notifications.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN source_mandate_notifications.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN source_mandate_notifications.reason IS 'The reason of the mandate notification. Valid reasons are `mandate_confirmed` or `debit_initiated`.
From `reason`.';
COMMENT ON COLUMN source_mandate_notifications.sepa_debit IS 'From `sepa_debit`.';
COMMENT ON COLUMN source_mandate_notifications.source IS 'From `source`.';
COMMENT ON COLUMN source_mandate_notifications.status IS 'The status of the mandate notification. Valid statuses are `pending` or `submitted`.
From `status`.';
COMMENT ON COLUMN source_mandate_notifications.type IS 'The type of source this mandate notification is attached to. Should be the source type identifier code for the payment method, such as `three_d_secure`.
From `type`.';

-- source_transactions (`source_transaction`)
CREATE TABLE source_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    ach_credit_transfer jsonb,
    amount bigint,
    chf_credit_transfer jsonb,
    created timestamptz,
    currency text,
    gbp_credit_transfer jsonb,
    livemode boolean,
    object text,
    paper_check jsonb,
    sepa_credit_transfer jsonb,
    source text,
    status text,
    type text
);
CREATE INDEX source_transactions__account_idx ON source_transactions (_account);
CREATE INDEX source_transactions_created_idx ON source_transactions (created);
CREATE INDEX source_transactions_source_idx ON source_transactions (source);
COMMENT ON TABLE source_transactions IS 'Stripe `source_transaction` objects. Some payment methods have no required amount that a customer must send.
Customers can be instructed to send any amount, and it can be made up of
multiple transactions. As such, sources can have multiple associated
transactions.';
COMMENT ON COLUMN source_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN source_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN source_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN source_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN source_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN source_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN source_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN source_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN source_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN source_transactions.ach_credit_transfer IS 'From `ach_credit_transfer`.';
COMMENT ON COLUMN source_transactions.amount IS 'A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the amount your customer has pushed to the receiver.
From `amount`.';
COMMENT ON COLUMN source_transactions.chf_credit_transfer IS 'From `chf_credit_transfer`.';
COMMENT ON COLUMN source_transactions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN source_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN source_transactions.gbp_credit_transfer IS 'From `gbp_credit_transfer`.';
COMMENT ON COLUMN source_transactions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN source_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN source_transactions.paper_check IS 'From `paper_check`.';
COMMENT ON COLUMN source_transactions.sepa_credit_transfer IS 'From `sepa_credit_transfer`.';
COMMENT ON COLUMN source_transactions.source IS 'The ID of the source this transaction is attached to.
From `source`.';
COMMENT ON COLUMN source_transactions.status IS 'The status of the transaction, one of `succeeded`, `pending`, or `failed`.
From `status`.';
COMMENT ON COLUMN source_transactions.type IS 'The type of source this transaction is attached to.
From `type`.';

-- sources (`source`)
CREATE TABLE sources (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    ach_credit_transfer jsonb,
    ach_debit jsonb,
    acss_debit jsonb,
    alipay jsonb,
    amount bigint,
    au_becs_debit jsonb,
    bancontact jsonb,
    card jsonb,
    card_present jsonb,
    client_secret text,
    code_verification jsonb,
    created timestamptz,
    currency text,
    customer text,
    eps jsonb,
    flow text,
    giropay jsonb,
    ideal jsonb,
    klarna jsonb,
    livemode boolean,
    metadata jsonb,
    multibanco jsonb,
    object text,
    owner jsonb,
    p24 jsonb,
    receiver jsonb,
    redirect jsonb,
    sepa_debit jsonb,
    sofort jsonb,
    source_order jsonb,
    statement_descriptor text,
    status text,
    three_d_secure jsonb,
    type text,
    usage text,
    wechat jsonb
);
CREATE INDEX sources__account_idx ON sources (_account);
CREATE INDEX sources_created_idx ON sources (created);
CREATE INDEX sources_customer_idx ON sources (customer);
COMMENT ON TABLE sources IS 'Stripe `source` objects. `Source` objects allow you to accept a variety of payment methods. They
represent a customer''s payment instrument, and can be used with the Stripe API
just like a `Card` object: once chargeable, they can be charged, or can be
attached to customers.

Stripe doesn''t recommend using the deprecated [Sources API](https://stripe.com/docs/api/sources).
We recommend that you adopt the [PaymentMethods API](https://stripe.com/docs/api/payment_methods).
This newer API provides access to our latest features and payment method types.

Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources & Customers](https://stripe.com/docs/sources/customers).';
COMMENT ON COLUMN sources.id IS 'Stripe id of the object.';
COMMENT ON COLUMN sources._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN sources._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN sources._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN sources._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN sources._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN sources._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN sources._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN sources._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN sources.ach_credit_transfer IS 'From `ach_credit_transfer`.';
COMMENT ON COLUMN sources.ach_debit IS 'From `ach_debit`.';
COMMENT ON COLUMN sources.acss_debit IS 'From `acss_debit`.';
COMMENT ON COLUMN sources.alipay IS 'From `alipay`.';
COMMENT ON COLUMN sources.amount IS 'A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources.
From `amount`.';
COMMENT ON COLUMN sources.au_becs_debit IS 'From `au_becs_debit`.';
COMMENT ON COLUMN sources.bancontact IS 'From `bancontact`.';
COMMENT ON COLUMN sources.card IS 'From `card`.';
COMMENT ON COLUMN sources.card_present IS 'From `card_present`.';
COMMENT ON COLUMN sources.client_secret IS 'The client secret of the source. Used for client-side retrieval using a publishable key.
From `client_secret`.';
COMMENT ON COLUMN sources.code_verification IS 'From `code_verification`.';
COMMENT ON COLUMN sources.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN sources.currency IS 'Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. Required for `single_use` sources.
From `currency`.';
COMMENT ON COLUMN sources.customer IS 'The ID of the customer to which this source is attached. This will not be present when the source has not been attached to a customer.
From `customer`.';
COMMENT ON COLUMN sources.eps IS 'From `eps`.';
COMMENT ON COLUMN sources.flow IS 'The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`.
From `flow`.';
COMMENT ON COLUMN sources.giropay IS 'From `giropay`.';
COMMENT ON COLUMN sources.ideal IS 'From `ideal`.';
COMMENT ON COLUMN sources.klarna IS 'From `klarna`.';
COMMENT ON COLUMN sources.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN sources.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN sources.multibanco IS 'From `multibanco`.';
COMMENT ON COLUMN sources.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN sources.owner IS 'Information about the owner of the payment instrument that may be used or required by particular source types.
From `owner`.';
COMMENT ON COLUMN sources.p24 IS 'From `p24`.';
COMMENT ON COLUMN sources.receiver IS 'From `receiver`.';
COMMENT ON COLUMN sources.redirect IS 'From `redirect`.';
COMMENT ON COLUMN sources.sepa_debit IS 'From `sepa_debit`.';
COMMENT ON COLUMN sources.sofort IS 'From `sofort`.';
COMMENT ON COLUMN sources.source_order IS 'From `source_order`.';
COMMENT ON COLUMN sources.statement_descriptor IS 'Extra information about a source. This will appear on your customer''s statement every time you charge the source.
From `statement_descriptor`.';
COMMENT ON COLUMN sources.status IS 'The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge.
From `status`.';
COMMENT ON COLUMN sources.three_d_secure IS 'From `three_d_secure`.';
COMMENT ON COLUMN sources.type IS 'The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used.
From `type`.';
COMMENT ON COLUMN sources.usage IS 'Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned.
From `usage`.';
COMMENT ON COLUMN sources.wechat IS 'From `wechat`.';

-- subscription_items (`subscription_item`)
CREATE TABLE subscription_items (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    billing_thresholds jsonb,
    created bigint,
    discounts jsonb,
    metadata jsonb,
    object text,
    price jsonb,
    quantity bigint,
    subscription text,
    tax_rates jsonb
);
CREATE INDEX subscription_items__account_idx ON subscription_items (_account);
CREATE INDEX subscription_items_subscription_idx ON subscription_items (subscription);
COMMENT ON TABLE subscription_items IS 'Stripe `subscription_item` objects. Subscription items allow you to create customer subscriptions with more than
one plan, making it easy to represent complex billing relationships.';
COMMENT ON COLUMN subscription_items.id IS 'Stripe id of the object.';
COMMENT ON COLUMN subscription_items._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN subscription_items._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN subscription_items._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN subscription_items._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN subscription_items._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN subscription_items._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN subscription_items._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN subscription_items._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN subscription_items.billing_thresholds IS 'Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period
From `billing_thresholds`.';
COMMENT ON COLUMN subscription_items.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN subscription_items.discounts IS 'The discounts applied to the subscription item. Subscription item discounts are applied before subscription discounts. Use `expand[]=discounts` to expand each discount.
From `discounts`.';
COMMENT ON COLUMN subscription_items.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN subscription_items.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN subscription_items.price IS 'From `price`.';
COMMENT ON COLUMN subscription_items.quantity IS 'The [quantity](https://stripe.com/docs/subscriptions/quantities) of the plan to which the customer should be subscribed.
From `quantity`.';
COMMENT ON COLUMN subscription_items.subscription IS 'The `subscription` this `subscription_item` belongs to.
From `subscription`.';
COMMENT ON COLUMN subscription_items.tax_rates IS 'The tax rates which apply to this `subscription_item`. When set, the `default_tax_rates` on the subscription do not apply to this `subscription_item`.
From `tax_rates`.';

-- subscription_schedules (`subscription_schedule`)
CREATE TABLE subscription_schedules (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    application text,
    canceled_at timestamptz,
    completed_at timestamptz,
    created timestamptz,
    current_phase jsonb,
    customer text,
    default_settings jsonb,
    end_behavior text,
    livemode boolean,
    metadata jsonb,
    object text,
    phases jsonb,
    released_at timestamptz,
    released_subscription text,
    status text,
    subscription text,
    test_clock text
);
CREATE INDEX subscription_schedules__account_idx ON subscription_schedules (_account);
CREATE INDEX subscription_schedules_application_idx ON subscription_schedules (application);
CREATE INDEX subscription_schedules_created_idx ON subscription_schedules (created);
CREATE INDEX subscription_schedules_customer_idx ON subscription_schedules (customer);
CREATE INDEX subscription_schedules_subscription_idx ON subscription_schedules (subscription);
CREATE INDEX subscription_schedules_test_clock_idx ON subscription_schedules (test_clock);
COMMENT ON TABLE subscription_schedules IS 'Stripe `subscription_schedule` objects. A subscription schedule allows you to create and manage the lifecycle of a subscription by predefining expected changes.

Related guide: [Subscription schedules](https://stripe.com/docs/billing/subscriptions/subscription-schedules)';
COMMENT ON COLUMN subscription_schedules.id IS 'Stripe id of the object.';
COMMENT ON COLUMN subscription_schedules._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN subscription_schedules._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN subscription_schedules._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN subscription_schedules._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN subscription_schedules._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN subscription_schedules._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN subscription_schedules._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN subscription_schedules._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN subscription_schedules.application IS 'ID of the Connect Application that created the schedule.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN subscription_schedules.canceled_at IS 'Time at which the subscription schedule was canceled. Measured in seconds since the Unix epoch.
From `canceled_at`.';
COMMENT ON COLUMN subscription_schedules.completed_at IS 'Time at which the subscription schedule was completed. Measured in seconds since the Unix epoch.
From `completed_at`.';
COMMENT ON COLUMN subscription_schedules.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN subscription_schedules.current_phase IS 'Object representing the start and end dates for the current phase of the subscription schedule, if it is `active`.
From `current_phase`.';
COMMENT ON COLUMN subscription_schedules.customer IS 'ID of the customer who owns the subscription schedule.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN subscription_schedules.default_settings IS 'From `default_settings`.';
COMMENT ON COLUMN subscription_schedules.end_behavior IS 'Behavior of the subscription schedule and underlying subscription when it ends. Possible values are `release` or `cancel` with the default being `release`. `release` will end the subscription schedule and keep the underlying subscription running. `cancel` will end the subscription schedule and cancel the underlying subscription.
From `end_behavior`.';
COMMENT ON COLUMN subscription_schedules.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN subscription_schedules.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN subscription_schedules.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN subscription_schedules.phases IS 'Configuration for the subscription schedule''s phases.
From `phases`.';
COMMENT ON COLUMN subscription_schedules.released_at IS 'Time at which the subscription schedule was released. Measured in seconds since the Unix epoch.
From `released_at`.';
COMMENT ON COLUMN subscription_schedules.released_subscription IS 'ID of the subscription once managed by the subscription schedule (if it is released).
From `released_subscription`.';
COMMENT ON COLUMN subscription_schedules.status IS 'The present status of the subscription schedule. Possible values are `not_started`, `active`, `completed`, `released`, and `canceled`. You can read more about the different states in our [behavior guide](https://stripe.com/docs/billing/subscriptions/subscription-schedules).
From `status`.';
COMMENT ON COLUMN subscription_schedules.subscription IS 'ID of the subscription managed by the subscription schedule.
From `subscription` (the id, also when expanded).';
COMMENT ON COLUMN subscription_schedules.test_clock IS 'ID of the test clock this subscription schedule belongs to.
From `test_clock` (the id, also when expanded).';

-- subscriptions (`subscription`)
CREATE TABLE subscriptions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    application text,
    application_fee_percent numeric,
    automatic_tax jsonb,
    billing_cycle_anchor timestamptz,
    billing_cycle_anchor_config jsonb,
    billing_thresholds jsonb,
    cancel_at timestamptz,
    cancel_at_period_end boolean,
    canceled_at timestamptz,
    cancellation_details jsonb,
    collection_method text,
    created timestamptz,
    currency text,
    current_period_end timestamptz,
    current_period_start timestamptz,
    customer text,
    days_until_due bigint,
    default_payment_method text,
    default_source text,
    default_tax_rates jsonb,
    description text,
    discount jsonb,
    discounts jsonb,
    ended_at timestamptz,
    items jsonb,
    latest_invoice text,
    livemode boolean,
    metadata jsonb,
    next_pending_invoice_item_invoice timestamptz,
    object text,
    on_behalf_of text,
    pause_collection jsonb,
    payment_settings jsonb,
    pending_invoice_item_interval jsonb,
    pending_setup_intent text,
    pending_update jsonb,
    schedule text,
    start_date timestamptz,
    status text,
    test_clock text,
    transfer_data jsonb,
    trial_end timestamptz,
    trial_settings jsonb,
    trial_start timestamptz
);
CREATE INDEX subscriptions__account_idx ON subscriptions (_account);
CREATE INDEX subscriptions_application_idx ON subscriptions (application);
CREATE INDEX subscriptions_created_idx ON subscriptions (created);
CREATE INDEX subscriptions_customer_idx ON subscriptions (customer);
CREATE INDEX subscriptions_on_behalf_of_idx ON subscriptions (on_behalf_of);
CREATE INDEX subscriptions_test_clock_idx ON subscriptions (test_clock);
COMMENT ON TABLE subscriptions IS 'Stripe `subscription` objects. Subscriptions allow you to charge a customer on a recurring basis.

Related guide: [Creating subscriptions](https://stripe.com/docs/billing/subscriptions/creating)';
COMMENT ON COLUMN subscriptions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN subscriptions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN subscriptions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN subscriptions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN subscriptions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN subscriptions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN subscriptions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN subscriptions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN subscriptions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN subscriptions.application IS 'ID of the Connect Application that created the subscription.
From `application` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.application_fee_percent IS 'A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the application owner''s Stripe account.
From `application_fee_percent`.';
COMMENT ON COLUMN subscriptions.automatic_tax IS 'From `automatic_tax`.';
COMMENT ON COLUMN subscriptions.billing_cycle_anchor IS 'The reference point that aligns future [billing cycle](https://stripe.com/docs/subscriptions/billing-cycle) dates. It sets the day of week for `week` intervals, the day of month for `month` and `year` intervals, and the month of year for `year` intervals. The timestamp is in UTC format.
From `billing_cycle_anchor`.';
COMMENT ON COLUMN subscriptions.billing_cycle_anchor_config IS 'The fixed values used to calculate the `billing_cycle_anchor`.
From `billing_cycle_anchor_config`.';
COMMENT ON COLUMN subscriptions.billing_thresholds IS 'Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period
From `billing_thresholds`.';
COMMENT ON COLUMN subscriptions.cancel_at IS 'A date in the future at which the subscription will automatically get canceled
From `cancel_at`.';
COMMENT ON COLUMN subscriptions.cancel_at_period_end IS 'If the subscription has been canceled with the `at_period_end` flag set to `true`, `cancel_at_period_end` on the subscription will be true. You can use this attribute to determine whether a subscription that has a status of active is scheduled to be canceled at the end of the current period.
From `cancel_at_period_end`.';
COMMENT ON COLUMN subscriptions.canceled_at IS 'If the subscription has been canceled, the date of that cancellation. If the subscription was canceled with `cancel_at_period_end`, `canceled_at` will reflect the time of the most recent update request, not the end of the subscription period when the subscription is automatically moved to a canceled state.
From `canceled_at`.';
COMMENT ON COLUMN subscriptions.cancellation_details IS 'Details about why this subscription was cancelled
From `cancellation_details`.';
COMMENT ON COLUMN subscriptions.collection_method IS 'Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this subscription at the end of the cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`.
From `collection_method`.';
COMMENT ON COLUMN subscriptions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN subscriptions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN subscriptions.current_period_end IS 'End of the current period that the subscription has been invoiced for. At the end of this period, a new invoice will be created.
From `current_period_end`.';
COMMENT ON COLUMN subscriptions.current_period_start IS 'Start of the current period that the subscription has been invoiced for.
From `current_period_start`.';
COMMENT ON COLUMN subscriptions.customer IS 'ID of the customer who owns the subscription.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.days_until_due IS 'Number of days a customer has to pay invoices generated by this subscription. This value will be `null` for subscriptions where `collection_method=charge_automatically`.
From `days_until_due`.';
COMMENT ON COLUMN subscriptions.default_payment_method IS 'ID of the default payment method for the subscription. It must belong to the customer associated with the subscription. This takes precedence over `default_source`. If neither are set, invoices will use the customer''s [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) or [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
From `default_payment_method` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.default_source IS 'ID of the default payment source for the subscription. It must belong to the customer associated with the subscription and be in a chargeable state. If `default_payment_method` is also set, `default_payment_method` will take precedence. If neither are set, invoices will use the customer''s [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) or [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
From `default_source` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.default_tax_rates IS 'The tax rates that will apply to any subscription item that does not have `tax_rates` set. Invoices created will have their `default_tax_rates` populated from the subscription.
From `default_tax_rates`.';
COMMENT ON COLUMN subscriptions.description IS 'The subscription''s description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription for rendering in Stripe surfaces and certain local payment methods UIs.
From `description`.';
COMMENT ON COLUMN subscriptions.discount IS 'Describes the current discount applied to this subscription, if there is one. When billing, a discount applied to a subscription overrides a discount applied on a customer-wide basis. This field has been deprecated and will be removed in a future API version. Use `discounts` instead.
From `discount`.';
COMMENT ON COLUMN subscriptions.discounts IS 'The discounts applied to the subscription. Subscription item discounts are applied before subscription discounts. Use `expand[]=discounts` to expand each discount.
From `discounts`.';
COMMENT ON COLUMN subscriptions.ended_at IS 'If the subscription has ended, the date the subscription ended.
From `ended_at`.';
COMMENT ON COLUMN subscriptions.items IS 'List of subscription items, each with an attached price.
From `items`.';
COMMENT ON COLUMN subscriptions.latest_invoice IS 'The most recent invoice this subscription has generated.
From `latest_invoice` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN subscriptions.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN subscriptions.next_pending_invoice_item_invoice IS 'Specifies the approximate timestamp on which any pending invoice items will be billed according to the schedule provided at `pending_invoice_item_interval`.
From `next_pending_invoice_item_invoice`.';
COMMENT ON COLUMN subscriptions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN subscriptions.on_behalf_of IS 'The account (if any) the charge was made on behalf of for charges associated with this subscription. See the Connect documentation for details.
From `on_behalf_of` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.pause_collection IS 'If specified, payment collection for this subscription will be paused. Note that the subscription status will be unchanged and will not be updated to `paused`. Learn more about [pausing collection](/billing/subscriptions/pause-payment).
From `pause_collection`.';
COMMENT ON COLUMN subscriptions.payment_settings IS 'Payment settings passed on to invoices created by the subscription.
From `payment_settings`.';
COMMENT ON COLUMN subscriptions.pending_invoice_item_interval IS 'Specifies an interval for how often to bill for any pending invoice items. It is analogous to calling [Create an invoice](https://stripe.com/docs/api#create_invoice) for the given subscription at the specified interval.
From `pending_invoice_item_interval`.';
COMMENT ON COLUMN subscriptions.pending_setup_intent IS 'You can use this [SetupIntent](https://stripe.com/docs/api/setup_intents) to collect user authentication when creating a subscription without immediate payment or updating a subscription''s payment method, allowing you to optimize for off-session payments. Learn more in the [SCA Migration Guide](https://stripe.com/docs/billing/migration/strong-customer-authentication#scenario-2).
From `pending_setup_intent` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.pending_update IS 'If specified, [pending updates](https://stripe.com/docs/billing/subscriptions/pending-updates) that will be applied to the subscription once the `latest_invoice` has been paid.
From `pending_update`.';
COMMENT ON COLUMN subscriptions.schedule IS 'The schedule attached to the subscription
From `schedule` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.start_date IS 'Date when the subscription was first created. The date might differ from the `created` date due to backdating.
From `start_date`.';
COMMENT ON COLUMN subscriptions.status IS 'Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, `unpaid`, or `paused`. 

For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment attempt fails. A subscription in this status can only have metadata and default_source updated. Once the first invoice is paid, the subscription moves into an `active` status. If the first invoice is not paid within 23 hours, the subscription transitions to `incomplete_expired`. This is a terminal status, the open invoice will be voided and no further invoices will be generated. 

A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is over. 

A subscription can only enter a `paused` status [when a trial ends without a payment method](/billing/subscriptions/trials#create-free-trials-without-payment). A `paused` subscription doesn''t generate invoices and can be resumed after your customer adds their payment method. The `paused` status is different from [pausing collection](/billing/subscriptions/pause-payment), which still generates invoices and leaves the subscription''s status unchanged. 

If subscription `collection_method=charge_automatically`, it becomes `past_due` when payment is required but cannot be paid (due to failed payment or awaiting additional user actions). Once Stripe has exhausted all payment retry attempts, the subscription will become `canceled` or `unpaid` (depending on your subscriptions settings). 

If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but then immediately automatically closed). After receiving updated payment information from a customer, you may choose to reopen and pay their closed invoices.
From `status`.';
COMMENT ON COLUMN subscriptions.test_clock IS 'ID of the test clock this subscription belongs to.
From `test_clock` (the id, also when expanded).';
COMMENT ON COLUMN subscriptions.transfer_data IS 'The account (if any) the subscription''s payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription''s invoices.
From `transfer_data`.';
COMMENT ON COLUMN subscriptions.trial_end IS 'If the subscription has a trial, the end of that trial.
From `trial_end`.';
COMMENT ON COLUMN subscriptions.trial_settings IS 'Settings related to subscription trials.
From `trial_settings`.';
COMMENT ON COLUMN subscriptions.trial_start IS 'If the subscription has a trial, the beginning of that trial.
From `trial_start`.';

-- tax_calculation_line_items (`tax.calculation_line_item`)
CREATE TABLE tax_calculation_line_items (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_tax bigint,
    livemode boolean,
    object text,
    product text,
    quantity bigint,
    reference text,
    tax_behavior text,
    tax_breakdown jsonb,
    tax_code text
);
CREATE INDEX tax_calculation_line_items__account_idx ON tax_calculation_line_items (_account);
CREATE INDEX tax_calculation_line_items_product_idx ON tax_calculation_line_items (product);
COMMENT ON TABLE tax_calculation_line_items IS 'Stripe `tax.calculation_line_item` objects. ';
COMMENT ON COLUMN tax_calculation_line_items.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_calculation_line_items._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_calculation_line_items._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_calculation_line_items._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_calculation_line_items._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_calculation_line_items._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_calculation_line_items._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_calculation_line_items._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_calculation_line_items._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_calculation_line_items.amount IS 'The line item amount in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes were calculated on top of this amount.
From `amount`.';
COMMENT ON COLUMN tax_calculation_line_items.amount_tax IS 'The amount of tax calculated for this line item, in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
From `amount_tax`.';
COMMENT ON COLUMN tax_calculation_line_items.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tax_calculation_line_items.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tax_calculation_line_items.product IS 'The ID of an existing [Product](https://stripe.com/docs/api/products/object).
From `product`.';
COMMENT ON COLUMN tax_calculation_line_items.quantity IS 'The number of units of the item being purchased. For reversals, this is the quantity reversed.
From `quantity`.';
COMMENT ON COLUMN tax_calculation_line_items.reference IS 'A custom identifier for this line item.
From `reference`.';
COMMENT ON COLUMN tax_calculation_line_items.tax_behavior IS 'Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes.
From `tax_behavior`.';
COMMENT ON COLUMN tax_calculation_line_items.tax_breakdown IS 'Detailed account of taxes relevant to this line item.
From `tax_breakdown`.';
COMMENT ON COLUMN tax_calculation_line_items.tax_code IS 'The [tax code](https://stripe.com/docs/tax/tax-categories) ID used for this resource.
From `tax_code`.';

-- tax_calculations (`tax.calculation`)
CREATE TABLE tax_calculations (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount_total bigint,
    currency text,
    customer text,
    customer_details jsonb,
    expires_at timestamptz,
    line_items jsonb,
    livemode boolean,
    object text,
    ship_from_details jsonb,
    shipping_cost jsonb,
    tax_amount_exclusive bigint,
    tax_amount_inclusive bigint,
    tax_breakdown jsonb,
    tax_date timestamptz
);
CREATE INDEX tax_calculations__account_idx ON tax_calculations (_account);
CREATE INDEX tax_calculations_customer_idx ON tax_calculations (customer);
COMMENT ON TABLE tax_calculations IS 'Stripe `tax.calculation` objects. A Tax Calculation allows you to calculate the tax to collect from your customer.

Related guide: [Calculate tax in your custom payment flow](https://stripe.com/docs/tax/custom)';
COMMENT ON COLUMN tax_calculations.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_calculations._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_calculations._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_calculations._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_calculations._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_calculations._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_calculations._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_calculations._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_calculations._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_calculations.amount_total IS 'Total after taxes.
From `amount_total`.';
COMMENT ON COLUMN tax_calculations.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN tax_calculations.customer IS 'The ID of an existing [Customer](https://stripe.com/docs/api/customers/object) used for the resource.
From `customer`.';
COMMENT ON COLUMN tax_calculations.customer_details IS 'From `customer_details`.';
COMMENT ON COLUMN tax_calculations.expires_at IS 'Timestamp of date at which the tax calculation will expire.
From `expires_at`.';
COMMENT ON COLUMN tax_calculations.line_items IS 'The list of items the customer is purchasing.
From `line_items`.';
COMMENT ON COLUMN tax_calculations.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tax_calculations.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tax_calculations.ship_from_details IS 'The details of the ship from location, such as the address.
From `ship_from_details`.';
COMMENT ON COLUMN tax_calculations.shipping_cost IS 'The shipping cost details for the calculation.
From `shipping_cost`.';
COMMENT ON COLUMN tax_calculations.tax_amount_exclusive IS 'The amount of tax to be collected on top of the line item prices.
From `tax_amount_exclusive`.';
COMMENT ON COLUMN tax_calculations.tax_amount_inclusive IS 'The amount of tax already included in the line item prices.
From `tax_amount_inclusive`.';
COMMENT ON COLUMN tax_calculations.tax_breakdown IS 'Breakdown of individual tax amounts that add up to the total.
From `tax_breakdown`.';
COMMENT ON COLUMN tax_calculations.tax_date IS 'Timestamp of date at which the tax rules and rates in effect applies for the calculation.
From `tax_date`.';

-- tax_codes (`tax_code`)
CREATE TABLE tax_codes (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    description text,
    name text,
    object text
);
CREATE INDEX tax_codes__account_idx ON tax_codes (_account);
COMMENT ON TABLE tax_codes IS 'Stripe `tax_code` objects. [Tax codes](https://stripe.com/docs/tax/tax-categories) classify goods and services for tax purposes.';
COMMENT ON COLUMN tax_codes.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_codes._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_codes._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_codes._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_codes._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_codes._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_codes._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_codes._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_codes._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_codes.description IS 'A detailed description of which types of products the tax code represents.
From `description`.';
COMMENT ON COLUMN tax_codes.name IS 'A short name for the tax code.
From `name`.';
COMMENT ON COLUMN tax_codes.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- tax_ids (`tax_id`)
CREATE TABLE tax_ids (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    country text,
    created timestamptz,
    customer text,
    livemode boolean,
    object text,
    owner jsonb,
    type text,
    value text,
    verification jsonb
);
CREATE INDEX tax_ids__account_idx ON tax_ids (_account);
CREATE INDEX tax_ids_created_idx ON tax_ids (created);
CREATE INDEX tax_ids_customer_idx ON tax_ids (customer);
COMMENT ON TABLE tax_ids IS 'Stripe `tax_id` objects. You can add one or multiple tax IDs to a [customer](https://stripe.com/docs/api/customers) or account.
Customer and account tax IDs get displayed on related invoices and credit notes.

Related guides: [Customer tax identification numbers](https://stripe.com/docs/billing/taxes/tax-ids), [Account tax IDs](https://stripe.com/docs/invoicing/connect#account-tax-ids)';
COMMENT ON COLUMN tax_ids.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_ids._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_ids._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_ids._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_ids._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_ids._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_ids._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_ids._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_ids._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_ids.country IS 'Two-letter ISO code representing the country of the tax ID.
From `country`.';
COMMENT ON COLUMN tax_ids.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN tax_ids.customer IS 'ID of the customer.
From `customer` (the id, also when expanded).';
COMMENT ON COLUMN tax_ids.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tax_ids.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tax_ids.owner IS 'The account or customer the tax ID belongs to.
From `owner`.';
COMMENT ON COLUMN tax_ids.type IS 'Type of the tax ID, one of `ad_nrt`, `ae_trn`, `ar_cuit`, `au_abn`, `au_arn`, `bg_uic`, `bh_vat`, `bo_tin`, `br_cnpj`, `br_cpf`, `ca_bn`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `ca_qst`, `ch_vat`, `cl_tin`, `cn_tin`, `co_nit`, `cr_tin`, `do_rcn`, `ec_ruc`, `eg_tin`, `es_cif`, `eu_oss_vat`, `eu_vat`, `gb_vat`, `ge_vat`, `hk_br`, `hu_tin`, `id_npwp`, `il_vat`, `in_gst`, `is_vat`, `jp_cn`, `jp_rn`, `jp_trn`, `ke_pin`, `kr_brn`, `kz_bin`, `li_uid`, `mx_rfc`, `my_frp`, `my_itn`, `my_sst`, `ng_tin`, `no_vat`, `no_voec`, `nz_gst`, `om_vat`, `pe_ruc`, `ph_tin`, `ro_tin`, `rs_pib`, `ru_inn`, `ru_kpp`, `sa_vat`, `sg_gst`, `sg_uen`, `si_tin`, `sv_nit`, `th_vat`, `tr_tin`, `tw_vat`, `ua_vat`, `us_ein`, `uy_ruc`, `ve_rif`, `vn_tin`, or `za_vat`. Note that some legacy tax IDs have type `unknown`
From `type`.';
COMMENT ON COLUMN tax_ids.value IS 'Value of the tax ID.
From `value`.';
COMMENT ON COLUMN tax_ids.verification IS 'Tax ID verification information.
From `verification`.';

-- tax_rates (`tax_rate`)
CREATE TABLE tax_rates (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active boolean,
    country text,
    created timestamptz,
    description text,
    display_name text,
    effective_percentage numeric,
    inclusive boolean,
    jurisdiction text,
    jurisdiction_level text,
    livemode boolean,
    metadata jsonb,
    object text,
    percentage numeric,
    state text,
    tax_type text
);
CREATE INDEX tax_rates__account_idx ON tax_rates (_account);
CREATE INDEX tax_rates_created_idx ON tax_rates (created);
COMMENT ON TABLE tax_rates IS 'Stripe `tax_rate` objects. Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates), [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to collect tax.

Related guide: [Tax rates](https://stripe.com/docs/billing/taxes/tax-rates)';
COMMENT ON COLUMN tax_rates.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_rates._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_rates._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_rates._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_rates._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_rates._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_rates._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_rates._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_rates._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_rates.active IS 'Defaults to `true`. When set to `false`, this tax rate cannot be used with new applications or Checkout Sessions, but will still work for subscriptions and invoices that already have it set.
From `active`.';
COMMENT ON COLUMN tax_rates.country IS 'Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
From `country`.';
COMMENT ON COLUMN tax_rates.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN tax_rates.description IS 'An arbitrary string attached to the tax rate for your internal use only. It will not be visible to your customers.
From `description`.';
COMMENT ON COLUMN tax_rates.display_name IS 'The display name of the tax rates as it will appear to your customer on their receipt email, PDF, and the hosted invoice page.
From `display_name`.';
COMMENT ON COLUMN tax_rates.effective_percentage IS 'Actual/effective tax rate percentage out of 100. For tax calculations with automatic_tax[enabled]=true,
this percentage reflects the rate actually used to calculate tax based on the product''s taxability
and whether the user is registered to collect taxes in the corresponding jurisdiction.
From `effective_percentage`.';
COMMENT ON COLUMN tax_rates.inclusive IS 'This specifies if the tax rate is inclusive or exclusive.
From `inclusive`.';
COMMENT ON COLUMN tax_rates.jurisdiction IS 'The jurisdiction for the tax rate. You can use this label field for tax reporting purposes. It also appears on your customer’s invoice.
From `jurisdiction`.';
COMMENT ON COLUMN tax_rates.jurisdiction_level IS 'The level of the jurisdiction that imposes this tax rate. Will be `null` for manually defined tax rates.
From `jurisdiction_level`.';
COMMENT ON COLUMN tax_rates.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tax_rates.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN tax_rates.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tax_rates.percentage IS 'Tax rate percentage out of 100. For tax calculations with automatic_tax[enabled]=true, this percentage includes the statutory tax rate of non-taxable jurisdictions.
From `percentage`.';
COMMENT ON COLUMN tax_rates.state IS '[ISO 3166-2 subdivision code](https://en.wikipedia.org/wiki/ISO_3166-2:US), without country prefix. For example, "NY" for New York, United States.
From `state`.';
COMMENT ON COLUMN tax_rates.tax_type IS 'The high-level tax type, such as `vat` or `sales_tax`.
From `tax_type`.';

-- tax_registrations (`tax.registration`)
CREATE TABLE tax_registrations (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active_from timestamptz,
    country text,
    country_options jsonb,
    created timestamptz,
    expires_at timestamptz,
    livemode boolean,
    object text,
    status text
);
CREATE INDEX tax_registrations__account_idx ON tax_registrations (_account);
CREATE INDEX tax_registrations_created_idx ON tax_registrations (created);
COMMENT ON TABLE tax_registrations IS 'Stripe `tax.registration` objects. A Tax `Registration` lets us know that your business is registered to collect tax on payments within a region, enabling you to [automatically collect tax](https://stripe.com/docs/tax).

Stripe doesn''t register on your behalf with the relevant authorities when you create a Tax `Registration` object. For more information on how to register to collect tax, see [our guide](https://stripe.com/docs/tax/registering).

Related guide: [Using the Registrations API](https://stripe.com/docs/tax/registrations-api)';
COMMENT ON COLUMN tax_registrations.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_registrations._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_registrations._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_registrations._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_registrations._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_registrations._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_registrations._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_registrations._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_registrations._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_registrations.active_from IS 'Time at which the registration becomes active. Measured in seconds since the Unix epoch.
From `active_from`.';
COMMENT ON COLUMN tax_registrations.country IS 'Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
From `country`.';
COMMENT ON COLUMN tax_registrations.country_options IS 'From `country_options`.';
COMMENT ON COLUMN tax_registrations.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN tax_registrations.expires_at IS 'If set, the registration stops being active at this time. If not set, the registration will be active indefinitely. Measured in seconds since the Unix epoch.
From `expires_at`.';
COMMENT ON COLUMN tax_registrations.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tax_registrations.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tax_registrations.status IS 'The status of the registration. This field is present for convenience and can be deduced from `active_from` and `expires_at`.
From `status`.';

-- tax_transaction_line_items (`tax.transaction_line_item`)
CREATE TABLE tax_transaction_line_items (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_tax bigint,
    livemode boolean,
    metadata jsonb,
    object text,
    product text,
    quantity bigint,
    reference text,
    reversal jsonb,
    tax_behavior text,
    tax_code text,
    type text
);
CREATE INDEX tax_transaction_line_items__account_idx ON tax_transaction_line_items (_account);
CREATE INDEX tax_transaction_line_items_product_idx ON tax_transaction_line_items (product);
COMMENT ON TABLE tax_transaction_line_items IS 'Stripe `tax.transaction_line_item` objects. ';
COMMENT ON COLUMN tax_transaction_line_items.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_transaction_line_items._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_transaction_line_items._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_transaction_line_items._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_transaction_line_items._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_transaction_line_items._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_transaction_line_items._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_transaction_line_items._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_transaction_line_items._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_transaction_line_items.amount IS 'The line item amount in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes were calculated on top of this amount.
From `amount`.';
COMMENT ON COLUMN tax_transaction_line_items.amount_tax IS 'The amount of tax calculated for this line item, in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
From `amount_tax`.';
COMMENT ON COLUMN tax_transaction_line_items.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tax_transaction_line_items.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN tax_transaction_line_items.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tax_transaction_line_items.product IS 'The ID of an existing [Product](https://stripe.com/docs/api/products/object).
From `product`.';
COMMENT ON COLUMN tax_transaction_line_items.quantity IS 'The number of units of the item being purchased. For reversals, this is the quantity reversed.
From `quantity`.';
COMMENT ON COLUMN tax_transaction_line_items.reference IS 'A custom identifier for this line item in the transaction.
From `reference`.';
COMMENT ON COLUMN tax_transaction_line_items.reversal IS 'If `type=reversal`, contains information about what was reversed.
From `reversal`.';
COMMENT ON COLUMN tax_transaction_line_items.tax_behavior IS 'Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes.
From `tax_behavior`.';
COMMENT ON COLUMN tax_transaction_line_items.tax_code IS 'The [tax code](https://stripe.com/docs/tax/tax-categories) ID used for this resource.
From `tax_code`.';
COMMENT ON COLUMN tax_transaction_line_items.type IS 'If `reversal`, this line item reverses an earlier transaction.
From `type`.';

-- tax_transactions (`tax.transaction`)
CREATE TABLE tax_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    currency text,
    customer text,
    customer_details jsonb,
    line_items jsonb,
    livemode boolean,
    metadata jsonb,
    object text,
    reference text,
    reversal jsonb,
    ship_from_details jsonb,
    shipping_cost jsonb,
    tax_date timestamptz,
    type text
);
CREATE INDEX tax_transactions__account_idx ON tax_transactions (_account);
CREATE INDEX tax_transactions_created_idx ON tax_transactions (created);
CREATE INDEX tax_transactions_customer_idx ON tax_transactions (customer);
COMMENT ON TABLE tax_transactions IS 'Stripe `tax.transaction` objects. A Tax Transaction records the tax collected from or refunded to your customer.

Related guide: [Calculate tax in your custom payment flow](https://stripe.com/docs/tax/custom#tax-transaction)';
COMMENT ON COLUMN tax_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tax_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tax_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tax_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tax_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tax_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tax_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tax_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tax_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tax_transactions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN tax_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN tax_transactions.customer IS 'The ID of an existing [Customer](https://stripe.com/docs/api/customers/object) used for the resource.
From `customer`.';
COMMENT ON COLUMN tax_transactions.customer_details IS 'From `customer_details`.';
COMMENT ON COLUMN tax_transactions.line_items IS 'The tax collected or refunded, by line item.
From `line_items`.';
COMMENT ON COLUMN tax_transactions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tax_transactions.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN tax_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tax_transactions.reference IS 'A custom unique identifier, such as ''myOrder_123''.
From `reference`.';
COMMENT ON COLUMN tax_transactions.reversal IS 'If `type=reversal`, contains information about what was reversed.
From `reversal`.';
COMMENT ON COLUMN tax_transactions.ship_from_details IS 'The details of the ship from location, such as the address.
From `ship_from_details`.';
COMMENT ON COLUMN tax_transactions.shipping_cost IS 'The shipping cost details for the transaction.
From `shipping_cost`.';
COMMENT ON COLUMN tax_transactions.tax_date IS 'Timestamp of date at which the tax rules and rates in effect applies for the calculation.
From `tax_date`.';
COMMENT ON COLUMN tax_transactions.type IS 'If `reversal`, this transaction reverses an earlier transaction.
From `type`.';

-- terminal_configurations (`terminal.configuration`)
CREATE TABLE terminal_configurations (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    bbpos_wisepos_e jsonb,
    is_account_default boolean,
    livemode boolean,
    name text,
    object text,
    offline jsonb,
    stripe_s700 jsonb,
    tipping jsonb,
    verifone_p400 jsonb
);
CREATE INDEX terminal_configurations__account_idx ON terminal_configurations (_account);
COMMENT ON TABLE terminal_configurations IS 'Stripe `terminal.configuration` objects. A Configurations object represents how features should be configured for terminal readers.';
COMMENT ON COLUMN terminal_configurations.id IS 'Stripe id of the object.';
COMMENT ON COLUMN terminal_configurations._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN terminal_configurations._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN terminal_configurations._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN terminal_configurations._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN terminal_configurations._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN terminal_configurations._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN terminal_configurations._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN terminal_configurations._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN terminal_configurations.bbpos_wisepos_e IS 'From `bbpos_wisepos_e`.';
COMMENT ON COLUMN terminal_configurations.is_account_default IS 'Whether this Configuration is the default for your account
From `is_account_default`.';
COMMENT ON COLUMN terminal_configurations.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN terminal_configurations.name IS 'String indicating the name of the Configuration object, set by the user
From `name`.';
COMMENT ON COLUMN terminal_configurations.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN terminal_configurations.offline IS 'From `offline`.';
COMMENT ON COLUMN terminal_configurations.stripe_s700 IS 'From `stripe_s700`.';
COMMENT ON COLUMN terminal_configurations.tipping IS 'From `tipping`.';
COMMENT ON COLUMN terminal_configurations.verifone_p400 IS 'From `verifone_p400`.';

-- terminal_locations (`terminal.location`)
CREATE TABLE terminal_locations (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    address jsonb,
    configuration_overrides text,
    display_name text,
    livemode boolean,
    metadata jsonb,
    object text
);
CREATE INDEX terminal_locations__account_idx ON terminal_locations (_account);
COMMENT ON TABLE terminal_locations IS 'Stripe `terminal.location` objects. A Location represents a grouping of readers.

Related guide: [Fleet management](https://stripe.com/docs/terminal/fleet/locations)';
COMMENT ON COLUMN terminal_locations.id IS 'Stripe id of the object.';
COMMENT ON COLUMN terminal_locations._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN terminal_locations._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN terminal_locations._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN terminal_locations._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN terminal_locations._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN terminal_locations._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN terminal_locations._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN terminal_locations._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN terminal_locations.address IS 'From `address`.';
COMMENT ON COLUMN terminal_locations.configuration_overrides IS 'The ID of a configuration that will be used to customize all readers in this location.
From `configuration_overrides`.';
COMMENT ON COLUMN terminal_locations.display_name IS 'The display name of the location.
From `display_name`.';
COMMENT ON COLUMN terminal_locations.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN terminal_locations.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN terminal_locations.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';

-- terminal_readers (`terminal.reader`)
CREATE TABLE terminal_readers (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    action jsonb,
    device_sw_version text,
    device_type text,
    ip_address text,
    label text,
    livemode boolean,
    location text,
    metadata jsonb,
    object text,
    serial_number text,
    status text
);
CREATE INDEX terminal_readers__account_idx ON terminal_readers (_account);
COMMENT ON TABLE terminal_readers IS 'Stripe `terminal.reader` objects. A Reader represents a physical device for accepting payment details.

Related guide: [Connecting to a reader](https://stripe.com/docs/terminal/payments/connect-reader)';
COMMENT ON COLUMN terminal_readers.id IS 'Stripe id of the object.';
COMMENT ON COLUMN terminal_readers._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN terminal_readers._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN terminal_readers._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN terminal_readers._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN terminal_readers._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN terminal_readers._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN terminal_readers._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN terminal_readers._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN terminal_readers.action IS 'The most recent action performed by the reader.
From `action`.';
COMMENT ON COLUMN terminal_readers.device_sw_version IS 'The current software version of the reader.
From `device_sw_version`.';
COMMENT ON COLUMN terminal_readers.device_type IS 'Type of reader, one of `bbpos_wisepad3`, `stripe_m2`, `bbpos_chipper2x`, `bbpos_wisepos_e`, `verifone_P400`, `simulated_wisepos_e`, or `mobile_phone_reader`.
From `device_type`.';
COMMENT ON COLUMN terminal_readers.ip_address IS 'The local IP address of the reader.
From `ip_address`.';
COMMENT ON COLUMN terminal_readers.label IS 'Custom label given to the reader for easier identification.
From `label`.';
COMMENT ON COLUMN terminal_readers.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN terminal_readers.location IS 'The location identifier of the reader.
From `location` (the id, also when expanded).';
COMMENT ON COLUMN terminal_readers.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN terminal_readers.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN terminal_readers.serial_number IS 'Serial number of the reader.
From `serial_number`.';
COMMENT ON COLUMN terminal_readers.status IS 'The networking status of the reader.
From `status`.';

-- test_helpers_test_clocks (`test_helpers.test_clock`)
CREATE TABLE test_helpers_test_clocks (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    created timestamptz,
    deletes_after timestamptz,
    frozen_time timestamptz,
    livemode boolean,
    name text,
    object text,
    status text
);
CREATE INDEX test_helpers_test_clocks__account_idx ON test_helpers_test_clocks (_account);
CREATE INDEX test_helpers_test_clocks_created_idx ON test_helpers_test_clocks (created);
COMMENT ON TABLE test_helpers_test_clocks IS 'Stripe `test_helpers.test_clock` objects. A test clock enables deterministic control over objects in testmode. With a test clock, you can create
objects at a frozen time in the past or future, and advance to a specific future time to observe webhooks and state changes. After the clock advances,
you can either validate the current state of your scenario (and test your assumptions), change the current state of your scenario (and test more complex scenarios), or keep advancing forward in time.';
COMMENT ON COLUMN test_helpers_test_clocks.id IS 'Stripe id of the object.';
COMMENT ON COLUMN test_helpers_test_clocks._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN test_helpers_test_clocks._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN test_helpers_test_clocks._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN test_helpers_test_clocks._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN test_helpers_test_clocks._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN test_helpers_test_clocks._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN test_helpers_test_clocks._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN test_helpers_test_clocks._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN test_helpers_test_clocks.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN test_helpers_test_clocks.deletes_after IS 'Time at which this clock is scheduled to auto delete.
From `deletes_after`.';
COMMENT ON COLUMN test_helpers_test_clocks.frozen_time IS 'Time at which all objects belonging to this clock are frozen.
From `frozen_time`.';
COMMENT ON COLUMN test_helpers_test_clocks.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN test_helpers_test_clocks.name IS 'The custom name supplied at creation.
From `name`.';
COMMENT ON COLUMN test_helpers_test_clocks.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN test_helpers_test_clocks.status IS 'The status of the Test Clock.
From `status`.';

-- tokens (`token`)
CREATE TABLE tokens (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    bank_account jsonb,
    card jsonb,
    client_ip text,
    created timestamptz,
    livemode boolean,
    object text,
    type text,
    used boolean
);
CREATE INDEX tokens__account_idx ON tokens (_account);
CREATE INDEX tokens_created_idx ON tokens (created);
COMMENT ON TABLE tokens IS 'Stripe `token` objects. Tokenization is the process Stripe uses to collect sensitive card or bank
account details, or personally identifiable information (PII), directly from
your customers in a secure manner. A token representing this information is
returned to your server to use. Use our
[recommended payments integrations](https://stripe.com/docs/payments) to perform this process
on the client-side. This guarantees that no sensitive card data touches your server,
and allows your integration to operate in a PCI-compliant way.

If you can''t use client-side tokenization, you can also create tokens using
the API with either your publishable or secret API key. If
your integration uses this method, you''re responsible for any PCI compliance
that it might require, and you must keep your secret API key safe. Unlike with
client-side tokenization, your customer''s information isn''t sent directly to
Stripe, so we can''t determine how it''s handled or stored.

You can''t store or use tokens more than once. To store card or bank account
information for later use, create [Customer](https://stripe.com/docs/api#customers)
objects or [External accounts](/api#external_accounts).
[Radar](https://stripe.com/docs/radar), our integrated solution for automatic fraud protection,
performs best with integrations that use client-side tokenization.';
COMMENT ON COLUMN tokens.id IS 'Stripe id of the object.';
COMMENT ON COLUMN tokens._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN tokens._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN tokens._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN tokens._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN tokens._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN tokens._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN tokens._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN tokens._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN tokens.bank_account IS 'From `bank_account`.';
COMMENT ON COLUMN tokens.card IS 'From `card`.';
COMMENT ON COLUMN tokens.client_ip IS 'IP address of the client that generates the token.
From `client_ip`.';
COMMENT ON COLUMN tokens.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN tokens.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN tokens.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN tokens.type IS 'Type of the token: `account`, `bank_account`, `card`, or `pii`.
From `type`.';
COMMENT ON COLUMN tokens.used IS 'Determines if you have already used this token (you can only use tokens once).
From `used`.';

-- topups (`topup`)
CREATE TABLE topups (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    balance_transaction text,
    created timestamptz,
    currency text,
    description text,
    expected_availability_date bigint,
    failure_code text,
    failure_message text,
    livemode boolean,
    metadata jsonb,
    object text,
    source jsonb,
    statement_descriptor text,
    status text,
    transfer_group text
);
CREATE INDEX topups__account_idx ON topups (_account);
CREATE INDEX topups_balance_transaction_idx ON topups (balance_transaction);
CREATE INDEX topups_created_idx ON topups (created);
COMMENT ON TABLE topups IS 'Stripe `topup` objects. To top up your Stripe balance, you create a top-up object. You can retrieve
individual top-ups, as well as list all top-ups. Top-ups are identified by a
unique, random ID.

Related guide: [Topping up your platform account](https://stripe.com/docs/connect/top-ups)';
COMMENT ON COLUMN topups.id IS 'Stripe id of the object.';
COMMENT ON COLUMN topups._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN topups._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN topups._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN topups._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN topups._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN topups._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN topups._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN topups._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN topups.amount IS 'Amount transferred.
From `amount`.';
COMMENT ON COLUMN topups.balance_transaction IS 'ID of the balance transaction that describes the impact of this top-up on your account balance. May not be specified depending on status of top-up.
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN topups.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN topups.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN topups.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN topups.expected_availability_date IS 'Date the funds are expected to arrive in your Stripe account for payouts. This factors in delays like weekends or bank holidays. May not be specified depending on status of top-up.
From `expected_availability_date`.';
COMMENT ON COLUMN topups.failure_code IS 'Error code explaining reason for top-up failure if available (see [the errors section](https://stripe.com/docs/api#errors) for a list of codes).
From `failure_code`.';
COMMENT ON COLUMN topups.failure_message IS 'Message to user further explaining reason for top-up failure if available.
From `failure_message`.';
COMMENT ON COLUMN topups.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN topups.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN topups.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN topups.source IS 'The source field is deprecated. It might not always be present in the API response.
From `source`.';
COMMENT ON COLUMN topups.statement_descriptor IS 'Extra information about a top-up. This will appear on your source''s bank statement. It must contain at least one letter.
From `statement_descriptor`.';
COMMENT ON COLUMN topups.status IS 'The status of the top-up is either `canceled`, `failed`, `pending`, `reversed`, or `succeeded`.
From `status`.';
COMMENT ON COLUMN topups.transfer_group IS 'A string that identifies this top-up as part of a group.
From `transfer_group`.';

-- transfer_reversals (`transfer_reversal`)
CREATE TABLE transfer_reversals (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    balance_transaction text,
    created timestamptz,
    currency text,
    destination_payment_refund text,
    metadata jsonb,
    object text,
    source_refund text,
    transfer text
);
CREATE INDEX transfer_reversals__account_idx ON transfer_reversals (_account);
CREATE INDEX transfer_reversals_balance_transaction_idx ON transfer_reversals (balance_transaction);
CREATE INDEX transfer_reversals_created_idx ON transfer_reversals (created);
CREATE INDEX transfer_reversals_transfer_idx ON transfer_reversals (transfer);
COMMENT ON TABLE transfer_reversals IS 'Stripe `transfer_reversal` objects. [Stripe Connect](https://stripe.com/docs/connect) platforms can reverse transfers made to a
connected account, either entirely or partially, and can also specify whether
to refund any related application fees. Transfer reversals add to the
platform''s balance and subtract from the destination account''s balance.

Reversing a transfer that was made for a [destination
charge](/docs/connect/destination-charges) is allowed only up to the amount of
the charge. It is possible to reverse a
[transfer_group](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
transfer only if the destination account has enough balance to cover the
reversal.

Related guide: [Reverse transfers](https://stripe.com/docs/connect/separate-charges-and-transfers#reverse-transfers)';
COMMENT ON COLUMN transfer_reversals.id IS 'Stripe id of the object.';
COMMENT ON COLUMN transfer_reversals._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN transfer_reversals._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN transfer_reversals._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN transfer_reversals._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN transfer_reversals._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN transfer_reversals._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN transfer_reversals._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN transfer_reversals._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN transfer_reversals.amount IS 'Amount, in cents (or local equivalent).
From `amount`.';
COMMENT ON COLUMN transfer_reversals.balance_transaction IS 'Balance transaction that describes the impact on your account balance.
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN transfer_reversals.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN transfer_reversals.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN transfer_reversals.destination_payment_refund IS 'Linked payment refund for the transfer reversal.
From `destination_payment_refund` (the id, also when expanded).';
COMMENT ON COLUMN transfer_reversals.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN transfer_reversals.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN transfer_reversals.source_refund IS 'ID of the refund responsible for the transfer reversal.
From `source_refund` (the id, also when expanded).';
COMMENT ON COLUMN transfer_reversals.transfer IS 'ID of the transfer that was reversed.
From `transfer` (the id, also when expanded).';

-- transfers (`transfer`)
CREATE TABLE transfers (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    amount_reversed bigint,
    balance_transaction text,
    created timestamptz,
    currency text,
    description text,
    destination text,
    destination_payment text,
    livemode boolean,
    metadata jsonb,
    object text,
    reversals jsonb,
    reversed boolean,
    source_transaction text,
    source_type text,
    transfer_group text
);
CREATE INDEX transfers__account_idx ON transfers (_account);
CREATE INDEX transfers_balance_transaction_idx ON transfers (balance_transaction);
CREATE INDEX transfers_created_idx ON transfers (created);
CREATE INDEX transfers_destination_idx ON transfers (destination);
COMMENT ON TABLE transfers IS 'Stripe `transfer` objects. A `Transfer` object is created when you move funds between Stripe accounts as
part of Connect.

Before April 6, 2017, transfers also represented movement of funds from a
Stripe account to a card or bank account. This behavior has since been split
out into a [Payout](https://stripe.com/docs/api#payout_object) object, with corresponding payout endpoints. For more
information, read about the
[transfer/payout split](https://stripe.com/docs/transfer-payout-split).

Related guide: [Creating separate charges and transfers](https://stripe.com/docs/connect/separate-charges-and-transfers)';
COMMENT ON COLUMN transfers.id IS 'Stripe id of the object.';
COMMENT ON COLUMN transfers._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN transfers._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN transfers._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN transfers._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN transfers._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN transfers._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN transfers._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN transfers._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN transfers.amount IS 'Amount in cents (or local equivalent) to be transferred.
From `amount`.';
COMMENT ON COLUMN transfers.amount_reversed IS 'Amount in cents (or local equivalent) reversed (can be less than the amount attribute on the transfer if a partial reversal was issued).
From `amount_reversed`.';
COMMENT ON COLUMN transfers.balance_transaction IS 'Balance transaction that describes the impact of this transfer on your account balance.
From `balance_transaction` (the id, also when expanded).';
COMMENT ON COLUMN transfers.created IS 'Time that this record of the transfer was first created.
From `created`.';
COMMENT ON COLUMN transfers.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN transfers.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN transfers.destination IS 'ID of the Stripe account the transfer was sent to.
From `destination` (the id, also when expanded).';
COMMENT ON COLUMN transfers.destination_payment IS 'If the destination is a Stripe account, this will be the ID of the payment that the destination account received for the transfer.
From `destination_payment` (the id, also when expanded).';
COMMENT ON COLUMN transfers.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN transfers.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN transfers.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN transfers.reversals IS 'A list of reversals that have been applied to the transfer.
From `reversals`.';
COMMENT ON COLUMN transfers.reversed IS 'Whether the transfer has been fully reversed. If the transfer is only partially reversed, this attribute will still be false.
From `reversed`.';
COMMENT ON COLUMN transfers.source_transaction IS 'ID of the charge or payment that was used to fund the transfer. If null, the transfer was funded from the available balance.
From `source_transaction` (the id, also when expanded).';
COMMENT ON COLUMN transfers.source_type IS 'The source balance this transfer came from. One of `card`, `fpx`, or `bank_account`.
From `source_type`.';
COMMENT ON COLUMN transfers.transfer_group IS 'A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options) for details.
From `transfer_group`.';

-- treasury_credit_reversals (`treasury.credit_reversal`)
CREATE TABLE treasury_credit_reversals (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    created timestamptz,
    currency text,
    financial_account text,
    hosted_regulatory_receipt_url text,
    livemode boolean,
    metadata jsonb,
    network text,
    object text,
    received_credit text,
    status text,
    status_transitions jsonb,
    transaction text
);
CREATE INDEX treasury_credit_reversals__account_idx ON treasury_credit_reversals (_account);
CREATE INDEX treasury_credit_reversals_created_idx ON treasury_credit_reversals (created);
COMMENT ON TABLE treasury_credit_reversals IS 'Stripe `treasury.credit_reversal` objects. You can reverse some [ReceivedCredits](https://stripe.com/docs/api#received_credits) depending on their network and source flow. Reversing a ReceivedCredit leads to the creation of a new object known as a CreditReversal.';
COMMENT ON COLUMN treasury_credit_reversals.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_credit_reversals._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_credit_reversals._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_credit_reversals._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_credit_reversals._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_credit_reversals._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_credit_reversals._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_credit_reversals._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_credit_reversals._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_credit_reversals.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_credit_reversals.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_credit_reversals.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_credit_reversals.financial_account IS 'The FinancialAccount to reverse funds from.
From `financial_account`.';
COMMENT ON COLUMN treasury_credit_reversals.hosted_regulatory_receipt_url IS 'A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe''s money transmission licenses.
From `hosted_regulatory_receipt_url`.';
COMMENT ON COLUMN treasury_credit_reversals.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_credit_reversals.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN treasury_credit_reversals.network IS 'The rails used to reverse the funds.
From `network`.';
COMMENT ON COLUMN treasury_credit_reversals.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_credit_reversals.received_credit IS 'The ReceivedCredit being reversed.
From `received_credit`.';
COMMENT ON COLUMN treasury_credit_reversals.status IS 'Status of the CreditReversal
From `status`.';
COMMENT ON COLUMN treasury_credit_reversals.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN treasury_credit_reversals.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';

-- treasury_debit_reversals (`treasury.debit_reversal`)
CREATE TABLE treasury_debit_reversals (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    created timestamptz,
    currency text,
    financial_account text,
    hosted_regulatory_receipt_url text,
    linked_flows jsonb,
    livemode boolean,
    metadata jsonb,
    network text,
    object text,
    received_debit text,
    status text,
    status_transitions jsonb,
    transaction text
);
CREATE INDEX treasury_debit_reversals__account_idx ON treasury_debit_reversals (_account);
CREATE INDEX treasury_debit_reversals_created_idx ON treasury_debit_reversals (created);
COMMENT ON TABLE treasury_debit_reversals IS 'Stripe `treasury.debit_reversal` objects. You can reverse some [ReceivedDebits](https://stripe.com/docs/api#received_debits) depending on their network and source flow. Reversing a ReceivedDebit leads to the creation of a new object known as a DebitReversal.';
COMMENT ON COLUMN treasury_debit_reversals.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_debit_reversals._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_debit_reversals._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_debit_reversals._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_debit_reversals._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_debit_reversals._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_debit_reversals._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_debit_reversals._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_debit_reversals._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_debit_reversals.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_debit_reversals.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_debit_reversals.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_debit_reversals.financial_account IS 'The FinancialAccount to reverse funds from.
From `financial_account`.';
COMMENT ON COLUMN treasury_debit_reversals.hosted_regulatory_receipt_url IS 'A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe''s money transmission licenses.
From `hosted_regulatory_receipt_url`.';
COMMENT ON COLUMN treasury_debit_reversals.linked_flows IS 'Other flows linked to a DebitReversal.
From `linked_flows`.';
COMMENT ON COLUMN treasury_debit_reversals.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_debit_reversals.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN treasury_debit_reversals.network IS 'The rails used to reverse the funds.
From `network`.';
COMMENT ON COLUMN treasury_debit_reversals.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_debit_reversals.received_debit IS 'The ReceivedDebit being reversed.
From `received_debit`.';
COMMENT ON COLUMN treasury_debit_reversals.status IS 'Status of the DebitReversal
From `status`.';
COMMENT ON COLUMN treasury_debit_reversals.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN treasury_debit_reversals.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';

-- treasury_financial_accounts (`treasury.financial_account`)
CREATE TABLE treasury_financial_accounts (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    active_features jsonb,
    balance jsonb,
    country text,
    created timestamptz,
    features jsonb,
    financial_addresses jsonb,
    livemode boolean,
    metadata jsonb,
    object text,
    pending_features jsonb,
    platform_restrictions jsonb,
    restricted_features jsonb,
    status text,
    status_details jsonb,
    supported_currencies jsonb
);
CREATE INDEX treasury_financial_accounts__account_idx ON treasury_financial_accounts (_account);
CREATE INDEX treasury_financial_accounts_created_idx ON treasury_financial_accounts (created);
COMMENT ON TABLE treasury_financial_accounts IS 'Stripe `treasury.financial_account` objects. Stripe Treasury provides users with a container for money called a FinancialAccount that is separate from their Payments balance.
FinancialAccounts serve as the source and destination of Treasury’s money movement APIs.';
COMMENT ON COLUMN treasury_financial_accounts.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_financial_accounts._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_financial_accounts._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_financial_accounts._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_financial_accounts._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_financial_accounts._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_financial_accounts._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_financial_accounts._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_financial_accounts._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_financial_accounts.active_features IS 'The array of paths to active Features in the Features hash.
From `active_features`.';
COMMENT ON COLUMN treasury_financial_accounts.balance IS 'From `balance`.';
COMMENT ON COLUMN treasury_financial_accounts.country IS 'Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
From `country`.';
COMMENT ON COLUMN treasury_financial_accounts.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_financial_accounts.features IS 'From `features`.';
COMMENT ON COLUMN treasury_financial_accounts.financial_addresses IS 'The set of credentials that resolve to a FinancialAccount.
From `financial_addresses`.';
COMMENT ON COLUMN treasury_financial_accounts.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_financial_accounts.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN treasury_financial_accounts.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_financial_accounts.pending_features IS 'The array of paths to pending Features in the Features hash.
From `pending_features`.';
COMMENT ON COLUMN treasury_financial_accounts.platform_restrictions IS 'The set of functionalities that the platform can restrict on the FinancialAccount.
From `platform_restrictions`.';
COMMENT ON COLUMN treasury_financial_accounts.restricted_features IS 'The array of paths to restricted Features in the Features hash.
From `restricted_features`.';
COMMENT ON COLUMN treasury_financial_accounts.status IS 'The enum specifying what state the account is in.
From `status`.';
COMMENT ON COLUMN treasury_financial_accounts.status_details IS 'From `status_details`.';
COMMENT ON COLUMN treasury_financial_accounts.supported_currencies IS 'The currencies the FinancialAccount can hold a balance in. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
From `supported_currencies`.';

-- treasury_inbound_transfers (`treasury.inbound_transfer`)
CREATE TABLE treasury_inbound_transfers (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    cancelable boolean,
    created timestamptz,
    currency text,
    description text,
    failure_details jsonb,
    financial_account text,
    hosted_regulatory_receipt_url text,
    linked_flows jsonb,
    livemode boolean,
    metadata jsonb,
    object text,
    origin_payment_method text,
    origin_payment_method_details jsonb,
    returned boolean,
    statement_descriptor text,
    status text,
    status_transitions jsonb,
    transaction text
);
CREATE INDEX treasury_inbound_transfers__account_idx ON treasury_inbound_transfers (_account);
CREATE INDEX treasury_inbound_transfers_created_idx ON treasury_inbound_transfers (created);
COMMENT ON TABLE treasury_inbound_transfers IS 'Stripe `treasury.inbound_transfer` objects. Use [InboundTransfers](https://stripe.com/docs/treasury/moving-money/financial-accounts/into/inbound-transfers) to add funds to your [FinancialAccount](https://stripe.com/docs/api#financial_accounts) via a PaymentMethod that is owned by you. The funds will be transferred via an ACH debit.';
COMMENT ON COLUMN treasury_inbound_transfers.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_inbound_transfers._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_inbound_transfers._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_inbound_transfers._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_inbound_transfers._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_inbound_transfers._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_inbound_transfers._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_inbound_transfers._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_inbound_transfers._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_inbound_transfers.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_inbound_transfers.cancelable IS 'Returns `true` if the InboundTransfer is able to be canceled.
From `cancelable`.';
COMMENT ON COLUMN treasury_inbound_transfers.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_inbound_transfers.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_inbound_transfers.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN treasury_inbound_transfers.failure_details IS 'Details about this InboundTransfer''s failure. Only set when status is `failed`.
From `failure_details`.';
COMMENT ON COLUMN treasury_inbound_transfers.financial_account IS 'The FinancialAccount that received the funds.
From `financial_account`.';
COMMENT ON COLUMN treasury_inbound_transfers.hosted_regulatory_receipt_url IS 'A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe''s money transmission licenses.
From `hosted_regulatory_receipt_url`.';
COMMENT ON COLUMN treasury_inbound_transfers.linked_flows IS 'From `linked_flows`.';
COMMENT ON COLUMN treasury_inbound_transfers.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_inbound_transfers.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN treasury_inbound_transfers.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_inbound_transfers.origin_payment_method IS 'The origin payment method to be debited for an InboundTransfer.
From `origin_payment_method`.';
COMMENT ON COLUMN treasury_inbound_transfers.origin_payment_method_details IS 'Details about the PaymentMethod for an InboundTransfer.
From `origin_payment_method_details`.';
COMMENT ON COLUMN treasury_inbound_transfers.returned IS 'Returns `true` if the funds for an InboundTransfer were returned after the InboundTransfer went to the `succeeded` state.
From `returned`.';
COMMENT ON COLUMN treasury_inbound_transfers.statement_descriptor IS 'Statement descriptor shown when funds are debited from the source. Not all payment networks support `statement_descriptor`.
From `statement_descriptor`.';
COMMENT ON COLUMN treasury_inbound_transfers.status IS 'Status of the InboundTransfer: `processing`, `succeeded`, `failed`, and `canceled`. An InboundTransfer is `processing` if it is created and pending. The status changes to `succeeded` once the funds have been "confirmed" and a `transaction` is created and posted. The status changes to `failed` if the transfer fails.
From `status`.';
COMMENT ON COLUMN treasury_inbound_transfers.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN treasury_inbound_transfers.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';

-- treasury_outbound_payments (`treasury.outbound_payment`)
CREATE TABLE treasury_outbound_payments (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    cancelable boolean,
    created timestamptz,
    currency text,
    customer text,
    description text,
    destination_payment_method text,
    destination_payment_method_details jsonb,
    end_user_details jsonb,
    expected_arrival_date timestamptz,
    financial_account text,
    hosted_regulatory_receipt_url text,
    livemode boolean,
    metadata jsonb,
    object text,
    returned_details jsonb,
    statement_descriptor text,
    status text,
    status_transitions jsonb,
    tracking_details jsonb,
    transaction text
);
CREATE INDEX treasury_outbound_payments__account_idx ON treasury_outbound_payments (_account);
CREATE INDEX treasury_outbound_payments_created_idx ON treasury_outbound_payments (created);
CREATE INDEX treasury_outbound_payments_customer_idx ON treasury_outbound_payments (customer);
COMMENT ON TABLE treasury_outbound_payments IS 'Stripe `treasury.outbound_payment` objects. Use OutboundPayments to send funds to another party''s external bank account or [FinancialAccount](https://stripe.com/docs/api#financial_accounts). To send money to an account belonging to the same user, use an [OutboundTransfer](https://stripe.com/docs/api#outbound_transfers).

Simulate OutboundPayment state changes with the `/v1/test_helpers/treasury/outbound_payments` endpoints. These methods can only be called on test mode objects.';
COMMENT ON COLUMN treasury_outbound_payments.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_outbound_payments._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_outbound_payments._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_outbound_payments._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_outbound_payments._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_outbound_payments._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_outbound_payments._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_outbound_payments._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_outbound_payments._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_outbound_payments.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_outbound_payments.cancelable IS 'Returns `true` if the object can be canceled, and `false` otherwise.
From `cancelable`.';
COMMENT ON COLUMN treasury_outbound_payments.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_outbound_payments.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_outbound_payments.customer IS 'ID of the [customer](https://stripe.com/docs/api/customers) to whom an OutboundPayment is sent.
From `customer`.';
COMMENT ON COLUMN treasury_outbound_payments.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN treasury_outbound_payments.destination_payment_method IS 'The PaymentMethod via which an OutboundPayment is sent. This field can be empty if the OutboundPayment was created using `destination_payment_method_data`.
From `destination_payment_method`.';
COMMENT ON COLUMN treasury_outbound_payments.destination_payment_method_details IS 'Details about the PaymentMethod for an OutboundPayment.
From `destination_payment_method_details`.';
COMMENT ON COLUMN treasury_outbound_payments.end_user_details IS 'Details about the end user.
From `end_user_details`.';
COMMENT ON COLUMN treasury_outbound_payments.expected_arrival_date IS 'The date when funds are expected to arrive in the destination account.
From `expected_arrival_date`.';
COMMENT ON COLUMN treasury_outbound_payments.financial_account IS 'The FinancialAccount that funds were pulled from.
From `financial_account`.';
COMMENT ON COLUMN treasury_outbound_payments.hosted_regulatory_receipt_url IS 'A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe''s money transmission licenses.
From `hosted_regulatory_receipt_url`.';
COMMENT ON COLUMN treasury_outbound_payments.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_outbound_payments.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN treasury_outbound_payments.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_outbound_payments.returned_details IS 'Details about a returned OutboundPayment. Only set when the status is `returned`.
From `returned_details`.';
COMMENT ON COLUMN treasury_outbound_payments.statement_descriptor IS 'The description that appears on the receiving end for an OutboundPayment (for example, bank statement for external bank transfer).
From `statement_descriptor`.';
COMMENT ON COLUMN treasury_outbound_payments.status IS 'Current status of the OutboundPayment: `processing`, `failed`, `posted`, `returned`, `canceled`. An OutboundPayment is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundPayment has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundPayment fails to arrive at its destination, its status will change to `returned`.
From `status`.';
COMMENT ON COLUMN treasury_outbound_payments.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN treasury_outbound_payments.tracking_details IS 'Details about network-specific tracking information if available.
From `tracking_details`.';
COMMENT ON COLUMN treasury_outbound_payments.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';

-- treasury_outbound_transfers (`treasury.outbound_transfer`)
CREATE TABLE treasury_outbound_transfers (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    cancelable boolean,
    created timestamptz,
    currency text,
    description text,
    destination_payment_method text,
    destination_payment_method_details jsonb,
    expected_arrival_date timestamptz,
    financial_account text,
    hosted_regulatory_receipt_url text,
    livemode boolean,
    metadata jsonb,
    object text,
    returned_details jsonb,
    statement_descriptor text,
    status text,
    status_transitions jsonb,
    tracking_details jsonb,
    transaction text
);
CREATE INDEX treasury_outbound_transfers__account_idx ON treasury_outbound_transfers (_account);
CREATE INDEX treasury_outbound_transfers_created_idx ON treasury_outbound_transfers (created);
COMMENT ON TABLE treasury_outbound_transfers IS 'Stripe `treasury.outbound_transfer` objects. Use OutboundTransfers to transfer funds from a [FinancialAccount](https://stripe.com/docs/api#financial_accounts) to a PaymentMethod belonging to the same entity. To send funds to a different party, use [OutboundPayments](https://stripe.com/docs/api#outbound_payments) instead. You can send funds over ACH rails or through a domestic wire transfer to a user''s own external bank account.

Simulate OutboundTransfer state changes with the `/v1/test_helpers/treasury/outbound_transfers` endpoints. These methods can only be called on test mode objects.';
COMMENT ON COLUMN treasury_outbound_transfers.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_outbound_transfers._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_outbound_transfers._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_outbound_transfers._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_outbound_transfers._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_outbound_transfers._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_outbound_transfers._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_outbound_transfers._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_outbound_transfers._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_outbound_transfers.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_outbound_transfers.cancelable IS 'Returns `true` if the object can be canceled, and `false` otherwise.
From `cancelable`.';
COMMENT ON COLUMN treasury_outbound_transfers.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_outbound_transfers.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_outbound_transfers.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN treasury_outbound_transfers.destination_payment_method IS 'The PaymentMethod used as the payment instrument for an OutboundTransfer.
From `destination_payment_method`.';
COMMENT ON COLUMN treasury_outbound_transfers.destination_payment_method_details IS 'From `destination_payment_method_details`.';
COMMENT ON COLUMN treasury_outbound_transfers.expected_arrival_date IS 'The date when funds are expected to arrive in the destination account.
From `expected_arrival_date`.';
COMMENT ON COLUMN treasury_outbound_transfers.financial_account IS 'The FinancialAccount that funds were pulled from.
From `financial_account`.';
COMMENT ON COLUMN treasury_outbound_transfers.hosted_regulatory_receipt_url IS 'A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe''s money transmission licenses.
From `hosted_regulatory_receipt_url`.';
COMMENT ON COLUMN treasury_outbound_transfers.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_outbound_transfers.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN treasury_outbound_transfers.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_outbound_transfers.returned_details IS 'Details about a returned OutboundTransfer. Only set when the status is `returned`.
From `returned_details`.';
COMMENT ON COLUMN treasury_outbound_transfers.statement_descriptor IS 'Information about the OutboundTransfer to be sent to the recipient account.
From `statement_descriptor`.';
COMMENT ON COLUMN treasury_outbound_transfers.status IS 'Current status of the OutboundTransfer: `processing`, `failed`, `canceled`, `posted`, `returned`. An OutboundTransfer is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundTransfer has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundTransfer fails to arrive at its destination, its status will change to `returned`.
From `status`.';
COMMENT ON COLUMN treasury_outbound_transfers.status_transitions IS 'From `status_transitions`.';
COMMENT ON COLUMN treasury_outbound_transfers.tracking_details IS 'Details about network-specific tracking information if available.
From `tracking_details`.';
COMMENT ON COLUMN treasury_outbound_transfers.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';

-- treasury_received_credits (`treasury.received_credit`)
CREATE TABLE treasury_received_credits (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    created timestamptz,
    currency text,
    description text,
    failure_code text,
    financial_account text,
    hosted_regulatory_receipt_url text,
    initiating_payment_method_details jsonb,
    linked_flows jsonb,
    livemode boolean,
    network text,
    object text,
    reversal_details jsonb,
    status text,
    transaction text
);
CREATE INDEX treasury_received_credits__account_idx ON treasury_received_credits (_account);
CREATE INDEX treasury_received_credits_created_idx ON treasury_received_credits (created);
COMMENT ON TABLE treasury_received_credits IS 'Stripe `treasury.received_credit` objects. ReceivedCredits represent funds sent to a [FinancialAccount](https://stripe.com/docs/api#financial_accounts) (for example, via ACH or wire). These money movements are not initiated from the FinancialAccount.';
COMMENT ON COLUMN treasury_received_credits.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_received_credits._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_received_credits._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_received_credits._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_received_credits._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_received_credits._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_received_credits._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_received_credits._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_received_credits._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_received_credits.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_received_credits.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_received_credits.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_received_credits.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN treasury_received_credits.failure_code IS 'Reason for the failure. A ReceivedCredit might fail because the receiving FinancialAccount is closed or frozen.
From `failure_code`.';
COMMENT ON COLUMN treasury_received_credits.financial_account IS 'The FinancialAccount that received the funds.
From `financial_account`.';
COMMENT ON COLUMN treasury_received_credits.hosted_regulatory_receipt_url IS 'A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe''s money transmission licenses.
From `hosted_regulatory_receipt_url`.';
COMMENT ON COLUMN treasury_received_credits.initiating_payment_method_details IS 'From `initiating_payment_method_details`.';
COMMENT ON COLUMN treasury_received_credits.linked_flows IS 'From `linked_flows`.';
COMMENT ON COLUMN treasury_received_credits.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_received_credits.network IS 'The rails used to send the funds.
From `network`.';
COMMENT ON COLUMN treasury_received_credits.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_received_credits.reversal_details IS 'Details describing when a ReceivedCredit may be reversed.
From `reversal_details`.';
COMMENT ON COLUMN treasury_received_credits.status IS 'Status of the ReceivedCredit. ReceivedCredits are created either `succeeded` (approved) or `failed` (declined). If a ReceivedCredit is declined, the failure reason can be found in the `failure_code` field.
From `status`.';
COMMENT ON COLUMN treasury_received_credits.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';

-- treasury_received_debits (`treasury.received_debit`)
CREATE TABLE treasury_received_debits (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    created timestamptz,
    currency text,
    description text,
    failure_code text,
    financial_account text,
    hosted_regulatory_receipt_url text,
    initiating_payment_method_details jsonb,
    linked_flows jsonb,
    livemode boolean,
    network text,
    object text,
    reversal_details jsonb,
    status text,
    transaction text
);
CREATE INDEX treasury_received_debits__account_idx ON treasury_received_debits (_account);
CREATE INDEX treasury_received_debits_created_idx ON treasury_received_debits (created);
COMMENT ON TABLE treasury_received_debits IS 'Stripe `treasury.received_debit` objects. ReceivedDebits represent funds pulled from a [FinancialAccount](https://stripe.com/docs/api#financial_accounts). These are not initiated from the FinancialAccount.';
COMMENT ON COLUMN treasury_received_debits.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_received_debits._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_received_debits._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_received_debits._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_received_debits._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_received_debits._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_received_debits._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_received_debits._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_received_debits._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_received_debits.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_received_debits.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_received_debits.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_received_debits.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN treasury_received_debits.failure_code IS 'Reason for the failure. A ReceivedDebit might fail because the FinancialAccount doesn''t have sufficient funds, is closed, or is frozen.
From `failure_code`.';
COMMENT ON COLUMN treasury_received_debits.financial_account IS 'The FinancialAccount that funds were pulled from.
From `financial_account`.';
COMMENT ON COLUMN treasury_received_debits.hosted_regulatory_receipt_url IS 'A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe''s money transmission licenses.
From `hosted_regulatory_receipt_url`.';
COMMENT ON COLUMN treasury_received_debits.initiating_payment_method_details IS 'From `initiating_payment_method_details`.';
COMMENT ON COLUMN treasury_received_debits.linked_flows IS 'From `linked_flows`.';
COMMENT ON COLUMN treasury_received_debits.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_received_debits.network IS 'The network used for the ReceivedDebit.
From `network`.';
COMMENT ON COLUMN treasury_received_debits.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_received_debits.reversal_details IS 'Details describing when a ReceivedDebit might be reversed.
From `reversal_details`.';
COMMENT ON COLUMN treasury_received_debits.status IS 'Status of the ReceivedDebit. ReceivedDebits are created with a status of either `succeeded` (approved) or `failed` (declined). The failure reason can be found under the `failure_code`.
From `status`.';
COMMENT ON COLUMN treasury_received_debits.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';

-- treasury_transaction_entries (`treasury.transaction_entry`)
CREATE TABLE treasury_transaction_entries (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    balance_impact jsonb,
    created timestamptz,
    currency text,
    effective_at timestamptz,
    financial_account text,
    flow text,
    flow_details jsonb,
    flow_type text,
    livemode boolean,
    object text,
    transaction text,
    type text
);
CREATE INDEX treasury_transaction_entries__account_idx ON treasury_transaction_entries (_account);
CREATE INDEX treasury_transaction_entries_created_idx ON treasury_transaction_entries (created);
COMMENT ON TABLE treasury_transaction_entries IS 'Stripe `treasury.transaction_entry` objects. TransactionEntries represent individual units of money movements within a single [Transaction](https://stripe.com/docs/api#transactions).';
COMMENT ON COLUMN treasury_transaction_entries.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_transaction_entries._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_transaction_entries._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_transaction_entries._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_transaction_entries._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_transaction_entries._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_transaction_entries._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_transaction_entries._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_transaction_entries._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_transaction_entries.balance_impact IS 'From `balance_impact`.';
COMMENT ON COLUMN treasury_transaction_entries.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_transaction_entries.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_transaction_entries.effective_at IS 'When the TransactionEntry will impact the FinancialAccount''s balance.
From `effective_at`.';
COMMENT ON COLUMN treasury_transaction_entries.financial_account IS 'The FinancialAccount associated with this object.
From `financial_account`.';
COMMENT ON COLUMN treasury_transaction_entries.flow IS 'Token of the flow associated with the TransactionEntry.
From `flow`.';
COMMENT ON COLUMN treasury_transaction_entries.flow_details IS 'Details of the flow associated with the TransactionEntry.
From `flow_details`.';
COMMENT ON COLUMN treasury_transaction_entries.flow_type IS 'Type of the flow associated with the TransactionEntry.
From `flow_type`.';
COMMENT ON COLUMN treasury_transaction_entries.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_transaction_entries.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_transaction_entries.transaction IS 'The Transaction associated with this object.
From `transaction` (the id, also when expanded).';
COMMENT ON COLUMN treasury_transaction_entries.type IS 'The specific money movement that generated the TransactionEntry.
From `type`.';

-- treasury_transactions (`treasury.transaction`)
CREATE TABLE treasury_transactions (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    amount bigint,
    balance_impact jsonb,
    created timestamptz,
    currency text,
    description text,
    entries jsonb,
    financial_account text,
    flow text,
    flow_details jsonb,
    flow_type text,
    livemode boolean,
    object text,
    status text,
    status_transitions jsonb
);
CREATE INDEX treasury_transactions__account_idx ON treasury_transactions (_account);
CREATE INDEX treasury_transactions_created_idx ON treasury_transactions (created);
COMMENT ON TABLE treasury_transactions IS 'Stripe `treasury.transaction` objects. Transactions represent changes to a [FinancialAccount''s](https://stripe.com/docs/api#financial_accounts) balance.';
COMMENT ON COLUMN treasury_transactions.id IS 'Stripe id of the object.';
COMMENT ON COLUMN treasury_transactions._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN treasury_transactions._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN treasury_transactions._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN treasury_transactions._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN treasury_transactions._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN treasury_transactions._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN treasury_transactions._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN treasury_transactions._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN treasury_transactions.amount IS 'Amount (in cents) transferred.
From `amount`.';
COMMENT ON COLUMN treasury_transactions.balance_impact IS 'From `balance_impact`.';
COMMENT ON COLUMN treasury_transactions.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN treasury_transactions.currency IS 'Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
From `currency`.';
COMMENT ON COLUMN treasury_transactions.description IS 'An arbitrary string attached to the object. Often useful for displaying to users.
From `description`.';
COMMENT ON COLUMN treasury_transactions.entries IS 'A list of TransactionEntries that are part of this Transaction. This cannot be expanded in any list endpoints.
From `entries`.';
COMMENT ON COLUMN treasury_transactions.financial_account IS 'The FinancialAccount associated with this object.
From `financial_account`.';
COMMENT ON COLUMN treasury_transactions.flow IS 'ID of the flow that created the Transaction.
From `flow`.';
COMMENT ON COLUMN treasury_transactions.flow_details IS 'Details of the flow that created the Transaction.
From `flow_details`.';
COMMENT ON COLUMN treasury_transactions.flow_type IS 'Type of the flow that created the Transaction.
From `flow_type`.';
COMMENT ON COLUMN treasury_transactions.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN treasury_transactions.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN treasury_transactions.status IS 'Status of the Transaction.
From `status`.';
COMMENT ON COLUMN treasury_transactions.status_transitions IS 'From `status_transitions`.';

-- usage_record_summaries (`usage_record_summary`)
CREATE TABLE usage_record_summaries (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    invoice text,
    livemode boolean,
    object text,
    period jsonb,
    subscription_item text,
    total_usage bigint
);
CREATE INDEX usage_record_summaries__account_idx ON usage_record_summaries (_account);
CREATE INDEX usage_record_summaries_invoice_idx ON usage_record_summaries (invoice);
CREATE INDEX usage_record_summaries_subscription_item_idx ON usage_record_summaries (subscription_item);
COMMENT ON TABLE usage_record_summaries IS 'Stripe `usage_record_summary` objects. ';
COMMENT ON COLUMN usage_record_summaries.id IS 'Stripe id of the object.';
COMMENT ON COLUMN usage_record_summaries._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN usage_record_summaries._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN usage_record_summaries._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN usage_record_summaries._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN usage_record_summaries._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN usage_record_summaries._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN usage_record_summaries._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN usage_record_summaries._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN usage_record_summaries.invoice IS 'The invoice in which this usage period has been billed for.
From `invoice`.';
COMMENT ON COLUMN usage_record_summaries.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN usage_record_summaries.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN usage_record_summaries.period IS 'From `period`.';
COMMENT ON COLUMN usage_record_summaries.subscription_item IS 'The ID of the subscription item this summary is describing.
From `subscription_item`.';
COMMENT ON COLUMN usage_record_summaries.total_usage IS 'The total usage within this usage period.
From `total_usage`.';

-- usage_records (`usage_record`)
CREATE TABLE usage_records (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    livemode boolean,
    object text,
    quantity bigint,
    subscription_item text,
    timestamp timestamptz
);
CREATE INDEX usage_records__account_idx ON usage_records (_account);
CREATE INDEX usage_records_subscription_item_idx ON usage_records (subscription_item);
COMMENT ON TABLE usage_records IS 'Stripe `usage_record` objects. Usage records allow you to report customer usage and metrics to Stripe for
metered billing of subscription prices.

Related guide: [Metered billing](https://stripe.com/docs/billing/subscriptions/metered-billing)

This is our legacy usage-based billing API. See the [updated usage-based billing docs](https://docs.stripe.com/billing/subscriptions/usage-based).';
COMMENT ON COLUMN usage_records.id IS 'Stripe id of the object.';
COMMENT ON COLUMN usage_records._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN usage_records._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN usage_records._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN usage_records._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN usage_records._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN usage_records._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN usage_records._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN usage_records._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN usage_records.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN usage_records.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN usage_records.quantity IS 'The usage quantity for the specified date.
From `quantity`.';
COMMENT ON COLUMN usage_records.subscription_item IS 'The ID of the subscription item this usage record contains data for.
From `subscription_item`.';
COMMENT ON COLUMN usage_records.timestamp IS 'The timestamp when this usage occurred.
From `timestamp`.';

-- webhook_endpoints (`webhook_endpoint`)
CREATE TABLE webhook_endpoints (
    id text PRIMARY KEY,
    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text,
    api_version text,
    application text,
    created timestamptz,
    description text,
    enabled_events jsonb,
    livemode boolean,
    metadata jsonb,
    object text,
    secret text,
    status text,
    url text
);
CREATE INDEX webhook_endpoints__account_idx ON webhook_endpoints (_account);
CREATE INDEX webhook_endpoints_application_idx ON webhook_endpoints (application);
CREATE INDEX webhook_endpoints_created_idx ON webhook_endpoints (created);
COMMENT ON TABLE webhook_endpoints IS 'Stripe `webhook_endpoint` objects. You can configure [webhook endpoints](https://docs.stripe.com/webhooks/) via the API to be
notified about events that happen in your Stripe account or connected
accounts.

Most users configure webhooks from [the dashboard](https://dashboard.stripe.com/webhooks), which provides a user interface for registering and testing your webhook endpoints.

Related guide: [Setting up webhooks](https://docs.stripe.com/webhooks/configure)';
COMMENT ON COLUMN webhook_endpoints.id IS 'Stripe id of the object.';
COMMENT ON COLUMN webhook_endpoints._raw IS 'The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement).';
COMMENT ON COLUMN webhook_endpoints._account IS 'Connect account the object belongs to (NULL: the platform account).';
COMMENT ON COLUMN webhook_endpoints._api_version IS 'Stripe API version of the payload in _raw.';
COMMENT ON COLUMN webhook_endpoints._deleted IS 'True once Stripe deleted the object; the last known data is kept.';
COMMENT ON COLUMN webhook_endpoints._synced_at IS 'When stripe-sync last wrote this row.';
COMMENT ON COLUMN webhook_endpoints._state_ts IS 'Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones.';
COMMENT ON COLUMN webhook_endpoints._state_seq IS 'Ordering key, part 2: order of states produced within the same second.';
COMMENT ON COLUMN webhook_endpoints._event_id IS 'The event that last wrote this row (NULL when written from the API).';
COMMENT ON COLUMN webhook_endpoints.api_version IS 'The API version events are rendered as for this webhook endpoint.
From `api_version`.';
COMMENT ON COLUMN webhook_endpoints.application IS 'The ID of the associated Connect application.
From `application`.';
COMMENT ON COLUMN webhook_endpoints.created IS 'Time at which the object was created. Measured in seconds since the Unix epoch.
From `created`.';
COMMENT ON COLUMN webhook_endpoints.description IS 'An optional description of what the webhook is used for.
From `description`.';
COMMENT ON COLUMN webhook_endpoints.enabled_events IS 'The list of events to enable for this endpoint. `[''*'']` indicates that all events are enabled, except those that require explicit selection.
From `enabled_events`.';
COMMENT ON COLUMN webhook_endpoints.livemode IS 'Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
From `livemode`.';
COMMENT ON COLUMN webhook_endpoints.metadata IS 'Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
From `metadata`.';
COMMENT ON COLUMN webhook_endpoints.object IS 'String representing the object''s type. Objects of the same type share the same value.
From `object`.';
COMMENT ON COLUMN webhook_endpoints.secret IS 'The endpoint''s secret, used to generate [webhook signatures](https://docs.stripe.com/webhooks/signatures). Only returned at creation.
From `secret`.';
COMMENT ON COLUMN webhook_endpoints.status IS 'The status of the webhook. It can be `enabled` or `disabled`.
From `status`.';
COMMENT ON COLUMN webhook_endpoints.url IS 'The URL of the webhook endpoint.
From `url`.';

DO $lz4$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.relname, string_agg(format('ALTER COLUMN %I SET COMPRESSION lz4', a.attname), ', ' ORDER BY a.attnum) AS alters
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
          AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND a.atttypid = 'jsonb'::regtype AND a.attcompression <> 'l'
          AND 'lz4' = ANY ((SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression')::text[])
        GROUP BY c.relname ORDER BY c.relname
    LOOP
        EXECUTE format('ALTER TABLE %I ', t.relname) || t.alters;
    END LOOP;
END
$lz4$;
DO $grant$
DECLARE
    reader text := coalesce(nullif(current_setting('stripe_schema.reader_role', true), ''), 'stripe_reader');
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = reader) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', reader);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), reader);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), reader);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I', current_schema(), reader);
END
$grant$;
