-- Change capture for synced entities. Every write to a synced table, whatever made it (GraphQL,
-- sync push, demo loader, a migration), runs the row trigger sync_capture in the same
-- transaction: it keeps the record's sync state (sync_record: fields, field versions, writers,
-- version) in step with the row, keeps the record's scope membership in step with the scope rules,
-- and stages change-log rows (upsert, delete, grant, evict) for every scope concerned.
--
-- One registration per synced entity type (sync_register_entity, one line in a migration):
--   entity type, table, scope rule, the rule's column, the parent entity (FOLLOW_PARENT) and the
--   fields as 'field' or 'field=column'. The Java registry (io.fieldline.backend.sync.entity)
--   declares the same; SyncedEntitiesSchemaTest fails when the two differ.
-- Scope rules: REP_TERRITORY (sales reps whose territories, or territories above, hold the row's
-- territory column), FOLLOW_PARENT (the scopes of the parent record named by the column), CATALOG
-- (every scope).

create table sync_entity (
  entity_type    text collate "C" primary key check (entity_type ~ '^[a-z][a-z0-9_]{0,63}$'),
  table_name     text not null unique,
  scope_rule     text not null check (scope_rule in ('REP_TERRITORY', 'FOLLOW_PARENT', 'CATALOG')),
  rule_column    text,
  parent_entity  text collate "C" references sync_entity (entity_type),
  check ((scope_rule = 'FOLLOW_PARENT') = (parent_entity is not null)),
  check ((scope_rule = 'CATALOG') = (rule_column is null))
);

create table sync_entity_field (
  entity_type  text collate "C" not null references sync_entity (entity_type),
  field        text collate "C" not null check (field ~ '^[a-z][a-z0-9_]{0,63}$'),
  column_name  text not null,
  sql_type     text not null,
  primary key (entity_type, field)
);

-- Configuration, not data: the service reads it and never changes it.
revoke insert, update, delete on sync_entity, sync_entity_field from ${app_role};

