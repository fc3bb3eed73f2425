-- Customer records shared by sales and service: the tenant's classification tree, accounts,
-- their sites (addresses with coordinates) and contacts. GraphQL for them lives in the sales
-- feature; service work orders and assets refer to accounts and sites.

create table account_category (
  id         uuid primary key,
  tenant_id  uuid not null default app_current_tenant() references tenant (id),
  parent_id  uuid,
  code       text not null check (length(code) between 1 and 64),
  name       text not null check (length(name) between 1 and 200),
  unique (tenant_id, id),
  unique (tenant_id, code),
  foreign key (tenant_id, parent_id) references account_category (tenant_id, id)
);

create table account (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  name           text not null check (length(name) between 1 and 200),
  legal_name     text,
  tax_id         text,
  industry       text,
  category_id    uuid,
  value_grade    text check (value_grade in ('A', 'B', 'C')),
  lifecycle      text not null default 'PROSPECT'
                   check (lifecycle in ('PROSPECT', 'ACTIVE', 'DORMANT', 'LOST')),
  owner_user_id  uuid,
  territory_id   uuid not null,
  version        bigint not null default 1,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, category_id) references account_category (tenant_id, id),
  foreign key (tenant_id, owner_user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id)
);
create index account_territory_idx on account (tenant_id, territory_id);
create index account_name_idx on account (tenant_id, lower(name));

create table site (
  id          uuid primary key,
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  account_id  uuid not null,
  name        text not null check (length(name) between 1 and 200),
  street      text,
  city        text,
  postal_code text,
  country     text check (country ~ '^[A-Z]{2}$'),
  latitude    double precision check (latitude between -90 and 90),
  longitude   double precision check (longitude between -180 and 180),
  version     bigint not null default 1,
  created_at  timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, account_id) references account (tenant_id, id)
);
create index site_account_idx on site (tenant_id, account_id);

create table contact (
  id          uuid primary key,
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  account_id  uuid not null,
  first_name  text not null check (length(first_name) between 1 and 100),
  last_name   text not null check (length(last_name) between 1 and 100),
  role        text,
  email       text check (email ~ '^[^@\s]+@[^@\s]+$'),
  phone       text,
  is_primary  boolean not null default false,
  version     bigint not null default 1,
  created_at  timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, account_id) references account (tenant_id, id)
);
create index contact_account_idx on contact (tenant_id, account_id);

do $$
declare
  t text;
begin
  foreach t in array array['account_category', 'account', 'site', 'contact'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
