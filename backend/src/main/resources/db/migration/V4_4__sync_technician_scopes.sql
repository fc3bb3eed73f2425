-- Technician scopes and carried records (backend/docs/sync.md, "Scopes").
--
-- New scope rules:
--   TECH_VISIT  users with role TECHNICIAN who are the row's rule column (the visit's assignee),
--               while the row's scheduled_start lies in [now - 7 days, now + 14 days)
--   TECH_VAN    technicians whose van (technician.van_location_id) is the row's rule column
--   CARRIED     no rule of its own: only the scopes that hold a carrier (below)
-- Carriers: a type may name one carrier (carrier_entity, carrier_column): a record is also held by
-- every scope holding a carrier record whose carrier_column names it (an account by the scopes of
-- its visits, a work order by its visit's, a checklist template by its work order's). A grant now
-- carries, recursively, the record's children and carried records that the scope holds.

do $$
declare
  c text;
begin
  for c in select conname from pg_constraint
            where conrelid = 'sync_entity'::regclass and contype = 'c' loop
    execute format('alter table sync_entity drop constraint %I', c);
  end loop;
end $$;

alter table sync_entity
  add column carrier_entity text collate "C" references sync_entity (entity_type),
  add column carrier_column text,
  add check (entity_type ~ '^[a-z][a-z0-9_]{0,63}$'),
  add check (scope_rule in ('REP_TERRITORY', 'FOLLOW_PARENT', 'CATALOG', 'TECH_VISIT', 'TECH_VAN',
                            'CARRIED')),
  add check ((scope_rule = 'FOLLOW_PARENT') = (parent_entity is not null)),
  add check ((scope_rule in ('CATALOG', 'CARRIED')) = (rule_column is null)),
  add check ((carrier_entity is null) = (carrier_column is null));

-- Declares that p_carrier's column p_column names records of p_type that come along with it.
create function sync_register_carrier(p_type text, p_carrier text, p_column text) returns void
  language sql
  as $$ update sync_entity set carrier_entity = p_carrier, carrier_column = p_column
         where entity_type = p_type $$;

create function sync_tech_window_start() returns timestamptz
  language sql stable
  as $$ select sync_now() - interval '7 days' $$;

create function sync_tech_window_end() returns timestamptz
  language sql stable
  as $$ select sync_now() + interval '14 days' $$;

-- The scopes of a technician for a row of a TECH_VISIT table, when it starts inside the window.
create function sync_tech_visit_scopes(p_table text, p_id uuid, p_user uuid) returns text[]
  language plpgsql stable
  as $$
declare
  starts timestamptz;
begin
  execute format('select scheduled_start from %I where id = $1', p_table) into starts using p_id;
  if starts is null or starts < sync_tech_window_start() or starts >= sync_tech_window_end() then
    return '{}';
  end if;
  return (select coalesce(array_agg(s.scope_id order by s.scope_id), '{}') from sync_scope s
            join user_role r on r.user_id = s.user_id and r.role = 'TECHNICIAN'
           where s.user_id = p_user);
end $$;

-- The scopes of the technicians whose van is p_location.
create function sync_tech_van_scopes(p_location uuid) returns text[]
  language sql stable
  as $$ select coalesce(array_agg(distinct s.scope_id order by s.scope_id), '{}')
          from sync_scope s
          join technician t on t.user_id = s.user_id
          join user_role r on r.user_id = s.user_id and r.role = 'TECHNICIAN'
         where t.van_location_id = p_location $$;

-- The records of a rule-based entity (REP_TERRITORY, TECH_VISIT, TECH_VAN) a user's scope holds.
create function sync_rule_records(e sync_entity, p_user uuid) returns setof uuid
  language plpgsql stable
  as $$
begin
  if e.scope_rule = 'REP_TERRITORY' then
    return query select * from sync_rep_records(e, p_user);
    return;
  end if;
  if e.scope_rule not in ('TECH_VISIT', 'TECH_VAN')
     or not exists (select 1 from user_role where user_id = p_user and role = 'TECHNICIAN') then
    return;
  end if;
  if e.scope_rule = 'TECH_VISIT' then
    return query execute format(
      'select id from %I where %I = $1 and scheduled_start >= sync_tech_window_start()'
      ' and scheduled_start < sync_tech_window_end()', e.table_name, e.rule_column) using p_user;
  else
    return query execute format(
      'select id from %I where %I in (select van_location_id from technician where user_id = $1)',
      e.table_name, e.rule_column) using p_user;
  end if;
end $$;

-- The scopes a record should belong to now: its rule's, plus those holding a carrier of it.
create or replace function sync_desired_scopes(p_type text, p_id uuid) returns text[]
  language plpgsql stable
  as $$
