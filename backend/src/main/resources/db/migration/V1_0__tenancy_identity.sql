-- Tenancy and identity. Runs as the owner role; the service role (${app_role}) gets DML only.
-- Every tenant table: tenant_id NOT NULL, RLS enabled AND forced, one policy on app.tenant_id.

create function app_current_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create table tenant (
  id          uuid primary key,
  slug        text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name        text not null check (length(name) between 1 and 200),
  created_at  timestamptz not null default now()
);

create table territory (
  id          uuid primary key,
  tenant_id   uuid not null references tenant (id),
  parent_id   uuid,
  kind        text not null check (kind in ('REGION', 'AREA', 'TERRITORY')),
  code        text not null check (length(code) between 1 and 64),
  name        text not null check (length(name) between 1 and 200),
  created_at  timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, code),
  foreign key (tenant_id, parent_id) references territory (tenant_id, id),
  check ((kind = 'REGION') = (parent_id is null))
);
create index territory_parent_idx on territory (tenant_id, parent_id);

-- region > area > territory: a parent must be exactly one level up.
create function territory_check_parent() returns trigger
  language plpgsql
  as $$
declare
  parent_kind text;
begin
  if new.parent_id is null then
    return new;
  end if;
  select kind into parent_kind from territory where id = new.parent_id and tenant_id = new.tenant_id;
  if (new.kind = 'AREA' and parent_kind is distinct from 'REGION')
     or (new.kind = 'TERRITORY' and parent_kind is distinct from 'AREA') then
    raise exception 'territory % of kind % cannot have a parent of kind %', new.code, new.kind, parent_kind
      using errcode = '23514';
  end if;
  return new;
end $$;
create trigger territory_parent_kind before insert or update on territory
  for each row execute function territory_check_parent();

create table app_user (
  id            uuid primary key,
  tenant_id     uuid not null references tenant (id),
  email         text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
  display_name  text not null check (length(display_name) between 1 and 200),
  active        boolean not null default true,
  created_at    timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, email)
);

create table user_role (
  tenant_id  uuid not null,
  user_id    uuid not null,
  role       text not null check (role in ('ADMIN', 'MANAGER', 'DISPATCHER', 'TECHNICIAN', 'SALES_REP')),
  primary key (tenant_id, user_id, role),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);

create table user_territory (
  tenant_id     uuid not null,
  user_id       uuid not null,
  territory_id  uuid not null,
  primary key (tenant_id, user_id, territory_id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade,
  foreign key (tenant_id, territory_id) references territory (tenant_id, id)
);
create index user_territory_territory_idx on user_territory (tenant_id, territory_id);

create table device (
  id                uuid primary key,
  tenant_id         uuid not null,
  user_id           uuid not null,
  name              text not null check (length(name) between 1 and 200),
  platform          text not null check (platform in ('ANDROID', 'IOS', 'WEB', 'SIMULATOR')),
  app_version       text,
  protocol_version  integer,
  last_sync_at      timestamptz,
  created_at        timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
create index device_user_idx on device (tenant_id, user_id);

-- Row-level security: the tenant table by its id, every other table by tenant_id.
alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_isolation on tenant
  using (id = app_current_tenant()) with check (id = app_current_tenant());

do $$
declare
  t text;
begin
  foreach t in array array['territory', 'app_user', 'user_role', 'user_territory', 'device'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;

-- The service role: data access only, on every table the owner creates from now on too.
grant usage on schema public to ${app_role};
grant select, insert, update, delete on tenant, territory, app_user, user_role, user_territory, device
  to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};
alter default privileges in schema public grant execute on functions to ${app_role};
