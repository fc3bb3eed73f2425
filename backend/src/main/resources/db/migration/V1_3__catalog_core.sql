-- Products, shared by sales (quotes, orders) and service (parts used, van stock). Price books and
-- tax rates belong to the sales feature's migrations.
create table product_line (
  id         uuid primary key,
  tenant_id  uuid not null default app_current_tenant() references tenant (id),
  code       text not null check (length(code) between 1 and 64),
  name       text not null check (length(name) between 1 and 200),
  unique (tenant_id, id),
  unique (tenant_id, code)
);

create table product (
  id               uuid primary key,
  tenant_id        uuid not null default app_current_tenant() references tenant (id),
  product_line_id  uuid,
  sku              text not null check (length(sku) between 1 and 64),
  name             text not null check (length(name) between 1 and 200),
  unit             text not null default 'EA' check (length(unit) between 1 and 16),
  tax_category     text not null default 'STANDARD' check (length(tax_category) between 1 and 32),
  kind             text not null default 'GOODS' check (kind in ('GOODS', 'SERVICE', 'PART')),
  active           boolean not null default true,
  version          bigint not null default 1,
  created_at       timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, sku),
  foreign key (tenant_id, product_line_id) references product_line (tenant_id, id)
);

do $$
declare
  t text;
begin
  foreach t in array array['product_line', 'product'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
