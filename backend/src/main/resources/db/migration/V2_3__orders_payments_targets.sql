-- Orders (from an accepted quote or direct), their lines and attachment references, payments
-- collected against them, and sales targets per rep or territory and period.

create table sales_order (
  id                  uuid primary key,
  tenant_id           uuid not null default app_current_tenant() references tenant (id),
  number              text not null,
  account_id          uuid not null,
  quote_id            uuid,
  opportunity_id      uuid,
  owner_user_id       uuid not null,
  territory_id        uuid not null,
  status              text not null check (status in ('PENDING_APPROVAL', 'CONFIRMED', 'REJECTED', 'CANCELLED')),
  delivery_status     text not null default 'NOT_DELIVERED'
                        check (delivery_status in ('NOT_DELIVERED', 'PARTIALLY_DELIVERED', 'DELIVERED')),
  currency            text not null check (currency ~ '^[A-Z]{3}$'),
  order_date          date not null,
  payment_terms_days  integer not null check (payment_terms_days between 0 and 365),
  due_date            date not null,
  signatory_name      text,
  notes               text,
  list_total          numeric(16, 4) not null,
  discount_total      numeric(16, 4) not null,
  net                 numeric(16, 4) not null,
  tax                 numeric(16, 4) not null,
  grand_total         numeric(16, 4) not null,
  paid_total          numeric(16, 4) not null default 0 check (paid_total >= 0 and paid_total <= grand_total),
  envelope_exceeded   jsonb not null default '[]'::jsonb,
  totals_corrected    boolean not null default false,
  totals_mismatch     jsonb not null default '[]'::jsonb,
  version             bigint not null default 1,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, number),
  unique (tenant_id, quote_id),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  foreign key (tenant_id, quote_id) references quote (tenant_id, id),
  foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id),
  foreign key (tenant_id, owner_user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id)
);
create index sales_order_account_idx on sales_order (tenant_id, account_id);
create index sales_order_owner_idx on sales_order (tenant_id, owner_user_id, order_date);
create index sales_order_territory_idx on sales_order (tenant_id, territory_id, order_date);

create table order_line (
  id                uuid primary key,
  tenant_id         uuid not null default app_current_tenant() references tenant (id),
  order_id          uuid not null,
  position          integer not null check (position >= 0),
  product_id        uuid not null,
  quantity          numeric(14, 3) not null check (quantity > 0),
  discount_percent  numeric(7, 4) not null check (discount_percent between 0 and 100),
  list_unit_price   numeric(14, 4) not null,
  unit_price        numeric(14, 4) not null,
  list_amount       numeric(16, 4) not null,
  net_amount        numeric(16, 4) not null,
  tax_amount        numeric(16, 4) not null,
  total_amount      numeric(16, 4) not null,
  unique (tenant_id, id),
  unique (tenant_id, order_id, position),
  foreign key (tenant_id, order_id) references sales_order (tenant_id, id) on delete cascade,
  foreign key (tenant_id, product_id) references product (tenant_id, id)
);

create table order_attachment (
  id            uuid primary key,
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  order_id      uuid not null,
  name          text not null check (length(name) between 1 and 200),
  uri           text not null check (length(uri) between 1 and 2000),
  content_type  text,
  created_at    timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, order_id) references sales_order (tenant_id, id) on delete cascade
);

create table payment (
  id            uuid primary key,
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  order_id      uuid not null,
  amount        numeric(16, 4) not null check (amount > 0),
  currency      text not null check (currency ~ '^[A-Z]{3}$'),
  method        text not null check (method in ('CASH', 'CARD', 'BANK_TRANSFER', 'CHEQUE')),
  paid_on       date not null,
  collected_by  uuid not null,
  reference     text,
  created_at    timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, order_id) references sales_order (tenant_id, id),
  foreign key (tenant_id, collected_by) references app_user (tenant_id, id)
);
create index payment_order_idx on payment (tenant_id, order_id);

-- A plan for one rep (user_id) or one territory (territory_id) over [period_start, period_end].
create table sales_target (
  id            uuid primary key,
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  user_id       uuid,
  territory_id  uuid,
  period_start  date not null,
  period_end    date not null,
  amount        numeric(16, 2) not null check (amount >= 0),
  currency      text not null check (currency ~ '^[A-Z]{3}$'),
  unique (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id),
  foreign key (tenant_id, territory_id) references territory (tenant_id, id),
  check ((user_id is null) <> (territory_id is null)),
  check (period_end >= period_start)
);
create unique index sales_target_user_idx on sales_target (tenant_id, user_id, period_start) where user_id is not null;
create unique index sales_target_territory_idx on sales_target (tenant_id, territory_id, period_start) where territory_id is not null;

do $$
declare
  t text;
begin
  foreach t in array array['sales_order', 'order_line', 'order_attachment', 'payment', 'sales_target'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
