-- Field service, part 1: skills, technicians (a profile of an app_user: skills with levels, home
-- base, territory, working hours, shifts, absences, a van), stock locations, and assets (equipment
-- installed at a customer's site).

-- Sites are addressed together with their account, so child tables can prove a site belongs to the
-- account they name (composite foreign keys below).
alter table site add constraint site_account_site_key unique (tenant_id, account_id, id);

create table skill (
  id         uuid primary key,
  tenant_id  uuid not null default app_current_tenant() references tenant (id),
  code       text not null check (code ~ '^[A-Z0-9_-]{1,64}$'),
  name       text not null check (length(name) between 1 and 200),
  unique (tenant_id, id),
  unique (tenant_id, code)
);

-- Where parts are kept: the tenant's warehouses and each technician's van.
create table stock_location (
  id         uuid primary key,
  tenant_id  uuid not null default app_current_tenant() references tenant (id),
  kind       text not null check (kind in ('WAREHOUSE', 'VAN')),
  name       text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  unique (tenant_id, id)
);

create table technician (
  user_id          uuid primary key,
  tenant_id        uuid not null default app_current_tenant() references tenant (id),
  territory_id     uuid not null,
  home_latitude    double precision not null check (home_latitude between -90 and 90),
  home_longitude   double precision not null check (home_longitude between -180 and 180),
  van_location_id  uuid not null,
  active           boolean not null default true,
  created_at       timestamptz not null default now(),
  unique (tenant_id, user_id),
  unique (tenant_id, van_location_id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id),
  foreign key (tenant_id, van_location_id) references stock_location (tenant_id, id)
);
create index technician_territory_idx on technician (tenant_id, territory_id);

create table technician_skill (
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  technician_id  uuid not null,
  skill_code     text not null,
  level          integer  not null check (level between 1 and 5),
  primary key (tenant_id, technician_id, skill_code),
  foreign key (tenant_id, technician_id) references technician (tenant_id, user_id) on delete cascade,
  foreign key (tenant_id, skill_code) references skill (tenant_id, code)
);

-- Regular working hours per ISO weekday (1 = Monday ... 7 = Sunday), in the tenant's local time.
create table technician_working_hours (
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  technician_id  uuid not null,
  weekday        integer  not null check (weekday between 1 and 7),
  starts         time not null,
  ends           time not null,
  primary key (tenant_id, technician_id, weekday),
  foreign key (tenant_id, technician_id) references technician (tenant_id, user_id) on delete cascade,
  check (ends > starts)
);

create table technician_shift (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  technician_id  uuid not null,
  starts_at      timestamptz not null,
  ends_at        timestamptz not null,
  unique (tenant_id, id),
  foreign key (tenant_id, technician_id) references technician (tenant_id, user_id) on delete cascade,
  check (ends_at > starts_at and ends_at - starts_at <= interval '24 hours')
);
create index technician_shift_idx on technician_shift (tenant_id, technician_id, starts_at);

create table technician_absence (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  technician_id  uuid not null,
  kind           text not null check (kind in ('LEAVE', 'TRAINING', 'SICKNESS')),
  starts_at      timestamptz not null,
  ends_at        timestamptz not null,
  note           text check (length(note) <= 2000),
  created_at     timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, technician_id) references technician (tenant_id, user_id) on delete cascade,
  check (ends_at > starts_at)
);
create index technician_absence_idx on technician_absence (tenant_id, technician_id, starts_at);

create table asset (
  id                uuid primary key,
  tenant_id         uuid not null default app_current_tenant() references tenant (id),
  account_id        uuid not null,
  site_id           uuid not null,
  product_id        uuid,
  serial_number     text not null check (length(serial_number) between 1 and 100),
  model             text not null check (length(model) between 1 and 200),
  manufacturer      text check (length(manufacturer) <= 200),
  installed_on      date,
  warranty_ends_on  date,
  version           bigint not null default 1,
  created_at        timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, site_id, id),
  unique (tenant_id, model, serial_number),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, account_id, site_id) references site (tenant_id, account_id, id),
  foreign key (tenant_id, product_id) references product (tenant_id, id),
  check (warranty_ends_on is null or installed_on is null or warranty_ends_on >= installed_on)
);
create index asset_account_idx on asset (tenant_id, account_id);
create index asset_site_idx on asset (tenant_id, site_id);

-- Rows of append-only tables are never changed or removed (evidence, history, stock movements).
create function app_append_only() returns trigger
  language plpgsql
  as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = '55000';
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['skill', 'stock_location', 'technician', 'technician_skill',
                           'technician_working_hours', 'technician_shift', 'technician_absence',
                           'asset'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