-- The scopes that exist: one per user with a synced device ('user:<user id>').
create table sync_scope (
  tenant_id   uuid not null default app_current_tenant() references tenant (id),
  scope_id    text collate "C" not null check (length(scope_id) between 1 and 128),
  user_id     uuid not null,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, scope_id),
  unique (tenant_id, user_id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
alter table sync_scope enable row level security;
alter table sync_scope force row level security;
create policy tenant_isolation on sync_scope
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- Fields the protocol shares, added to the shared tables (all optional).
alter table account add column billing_address jsonb check (jsonb_typeof(billing_address) = 'object');
alter table account add column phone text check (length(phone) <= 50);
alter table account add column field_notes text check (length(field_notes) <= 4000);
alter table contact add column notes text check (length(notes) <= 4000);

-- ---------------------------------------------------------------------------------------------
-- JSON of the wire format (sync-protocol's ChangeJson): the Java side decodes these rows.
create function sync_state_json(r sync_record) returns jsonb
  language sql immutable
  as $$ select jsonb_build_object('entityType', r.entity_type, 'id', r.record_id,
                                 'version', r.version, 'fields', r.fields,
                                 'fieldVersions', r.field_versions) $$;

create function sync_upsert_json(r sync_record) returns jsonb
  language sql immutable
  as $$ select jsonb_build_object('type', 'upsert') || sync_state_json(r) $$;

create function sync_member_scopes(p_type text, p_id uuid) returns text[]
  language sql stable
  as $$ select coalesce(array_agg(scope_id order by scope_id), '{}') from sync_scope_member
         where entity_type = p_type and record_id = p_id $$;

-- The territory and every territory above it.
create function sync_territory_path(p_territory uuid) returns setof uuid
  language sql stable
  as $$ with recursive up(id) as (
          select p_territory where p_territory is not null
          union
          select t.parent_id from territory t join up on t.id = up.id where t.parent_id is not null)
        select id from up $$;

-- A user's assigned territories and every territory below them.
create function sync_user_territories(p_user uuid) returns setof uuid
  language sql stable
  as $$ with recursive sub(id) as (
          select territory_id from user_territory where user_id = p_user
          union
          select t.id from territory t join sub on t.parent_id = sub.id)
        select id from sub $$;

-- The scopes of sales reps covering a territory.
create function sync_rep_scopes(p_territory uuid) returns text[]
  language sql stable
  as $$ select coalesce(array_agg(distinct s.scope_id order by s.scope_id), '{}')
          from sync_scope s
          join user_role r on r.user_id = s.user_id and r.role = 'SALES_REP'
          join user_territory ut on ut.user_id = s.user_id
         where ut.territory_id in (select sync_territory_path(p_territory)) $$;

-- The scopes a record should belong to now, by its entity's scope rule.
create function sync_desired_scopes(p_type text, p_id uuid) returns text[]
  language plpgsql stable
  as $$
declare
  e sync_entity;
  ref uuid;
begin
  select * into e from sync_entity where entity_type = p_type;
  if e.scope_rule = 'CATALOG' then
    return (select coalesce(array_agg(scope_id order by scope_id), '{}') from sync_scope);
  end if;
  execute format('select %I from %I where id = $1', e.rule_column, e.table_name) into ref using p_id;
  if e.scope_rule = 'REP_TERRITORY' then
    return sync_rep_scopes(ref);
  end if;
  return sync_member_scopes(e.parent_entity, ref);
end $$;

-- A grant of a record to a scope, carrying its live dependents that are members of the scope.
create function sync_grant_json(r sync_record, p_scope text) returns jsonb
  language plpgsql stable
  as $$
declare
  ch sync_entity;
  related jsonb := '[]';
  part jsonb;
begin
  for ch in select * from sync_entity where parent_entity = r.entity_type order by entity_type loop
    execute format(
      'select coalesce(jsonb_agg(sync_state_json(c) order by c.record_id), ''[]'')'
      ' from sync_record c join sync_scope_member m on m.tenant_id = c.tenant_id'
      ' and m.entity_type = c.entity_type and m.record_id = c.record_id and m.scope_id = $2'
      ' where c.entity_type = $1 and not c.deleted'
      ' and c.record_id in (select id from %I where %I = $3)', ch.table_name, ch.rule_column)
      into part using ch.entity_type, p_scope, r.record_id;
    related := related || part;
  end loop;
  return jsonb_build_object('type', 'grant', 'record', sync_state_json(r), 'related', related);
end $$;

-- Brings a live record's membership in line with its scope rule: evicts it from scopes it left,
-- adds it to scopes it entered and (unless p_silent is null, or lists the scope because a parent's
-- grant carries the record) grants it there; dependents follow when the membership changed.
-- Returns the scopes the record entered.
create function sync_reconcile(p_type text, p_id uuid, p_silent text[]) returns text[]
  language plpgsql
  as $$
declare
  rec sync_record;
  desired text[];
  current text[];
  added text[];
  removed text[];
  s text;
  ch sync_entity;
  child uuid;
begin
  select * into rec from sync_record where entity_type = p_type and record_id = p_id;
  if not found or rec.deleted then
    return '{}';
  end if;
  desired := sync_desired_scopes(p_type, p_id);
  current := sync_member_scopes(p_type, p_id);
  added := array(select unnest(desired) except select unnest(current) order by 1);
  removed := array(select unnest(current) except select unnest(desired) order by 1);
  if cardinality(added) = 0 and cardinality(removed) = 0 then
    return added;
  end if;
  delete from sync_scope_member
   where entity_type = p_type and record_id = p_id and scope_id = any(removed);
  foreach s in array removed loop
    perform sync_stage(s, jsonb_build_object('type', 'evict', 'entityType', p_type, 'id', p_id));
  end loop;
  insert into sync_scope_member (scope_id, entity_type, record_id)
    select unnest(added), p_type, p_id;
  for ch in select * from sync_entity where parent_entity = p_type order by entity_type loop
    for child in execute format('select id from %I where %I = $1 order by id',
                                ch.table_name, ch.rule_column) using p_id loop
      perform sync_reconcile(ch.entity_type, child, added);
    end loop;
  end loop;
  if p_silent is not null then
    foreach s in array added loop
      if not (s = any(p_silent)) then
        perform sync_stage(s, sync_grant_json(rec, s));
      end if;
    end loop;
  end if;
  return added;
end $$;

-- Records a write of a synced row. Fields that differ from the sync state get the next version,
-- written by 'server'. A row the sync store has just written itself (a device's mutation) already
-- matches: then only the membership is checked.
create function sync_capture_write(p_type text, p_id uuid, p_fields jsonb) returns void
  language plpgsql
  as $$
declare
  cur sync_record;
  rec sync_record;
  changed text[];
  v bigint;
  added text[];
  s text;
begin
  select * into cur from sync_record where entity_type = p_type and record_id = p_id for update;
  if not found then
    insert into sync_record (entity_type, record_id, version, deleted, fields, field_versions, writers)
      select p_type, p_id, 1, false, coalesce(jsonb_object_agg(key, value), '{}'),
             coalesce(jsonb_object_agg(key, 1), '{}'), coalesce(jsonb_object_agg(key, 'server'), '{}')
        from jsonb_each(p_fields) where value <> 'null'::jsonb
      returning * into rec;
    added := sync_reconcile(p_type, p_id, null);
  else
    changed := array(select key from jsonb_each(p_fields)
                      where value is distinct from coalesce(cur.fields -> key, 'null'::jsonb)
                      order by key);
    if cardinality(changed) = 0 and not cur.deleted then
      perform sync_reconcile(p_type, p_id, '{}');
      return;
    end if;
    v := cur.version + 1;
    update sync_record
       set version = v, deleted = false,
           fields = cur.fields || coalesce((select jsonb_object_agg(k, p_fields -> k)
                                              from unnest(changed) k), '{}'),
           field_versions = cur.field_versions || coalesce((select jsonb_object_agg(k, v)
                                                              from unnest(changed) k), '{}'),
           writers = cur.writers || coalesce((select jsonb_object_agg(k, 'server')
                                               from unnest(changed) k), '{}')
     where entity_type = p_type and record_id = p_id
    returning * into rec;
    added := sync_reconcile(p_type, p_id, '{}');
  end if;
  insert into sync_record_version (entity_type, record_id, version, deleted, fields, field_versions,
                                   committed_at)
    values (rec.entity_type, rec.record_id, rec.version, false, rec.fields, rec.field_versions,
            sync_now());
  foreach s in array sync_member_scopes(p_type, p_id) loop
    if rec.version = 1 or not (s = any(added)) then
      perform sync_stage(s, sync_upsert_json(rec));
    end if;
  end loop;
end $$;

-- Records the deletion of a synced row: a tombstone version, a delete for every scope holding it.
create function sync_capture_delete(p_type text, p_id uuid) returns void
  language plpgsql
  as $$
declare
  cur sync_record;
  rec sync_record;
  s text;
begin
  select * into cur from sync_record where entity_type = p_type and record_id = p_id for update;
  if not found or cur.deleted then
    return;
  end if;
  update sync_record set version = cur.version + 1, deleted = true
   where entity_type = p_type and record_id = p_id
  returning * into rec;
  insert into sync_record_version (entity_type, record_id, version, deleted, fields, field_versions,
                                   committed_at)
    values (rec.entity_type, rec.record_id, rec.version, true, rec.fields, rec.field_versions,
            sync_now());
  foreach s in array sync_member_scopes(p_type, p_id) loop
    perform sync_stage(s, jsonb_build_object('type', 'delete', 'entityType', p_type, 'id', p_id,
                                             'version', rec.version));
  end loop;
end $$;

-- An instant as the protocol writes it (Java's Instant.toString: UTC, 'Z', fraction only when not
-- zero, in groups of three digits), so a timestamp column reads back exactly as a device sent it.
create function sync_instant_text(t timestamptz) returns text
  language sql immutable
  as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
           || case when us = 0 then ''
                   when us % 1000 = 0 then '.' || lpad((us / 1000)::text, 3, '0')
                   else '.' || lpad(us::text, 6, '0') end
           || 'Z'
      from (select (extract(microseconds from t)::bigint % 1000000) as us) f
     where t is not null $$;

-- The row trigger of every synced table; tg_argv[0] is the entity type.
create function sync_capture() returns trigger
  language plpgsql
  as $$
declare
  row_json jsonb;
  fields jsonb;
begin
  if tg_op = 'DELETE' then
    perform sync_capture_delete(tg_argv[0], old.id);
    return null;
  end if;
  row_json := to_jsonb(new);
  select coalesce(jsonb_object_agg(
           f.field,
           case when f.sql_type = 'timestamp with time zone'
                then coalesce(to_jsonb(sync_instant_text((row_json ->> f.column_name)::timestamptz)),
                              'null'::jsonb)
                else coalesce(row_json -> f.column_name, 'null'::jsonb) end), '{}')
    into fields
    from sync_entity_field f where f.entity_type = tg_argv[0];
  perform sync_capture_write(tg_argv[0], new.id, fields);
  return null;
end $$;

-- Registers a synced entity type: its configuration, its capture trigger, and the sync state of
-- rows that exist already (in every tenant).
create function sync_register_entity(p_type text, p_table text, p_rule text, p_rule_column text,
                                     p_parent text, p_fields text[]) returns void
  language plpgsql
  as $$
declare
  f text;
  col text;
  col_type text;
  t uuid;
begin
  insert into sync_entity (entity_type, table_name, scope_rule, rule_column, parent_entity)
    values (p_type, p_table, p_rule, p_rule_column, p_parent);
  foreach f in array p_fields loop
    col := coalesce(nullif(split_part(f, '=', 2), ''), f);
    select format_type(a.atttypid, a.atttypmod) into col_type
      from pg_attribute a
     where a.attrelid = p_table::regclass and a.attname = col and a.attnum > 0
       and not a.attisdropped;
    if col_type is null then
      raise exception 'sync_register_entity: table % has no column %', p_table, col;
    end if;
    insert into sync_entity_field (entity_type, field, column_name, sql_type)
      values (p_type, split_part(f, '=', 1), col, col_type);
  end loop;
  execute format('create trigger sync_capture after insert or update or delete on %I'
                 ' for each row execute function sync_capture(%L)', p_table, p_type);
  perform set_config('app.system_scope', 'tenant-directory', true);
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    execute format('update %I set id = id', p_table);
  end loop;
  perform set_config('app.tenant_id', '', true);
  perform set_config('app.system_scope', '', true);
end $$;

select sync_register_entity('account', 'account', 'REP_TERRITORY', 'territory_id', null,
  array['name', 'billing_address', 'territory_id', 'classification=value_grade', 'phone',
        'field_notes']);
select sync_register_entity('contact', 'contact', 'FOLLOW_PARENT', 'account_id', 'account',
  array['account_id', 'first_name', 'last_name', 'email', 'phone', 'role', 'notes']);
select sync_register_entity('site', 'site', 'FOLLOW_PARENT', 'account_id', 'account',
  array['account_id', 'name', 'street', 'city', 'postal_code', 'country', 'latitude', 'longitude']);
select sync_register_entity('product', 'product', 'CATALOG', null, null,
  array['product_line_id', 'sku', 'name', 'unit', 'tax_category', 'kind', 'active']);
