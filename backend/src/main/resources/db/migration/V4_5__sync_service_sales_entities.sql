-- The service and sales types devices sync (backend/docs/sync.md, "Synced entities"); the Java
-- registry (ServiceEntities, SalesEntities) declares the same, SyncedEntitiesSchemaTest checks it.

-- Records need a uuid id: checklist items and answers get one.
alter table checklist_item add column id uuid not null default gen_random_uuid();
alter table checklist_item add constraint checklist_item_id_key unique (tenant_id, id);
alter table checklist_answer add column id uuid not null default gen_random_uuid();
alter table checklist_answer add constraint checklist_answer_id_key unique (tenant_id, id);

-- Figures the server computes (re-pricing) may be left out by a device that creates the row.
alter table quote alter column list_total set default 0, alter column subtotal set default 0,
  alter column quote_discount set default 0, alter column discount_total set default 0,
  alter column net set default 0, alter column tax set default 0,
  alter column grand_total set default 0, alter column verdict set default 'APPROVABLE_BY_REP';
alter table quote_line alter column list_unit_price set default 0,
  alter column unit_price set default 0, alter column list_amount set default 0,
  alter column net_amount set default 0, alter column quote_discount_share set default 0,
  alter column taxable_amount set default 0, alter column tax_rate_percent set default 0,
  alter column tax_amount set default 0, alter column total_amount set default 0;
alter table sales_order alter column list_total set default 0,
  alter column discount_total set default 0, alter column net set default 0,
  alter column tax set default 0, alter column grand_total set default 0;
alter table order_line alter column list_unit_price set default 0,
  alter column unit_price set default 0, alter column list_amount set default 0,
  alter column net_amount set default 0, alter column tax_amount set default 0,
  alter column total_amount set default 0;

-- Quotes and orders created offline get their number from the tenant's counter (the sales
-- feature's Numbers, same format) when they arrive without one.
create function sync_assign_number() returns trigger
  language plpgsql
  as $$
declare
  n bigint;
begin
  if new.number is null then
    insert into number_sequence (name, last_value) values (tg_argv[0], 1)
      on conflict (tenant_id, name) do update set last_value = number_sequence.last_value + 1
      returning last_value into n;
    new.number := tg_argv[1] || '-' || lpad(n::text, 6, '0');
  end if;
  return new;
end $$;
create trigger quote_number before insert on quote
  for each row execute function sync_assign_number('QUOTE', 'Q');
create trigger sales_order_number before insert on sales_order
  for each row execute function sync_assign_number('ORDER', 'SO');

create index work_order_checklist_template_idx on work_order (tenant_id, checklist_template_id);
create index technician_van_idx on technician (van_location_id);

-- Catalog and service reference data first, then the records that follow them.
select sync_register_entity('price_book', 'price_book', 'CATALOG', null, null,
  array['name', 'kind', 'owner_category_id', 'owner_account_id', 'currency', 'valid_from',
        'valid_to']);
select sync_register_entity('price_book_entry', 'price_book_entry', 'CATALOG', null, null,
  array['price_book_id', 'product_id', 'unit_price']);
select sync_register_entity('visit', 'visit', 'TECH_VISIT', 'assignee_user_id', null,
  array['kind', 'account_id', 'site_id', 'work_order_id', 'assigned_technician_id=assignee_user_id',
        'scheduled_start', 'duration_minutes', 'status', 'status_reason']);
select sync_register_entity('work_order', 'work_order', 'CARRIED', null, null,
  array['number', 'account_id', 'site_id', 'asset_id', 'type', 'priority', 'title', 'description',
        'sla_due_at', 'estimated_minutes', 'status', 'checklist_template_id']);
select sync_register_entity('checklist_template', 'checklist_template', 'CARRIED', null, null,
  array['work_order_type', 'version', 'name']);
select sync_register_entity('checklist_item', 'checklist_item', 'FOLLOW_PARENT', 'template_id',
  'checklist_template',
  array['template_id', 'code', 'position', 'label', 'answer_kind', 'required']);
select sync_register_entity('asset', 'asset', 'FOLLOW_PARENT', 'site_id', 'site',
  array['account_id', 'site_id', 'product_id', 'serial_number', 'model', 'manufacturer']);
select sync_register_entity('visit_report', 'visit_report', 'FOLLOW_PARENT', 'visit_id', 'visit',
  array['visit_id', 'checklist_template_id', 'notes', 'follow_up_kind', 'follow_up_note',
        'follow_up_work_order_type']);
