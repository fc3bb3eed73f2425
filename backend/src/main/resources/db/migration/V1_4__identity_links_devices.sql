-- External sign-in (Firebase uid -> Fieldline user) and push tokens on devices.

-- A few reads must cross tenants before a tenant is known (which user does this Firebase uid
-- belong to; which tenants exist for background work). They run in a transaction that sets
-- app.system_scope (TenantTx.system) and no tenant, and each such policy grants SELECT on exactly
-- one table; every other table still shows nothing in that transaction.
create function app_system_scope() returns text
  language sql stable
  as $$ select coalesce(current_setting('app.system_scope', true), '') $$;

create table identity_link (
  provider    text not null check (provider in ('FIREBASE')),
  subject     text not null check (length(subject) between 1 and 128),
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  user_id     uuid not null,
  created_at  timestamptz not null default now(),
  primary key (provider, subject),
  unique (tenant_id, provider, user_id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
alter table identity_link enable row level security;
alter table identity_link force row level security;
create policy tenant_isolation on identity_link
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy sign_in_lookup on identity_link for select
  using (app_system_scope() = 'sign-in');

create policy tenant_directory on tenant for select
  using (app_system_scope() = 'tenant-directory');

alter table device add column fcm_token text check (length(fcm_token) between 1 and 4096);
alter table device add column fcm_token_updated_at timestamptz;
create unique index device_fcm_token_idx on device (tenant_id, fcm_token) where fcm_token is not null;

