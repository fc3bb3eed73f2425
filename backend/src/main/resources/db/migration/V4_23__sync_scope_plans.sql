-- Scope membership queries that stay linear whatever the planner estimates (backend/docs/sync.md,
-- "Opening a scope on a large tenant").
--
-- The row-level-security qual tenant_id = app_current_tenant() is not a constant when a statement
-- is planned, so the planner estimates it with 1 / n_distinct(tenant_id): with many tenants (or
-- tables analysed while nearly empty) every tenant-wide scan is estimated at one row, even in a
-- tenant with 10,000 accounts. Statements of the form "x in (select ... join ...)" were then
-- planned as nested loops whose inner side re-scanned the whole tenant (every (contact, account
-- member) pair): a first device in such a tenant waited minutes, a technician's in the demo tenant
-- 17 s. Here no membership statement joins two tenant tables any more: the ids of one step are
-- collected into an array (one range or index scan) and the next step looks them up with
-- "= any(array)" (an index scan with array keys, or a hashed filter): linear in what is read, with
-- no join order to get wrong. Where that runs once per record (a grant's children, a record's
-- carriers), a range scan with the array as a filter would still read the whole type per record,
-- so there each id is looked up on its own (a lateral subquery kept apart with "offset 0": an
-- equality on the whole key, which no estimate turns into a scan).

-- time_entry had no index on its parent column (only a partial unique one), opportunity none on
-- its rule column.
create index time_entry_report_idx on time_entry (tenant_id, report_id);
create index opportunity_territory_idx on opportunity (tenant_id, territory_id);

-- Adds the live records p_ids of p_type to p_scope (those already there are left alone); how many.
create function sync_add_members(p_scope text, p_type text, p_ids uuid[]) returns bigint
  language plpgsql
  as $$
declare
  n bigint;
begin
  if cardinality(p_ids) = 0 then
    return 0;
  end if;
  insert into sync_scope_member (scope_id, entity_type, record_id)
    select p_scope, p_type, r.record_id from sync_record r
     where r.entity_type = p_type and r.record_id = any(p_ids) and not r.deleted
    on conflict do nothing;
  get diagnostics n = row_count;
  return n;
end $$;

-- The ids of p_type a scope holds.
create function sync_scope_ids(p_scope text, p_type text) returns uuid[]
  language sql stable
  as $$ select array(select record_id from sync_scope_member
                      where scope_id = p_scope and entity_type = p_type) $$;

-- As in V4_2, the territories collected first.
create or replace function sync_rep_records(e sync_entity, p_user uuid) returns setof uuid
  language plpgsql stable
  as $$
begin
  if not exists (select 1 from user_role where user_id = p_user and role = 'SALES_REP') then
    return;
  end if;
  return query execute format('select id from %I where %I = any($1)', e.table_name, e.rule_column)
    using array(select sync_user_territories(p_user));
end $$;

-- As in V4_4, the van collected first.
create or replace function sync_rule_records(e sync_entity, p_user uuid) returns setof uuid
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
    return query execute format('select id from %I where %I = any($1)', e.table_name, e.rule_column)
      using array(select van_location_id from technician
                   where user_id = p_user and van_location_id is not null);
  end if;
end $$;

-- As in V4_4, the carriers' ids collected first.
create or replace function sync_desired_scopes(p_type text, p_id uuid) returns text[]
  language plpgsql stable
  as $$
declare
  e sync_entity;
  ce sync_entity;
  ref uuid;
  scopes text[] := '{}';
  carriers uuid[];
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
    execute format('select array(select id from %I where %I = $1)', ce.table_name, e.carrier_column)
      into carriers using p_id;
    if cardinality(carriers) > 0 then
      scopes := scopes || array(select m.scope_id from unnest(carriers) i(id)
                                cross join lateral (select scope_id from sync_scope_member
                                                     where entity_type = e.carrier_entity
                                                       and record_id = i.id offset 0) m);
    end if;
  end if;
  return array(select distinct s from unnest(scopes) s order by 1);
end $$;

-- As in V4_4, each child type's ids collected first.
create or replace function sync_related_json(p_type text, p_id uuid, p_scope text, p_depth integer)
  returns jsonb
  language plpgsql stable
  as $$
declare
  ch sync_entity;
  r sync_record;
  direct sync_record[] := '{}';
  related jsonb := '[]';
  ref uuid;
  ids uuid[];
  x sync_record;
begin
  if p_depth > 6 then
    return related;
  end if;
  for ch in select * from sync_entity where parent_entity = p_type order by entity_type loop
    execute format('select array(select id from %I where %I = $1)', ch.table_name, ch.rule_column)
      into ids using p_id;
    continue when cardinality(ids) = 0;
    for r in
      select c.* from unnest(ids) i(id)
       cross join lateral (select * from sync_record
                            where entity_type = ch.entity_type and record_id = i.id and not deleted
                              and exists (select 1 from sync_scope_member
                                           where scope_id = p_scope and entity_type = ch.entity_type
                                             and record_id = i.id)
                           offset 0) c
       order by c.record_id
    loop
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

-- As in V4_4: rule-based and catalog records first, then children and carried records until
-- nothing more joins; each step reads the previous step's ids as an array.
create or replace function sync_open_scope(p_scope text, p_user uuid) returns void
  language plpgsql
  as $$
declare
  e sync_entity;
  ce sync_entity;
  ids uuid[];
  total bigint;
  pass integer := 0;
begin
  insert into sync_scope (scope_id, user_id) values (p_scope, p_user) on conflict do nothing;
  if not found then
    return;
  end if;
  for e in select * from sync_entity order by entity_type loop
    if e.scope_rule in ('REP_TERRITORY', 'TECH_VISIT', 'TECH_VAN') then
      perform sync_add_members(p_scope, e.entity_type,
                               array(select * from sync_rule_records(e, p_user)));
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
        execute format('select array(select id from %I where %I = any($1))',
                       e.table_name, e.rule_column)
          into ids using sync_scope_ids(p_scope, e.parent_entity);
        total := total + sync_add_members(p_scope, e.entity_type, ids);
      end if;
      if e.carrier_entity is not null then
        select * into ce from sync_entity where entity_type = e.carrier_entity;
        execute format('select array(select distinct %I from %I where id = any($1)'
                       ' and %I is not null)', e.carrier_column, ce.table_name, e.carrier_column)
          into ids using sync_scope_ids(p_scope, e.carrier_entity);
        total := total + sync_add_members(p_scope, e.entity_type, ids);
      end if;
    end loop;
    exit when total = 0 or pass >= 8;
  end loop;
end $$;
