-- Commit positions without serialising a tenant's writers (backend/docs/sync.md, "The change log
-- never skips a change").
--
-- Before: a transaction that staged changes took the tenant's log lock EXCLUSIVELY at commit and
-- held it through its WAL flush, so one tenant's commits ran one at a time.
-- Now writers take it SHARED: they draw their positions and commit concurrently (and their WAL
-- flushes can share one fsync). A reader of the log takes it EXCLUSIVELY, on its session, before
-- its transaction takes its snapshot and releases it in the statement that takes the snapshot
-- (PgSyncStore.inReadTransaction, through TenantTx.jdbcAfterLock). While a reader holds
-- it, every writer that drew a position has committed and is visible (a transaction's locks are
-- released after its commit is visible) and no writer can draw one: the snapshot holds every
-- position drawn so far, and every position drawn later is higher. So no reader can see position p
-- while a lower position is still to come (PROTOCOL.md R31).

-- The key of a tenant's log lock (the same key as before).
create function sync_log_key(p_tenant uuid) returns bigint
  language sql immutable
  as $$ select hashtextextended('fieldline.sync.log/' || p_tenant::text, 0) $$;

create or replace function sync_assign_position() returns trigger
  language plpgsql
  as $$
declare
  p bigint;
  scopes text;
begin
  delete from sync_tx_mark where txid = new.txid;
  perform pg_advisory_xact_lock_shared(sync_log_key(new.tenant_id));
  p := nextval('sync_position_seq');
  with stamped as (
    update sync_change c
       set position = p, idx = s.rn - 1, committed_at = sync_now()
      from (select id, (row_number() over (order by id))::integer as rn
              from sync_change
             where tenant_id = new.tenant_id and position is null) s
     where c.id = s.id
    returning c.scope_id)
  select string_agg(distinct scope_id, ',') into scopes from stamped;
  if scopes is not null then
    perform pg_notify('fieldline_sync', new.tenant_id::text || '|' || p::text || '|'
                      || case when length(scopes) > 7000 then '*' else scopes end);
  end if;
  return null;
end $$;
