-- The delta-sync store (sync-protocol's SyncStore on PostgreSQL): devices, per-device sequences and
-- stored mutation results (exactly once, R6-R8), record states with field versions and their
-- history (R19), scope membership (R16, R37), the ordered change log (R30-R32, R39) and conflicts
-- held for a person (R25, R28). Every table is a tenant table under row-level security.
-- Entity types, scope ids and field names compare in "C" collation: the protocol orders keys by
-- Java string order (PROTOCOL.md R33, R34).

-- The store's clock inside a sync transaction (the store sets app.sync_now), else the database's.
create function sync_now() returns timestamptz
  language sql stable
  as $$ select coalesce(nullif(current_setting('app.sync_now', true), '')::timestamptz, now()) $$;

create table sync_device (
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  device_id      text collate "C" not null check (length(device_id) between 1 and 128),
  owner_id       text not null check (length(owner_id) between 1 and 128),
  scope_id       text collate "C" not null check (length(scope_id) between 1 and 128),
  registered_at  timestamptz not null default now(),
  primary key (tenant_id, device_id)
);

create table sync_device_sequence (
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  device_id      text collate "C" not null,
  last_sequence  bigint not null check (last_sequence >= 1),
  primary key (tenant_id, device_id)
);

create table sync_mutation (
  tenant_id    uuid not null default app_current_tenant() references tenant (id),
  device_id    text collate "C" not null,
  sequence     bigint not null check (sequence >= 1),
  body_hash    text not null check (body_hash ~ '^[0-9a-f]{64}$'),
  device_time  timestamptz,
  received_at  timestamptz not null,
  result       jsonb not null,
  primary key (tenant_id, device_id, sequence)
);
create index sync_mutation_received_idx on sync_mutation (tenant_id, received_at);

-- The current state of every synced record (live or tombstone), whatever wrote it.
create table sync_record (
  tenant_id       uuid not null default app_current_tenant() references tenant (id),
  entity_type     text collate "C" not null check (entity_type ~ '^[a-z][a-z0-9_]{0,63}$'),
  record_id       uuid not null,
  version         bigint not null check (version >= 1),
  deleted         boolean not null default false,
  fields          jsonb not null,
  field_versions  jsonb not null,
  writers         jsonb not null,
  primary key (tenant_id, entity_type, record_id)
);

create table sync_record_version (
  tenant_id       uuid not null default app_current_tenant() references tenant (id),
  entity_type     text collate "C" not null,
  record_id       uuid not null,
  version         bigint not null check (version >= 1),
  deleted         boolean not null,
  fields          jsonb not null,
  field_versions  jsonb not null,
  committed_at    timestamptz not null,
  primary key (tenant_id, entity_type, record_id, version)
);
create index sync_record_version_time_idx on sync_record_version (tenant_id, committed_at);

create table sync_scope_member (
  tenant_id    uuid not null default app_current_tenant() references tenant (id),
  scope_id     text collate "C" not null check (length(scope_id) between 1 and 128),
  entity_type  text collate "C" not null,
  record_id    uuid not null,
  primary key (tenant_id, scope_id, entity_type, record_id)
);
create index sync_scope_member_record_idx on sync_scope_member (tenant_id, entity_type, record_id);

-- The change log. Rows are staged with a null position; at commit the transaction takes its
-- position (R31 (a)): see sync_assign_position below.
create table sync_change (
  id            bigint generated always as identity primary key,
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  position      bigint,
  idx           integer,
  scope_id      text collate "C" not null,
  change        jsonb not null,
  committed_at  timestamptz,
  check ((position is null) = (idx is null) and (position is null) = (committed_at is null))
);
create index sync_change_scope_idx on sync_change (tenant_id, scope_id, position, idx)
  where position is not null;
create index sync_change_position_idx on sync_change (tenant_id, position) where position is not null;
create index sync_change_staged_idx on sync_change (tenant_id) where position is null;

-- Per tenant: how far retention has removed the log (R39).
create table sync_log_position (
  tenant_id          uuid primary key default app_current_tenant() references tenant (id),
  compacted_through  bigint not null default 0
);

-- Positions come from one sequence, taken at commit under a per-tenant lock, so a tenant's
-- positions become visible in increasing order (gaps between a tenant's positions are harmless).
create sequence sync_position_seq;

-- One row per transaction that staged changes; its deferred trigger runs at COMMIT.
create table sync_tx_mark (
  txid       xid8 primary key default pg_current_xact_id(),
  tenant_id  uuid not null default app_current_tenant() references tenant (id)
);

-- Stages a change-log row for a scope in the current transaction.
create function sync_stage(p_scope text, p_change jsonb) returns void
  language plpgsql
  as $$
begin
  insert into sync_change (scope_id, change) values (p_scope, p_change);
  if current_setting('app.sync_staged', true) is distinct from 'on' then
    insert into sync_tx_mark default values on conflict do nothing;
    perform set_config('app.sync_staged', 'on', true);
  end if;
end $$;

-- At commit: take the tenant's log lock (held until the commit is visible), take the next position
-- and give it to every row this transaction staged. A transaction that staged first but commits
-- later therefore gets the higher position: a reader never sees position p while a lower one is
-- still to come, and a cursor never skips a change (PROTOCOL.md R31).
create function sync_assign_position() returns trigger
  language plpgsql
  as $$
declare
  p bigint;
begin
  delete from sync_tx_mark where txid = new.txid;
  perform pg_advisory_xact_lock(hashtextextended('fieldline.sync.log/' || new.tenant_id::text, 0));
  p := nextval('sync_position_seq');
  update sync_change c
     set position = p, idx = s.rn - 1, committed_at = sync_now()
    from (select id, (row_number() over (order by id))::integer as rn
            from sync_change
           where tenant_id = new.tenant_id and position is null) s
   where c.id = s.id;
  return null;
end $$;

create constraint trigger sync_assign_position after insert on sync_tx_mark
  deferrable initially deferred
  for each row execute function sync_assign_position();

create table sync_conflict (
  tenant_id         uuid not null default app_current_tenant() references tenant (id),
  id                uuid not null,
  seq               bigint generated always as identity,
  entity_type       text collate "C" not null,
  record_id         uuid not null,
  device_id         text collate "C" not null,
  sequence          bigint not null,
  record_version    bigint not null,
  fields            jsonb not null,
  created_at        timestamptz not null,
  resolved_by       text,
  resolved_at       timestamptz,
  resolved_version  bigint,
  primary key (tenant_id, id),
  check ((resolved_by is null) = (resolved_at is null)
         and (resolved_by is null) = (resolved_version is null))
);
create index sync_conflict_record_idx on sync_conflict (tenant_id, entity_type, record_id, seq);
create index sync_conflict_open_idx on sync_conflict (tenant_id, created_at) where resolved_by is null;

do $$
declare
  t text;
begin
  foreach t in array array['sync_device', 'sync_device_sequence', 'sync_mutation', 'sync_record',
                           'sync_record_version', 'sync_scope_member', 'sync_change',
                           'sync_log_position', 'sync_tx_mark', 'sync_conflict'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
