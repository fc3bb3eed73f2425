-- Field service, part 2: versioned checklist templates per work-order type, cases (complaints),
-- maintenance plans and work orders with the skills they need.

create table checklist_template (
  id               uuid primary key,
  tenant_id        uuid not null default app_current_tenant() references tenant (id),
  work_order_type  text not null
                     check (work_order_type in ('INSTALLATION', 'MAINTENANCE', 'REPAIR', 'INSPECTION')),
  version          integer not null check (version >= 1),
  name             text not null check (length(name) between 1 and 200),
  created_at       timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, work_order_type, version)
);

-- Items of a template version; a published version never changes (a new version is a new template).
create table checklist_item (
  tenant_id    uuid not null default app_current_tenant() references tenant (id),
  template_id  uuid not null,
  code         text not null check (code ~ '^[a-z0-9_]{1,64}$'),
  position     integer not null check (position >= 0),
  label        text not null check (length(label) between 1 and 500),
  answer_kind  text not null check (answer_kind in ('YES_NO', 'TEXT', 'NUMBER', 'CHOICE')),
  choices      text[] not null default '{}',
  required     boolean not null,
  primary key (tenant_id, template_id, code),
  foreign key (tenant_id, template_id) references checklist_template (tenant_id, id) on delete cascade,
  check ((answer_kind = 'CHOICE') = (cardinality(choices) > 0))
);

create sequence service_case_number_seq;

create table service_case (
  id           uuid primary key,
  tenant_id    uuid not null default app_current_tenant() references tenant (id),
  number       text not null default ('CS-' || lpad(nextval('service_case_number_seq')::text, 6, '0')),
  account_id   uuid not null,
  site_id      uuid,
  contact_id   uuid,
  channel      text not null check (channel in ('PHONE', 'EMAIL', 'PORTAL', 'FIELD')),
  category     text not null check (length(category) between 1 and 64),
  severity     text not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  subject      text not null check (length(subject) between 1 and 200),
  description  text check (length(description) <= 10000),
  sla_due_at   timestamptz not null,
  status       text not null default 'OPEN'
                 check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
  resolution   text check (length(resolution) <= 10000),
  resolved_at  timestamptz,
  created_by   uuid,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  version      bigint not null default 1,
  unique (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, account_id, site_id) references site (tenant_id, account_id, id),
  foreign key (tenant_id, contact_id) references contact (tenant_id, id),
  foreign key (tenant_id, created_by) references app_user (tenant_id, id),
  check ((status in ('RESOLVED', 'CLOSED')) = (resolution is not null and resolved_at is not null))
);
create index service_case_sla_idx on service_case (tenant_id, status, sla_due_at, id);
create index service_case_account_idx on service_case (tenant_id, account_id);

create table maintenance_plan (
  id                 uuid primary key,
  tenant_id          uuid not null default app_current_tenant() references tenant (id),
  name               text not null check (length(name) between 1 and 200),
  account_id         uuid not null,
  site_id            uuid not null,
  asset_id           uuid,
  work_order_type    text not null default 'MAINTENANCE'
                       check (work_order_type in ('INSTALLATION', 'MAINTENANCE', 'REPAIR', 'INSPECTION')),
  priority           text not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  interval_months    integer not null check (interval_months between 1 and 60),
  first_due_on       date not null,
  ends_on            date,
  lead_days          integer not null default 30 check (lead_days between 1 and 366),
  sla_days           integer not null default 7 check (sla_days between 0 and 90),
  estimated_minutes  integer not null check (estimated_minutes between 5 and 1440),
  active             boolean not null default true,
  created_at         timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, account_id, site_id) references site (tenant_id, account_id, id),
  foreign key (tenant_id, site_id, asset_id) references asset (tenant_id, site_id, id),
  check (ends_on is null or ends_on >= first_due_on)
);