declare
  e sync_entity;
  ce sync_entity;
  ref uuid;
  scopes text[] := '{}';
  extra text[];
begin
  select * into e from sync_entity where entity_type = p_type;
  if e.scope_rule = 'CATALOG' then
    return (select coalesce(array_agg(scope_id order by scope_id), '{}') from sync_scope);
  end if;
  if e.scope_rule <> 'CARRIED' then
    execute format('select %I from %I where id = $1', e.rule_column, e.table_name)
      into ref using p_id;
    if e.scope_rule = 'REP_TERRITORY' then
      scopes := sync_rep_scopes(ref);
    elsif e.scope_rule = 'FOLLOW_PARENT' then
      scopes := sync_member_scopes(e.parent_entity, ref);
    elsif e.scope_rule = 'TECH_VISIT' then
      scopes := sync_tech_visit_scopes(e.table_name, p_id, ref);
    elsif e.scope_rule = 'TECH_VAN' then
      scopes := sync_tech_van_scopes(ref);
    end if;
  end if;
  if e.carrier_entity is not null then
    select * into ce from sync_entity where entity_type = e.carrier_entity;
    execute format('select coalesce(array_agg(m.scope_id), ''{}'') from sync_scope_member m'
                   ' where m.entity_type = $1 and m.record_id in (select id from %I where %I = $2)',
                   ce.table_name, e.carrier_column)
      into extra using e.carrier_entity, p_id;
    scopes := scopes || extra;
  end if;
  return array(select distinct s from unnest(scopes) s order by 1);
end $$;

-- The live records a grant of (p_type, p_id) to p_scope carries: its children and the records it
-- carries that the scope holds, then theirs (depth-limited; the registry has no cycles).
create function sync_related_json(p_type text, p_id uuid, p_scope text, p_depth integer)
  returns jsonb
  language plpgsql stable
  as $$
declare
  ch sync_entity;
  r sync_record;
  direct sync_record[] := '{}';
  related jsonb := '[]';
  ref uuid;
  x sync_record;
begin
  if p_depth > 6 then
    return related;
  end if;
  for ch in select * from sync_entity where parent_entity = p_type order by entity_type loop
    for r in execute format(
      'select c.* from sync_record c join sync_scope_member m on m.tenant_id = c.tenant_id'
      ' and m.entity_type = c.entity_type and m.record_id = c.record_id and m.scope_id = $2'
      ' where c.entity_type = $1 and not c.deleted'
      ' and c.record_id in (select id from %I where %I = $3) order by c.record_id',
      ch.table_name, ch.rule_column) using ch.entity_type, p_scope, p_id loop
      direct := direct || r;
    end loop;
  end loop;
  for ch in select * from sync_entity where carrier_entity = p_type order by entity_type loop
    execute format('select %I from %I where id = $1', ch.carrier_column,
                   (select table_name from sync_entity where entity_type = p_type))
      into ref using p_id;
    select c.* into r from sync_record c
      join sync_scope_member m on m.tenant_id = c.tenant_id and m.entity_type = c.entity_type
                              and m.record_id = c.record_id and m.scope_id = p_scope
     where c.entity_type = ch.entity_type and c.record_id = ref and not c.deleted;
    if found then
      direct := direct || r;
    end if;
  end loop;
  foreach x in array direct loop
    related := related || jsonb_build_array(sync_state_json(x));
  end loop;
  foreach x in array direct loop
    related := related || sync_related_json(x.entity_type, x.record_id, p_scope, p_depth + 1);
  end loop;
  return related;
end $$;

-- A grant of a record to a scope, carrying (once each, first occurrence first) what it needs.
create or replace function sync_grant_json(r sync_record, p_scope text) returns jsonb
  language plpgsql stable
  as $$
declare
  related jsonb;
begin
  select coalesce(jsonb_agg(d.x order by d.o), '[]') into related
    from (select t.x, min(t.o) as o
            from jsonb_array_elements(sync_related_json(r.entity_type, r.record_id, p_scope, 0))
                 with ordinality t(x, o)
           where not (t.x ->> 'entityType' = r.entity_type and t.x ->> 'id' = r.record_id::text)
           group by t.x) d;
  return jsonb_build_object('type', 'grant', 'record', sync_state_json(r), 'related', related);
end $$;

-- As in V4_1, and the records this one carries follow its membership too.
create or replace function sync_reconcile(p_type text, p_id uuid, p_silent text[]) returns text[]
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
  ref uuid;
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
  for ch in select * from sync_entity where carrier_entity = p_type order by entity_type loop
    execute format('select %I from %I where id = $1', ch.carrier_column,
                   (select table_name from sync_entity where entity_type = p_type))
      into ref using p_id;
    if ref is not null then
      perform sync_reconcile(ch.entity_type, ref,
                             case when p_silent is null then '{}'::text[] else added end);
    end if;
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

