-- The domain-event outbox: every state change worth telling someone about is appended here in the
-- same transaction as the change; the notification dispatcher consumes it in seq order.
create table domain_event (
  id              uuid primary key,
  tenant_id       uuid not null default app_current_tenant() references tenant (id),
  seq             bigint generated always as identity,
  aggregate_type  text not null check (length(aggregate_type) between 1 and 64),
  aggregate_id    uuid not null,
  event_type      text not null check (length(event_type) between 1 and 64),
  payload         jsonb not null default '{}'::jsonb,
  actor_user_id   uuid,
  occurred_at     timestamptz not null default now(),
  unique (tenant_id, id)
);
create index domain_event_seq_idx on domain_event (tenant_id, seq);
create index domain_event_aggregate_idx on domain_event (tenant_id, aggregate_type, aggregate_id);

alter table domain_event enable row level security;
alter table domain_event force row level security;
create policy tenant_isolation on domain_event
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- Which demo seeders have run for a demo tenant, so a seeder added later still runs once.
create table demo_seed (
  tenant_id  uuid not null default app_current_tenant() references tenant (id),
  seeder     text not null,
  seeded_at  timestamptz not null default now(),
  primary key (tenant_id, seeder)
);
alter table demo_seed enable row level security;
alter table demo_seed force row level security;
create policy tenant_isolation on demo_seed
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