select sync_register_entity('time_entry', 'time_entry', 'FOLLOW_PARENT', 'report_id',
  'visit_report', array['report_id', 'kind', 'started_at', 'stopped_at']);
select sync_register_entity('checklist_answer', 'checklist_answer', 'FOLLOW_PARENT', 'report_id',
  'visit_report',
  array['report_id', 'template_id', 'item_code', 'answered_by', 'value', 'answered_at']);
select sync_register_entity('report_attachment', 'report_attachment', 'FOLLOW_PARENT',
  'report_id', 'visit_report',
  array['report_id', 'kind', 'storage_ref', 'content_sha256', 'size_bytes', 'media_type',
        'caption', 'created_by']);
select sync_register_entity('report_signature', 'report_signature', 'FOLLOW_PARENT', 'report_id',
  'visit_report',
  array['report_id', 'signer_name', 'signed_at', 'image_ref', 'image_sha256', 'report_sha256',
        'recorded_by']);
-- stock_movement is append-only: its trigger would refuse registration's "update ... set id = id".
alter table stock_movement disable trigger stock_movement_append_only;
select sync_register_entity('stock_movement', 'stock_movement', 'TECH_VAN', 'location_id', null,
  array['location_id', 'product_id', 'kind', 'quantity', 'visit_id', 'note', 'actor_user_id']);
alter table stock_movement enable trigger stock_movement_append_only;
select sync_register_entity('opportunity', 'opportunity', 'REP_TERRITORY', 'territory_id', null,
  array['account_id', 'territory_id', 'owner_user_id', 'name', 'stage_id', 'amount', 'currency',
        'probability', 'expected_close', 'competitors', 'win_loss_reason']);
select sync_register_entity('activity', 'activity', 'FOLLOW_PARENT', 'account_id', 'account',
  array['account_id', 'owner_user_id', 'contact_id', 'opportunity_id', 'type', 'occurred_at',
        'subject', 'result', 'notes', 'next_step', 'due_date', 'follow_up_done']);
select sync_register_entity('quote', 'quote', 'REP_TERRITORY', 'territory_id', null,
  array['number', 'account_id', 'territory_id', 'owner_user_id', 'list_total', 'subtotal',
        'quote_discount', 'discount_total', 'net', 'tax', 'grand_total', 'verdict',
        'totals_corrected', 'status', 'contact_id', 'opportunity_id', 'currency', 'pricing_date',
        'valid_until', 'quote_discount_percent', 'notes']);
select sync_register_entity('quote_line', 'quote_line', 'FOLLOW_PARENT', 'quote_id', 'quote',
  array['quote_id', 'price_book_id', 'list_unit_price', 'unit_price', 'list_amount',
        'net_amount', 'quote_discount_share', 'taxable_amount', 'tax_rate_percent', 'tax_amount',
        'total_amount', 'position', 'product_id', 'quantity', 'discount_percent',
        'unit_price_override']);
select sync_register_entity('sales_order', 'sales_order', 'REP_TERRITORY', 'territory_id', null,
  array['number', 'account_id', 'territory_id', 'owner_user_id', 'quote_id', 'delivery_status',
        'currency', 'order_date', 'payment_terms_days', 'due_date', 'list_total',
        'discount_total', 'net', 'tax', 'grand_total', 'paid_total', 'totals_corrected', 'status',
        'signatory_name', 'notes']);
select sync_register_entity('order_line', 'order_line', 'FOLLOW_PARENT', 'order_id',
  'sales_order',
  array['order_id', 'position', 'product_id', 'quantity', 'discount_percent', 'list_unit_price',
        'unit_price', 'list_amount', 'net_amount', 'tax_amount', 'total_amount']);
select sync_register_entity('payment', 'payment', 'FOLLOW_PARENT', 'order_id', 'sales_order',
  array['order_id', 'amount', 'currency', 'method', 'paid_on', 'collected_by', 'reference']);

-- Technicians' scopes: accounts come with their visits, work orders with their visits, checklist
-- templates with their work orders.
select sync_register_carrier('account', 'visit', 'account_id');
select sync_register_carrier('work_order', 'visit', 'work_order_id');
select sync_register_carrier('checklist_template', 'work_order', 'checklist_template_id');

-- Scopes that exist already get what the new rules give them.
do $$
declare
  t uuid;
  s text;
begin
  perform set_config('app.system_scope', 'tenant-directory', true);
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    for s in select scope_id from sync_scope order by scope_id loop
      perform sync_refresh_scope(s);
    end loop;
  end loop;
  perform set_config('app.tenant_id', '', true);
  perform set_config('app.system_scope', '', true);
end $$;
