-- Field service, part 4: visit reports (notes, checklist answers, time entries, attachments by
-- reference, the customer's signature, follow-up), van stock as signed movements, quote requests
-- raised from the field, and satisfaction surveys.

create table service_quote_request (
  id               uuid primary key,
  tenant_id        uuid not null default app_current_tenant() references tenant (id),
  account_id       uuid not null,
  site_id          uuid not null,
  origin_visit_id  uuid not null,
  note             text not null check (length(note) between 1 and 2000),
  status           text not null default 'OPEN' check (status in ('OPEN', 'QUOTED', 'DECLINED')),
  created_by       uuid,
  created_at       timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, account_id, site_id) references site (tenant_id, account_id, id),
  foreign key (tenant_id, origin_visit_id) references visit (tenant_id, id)
);

create table visit_report (
  id                          uuid primary key,
  tenant_id                   uuid not null default app_current_tenant() references tenant (id),
  visit_id                    uuid not null,
  checklist_template_id       uuid,
  notes                       text check (length(notes) <= 20000),
  follow_up_kind              text check (follow_up_kind in ('WORK_ORDER', 'QUOTE_REQUEST')),
  follow_up_note              text check (length(follow_up_note) between 1 and 2000),
  follow_up_work_order_type   text
                                check (follow_up_work_order_type in
                                       ('INSTALLATION', 'MAINTENANCE', 'REPAIR', 'INSPECTION')),
  follow_up_work_order_id     uuid,
  follow_up_quote_request_id  uuid,
  created_at                  timestamptz not null default now(),
  updated_at                  timestamptz not null default now(),
  version                     bigint not null default 1,
  unique (tenant_id, id),
  unique (tenant_id, visit_id),
  foreign key (tenant_id, visit_id) references visit (tenant_id, id),
  foreign key (tenant_id, checklist_template_id) references checklist_template (tenant_id, id),
  foreign key (tenant_id, follow_up_work_order_id) references work_order (tenant_id, id),
  foreign key (tenant_id, follow_up_quote_request_id) references service_quote_request (tenant_id, id),
  check ((follow_up_kind is null) = (follow_up_note is null)),
  check (follow_up_kind = 'WORK_ORDER' or follow_up_work_order_type is null)
);

create table checklist_answer (
  tenant_id    uuid not null default app_current_tenant() references tenant (id),
  report_id    uuid not null,
  template_id  uuid not null,
  item_code    text not null,
  value        text not null check (length(value) between 1 and 2000),
  answered_at  timestamptz not null default now(),
  answered_by  uuid not null,
  primary key (tenant_id, report_id, item_code),
  foreign key (tenant_id, report_id) references visit_report (tenant_id, id),
  foreign key (tenant_id, template_id, item_code) references checklist_item (tenant_id, template_id, code)
);

create table time_entry (
  id          uuid primary key,
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  report_id   uuid not null,
  kind        text not null check (kind in ('TRAVEL', 'WORK', 'BREAK')),
  started_at  timestamptz not null,
  stopped_at  timestamptz,
  unique (tenant_id, id),
  foreign key (tenant_id, report_id) references visit_report (tenant_id, id),
  check (stopped_at is null or stopped_at >= started_at)
);
-- At most one running entry per report.
create unique index time_entry_one_running on time_entry (tenant_id, report_id) where stopped_at is null;

-- Photos and documents are stored elsewhere (object storage); the report keeps a reference with
-- the content's SHA-256, size and media type so the file can be verified.
create table report_attachment (
  id              uuid primary key,
  tenant_id       uuid not null default app_current_tenant() references tenant (id),
  report_id       uuid not null,
  kind            text not null check (kind in ('PHOTO', 'DOCUMENT')),
  storage_ref     text not null check (length(storage_ref) between 1 and 1000),
  content_sha256  text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes      bigint not null check (size_bytes > 0),
  media_type      text not null check (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  caption         text check (length(caption) <= 500),
  created_by      uuid not null,
  created_at      timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, report_id, content_sha256),
  foreign key (tenant_id, report_id) references visit_report (tenant_id, id)
);

