-- Field sales CRM: follow-up activities, the tenant's opportunity pipeline, leads, opportunities,
-- per-tenant discount envelopes and number sequences.

create table pipeline_stage (
  id                   uuid primary key,
  tenant_id            uuid not null default app_current_tenant() references tenant (id),
  code                 text not null check (code ~ '^[A-Z][A-Z0-9_]{0,31}$'),
  name                 text not null check (length(name) between 1 and 100),
  position             integer not null check (position >= 0),
  default_probability  integer not null check (default_probability between 0 and 100),
  outcome              text not null default 'OPEN' check (outcome in ('OPEN', 'WON', 'LOST')),
  active               boolean not null default true,
  unique (tenant_id, id),
  unique (tenant_id, code)
);

create table lead (
  id                        uuid primary key,
  tenant_id                 uuid not null default app_current_tenant() references tenant (id),
  company_name              text not null check (length(company_name) between 1 and 200),
  first_name                text not null check (length(first_name) between 1 and 100),
  last_name                 text not null check (length(last_name) between 1 and 100),
  email                     text check (email ~ '^[^@\s]+@[^@\s]+$'),
  phone                     text,
  source                    text not null check (source in ('WEB', 'REFERRAL', 'EVENT', 'COLD_CALL', 'PARTNER', 'OTHER')),
  status                    text not null default 'NEW' check (status in ('NEW', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED')),
  qualification_notes       text,
  territory_id              uuid not null,
  owner_user_id             uuid not null,
  converted_account_id      uuid,
  converted_contact_id      uuid,
  converted_opportunity_id  uuid,
  version                   bigint not null default 1,
  created_at                timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id),
  foreign key (tenant_id, owner_user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, converted_account_id) references account (tenant_id, id),
  foreign key (tenant_id, converted_contact_id) references contact (tenant_id, id)
);
create index lead_territory_idx on lead (tenant_id, territory_id);

create table opportunity (
  id                  uuid primary key,
  tenant_id           uuid not null default app_current_tenant() references tenant (id),
  account_id          uuid not null,
  name                text not null check (length(name) between 1 and 200),
  stage_id            uuid not null,
  amount              numeric(14, 2) not null default 0 check (amount >= 0),
  currency            text not null check (currency ~ '^[A-Z]{3}$'),
  probability         integer not null check (probability between 0 and 100),
  expected_close      date,
  competitors         text,
  win_loss_reason     text,
  primary_contact_id  uuid,
  lead_id             uuid,
  owner_user_id       uuid not null,
  territory_id        uuid not null,
  version             bigint not null default 1,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, stage_id) references pipeline_stage (tenant_id, id),
  foreign key (tenant_id, primary_contact_id) references contact (tenant_id, id),
  foreign key (tenant_id, lead_id) references lead (tenant_id, id),
  foreign key (tenant_id, owner_user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id)
);
create index opportunity_account_idx on opportunity (tenant_id, account_id);
create index opportunity_owner_idx on opportunity (tenant_id, owner_user_id);
alter table lead add foreign key (tenant_id, converted_opportunity_id) references opportunity (tenant_id, id);

-- A follow-up activity with an account: what happened (or is planned), and the next step.
create table activity (
  id               uuid primary key,
  tenant_id        uuid not null default app_current_tenant() references tenant (id),
  account_id       uuid not null,
  contact_id       uuid,
  opportunity_id   uuid,
  owner_user_id    uuid not null,
  type             text not null check (type in ('VISIT', 'CALL', 'EMAIL', 'MEETING', 'DEMO')),
  occurred_at      timestamptz not null,
  subject          text not null check (length(subject) between 1 and 200),
  result           text,
  notes            text,
  next_step        text,
  due_date         date,
  follow_up_done   boolean not null default false,
  created_at       timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, contact_id) references contact (tenant_id, id),
  foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id),
  foreign key (tenant_id, owner_user_id) references app_user (tenant_id, id),
  check (due_date is null or next_step is not null)
);
create index activity_account_idx on activity (tenant_id, account_id, occurred_at);
create index activity_due_idx on activity (tenant_id, owner_user_id, due_date) where not follow_up_done;

-- How far reps may discount without approval: one tenant default (user_id null) and per-user
-- overrides. The pricing engine's DiscountEnvelope.
create table discount_envelope (
  id                          uuid primary key,
  tenant_id                   uuid not null default app_current_tenant() references tenant (id),
  user_id                     uuid,
  max_line_discount_percent   numeric(7, 4) not null check (max_line_discount_percent between 0 and 100),
  max_quote_discount_percent  numeric(7, 4) not null check (max_quote_discount_percent between 0 and 100),
  max_total_discount_percent  numeric(7, 4) not null check (max_total_discount_percent between 0 and 100),
  price_override_allowed      boolean not null default false,
  unique (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
create unique index discount_envelope_user_idx
  on discount_envelope (tenant_id, coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Human-readable numbers (quotes, orders): unique per tenant, gaps allowed.
create table number_sequence (
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  name        text not null check (name in ('QUOTE', 'ORDER')),
  last_value  bigint not null,
  primary key (tenant_id, name)
);

do $$
declare
  t text;
begin
  foreach t in array array['pipeline_stage', 'lead', 'opportunity', 'activity',
                           'discount_envelope', 'number_sequence'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
