-- The app layer: what an app asks of its synced Stripe data ("what may this user do?"),
-- beside the mirror schema {{mirror}}, which stays Stripe's alone. Written by hand: these tables
-- are the app's, not Stripe's. Functions run as their owner (SECURITY DEFINER) with this schema
-- as their search path, so the app role needs only EXECUTE, never write access to a table.

CREATE TABLE settings (
    key text PRIMARY KEY,
    value text NOT NULL
);
COMMENT ON TABLE settings IS 'Settings of the app layer: user_metadata_key (the metadata key holding the app''s user id on a Checkout Session, customer or subscription; default user_id) and past_due_grace (how long a past_due subscription still counts as active, from the start of its current period; default 3 days).';
INSERT INTO settings VALUES ('user_metadata_key', 'user_id'), ('past_due_grace', '3 days');

-- Users ↔ customers ---------------------------------------------------------------------------

CREATE TABLE customer_links (
    customer_id text PRIMARY KEY,
    user_id text NOT NULL,
    account text,
    source text NOT NULL CHECK (source IN ('client_reference_id', 'metadata', 'explicit')),
    event_id text,
    linked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_links_user_idx ON customer_links (user_id);
COMMENT ON TABLE customer_links IS 'The app''s user of each Stripe customer. A user may have several customers (test and live mode, Connect accounts); a customer belongs to one user, and a link is never moved silently.';

CREATE TABLE link_conflicts (
    event_id text NOT NULL,
    customer_id text NOT NULL,
    linked_user text NOT NULL,
    claimed_user text NOT NULL,
    source text NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, customer_id)
);
COMMENT ON TABLE link_conflicts IS 'Events that named another user for an already linked customer. The event itself applied; the link stayed.';

-- Credits -------------------------------------------------------------------------------------

CREATE TABLE credit_rules (
    price_id text NOT NULL,
    credit_key text NOT NULL,
    credits bigint NOT NULL CHECK (credits > 0),
    grant_on text NOT NULL CHECK (grant_on IN ('purchase', 'invoice')),
    PRIMARY KEY (price_id, credit_key)
);
COMMENT ON TABLE credit_rules IS 'Which price grants how many credits of which key (per unit bought): on purchase (a paid Checkout Session in payment mode) or per paid invoice (each billing period of a subscription).';

CREATE TABLE checkout_line_items (
    session_id text NOT NULL,
    line_id text NOT NULL,
    price_id text,
    quantity bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (session_id, line_id)
);
COMMENT ON TABLE checkout_line_items IS 'A Checkout Session''s line items, which Stripe leaves out of its events: recorded by record_checkout_line_items (from GET /v1/checkout/sessions/{id}/line_items) or read from an event whose session carries them expanded.';

CREATE TABLE credit_grants (
    cause text NOT NULL,
    credit_key text NOT NULL,
    customer_id text,
    user_id text,
    credits bigint NOT NULL,
    payment text,
    paid_amount bigint,
    taken_back bigint NOT NULL DEFAULT 0,
    event_id text,
    PRIMARY KEY (cause, credit_key)
);
CREATE INDEX credit_grants_payment_idx ON credit_grants (payment);
CREATE INDEX credit_grants_unattributed_idx ON credit_grants (customer_id) WHERE user_id IS NULL;
COMMENT ON TABLE credit_grants IS 'Every grant once (by cause), with the payment a refund takes it back from. user_id is NULL until the customer is linked to a user (an invoice is often paid before its Checkout Session completes); the grant reaches the balance then.';

CREATE TABLE payment_refunds (
    payment text PRIMARY KEY,
    refunded bigint NOT NULL
);
COMMENT ON TABLE payment_refunds IS 'How much of each payment (payment intent) is refunded: the most any event said (refunded amounts only grow), so duplicates and any arrival order converge.';

CREATE TABLE refunds_seen (
    refund_id text PRIMARY KEY,
    payment text NOT NULL,
    amount bigint NOT NULL,
    status text
);

CREATE TABLE credit_ledger (
    id bigserial PRIMARY KEY,
    user_id text NOT NULL,
    credit_key text NOT NULL,
    delta bigint NOT NULL,
    quantity bigint,
    kind text NOT NULL CHECK (kind IN ('grant', 'take_back', 'consume', 'usage')),
    cause text NOT NULL,
    event_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, credit_key, cause)
);
COMMENT ON TABLE credit_ledger IS 'Every change of a balance, with its cause: a grant (purchase:<session>:<line> or invoice:<invoice>:<line>), a take-back after a refund, a use (consume:<idempotency key>), or a usage record for metered billing (usage:<idempotency key>, delta 0). One row per cause: a redelivered event or a retried call changes nothing.';

