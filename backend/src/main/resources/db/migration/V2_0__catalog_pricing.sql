-- Sales catalog: tax rates and price books (standard, segment, customer) with validity, and their
-- entries. Read by the pricing engine (mobile-contract) on every quote and order.

create table tax_rate (
  id            uuid primary key,
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  category      text not null check (length(category) between 1 and 32),
  rate_percent  numeric(7, 4) not null check (rate_percent between 0 and 100),
  valid_from    date not null,
  valid_to      date,
  unique (tenant_id, id),
  check (valid_to is null or valid_to > valid_from)
);
create index tax_rate_category_idx on tax_rate (tenant_id, category);

-- kind STANDARD has no owner; SEGMENT is owned by an account category; CUSTOMER by an account.
create table price_book (
  id                 uuid primary key,
  tenant_id          uuid not null default app_current_tenant() references tenant (id),
  name               text not null check (length(name) between 1 and 200),
  kind               text not null check (kind in ('STANDARD', 'SEGMENT', 'CUSTOMER')),
  owner_category_id  uuid,
  owner_account_id   uuid,
  currency           text not null check (currency ~ '^[A-Z]{3}$'),
  valid_from         date not null,
  valid_to           date,
  created_at         timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, owner_category_id) references account_category (tenant_id, id),
  foreign key (tenant_id, owner_account_id) references account (tenant_id, id),
  check (valid_to is null or valid_to > valid_from),
  check ((kind = 'STANDARD' and owner_category_id is null and owner_account_id is null)
      or (kind = 'SEGMENT' and owner_category_id is not null and owner_account_id is null)
      or (kind = 'CUSTOMER' and owner_account_id is not null and owner_category_id is null))
);

create table price_book_entry (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  price_book_id  uuid not null,
  product_id     uuid not null,
  unit_price     numeric(14, 4) not null check (unit_price >= 0),
  unique (tenant_id, id),
  unique (tenant_id, price_book_id, product_id),
  foreign key (tenant_id, price_book_id) references price_book (tenant_id, id) on delete cascade,
  foreign key (tenant_id, product_id) references product (tenant_id, id)
);

do $$
declare
  t text;
begin
  foreach t in array array['tax_rate', 'price_book', 'price_book_entry'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
