-- Quotes with revisions, priced lines, and the one approval mechanism (rules, requests, steps).

create table quote (
  id                      uuid primary key,
  tenant_id               uuid not null default app_current_tenant() references tenant (id),
  number                  text not null,
  revision                integer not null default 1 check (revision >= 1),
  previous_revision_id    uuid,
  superseded              boolean not null default false,
  account_id              uuid not null,
  opportunity_id          uuid,
  contact_id              uuid,
  owner_user_id           uuid not null,
  territory_id            uuid not null,
  status                  text not null default 'DRAFT' check (status in
                            ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED')),
  currency                text not null check (currency ~ '^[A-Z]{3}$'),
  pricing_date            date not null,
  valid_until             date not null,
  quote_discount_percent  numeric(7, 4) not null default 0,
  list_total              numeric(16, 4) not null,
  subtotal                numeric(16, 4) not null,
  quote_discount          numeric(16, 4) not null,
  discount_total          numeric(16, 4) not null,
  net                     numeric(16, 4) not null,
  tax                     numeric(16, 4) not null,
  grand_total             numeric(16, 4) not null,
  verdict                 text not null check (verdict in ('APPROVABLE_BY_REP', 'NEEDS_APPROVAL')),
  envelope_exceeded       jsonb not null default '[]'::jsonb,
  totals_corrected        boolean not null default false,
  totals_mismatch         jsonb not null default '[]'::jsonb,
  notes                   text,
  decision_reason         text,
  version                 bigint not null default 1,
  created_at              timestamptz not null default now(),
  updated_at              timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, number, revision),
  foreign key (tenant_id, previous_revision_id) references quote (tenant_id, id),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id),
  foreign key (tenant_id, contact_id) references contact (tenant_id, id),
  foreign key (tenant_id, owner_user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id),
  check (valid_until >= pricing_date)
);
create index quote_account_idx on quote (tenant_id, account_id);
create index quote_owner_idx on quote (tenant_id, owner_user_id);
create index quote_territory_idx on quote (tenant_id, territory_id);

-- A priced line: what the rep entered and the engine's figures, kept as priced.
create table quote_line (
  id                    uuid primary key,
  tenant_id             uuid not null default app_current_tenant() references tenant (id),
  quote_id              uuid not null,
  position              integer not null check (position >= 0),
  product_id            uuid not null,
  quantity              numeric(14, 3) not null check (quantity > 0),
  discount_percent      numeric(7, 4) not null check (discount_percent between 0 and 100),
  unit_price_override   numeric(14, 4),
  price_book_id         uuid not null,
  list_unit_price       numeric(14, 4) not null,
  unit_price            numeric(14, 4) not null,
  list_amount           numeric(16, 4) not null,
  net_amount            numeric(16, 4) not null,
  quote_discount_share  numeric(16, 4) not null,
  taxable_amount        numeric(16, 4) not null,
  tax_rate_percent      numeric(7, 4) not null,
  tax_amount            numeric(16, 4) not null,
  total_amount          numeric(16, 4) not null,
  unique (tenant_id, id),
  unique (tenant_id, quote_id, position),
  foreign key (tenant_id, quote_id) references quote (tenant_id, id) on delete cascade,
  foreign key (tenant_id, product_id) references product (tenant_id, id),
  foreign key (tenant_id, price_book_id) references price_book (tenant_id, id)
);

-- Per-tenant approval rules. Every active rule of a record type whose trigger holds becomes one
-- step of the record's approval, in step order: ENVELOPE_EXCEEDED (quote above the rep's discount
-- envelope), TOTAL_DISCOUNT_ABOVE (total discount % >= threshold), AMOUNT_ABOVE (grand total >=
-- threshold). The approver holds approver_role and, for AREA / REGION, is assigned a territory of
-- that level (or above) covering the record's territory; admins may decide any step.
create table approval_rule (
  id              uuid primary key,
  tenant_id       uuid not null default app_current_tenant() references tenant (id),
  record_type     text not null check (record_type in ('QUOTE', 'ORDER')),
  step_no         integer not null check (step_no between 1 and 9),
  name            text not null check (length(name) between 1 and 200),
  trigger         text not null check (trigger in ('ENVELOPE_EXCEEDED', 'TOTAL_DISCOUNT_ABOVE', 'AMOUNT_ABOVE')),
  threshold       numeric(16, 4),
  approver_role   text not null check (approver_role in ('MANAGER', 'ADMIN')),
  approver_level  text not null default 'ANY' check (approver_level in ('ANY', 'AREA', 'REGION')),
  active          boolean not null default true,
  unique (tenant_id, id),
  unique (tenant_id, record_type, step_no),
  check ((trigger = 'ENVELOPE_EXCEEDED') = (threshold is null))
);

create table approval_request (
  id            uuid primary key,
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  record_type   text not null check (record_type in ('QUOTE', 'ORDER')),
  record_id     uuid not null,
  territory_id  uuid not null,
  requested_by  uuid not null,
  status        text not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
  current_step  integer,
  summary       text not null,
  created_at    timestamptz not null default now(),
  decided_at    timestamptz,
  unique (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id),
  foreign key (tenant_id, requested_by) references app_user (tenant_id, id)
);
create index approval_request_record_idx on approval_request (tenant_id, record_type, record_id);
create index approval_request_pending_idx on approval_request (tenant_id, territory_id) where status = 'PENDING';

-- One step of a request: who must decide, why, and the decision with its comment once made.
create table approval_step (
  id              uuid primary key,
  tenant_id       uuid not null default app_current_tenant() references tenant (id),
  request_id      uuid not null,
  step_no         integer not null,
  rule_name       text not null,
  reason          text not null,
  approver_role   text not null,
  approver_level  text not null,
  status          text not null check (status in ('WAITING', 'PENDING', 'APPROVED', 'REJECTED', 'SKIPPED')),
  decided_by      uuid,
  comment         text,
  decided_at      timestamptz,
  unique (tenant_id, id),
  unique (tenant_id, request_id, step_no),
  foreign key (tenant_id, request_id) references approval_request (tenant_id, id),
  foreign key (tenant_id, decided_by) references app_user (tenant_id, id)
);

do $$
declare
  t text;
begin
  foreach t in array array['quote', 'quote_line', 'approval_rule', 'approval_request', 'approval_step'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