-- The customer's signature: at most one per report, over the SHA-256 of the report it signs.
create table report_signature (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  report_id      uuid not null,
  signer_name    text not null check (length(signer_name) between 1 and 200),
  signed_at      timestamptz not null,
  image_ref      text not null check (length(image_ref) between 1 and 1000),
  image_sha256   text not null check (image_sha256 ~ '^[0-9a-f]{64}$'),
  report_sha256  text not null check (report_sha256 ~ '^[0-9a-f]{64}$'),
  recorded_by    uuid not null,
  recorded_at    timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, report_id),
  foreign key (tenant_id, report_id) references visit_report (tenant_id, id)
);

-- Van stock is the sum of these signed movements; nothing ever overwrites a quantity.
-- TRANSFER_IN (+) warehouse to van, USED_ON_VISIT (-) fitted on a visit, RETURNED (-) van back to
-- the warehouse, ADJUSTED (+/-) stock-take correction.
create table stock_movement (
  id             uuid primary key,
  tenant_id      uuid not null default app_current_tenant() references tenant (id),
  location_id    uuid not null,
  product_id     uuid not null,
  kind           text not null check (kind in ('TRANSFER_IN', 'USED_ON_VISIT', 'RETURNED', 'ADJUSTED')),
  quantity       numeric(12, 3) not null check (quantity <> 0),
  visit_id       uuid,
  note           text check (length(note) <= 2000),
  actor_user_id  uuid,
  created_at     timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, location_id) references stock_location (tenant_id, id),
  foreign key (tenant_id, product_id) references product (tenant_id, id),
  foreign key (tenant_id, visit_id) references visit (tenant_id, id),
  check ((kind = 'TRANSFER_IN' and quantity > 0)
         or (kind in ('USED_ON_VISIT', 'RETURNED') and quantity < 0)
         or kind = 'ADJUSTED'),
  check ((kind = 'USED_ON_VISIT') = (visit_id is not null))
);
create index stock_movement_level_idx on stock_movement (tenant_id, location_id, product_id);
create index stock_movement_visit_idx on stock_movement (tenant_id, visit_id);

-- The last line of defence for "never below zero": every outgoing movement locks its location and
-- checks the sum, so concurrent withdrawals serialise and cannot overdraw together.
create function stock_movement_check_level() returns trigger
  language plpgsql
  as $$
declare
  on_hand numeric;
begin
  if new.quantity >= 0 then
    return new;
  end if;
  perform 1 from stock_location where id = new.location_id and tenant_id = new.tenant_id for update;
  select coalesce(sum(quantity), 0) into on_hand from stock_movement
   where tenant_id = new.tenant_id and location_id = new.location_id and product_id = new.product_id;
  if on_hand + new.quantity < 0 then
    raise exception 'stock of product % at location % would go below zero', new.product_id, new.location_id
      using errcode = '23514', constraint = 'stock_movement_non_negative';
  end if;
  return new;
end $$;
create trigger stock_movement_level before insert on stock_movement
  for each row execute function stock_movement_check_level();
create trigger stock_movement_append_only before update or delete on stock_movement
  for each row execute function app_append_only();

create table visit_survey (
  id                  uuid primary key,
  tenant_id           uuid not null default app_current_tenant() references tenant (id),
  visit_id            uuid not null,
  technician_user_id  uuid not null,
  scale               text not null check (scale in ('CSAT_5', 'NPS')),
  score               integer  not null,
  comment             text check (length(comment) <= 4000),
  received_at         timestamptz not null default now(),
  recorded_by         uuid,
  unique (tenant_id, id),
  unique (tenant_id, visit_id),
  foreign key (tenant_id, visit_id) references visit (tenant_id, id),
  foreign key (tenant_id, technician_user_id) references app_user (tenant_id, id),
  check ((scale = 'CSAT_5' and score between 1 and 5) or (scale = 'NPS' and score between 0 and 10))
);
create index visit_survey_technician_idx on visit_survey (tenant_id, technician_user_id, received_at);

do $$
declare
  t text;
begin
  foreach t in array array['service_quote_request', 'visit_report', 'checklist_answer', 'time_entry',
                           'report_attachment', 'report_signature', 'stock_movement',
                           'visit_survey'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;