create table maintenance_plan_skill (
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  plan_id     uuid not null,
  skill_code  text not null,
  min_level   integer  not null check (min_level between 1 and 5),
  primary key (tenant_id, plan_id, skill_code),
  foreign key (tenant_id, plan_id) references maintenance_plan (tenant_id, id) on delete cascade,
  foreign key (tenant_id, skill_code) references skill (tenant_id, code)
);

create sequence work_order_number_seq;

create table work_order (
  id                       uuid primary key,
  tenant_id                uuid not null default app_current_tenant() references tenant (id),
  number                   text not null
                             default ('WO-' || lpad(nextval('work_order_number_seq')::text, 6, '0')),
  account_id               uuid not null,
  site_id                  uuid not null,
  asset_id                 uuid,
  type                     text not null
                             check (type in ('INSTALLATION', 'MAINTENANCE', 'REPAIR', 'INSPECTION')),
  priority                 text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  title                    text not null check (length(title) between 1 and 200),
  description              text check (length(description) <= 10000),
  sla_due_at               timestamptz not null,
  estimated_minutes        integer not null check (estimated_minutes between 5 and 1440),
  preferred_technician_id  uuid,
  status                   text not null default 'OPEN'
                             check (status in ('OPEN', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
  cancel_reason            text check (length(cancel_reason) <= 2000),
  origin                   text not null
                             check (origin in ('PHONE', 'PORTAL', 'CASE', 'MAINTENANCE_PLAN', 'FOLLOW_UP')),
  case_id                  uuid,
  maintenance_plan_id      uuid,
  plan_occurrence          date,
  origin_visit_id          uuid,
  checklist_template_id    uuid,
  sla_risk_flagged_at      timestamptz,
  completed_at             timestamptz,
  created_by               uuid,
  created_at               timestamptz not null default now(),
  updated_at               timestamptz not null default now(),
  version                  bigint not null default 1,
  unique (tenant_id, id),
  unique (tenant_id, number),
  -- A maintenance plan creates each occurrence's work order exactly once: the generator inserts
  -- with ON CONFLICT DO NOTHING against this key (NULLs never conflict, so other origins pass).
  unique (tenant_id, maintenance_plan_id, plan_occurrence),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, account_id, site_id) references site (tenant_id, account_id, id),
  foreign key (tenant_id, site_id, asset_id) references asset (tenant_id, site_id, id),
  foreign key (tenant_id, preferred_technician_id) references technician (tenant_id, user_id),
  foreign key (tenant_id, case_id) references service_case (tenant_id, id),
  foreign key (tenant_id, maintenance_plan_id) references maintenance_plan (tenant_id, id),
  foreign key (tenant_id, checklist_template_id) references checklist_template (tenant_id, id),
  foreign key (tenant_id, created_by) references app_user (tenant_id, id),
  check ((status = 'CANCELLED') = (cancel_reason is not null)),
  check ((status = 'COMPLETED') = (completed_at is not null)),
  check ((origin = 'CASE') = (case_id is not null)),
  check ((origin = 'MAINTENANCE_PLAN') = (maintenance_plan_id is not null)),
  check ((maintenance_plan_id is null) = (plan_occurrence is null)),
  check ((origin = 'FOLLOW_UP') = (origin_visit_id is not null))
);
create index work_order_sla_idx on work_order (tenant_id, status, sla_due_at, id);
create index work_order_account_idx on work_order (tenant_id, account_id);
create index work_order_asset_idx on work_order (tenant_id, asset_id);
create index work_order_case_idx on work_order (tenant_id, case_id);

create table work_order_skill (
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  work_order_id  uuid not null,
  skill_code     text not null,
  min_level      integer  not null check (min_level between 1 and 5),
  primary key (tenant_id, work_order_id, skill_code),
  foreign key (tenant_id, work_order_id) references work_order (tenant_id, id) on delete cascade,
  foreign key (tenant_id, skill_code) references skill (tenant_id, code)
);

do $$
declare
  t text;
begin
  foreach t in array array['checklist_template', 'checklist_item', 'service_case',
                           'maintenance_plan', 'maintenance_plan_skill', 'work_order',
                           'work_order_skill'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
