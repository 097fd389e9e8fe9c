-- Hooks for the app's own logic: an outbox written in the transaction that applies an event,
-- for each hook subscribed to its type, and consumed by the app in a transaction of its own
-- that also holds the app's writes (stripe_sync::billing::hooks). A hook's work is then done
-- exactly once per event, after the acknowledgement, as Stripe advises.

CREATE TABLE hook_subscriptions (
    hook text NOT NULL,
    event_type text NOT NULL,
    PRIMARY KEY (hook, event_type)
);
COMMENT ON TABLE hook_subscriptions IS 'Which hook wants which event types (register_hook replaces a hook''s set).';

CREATE TABLE hook_outbox (
    hook text NOT NULL,
    event_id text NOT NULL,
    created timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    not_before timestamptz NOT NULL DEFAULT now(),
    handled_at timestamptz,
    PRIMARY KEY (hook, event_id)
);
CREATE INDEX hook_outbox_due_idx ON hook_outbox (hook, created, event_id) WHERE handled_at IS NULL;
COMMENT ON TABLE hook_outbox IS 'Each event a hook subscribed to, once: handled_at is set in the transaction that holds the hook''s own writes, and the row stays, so a replayed event is not handled again. A failing one waits (not_before) and is tried again; last_error says why.';

CREATE FUNCTION _on_hook_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO hook_outbox (hook, event_id, created)
    SELECT s.hook, NEW.id, NEW.created FROM hook_subscriptions s WHERE s.event_type = NEW.type
    ON CONFLICT DO NOTHING;
    IF FOUND THEN
        PERFORM pg_notify('stripe_app_hooks', NEW.id);
    END IF;
    RETURN NULL;
END $$;

-- Subscribes `p_hook` to exactly `p_types` and rebuilds the ledger's hook triggers for the
-- union of every hook's types: events of other types pay only the triggers' WHEN test.
CREATE FUNCTION register_hook(p_hook text, p_types text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    wanted text[];
BEGIN
    IF coalesce(p_hook, '') = '' THEN
        RAISE EXCEPTION 'register_hook needs a hook name' USING ERRCODE = '22023';
    END IF;
    -- One registration at a time: the trigger rebuilt below must see every hook's types.
    PERFORM pg_advisory_xact_lock(hashtext('stripe_app register_hook'));
    DELETE FROM hook_subscriptions WHERE hook = p_hook;
    INSERT INTO hook_subscriptions SELECT DISTINCT p_hook, t FROM unnest(p_types) AS t WHERE coalesce(t, '') <> '';
    SELECT array_agg(DISTINCT event_type ORDER BY event_type) INTO wanted FROM hook_subscriptions;
    EXECUTE 'DROP TRIGGER IF EXISTS stripe_app_hooks_insert ON {{mirror}}._events';
    EXECUTE 'DROP TRIGGER IF EXISTS stripe_app_hooks_update ON {{mirror}}._events';
    IF wanted IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format(
        'CREATE TRIGGER stripe_app_hooks_insert AFTER INSERT ON {{mirror}}._events FOR EACH ROW '
        'WHEN (NEW.status = %L AND NEW.type = ANY (%L::text[])) EXECUTE FUNCTION %I._on_hook_event()',
        'applied', wanted, current_schema());
    EXECUTE format(
        'CREATE TRIGGER stripe_app_hooks_update AFTER UPDATE OF status ON {{mirror}}._events FOR EACH ROW '
        'WHEN (NEW.status = %L AND OLD.status IS DISTINCT FROM %L AND NEW.type = ANY (%L::text[])) '
        'EXECUTE FUNCTION %I._on_hook_event()',
        'applied', 'applied', wanted, current_schema());
END $$;

REVOKE ALL ON FUNCTION _on_hook_event(), register_hook(text, text[]) FROM PUBLIC;
