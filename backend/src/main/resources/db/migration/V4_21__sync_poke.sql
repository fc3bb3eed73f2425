-- Pokes: when a transaction's changes get their commit position, it also notifies the channel
-- 'fieldline_sync' with '<tenant>|<position>|<scope>,<scope>,...' (or '<tenant>|<position>|*' when
-- the scopes would not fit NOTIFY's 8000-byte payload). PostgreSQL delivers the notification only
-- when the transaction commits, to every backend instance listening (SyncPokeListener), which pokes
-- the GraphQL subscriptions of those scopes' devices; the devices then pull.

create or replace function sync_assign_position() returns trigger
  language plpgsql
  as $$
declare
  p bigint;
  scopes text;
begin
  delete from sync_tx_mark where txid = new.txid;
  perform pg_advisory_xact_lock(hashtextextended('fieldline.sync.log/' || new.tenant_id::text, 0));
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