-- Recomputes a scope: every record of a rule-based type that should enter or leave it is
-- reconciled (children and carried records follow). Also run daily for technicians' scopes, as
-- their visit window slides (SyncWindowJob).
create or replace function sync_refresh_scope(p_scope text) returns void
  language plpgsql
  as $$
declare
  u uuid;
  e sync_entity;
  rid uuid;
begin
  select user_id into u from sync_scope where scope_id = p_scope;
  if not found then
    return;
  end if;
  for e in select * from sync_entity
            where scope_rule in ('REP_TERRITORY', 'TECH_VISIT', 'TECH_VAN')
            order by entity_type loop
    for rid in
      (select * from sync_rule_records(e, u)
        except select record_id from sync_scope_member
                where scope_id = p_scope and entity_type = e.entity_type)
      union
      (select record_id from sync_scope_member where scope_id = p_scope and entity_type = e.entity_type
        except select * from sync_rule_records(e, u))
    loop
      perform sync_reconcile(e.entity_type, rid, '{}');
    end loop;
  end loop;
end $$;

-- Opens the scope of a user (idempotent) with its initial membership, nothing logged: rule-based
-- and catalog records first, then children and carried records until nothing more joins.
create or replace function sync_open_scope(p_scope text, p_user uuid) returns void
  language plpgsql
  as $$
declare
  e sync_entity;
  ce sync_entity;
  n bigint;
  total bigint;
  pass integer := 0;
begin
  insert into sync_scope (scope_id, user_id) values (p_scope, p_user) on conflict do nothing;
  if not found then
    return;
  end if;
  for e in select * from sync_entity order by entity_type loop
    if e.scope_rule in ('REP_TERRITORY', 'TECH_VISIT', 'TECH_VAN') then
      insert into sync_scope_member (scope_id, entity_type, record_id)
        select p_scope, e.entity_type, r.record_id from sync_record r
         where r.entity_type = e.entity_type and not r.deleted
           and r.record_id in (select * from sync_rule_records(e, p_user));
    elsif e.scope_rule = 'CATALOG' then
      insert into sync_scope_member (scope_id, entity_type, record_id)
        select p_scope, e.entity_type, r.record_id from sync_record r
         where r.entity_type = e.entity_type and not r.deleted;
    end if;
  end loop;
  loop
    pass := pass + 1;
    total := 0;
    for e in select * from sync_entity order by entity_type loop
      if e.scope_rule = 'FOLLOW_PARENT' then
        execute format(
          'insert into sync_scope_member (scope_id, entity_type, record_id)'
          ' select $1, $2, r.record_id from sync_record r join %I t on t.id = r.record_id'
          ' where r.entity_type = $2 and not r.deleted and t.%I in (select record_id'
          ' from sync_scope_member where scope_id = $1 and entity_type = $3)'
          ' on conflict do nothing',
          e.table_name, e.rule_column)
          using p_scope, e.entity_type, e.parent_entity;
        get diagnostics n = row_count;
        total := total + n;
      end if;
      if e.carrier_entity is not null then
        select * into ce from sync_entity where entity_type = e.carrier_entity;
        execute format(
          'insert into sync_scope_member (scope_id, entity_type, record_id)'
          ' select $1, $2, r.record_id from sync_record r'
          ' where r.entity_type = $2 and not r.deleted and r.record_id in (select c.%I from %I c'
          ' join sync_scope_member m on m.record_id = c.id and m.entity_type = $3'
          ' and m.scope_id = $1) on conflict do nothing',
          e.carrier_column, ce.table_name)
          using p_scope, e.entity_type, e.carrier_entity;
        get diagnostics n = row_count;
        total := total + n;
      end if;
    end loop;
    exit when total = 0 or pass >= 8;
  end loop;
end $$;

-- Held conflicts of visits are shown to the desk of the visit's account's territory.
create or replace function sync_record_territory(p_type text, p_id uuid) returns uuid
  language plpgsql stable
  as $$
declare
  e sync_entity;
  ref uuid;
begin
  select * into e from sync_entity where entity_type = p_type;
  if not found or e.scope_rule in ('CATALOG', 'TECH_VAN', 'CARRIED') or p_id is null then
    return null;
  end if;
  if e.scope_rule = 'TECH_VISIT' then
    execute format('select a.territory_id from %I v join account a on a.id = v.account_id'
                   ' where v.id = $1', e.table_name) into ref using p_id;
    return ref;
  end if;
  execute format('select %I from %I where id = $1', e.rule_column, e.table_name) into ref using p_id;
  if e.scope_rule = 'REP_TERRITORY' then
    return ref;
  end if;
  return sync_record_territory(e.parent_entity, ref);
end $$;
