-- Field service, part 3: visits, the one on-site model for service appointments (SERVICE, for a
-- work order) and sales calls (SALES, for an opportunity), with their time-stamped status history
-- and check-in / check-out evidence. History and evidence are append-only.

create table visit (
  id                    uuid primary key,
  tenant_id             uuid not null default app_current_tenant() references tenant (id),
  kind                  text not null check (kind in ('SERVICE', 'SALES')),
  account_id            uuid not null,
  site_id               uuid not null,
  work_order_id         uuid,
  -- The opportunity of a SALES visit. The opportunity table belongs to the sales feature (built on
  -- another branch): no foreign key yet. The lead adds
  --   foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id)
  -- when the sales branch lands.
  opportunity_id        uuid,
  assignee_user_id      uuid not null,
  scheduled_start       timestamptz not null,
  duration_minutes      integer not null check (duration_minutes between 5 and 1440),
  arrival_window_start  timestamptz not null,
  arrival_window_end    timestamptz not null,
  status                text not null default 'SCHEDULED'
                          check (status in ('SCHEDULED', 'DISPATCHED', 'TRAVELING', 'ON_SITE',
                                            'COMPLETED', 'CANCELLED', 'INCOMPLETE')),
  status_reason         text check (length(status_reason) between 1 and 2000),
  status_changed_at     timestamptz not null default now(),
  created_by            uuid,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  version               bigint not null default 1,
  unique (tenant_id, id),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, account_id, site_id) references site (tenant_id, account_id, id),
  foreign key (tenant_id, work_order_id) references work_order (tenant_id, id),
  foreign key (tenant_id, assignee_user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, created_by) references app_user (tenant_id, id),
  check ((kind = 'SERVICE') = (work_order_id is not null)),
  check (kind = 'SALES' or opportunity_id is null),
  check (arrival_window_end > arrival_window_start),
  check (scheduled_start between arrival_window_start and arrival_window_end),
  check ((status in ('CANCELLED', 'INCOMPLETE')) = (status_reason is not null))
);
-- A work order has at most one visit under way at a time.
create unique index visit_one_active_per_work_order on visit (tenant_id, work_order_id)
  where status in ('SCHEDULED', 'DISPATCHED', 'TRAVELING', 'ON_SITE');
create index visit_assignee_idx on visit (tenant_id, assignee_user_id, scheduled_start);
create index visit_schedule_idx on visit (tenant_id, scheduled_start, id);
create index visit_account_idx on visit (tenant_id, account_id);
create index visit_work_order_idx on visit (tenant_id, work_order_id);

-- Follow-up work orders name the visit that asked for them.
alter table work_order add foreign key (tenant_id, origin_visit_id) references visit (tenant_id, id);

-- Every status change of a visit, time-stamped (from_status is null for the creation).
create table visit_transition (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  visit_id       uuid not null,
  from_status    text,
  to_status      text not null,
  reason         text,
  at             timestamptz not null default now(),
  actor_user_id  uuid,
  unique (tenant_id, id),
  foreign key (tenant_id, visit_id) references visit (tenant_id, id)
);
create index visit_transition_visit_idx on visit_transition (tenant_id, visit_id, at);

-- Where and when the technician checked in and out: the device's clock and position with its
-- accuracy, and the server's receipt time.
create table visit_evidence (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  visit_id       uuid not null,
  kind           text not null check (kind in ('CHECK_IN', 'CHECK_OUT')),
  recorded_at    timestamptz not null,
  latitude       double precision not null check (latitude between -90 and 90),
  longitude      double precision not null check (longitude between -180 and 180),
  accuracy_m     double precision not null check (accuracy_m >= 0 and accuracy_m <= 100000),
  received_at    timestamptz not null default now(),
  actor_user_id  uuid not null,
  unique (tenant_id, id),
  foreign key (tenant_id, visit_id) references visit (tenant_id, id),
  foreign key (tenant_id, actor_user_id) references app_user (tenant_id, id)
);
create index visit_evidence_visit_idx on visit_evidence (tenant_id, visit_id, recorded_at);

create trigger visit_transition_append_only before update or delete on visit_transition
  for each row execute function app_append_only();
create trigger visit_evidence_append_only before update or delete on visit_evidence
  for each row execute function app_append_only();

do $$
declare
  t text;
begin
  foreach t in array array['visit', 'visit_transition', 'visit_evidence'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