CREATE TABLE credit_balances (
    user_id text NOT NULL,
    credit_key text NOT NULL,
    balance bigint NOT NULL CHECK (balance >= 0),
    PRIMARY KEY (user_id, credit_key)
);

-- Entitlements ---------------------------------------------------------------------------------

CREATE TABLE entitlement_summaries (
    customer_id text PRIMARY KEY,
    account text,
    entitlements jsonb NOT NULL,
    event_created bigint NOT NULL,
    event_id text NOT NULL
);
COMMENT ON TABLE entitlement_summaries IS 'Each customer''s active entitlements, from the newest entitlements.active_entitlement_summary.updated event (each carries the whole current set).';

-- Functions ------------------------------------------------------------------------------------
-- Entry points (what an app calls, and the trigger functions) run as their owner with this
-- schema as their search path; internal ones (named _…) run in their caller's context, so
-- calling them costs no save and restore of settings.

CREATE FUNCTION setting(p_key text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT value FROM settings WHERE key = p_key $$;

CREATE FUNCTION _add_to_balance(p_user text, p_key text, p_delta bigint) RETURNS void
LANGUAGE sql
AS $$
    INSERT INTO credit_balances AS b (user_id, credit_key, balance) VALUES (p_user, p_key, greatest(p_delta, 0))
    ON CONFLICT (user_id, credit_key) DO UPDATE SET balance = b.balance + p_delta
$$;

-- Records that `p_refunded` of a payment is refunded (when given: the most any event said,
-- since refunded amounts only grow), then takes back, from each attributed grant of the
-- payment, its share of what is refunded: the share, not what was taken before, decides, so
-- the same total results in any order.
CREATE FUNCTION _settle_refunds(p_payment text, p_refunded bigint, p_event text) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    g record;
    v_refunded bigint;
    target bigint;
    taken bigint;
BEGIN
    IF p_refunded > 0 THEN
        INSERT INTO payment_refunds AS pr (payment, refunded) VALUES (p_payment, p_refunded)
        ON CONFLICT (payment) DO UPDATE SET refunded = greatest(pr.refunded, excluded.refunded);
    END IF;
    SELECT r.refunded INTO v_refunded FROM payment_refunds r WHERE r.payment = p_payment;
    IF v_refunded IS NULL OR v_refunded <= 0 THEN
        RETURN;
    END IF;
    FOR g IN SELECT * FROM credit_grants
             WHERE payment = p_payment AND user_id IS NOT NULL AND paid_amount > 0 FOR UPDATE LOOP
        target := (g.credits * least(v_refunded, g.paid_amount)) / g.paid_amount;
        IF target <= g.taken_back THEN
            CONTINUE;
        END IF;
        -- Never below zero: credits already used stay used.
        SELECT least(target - g.taken_back, b.balance) INTO taken
        FROM credit_balances b WHERE b.user_id = g.user_id AND b.credit_key = g.credit_key FOR UPDATE;
        INSERT INTO credit_ledger (user_id, credit_key, delta, kind, cause, event_id)
        VALUES (g.user_id, g.credit_key, -coalesce(taken, 0), 'take_back', 'take_back:' || g.cause || ':' || target, p_event)
        ON CONFLICT DO NOTHING;
        IF FOUND AND coalesce(taken, 0) > 0 THEN
            PERFORM _add_to_balance(g.user_id, g.credit_key, -taken);
        END IF;
        UPDATE credit_grants SET taken_back = target WHERE cause = g.cause AND credit_key = g.credit_key;
    END LOOP;
END $$;

-- Grants that were waiting for their customer's user reach the balance.
CREATE FUNCTION _attribute_grants(p_customer text, p_user text) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    g record;
BEGIN
    FOR g IN UPDATE credit_grants SET user_id = p_user WHERE customer_id = p_customer AND user_id IS NULL
             RETURNING * LOOP
        INSERT INTO credit_ledger (user_id, credit_key, delta, kind, cause, event_id)
        VALUES (g.user_id, g.credit_key, g.credits, 'grant', g.cause, g.event_id)
        ON CONFLICT DO NOTHING;
        IF FOUND THEN
            PERFORM _add_to_balance(g.user_id, g.credit_key, g.credits);
        END IF;
        IF g.payment IS NOT NULL THEN
            PERFORM _settle_refunds(g.payment, NULL, g.event_id);
        END IF;
    END LOOP;
END $$;

-- Records a grant once (by cause); it reaches a balance now if its user is known, else when the
-- customer is linked.
CREATE FUNCTION _grant(p_cause text, p_key text, p_credits bigint, p_customer text, p_user text,
                       p_payment text, p_paid bigint, p_event text) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    -- A guest checkout has a user and no customer: the grant waits under the user instead.
    holder text := coalesce(p_customer, 'user:' || p_user);
    who text := coalesce(p_user, (SELECT user_id FROM customer_links WHERE customer_id = p_customer));
BEGIN
    INSERT INTO credit_grants (cause, credit_key, customer_id, credits, payment, paid_amount, event_id)
    VALUES (p_cause, p_key, holder, p_credits, p_payment, p_paid, p_event)
    ON CONFLICT DO NOTHING;
    IF FOUND AND who IS NOT NULL THEN
        PERFORM _attribute_grants(holder, who);
    END IF;
END $$;

-- Links a customer to a user unless another user holds it; answers the user who holds it
-- after. A new link brings the grants that were waiting for it.
CREATE FUNCTION _link(p_user text, p_customer text, p_account text, p_source text, p_event text) RETURNS text
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO customer_links (customer_id, user_id, account, source, event_id)
    VALUES (p_customer, p_user, p_account, p_source, p_event)
    ON CONFLICT (customer_id) DO NOTHING;
    IF FOUND THEN
        PERFORM _attribute_grants(p_customer, p_user);
        RETURN p_user;
    END IF;
    RETURN (SELECT user_id FROM customer_links WHERE customer_id = p_customer);
END $$;

-- A link from an event: a conflict is recorded, and the event still applies.
CREATE FUNCTION _link_from_event(p_user text, p_customer text, p_account text, p_source text, p_event text)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    linked text;
BEGIN
    IF coalesce(p_user, '') = '' OR coalesce(p_customer, '') = '' THEN
        RETURN;
    END IF;
    linked := _link(p_user, p_customer, p_account, p_source, p_event);
    IF linked <> p_user THEN
        INSERT INTO link_conflicts (event_id, customer_id, linked_user, claimed_user, source)
        VALUES (p_event, p_customer, linked, p_user, p_source)
        ON CONFLICT DO NOTHING;
    END IF;
END $$;

-- An explicit link: a conflict is refused.
CREATE FUNCTION link_customer(p_user text, p_customer text, p_account text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    linked text;
BEGIN
    IF coalesce(p_user, '') = '' OR coalesce(p_customer, '') = '' THEN
        RAISE EXCEPTION 'link_customer needs a user id and a customer id (got %, %)', p_user, p_customer
            USING ERRCODE = '22023';
    END IF;
    linked := _link(p_user, p_customer, p_account, 'explicit', NULL);
    IF linked <> p_user THEN
        RAISE EXCEPTION 'customer % is linked to user %, not %: a customer belongs to one user', p_customer, linked, p_user
            USING ERRCODE = 'SA001', DETAIL = linked,
                  HINT = 'If the move is intended, unlink it first: SELECT stripe_app.unlink_customer(customer).';
    END IF;
END $$;

CREATE FUNCTION unlink_customer(p_customer text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
AS $$ DELETE FROM customer_links WHERE customer_id = p_customer $$;

-- Uses credits once per idempotency key; refuses (SQLSTATE SA002, the balance in DETAIL) when
-- the balance would go below zero. Answers the balance after.
CREATE FUNCTION consume(p_user text, p_key text, p_amount bigint, p_idempotency_key text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    after bigint;
BEGIN
    IF p_amount IS NULL OR p_amount <= 0 THEN
        RAISE EXCEPTION 'consume needs a positive amount (got %)', p_amount USING ERRCODE = '22023';
    END IF;
    IF coalesce(p_idempotency_key, '') = '' THEN
        RAISE EXCEPTION 'consume needs an idempotency key, so a retried call uses credits once' USING ERRCODE = '22023';
    END IF;
    INSERT INTO credit_ledger (user_id, credit_key, delta, kind, cause)
    VALUES (p_user, p_key, -p_amount, 'consume', 'consume:' || p_idempotency_key)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN coalesce((SELECT balance FROM credit_balances WHERE user_id = p_user AND credit_key = p_key), 0);
    END IF;
    UPDATE credit_balances SET balance = balance - p_amount
    WHERE user_id = p_user AND credit_key = p_key AND balance >= p_amount
    RETURNING balance INTO after;
    IF after IS NULL THEN
        after := coalesce((SELECT balance FROM credit_balances WHERE user_id = p_user AND credit_key = p_key), 0);
        RAISE EXCEPTION 'user % has % % credit(s); % requested', p_user, after, p_key, p_amount
            USING ERRCODE = 'SA002', DETAIL = after::text;
    END IF;
    RETURN after;
END $$;

-- A usage record for metered billing, once per idempotency key; the balance is not changed.
CREATE FUNCTION record_usage(p_user text, p_key text, p_quantity bigint, p_idempotency_key text) RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    WITH added AS (
        INSERT INTO credit_ledger (user_id, credit_key, delta, quantity, kind, cause)
        VALUES (p_user, p_key, 0, p_quantity, 'usage', 'usage:' || p_idempotency_key)
        ON CONFLICT DO NOTHING RETURNING 1
    )
    SELECT EXISTS (SELECT FROM added)
$$;

CREATE FUNCTION balance(p_user text, p_key text) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT coalesce((SELECT balance FROM credit_balances WHERE user_id = p_user AND credit_key = p_key), 0) $$;

CREATE FUNCTION history(p_user text, p_key text)
RETURNS TABLE (id bigint, delta bigint, quantity bigint, kind text, cause text, event_id text, created_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT id, delta, quantity, kind, cause, event_id, created_at FROM credit_ledger
    WHERE user_id = p_user AND credit_key = p_key ORDER BY id
$$;

CREATE FUNCTION record_checkout_line_items(p_session text, p_items jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO checkout_line_items (session_id, line_id, price_id, quantity)
    SELECT p_session, i ->> 'id', coalesce(i -> 'price' ->> 'id', i ->> 'price'), coalesce((i ->> 'quantity')::bigint, 1)
    FROM jsonb_array_elements(coalesce(p_items -> 'data', p_items)) AS i
    ON CONFLICT DO NOTHING;
    UPDATE paid_sessions SET line_items_fetched_at = now() WHERE session_id = p_session AND line_items_fetched_at IS NULL;
    PERFORM _grant_purchase(p_session);
END $$;

-- Event handling -------------------------------------------------------------------------------

CREATE TABLE paid_sessions (
    session_id text PRIMARY KEY,
    account text,
    customer_id text,
    user_id text,
    payment text,
    paid_amount bigint,
    event_id text NOT NULL,
    line_items_fetched_at timestamptz
);
CREATE INDEX paid_sessions_unfetched_idx ON paid_sessions (session_id) WHERE line_items_fetched_at IS NULL;
COMMENT ON TABLE paid_sessions IS 'Paid Checkout Sessions in payment mode: what their grants need. stripe-sync serve (with an API key) reads the line items of those not fetched yet; record_checkout_line_items grants.';

CREATE FUNCTION _grant_purchase(p_session text) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    s record;
    l record;
BEGIN
    SELECT * INTO s FROM paid_sessions WHERE session_id = p_session;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    FOR l IN SELECT li.line_id, li.quantity, r.credit_key, r.credits
             FROM checkout_line_items li JOIN credit_rules r ON r.price_id = li.price_id AND r.grant_on = 'purchase'
             WHERE li.session_id = p_session ORDER BY li.line_id, r.credit_key LOOP
        PERFORM _grant('purchase:' || p_session || ':' || l.line_id, l.credit_key, l.credits * l.quantity,
                       s.customer_id, s.user_id, s.payment, s.paid_amount, s.event_id);
    END LOOP;
END $$;

-- The id of an expandable field, expanded or not.
CREATE FUNCTION _id(v jsonb) RETURNS text
LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE jsonb_typeof(v) WHEN 'string' THEN v #>> '{}' WHEN 'object' THEN v ->> 'id' END $$;

-- Called for each applied event of a type the app layer reads, in the transaction that applies
-- it, by the trigger function only: it runs in that function's context (its owner, its search
-- path), so it sets neither itself, which would cost every event a save and restore.
CREATE FUNCTION handle_event(p_id text, p_type text, p_account text, p_created bigint, p_object jsonb) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    user_key text := (SELECT value FROM settings WHERE key = 'user_metadata_key');
    who text;
    v_payment text;
    line jsonb;
    price text;
    r record;
BEGIN
    CASE
    WHEN p_type IN ('checkout.session.completed', 'checkout.session.async_payment_succeeded') THEN
        who := coalesce(nullif(p_object ->> 'client_reference_id', ''), nullif(p_object -> 'metadata' ->> user_key, ''));
        PERFORM _link_from_event(who, _id(p_object -> 'customer'), p_account,
            CASE WHEN nullif(p_object ->> 'client_reference_id', '') IS NOT NULL THEN 'client_reference_id' ELSE 'metadata' END,
            p_id);
        IF p_object ->> 'mode' = 'payment' AND p_object ->> 'payment_status' IN ('paid', 'no_payment_required') THEN
            INSERT INTO paid_sessions (session_id, account, customer_id, user_id, payment, paid_amount, event_id)
            VALUES (p_object ->> 'id', p_account, _id(p_object -> 'customer'), who, _id(p_object -> 'payment_intent'),
                    (p_object ->> 'amount_total')::bigint, p_id)
            ON CONFLICT DO NOTHING;
            IF jsonb_typeof(p_object -> 'line_items' -> 'data') = 'array' THEN
                PERFORM record_checkout_line_items(p_object ->> 'id', p_object -> 'line_items');
            ELSE
                PERFORM _grant_purchase(p_object ->> 'id');
            END IF;
        END IF;
    WHEN p_type IN ('customer.created', 'customer.updated') THEN
        PERFORM _link_from_event(nullif(p_object -> 'metadata' ->> user_key, ''), p_object ->> 'id', p_account, 'metadata', p_id);
    WHEN p_type IN ('customer.subscription.created', 'customer.subscription.updated') THEN
        PERFORM _link_from_event(nullif(p_object -> 'metadata' ->> user_key, ''), _id(p_object -> 'customer'), p_account,
                                 'metadata', p_id);
    WHEN p_type = 'invoice.paid' THEN
        -- The payment a refund names: the invoice's payment intent before Basil, its payments after.
        v_payment := coalesce(_id(p_object -> 'payment_intent'),
                            _id(p_object -> 'payments' -> 'data' -> 0 -> 'payment' -> 'payment_intent'));
        FOR line IN SELECT * FROM jsonb_array_elements(coalesce(p_object -> 'lines' -> 'data', '[]')) LOOP
            price := coalesce(_id(line -> 'price'), line -> 'pricing' -> 'price_details' ->> 'price', _id(line -> 'plan'));
            FOR r IN SELECT credit_key, credits FROM credit_rules
                     WHERE price_id = price AND grant_on = 'invoice' ORDER BY credit_key LOOP
                PERFORM _grant('invoice:' || (p_object ->> 'id') || ':' || (line ->> 'id'), r.credit_key,
                               r.credits * coalesce((line ->> 'quantity')::bigint, 1), _id(p_object -> 'customer'), NULL,
                               v_payment, (p_object ->> 'amount_paid')::bigint, p_id);
            END LOOP;
        END LOOP;
    WHEN p_type IN ('charge.refunded', 'charge.updated') THEN
        v_payment := _id(p_object -> 'payment_intent');
        IF v_payment IS NOT NULL AND coalesce((p_object ->> 'amount_refunded')::bigint, 0) > 0 THEN
            PERFORM _settle_refunds(v_payment, (p_object ->> 'amount_refunded')::bigint, p_id);
        END IF;
    WHEN p_type IN ('refund.created', 'refund.updated', 'charge.refund.updated') THEN
        v_payment := _id(p_object -> 'payment_intent');
        IF v_payment IS NOT NULL THEN
            INSERT INTO refunds_seen AS rs (refund_id, payment, amount, status)
            VALUES (p_object ->> 'id', v_payment, (p_object ->> 'amount')::bigint, p_object ->> 'status')
            ON CONFLICT (refund_id) DO UPDATE SET status = excluded.status, amount = excluded.amount;
            PERFORM _settle_refunds(v_payment,
                (SELECT coalesce(sum(rs2.amount), 0)::bigint FROM refunds_seen rs2
                 WHERE rs2.payment = v_payment AND coalesce(rs2.status, '') NOT IN ('failed', 'canceled')),
                p_id);
        END IF;
    WHEN p_type = 'entitlements.active_entitlement_summary.updated' THEN
        INSERT INTO entitlement_summaries AS es (customer_id, account, entitlements, event_created, event_id)
        VALUES (p_object ->> 'customer', p_account, coalesce(p_object -> 'entitlements' -> 'data', '[]'), p_created, p_id)
        ON CONFLICT (customer_id) DO UPDATE
        SET entitlements = excluded.entitlements, event_created = excluded.event_created, event_id = excluded.event_id,
            account = excluded.account
        WHERE (es.event_created, es.event_id) < (excluded.event_created, excluded.event_id);
    ELSE
        NULL;
    END CASE;
END $$;

CREATE FUNCTION _on_applied() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    PERFORM handle_event(NEW.id, NEW.type, NEW.account, extract(epoch FROM NEW.created)::bigint,
                         NEW.payload -> 'data' -> 'object');
    RETURN NULL;
END $$;

-- An event is handled when the mirror marks it applied, in that transaction: exactly once with
-- it, and again on a replay (every write above is idempotent by its cause).
CREATE TRIGGER stripe_app_applied_insert AFTER INSERT ON {{mirror}}._events
    FOR EACH ROW WHEN (NEW.status = 'applied' AND NEW.type = ANY ({{handled_event_types}}::text[]))
    EXECUTE FUNCTION _on_applied();
CREATE TRIGGER stripe_app_applied_update AFTER UPDATE OF status ON {{mirror}}._events
    FOR EACH ROW WHEN (NEW.status = 'applied' AND OLD.status IS DISTINCT FROM 'applied'
                       AND NEW.type = ANY ({{handled_event_types}}::text[]))
    EXECUTE FUNCTION _on_applied();

-- Views ----------------------------------------------------------------------------------------

-- Each user's subscriptions, one row per item; the current period where the API version puts
-- it (on the subscription before Basil, on each item from Basil on).
CREATE VIEW user_subscriptions AS
SELECT l.user_id, s.customer AS customer_id, s.id AS subscription_id, s._account AS account, s.status,
       _id(i -> 'price') AS price_id, _id(i -> 'price' -> 'product') AS product_id,
       (i ->> 'quantity')::bigint AS quantity,
       to_timestamp(coalesce((i ->> 'current_period_start')::bigint, (s._raw ->> 'current_period_start')::bigint))
           AS current_period_start,
       to_timestamp(coalesce((i ->> 'current_period_end')::bigint, (s._raw ->> 'current_period_end')::bigint))
           AS current_period_end,
       s.trial_end, s.cancel_at_period_end, s.cancel_at
FROM {{mirror}}.subscriptions s
JOIN customer_links l ON l.customer_id = s.customer
LEFT JOIN {{mirror}}.customers c ON c.id = s.customer
CROSS JOIN LATERAL jsonb_array_elements(coalesce(s._raw -> 'items' -> 'data', '[{}]')) AS i
WHERE NOT s._deleted AND NOT coalesce(c._deleted, false);

-- Users with a subscription that counts: active, trialing, or past_due within the grace.
CREATE VIEW active_users AS
SELECT DISTINCT user_id
FROM user_subscriptions
WHERE status IN ('active', 'trialing')
   OR (status = 'past_due' AND now() < current_period_start + setting('past_due_grace')::interval);

CREATE VIEW user_entitlements AS
SELECT l.user_id, e.customer_id, e.account, x ->> 'lookup_key' AS lookup_key, _id(x -> 'feature') AS feature_id
FROM entitlement_summaries e
JOIN customer_links l ON l.customer_id = e.customer_id
LEFT JOIN {{mirror}}.customers c ON c.id = e.customer_id
CROSS JOIN LATERAL jsonb_array_elements(e.entitlements) AS x
WHERE NOT coalesce(c._deleted, false);

CREATE FUNCTION has_active_subscription(p_user text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT EXISTS (SELECT FROM active_users WHERE user_id = p_user) $$;

CREATE FUNCTION has_entitlement(p_user text, p_lookup_key text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT EXISTS (SELECT FROM user_entitlements WHERE user_id = p_user AND lookup_key = p_lookup_key) $$;

-- Privileges -----------------------------------------------------------------------------------
-- The reader reads; only the roles `stripe-sync migrate --app-role` names may call the functions
-- that write (granted there, so the role can change without a migration).

DO $grant$
DECLARE
    reader text := coalesce(nullif(current_setting('stripe_schema.reader_role', true), ''), 'stripe_reader');
BEGIN
    EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %I FROM PUBLIC', current_schema());
    -- The views call it as whoever reads them.
    GRANT EXECUTE ON FUNCTION _id(jsonb) TO PUBLIC;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = reader) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', reader);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), reader);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), reader);
    EXECUTE format('GRANT EXECUTE ON FUNCTION balance(text, text), history(text, text), has_active_subscription(text), '
                   'has_entitlement(text, text), setting(text) TO %I', reader);
END
$grant$;
