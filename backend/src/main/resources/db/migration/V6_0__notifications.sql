-- Push notifications: per-user preferences, the dispatcher's outbox cursor and the delivery log.
-- See backend/docs/notifications.md.

-- The transaction that appended each event. The dispatcher only moves its cursor behind the oldest
-- transaction still running (pg_snapshot_xmin), so an event committed late by a transaction that
-- took a lower seq is never skipped.
alter table domain_event add column txid xid8 not null default pg_current_xact_id();
create index domain_event_txid_idx on domain_event (tenant_id, txid);

-- What a user wants: language of notices, time zone, quiet hours (local times; may wrap midnight).
create table notification_preference (
  tenant_id    uuid not null default app_current_tenant() references tenant (id),
  user_id      uuid not null,
  locale       text not null check (locale ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
  time_zone    text not null check (length(time_zone) between 1 and 64),
  quiet_start  time,
  quiet_end    time,
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, user_id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade,
  check ((quiet_start is null) = (quiet_end is null)),
  check (quiet_start is null or quiet_start <> quiet_end)
);

-- Per tenant: every event of a transaction below the watermark has been planned.
create table notification_cursor (
  tenant_id   uuid primary key default app_current_tenant() references tenant (id),
  watermark   xid8 not null default '0',
  updated_at  timestamptz not null default now()
);

-- Events at or above the watermark that are planned already (rows below it are pruned).
create table notification_event (
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  event_id    uuid not null,
  txid        xid8 not null,
  planned_at  timestamptz not null default now(),
  primary key (tenant_id, event_id),
  foreign key (tenant_id, event_id) references domain_event (tenant_id, id) on delete cascade
);
create index notification_event_txid_idx on notification_event (tenant_id, txid);

-- One push message per (event, device, kind); never a second one for the same key.
create table notification_delivery (
  id               uuid primary key,
  tenant_id        uuid not null default app_current_tenant() references tenant (id),
  event_id         uuid not null,
  device_id        uuid not null,
  user_id          uuid not null,
  kind             text not null check (kind in ('NOTICE', 'SYNC')),
  state            text not null default 'PENDING'
                   check (state in ('PENDING', 'SENT', 'RETRY', 'FAILED', 'DROPPED')),
  urgent           boolean not null default false,
  title            text,
  body             text,
  data             jsonb not null,
  attempts         integer not null default 0 check (attempts >= 0),
  next_attempt_at  timestamptz not null default now(),
  last_error       text,
  token_hash       bytea,
  message_id       text,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, event_id, device_id, kind),
  foreign key (tenant_id, event_id) references domain_event (tenant_id, id) on delete cascade,
  foreign key (tenant_id, device_id) references device (tenant_id, id) on delete cascade,
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade,
  check ((kind = 'NOTICE') = (title is not null and body is not null))
);
create index notification_delivery_due_idx on notification_delivery (tenant_id, next_attempt_at)
  where state in ('PENDING', 'RETRY');
create index notification_delivery_done_idx on notification_delivery (tenant_id, updated_at)
  where state in ('SENT', 'FAILED', 'DROPPED');

do $$
declare
  t text;
begin
  foreach t in array array['notification_preference', 'notification_cursor', 'notification_event',
                           'notification_delivery'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
