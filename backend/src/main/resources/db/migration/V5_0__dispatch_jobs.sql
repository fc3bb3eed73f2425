-- Optimisation jobs of the dispatch board: queued per territory and horizon, run by whichever
-- service instance leases them (FOR UPDATE SKIP LOCKED), at most one running per territory.
-- A lease that expires (the instance died) puts the job back in the queue, or fails it after
-- max attempts; nothing is published until a dispatcher publishes the proposal.
create table dispatch_job (
  id                  uuid primary key,
  tenant_id           uuid not null default app_current_tenant() references tenant (id),
  territory_id        uuid not null,
  horizon_start       date not null,
  horizon_end         date not null,
  status              text not null default 'QUEUED'
                        check (status in ('QUEUED', 'RUNNING', 'PROPOSED', 'PUBLISHED', 'FAILED',
                                          'CANCELLED')),
  requested_by        uuid not null,
  time_limit_seconds  integer not null check (time_limit_seconds between 1 and 3600),
  attempts            integer not null default 0,
  lease_owner         text,
  lease_expires_at    timestamptz,
  base_fingerprint    text,
  progress            jsonb,
  proposal            jsonb,
  error               text,
  created_at          timestamptz not null default now(),
  started_at          timestamptz,
  finished_at         timestamptz,
  unique (tenant_id, id),
  check (horizon_end >= horizon_start and horizon_end - horizon_start <= 31),
  check ((status = 'RUNNING') = (lease_owner is not null and lease_expires_at is not null)),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id),
  foreign key (tenant_id, requested_by) references app_user (tenant_id, id)
);
create unique index dispatch_job_one_running_per_territory
  on dispatch_job (tenant_id, territory_id) where status = 'RUNNING';
create index dispatch_job_queue_idx on dispatch_job (tenant_id, created_at) where status = 'QUEUED';
create index dispatch_job_lease_idx on dispatch_job (tenant_id, lease_expires_at) where status = 'RUNNING';

alter table dispatch_job enable row level security;
alter table dispatch_job force row level security;
create policy tenant_isolation on dispatch_job
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
