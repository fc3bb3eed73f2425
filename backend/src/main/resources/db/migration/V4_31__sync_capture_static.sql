-- Change capture with static SQL (backend/docs/sync.md, "Change capture").
--
-- Every write to a synced table runs sync_capture -> sync_capture_write -> sync_reconcile ->
-- sync_desired_scopes. Those looked up rule columns, carriers and children with EXECUTE, which
-- PL/pgSQL parses and plans on every call, and called small SQL-language functions, which are
-- planned again in every transaction. Here the per-type lookups are generated PL/pgSQL functions
-- whose statements are static (one branch per registered type), so PL/pgSQL caches their plans
-- for the session; the rest is inlined as static statements. Same results, same order, same
-- change-log rows; the functions still run as the caller (row-level security applies).
--
-- The generated functions (sync_generate_lookups writes them from sync_entity):
--   sync_rule_ref(type, id)           the row's rule column (not for CATALOG, CARRIED)
--   sync_visit_start(type, id)        the row's scheduled_start (TECH_VISIT)
--   sync_child_ids(type, parent)      ids of the FOLLOW_PARENT type's rows of a parent, by id
--   sync_carrier_ids(type, id)        ids of the carrier rows that carry the record
--   sync_carried_ref(type, carrier)   the record of the type a carrier row carries
-- A statement trigger on sync_entity writes them again after every change of it (a type
-- registered by a later migration, a carrier declared), so no branch is ever missing; a lookup
-- asked for a type it has no branch for fails.

-- Writes one generated lookup: its branches, then the failure for any other type.
create function sync_write_lookup(p_signature text, p_returns text, p_declare text,
                                  p_branches text) returns void
  language plpgsql
  as $$
begin
  execute format(E'create or replace function %s returns %s\n'
                 || E'  language plpgsql stable\n'
                 || E'  as $body$\ndeclare\n%s\nbegin\n%s'
                 || E'  raise exception ''%s: no lookup for entity type %%'', p_type;\n'
                 || 'end $body$',
                 p_signature, p_returns, p_declare, p_branches, split_part(p_signature, '(', 1));
end $$;

create function sync_generate_lookups() returns void
  language plpgsql
  as $gen$
declare
  e record;
  rule_ref text := '';
  visit_start text := '';
  child_ids text := '';
  carrier_ids text := '';
  carried_ref text := '';
begin
  for e in select s.entity_type, s.table_name, s.scope_rule, s.rule_column, s.carrier_column,
                  c.table_name as carrier_table
             from sync_entity s left join sync_entity c on c.entity_type = s.carrier_entity
            order by s.entity_type loop
    if e.rule_column is not null then
      rule_ref := rule_ref || format(
        E'  if p_type = %L then\n'
        || E'    select t.%I into ref from %I t where t.id = p_id;\n'
        || E'    return ref;\n  end if;\n',
        e.entity_type, e.rule_column, e.table_name);
    end if;
    if e.scope_rule = 'TECH_VISIT' then
      visit_start := visit_start || format(
        E'  if p_type = %L then\n'
        || E'    select t.scheduled_start into starts from %I t where t.id = p_id;\n'
        || E'    return starts;\n  end if;\n',
        e.entity_type, e.table_name);
    end if;
    if e.scope_rule = 'FOLLOW_PARENT' then
      child_ids := child_ids || format(
        E'  if p_type = %L then\n'
        || E'    return array(select t.id from %I t where t.%I = p_parent order by t.id);\n'
        || E'  end if;\n',
        e.entity_type, e.table_name, e.rule_column);
    end if;
    if e.carrier_table is not null then
      carrier_ids := carrier_ids || format(
        E'  if p_type = %L then\n'
        || E'    return array(select t.id from %I t where t.%I = p_id);\n'
        || E'  end if;\n',
        e.entity_type, e.carrier_table, e.carrier_column);
      carried_ref := carried_ref || format(
        E'  if p_type = %L then\n'
        || E'    select t.%I into ref from %I t where t.id = p_carrier;\n'
        || E'    return ref;\n  end if;\n',
        e.entity_type, e.carrier_column, e.carrier_table);
    end if;
  end loop;

  perform sync_write_lookup('sync_rule_ref(p_type text, p_id uuid)', 'uuid', '  ref uuid;',
                            rule_ref);
  perform sync_write_lookup('sync_visit_start(p_type text, p_id uuid)', 'timestamptz',
                            '  starts timestamptz;', visit_start);
  perform sync_write_lookup('sync_child_ids(p_type text, p_parent uuid)', 'uuid[]', '', child_ids);
  perform sync_write_lookup('sync_carrier_ids(p_type text, p_id uuid)', 'uuid[]', '',
                            carrier_ids);
  perform sync_write_lookup('sync_carried_ref(p_type text, p_carrier uuid)', 'uuid',
                            '  ref uuid;', carried_ref);
end $gen$;

select sync_generate_lookups();

-- Every change of sync_entity (sync_register_entity, sync_register_carrier or any other
-- statement) writes the lookups again when its statement ends.
create function sync_entity_changed() returns trigger
  language plpgsql
  as $$
begin
  perform sync_generate_lookups();
  return null;
end $$;

create trigger sync_entity_lookups after insert or update or delete on sync_entity
  for each statement execute function sync_entity_changed();

-- As in V4_23, with the generated lookups and the rules' queries inlined (sync_rep_scopes,
-- sync_member_scopes, sync_tech_visit_scopes, sync_tech_van_scopes: same statements).
create or replace function sync_desired_scopes(p_type text, p_id uuid) returns text[]
  language plpgsql stable
  as $$
declare
  e sync_entity;
  ref uuid;
  starts timestamptz;
  scopes text[] := '{}';
  carriers uuid[];
begin
  select * into e from sync_entity where entity_type = p_type;
  if e.scope_rule = 'CATALOG' then
    return (select coalesce(array_agg(scope_id order by scope_id), '{}') from sync_scope);
  end if;
  if e.scope_rule <> 'CARRIED' then
    ref := sync_rule_ref(p_type, p_id);
    if e.scope_rule = 'REP_TERRITORY' then
      scopes := (select coalesce(array_agg(distinct s.scope_id order by s.scope_id), '{}')
                   from sync_scope s
                   join user_role r on r.user_id = s.user_id and r.role = 'SALES_REP'
                   join user_territory ut on ut.user_id = s.user_id
                  where ut.territory_id in (
                          with recursive up(id) as (
                            select ref where ref is not null
                            union
                            select t.parent_id from territory t join up on t.id = up.id
                             where t.parent_id is not null)
                          select up.id from up));
    elsif e.scope_rule = 'FOLLOW_PARENT' then
      scopes := (select coalesce(array_agg(m.scope_id order by m.scope_id), '{}')
                   from sync_scope_member m
                  where m.entity_type = e.parent_entity and m.record_id = ref);
    elsif e.scope_rule = 'TECH_VISIT' then
      starts := sync_visit_start(p_type, p_id);
      if starts is null or starts < sync_tech_window_start() or starts >= sync_tech_window_end() then
        scopes := '{}';
      else
        scopes := (select coalesce(array_agg(s.scope_id order by s.scope_id), '{}')
                     from sync_scope s
                     join user_role r on r.user_id = s.user_id and r.role = 'TECHNICIAN'
                    where s.user_id = ref);
      end if;
    elsif e.scope_rule = 'TECH_VAN' then
      scopes := (select coalesce(array_agg(distinct s.scope_id order by s.scope_id), '{}')
                   from sync_scope s
                   join technician t on t.user_id = s.user_id
                   join user_role r on r.user_id = s.user_id and r.role = 'TECHNICIAN'
                  where t.van_location_id = ref);
    end if;
  end if;
  if e.carrier_entity is not null then
    carriers := sync_carrier_ids(p_type, p_id);
    if cardinality(carriers) > 0 then
      scopes := scopes || array(select m.scope_id from unnest(carriers) i(id)
                                cross join lateral (select scope_id from sync_scope_member
                                                     where entity_type = e.carrier_entity
                                                       and record_id = i.id offset 0) m);
    end if;
  end if;
  if cardinality(scopes) <= 1 then
    return scopes;
  end if;
  return array(select distinct s from unnest(scopes) s order by 1);
end $$;

-- The body of sync_reconcile (V4_4) for a record the caller has read (rec: live), with the
-- generated lookups; p_desired and p_current, when given, are the record's desired scopes and
-- current membership as the caller has just computed them.
create function sync_reconcile_row(p_type text, rec sync_record, p_silent text[],
                                   p_desired text[] default null, p_current text[] default null)
  returns text[]
  language plpgsql
  as $$
declare
  p_id uuid := rec.record_id;
  desired text[] := p_desired;
  current text[] := p_current;
  added text[];
  removed text[];
  s text;
  ch sync_entity;
  child uuid;
  ref uuid;
begin
  if desired is null then
    desired := sync_desired_scopes(p_type, p_id);
  end if;
  if current is null then
    current := (select coalesce(array_agg(m.scope_id order by m.scope_id), '{}')
                  from sync_scope_member m
                 where m.entity_type = p_type and m.record_id = p_id);
  end if;
  if desired = current then
    return '{}';
  end if;
  if cardinality(current) = 0 then
    -- a new member (desired is distinct and sorted as the statement below would sort it)
    added := desired;
    removed := '{}';
  else
    added := array(select unnest(desired) except select unnest(current) order by 1);
    removed := array(select unnest(current) except select unnest(desired) order by 1);
  end if;
  if cardinality(added) = 0 and cardinality(removed) = 0 then
    return added;
  end if;
  if cardinality(removed) > 0 then
    delete from sync_scope_member
     where entity_type = p_type and record_id = p_id and scope_id = any(removed);
    foreach s in array removed loop
      perform sync_stage(s, jsonb_build_object('type', 'evict', 'entityType', p_type, 'id', p_id));
    end loop;
  end if;
  if cardinality(added) > 0 then
    insert into sync_scope_member (scope_id, entity_type, record_id)
      select unnest(added), p_type, p_id;
  end if;
  for ch in select * from sync_entity where parent_entity = p_type order by entity_type loop
    foreach child in array sync_child_ids(ch.entity_type, p_id) loop
      perform sync_reconcile(ch.entity_type, child, added);
    end loop;
  end loop;
  for ch in select * from sync_entity where carrier_entity = p_type order by entity_type loop
    ref := sync_carried_ref(ch.entity_type, p_id);
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

-- As in V4_4 (same contract), through sync_reconcile_row.
create or replace function sync_reconcile(p_type text, p_id uuid, p_silent text[]) returns text[]
  language plpgsql
  as $$
declare
  rec sync_record;
begin
  select * into rec from sync_record where entity_type = p_type and record_id = p_id;
  if not found or rec.deleted then
    return '{}';
  end if;
  return sync_reconcile_row(p_type, rec, p_silent);
end $$;

-- As in V4_1: the record just written is reconciled as it is (not read again); when its
-- membership stays as it is (most writes), the membership read for that check is the one whose
-- scopes get the upsert.
create or replace function sync_capture_write(p_type text, p_id uuid, p_fields jsonb) returns void
  language plpgsql
  as $$
declare
  cur sync_record;
  rec sync_record;
  changed text[];
  v bigint;
  added text[];
  desired text[];
  members text[];
  s text;
begin
  select * into cur from sync_record where entity_type = p_type and record_id = p_id for update;
  if not found then
    insert into sync_record (entity_type, record_id, version, deleted, fields, field_versions, writers)
      select p_type, p_id, 1, false, coalesce(jsonb_object_agg(key, value), '{}'),
             coalesce(jsonb_object_agg(key, 1), '{}'), coalesce(jsonb_object_agg(key, 'server'), '{}')
        from jsonb_each(p_fields) where value <> 'null'::jsonb
      returning * into rec;
    members := (select coalesce(array_agg(m.scope_id order by m.scope_id), '{}')
                  from sync_scope_member m
                 where m.entity_type = p_type and m.record_id = p_id);
    desired := sync_desired_scopes(p_type, p_id);
    if desired = members then
      added := '{}';
    else
      added := sync_reconcile_row(p_type, rec, null, desired, members);
      members := null;
    end if;
  else
    changed := array(select key from jsonb_each(p_fields)
                      where value is distinct from coalesce(cur.fields -> key, 'null'::jsonb)
                      order by key);
    if cardinality(changed) = 0 and not cur.deleted then
      members := (select coalesce(array_agg(m.scope_id order by m.scope_id), '{}')
                    from sync_scope_member m
                   where m.entity_type = p_type and m.record_id = p_id);
      desired := sync_desired_scopes(p_type, p_id);
      if desired <> members then
        perform sync_reconcile_row(p_type, cur, '{}', desired, members);
      end if;
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
    members := (select coalesce(array_agg(m.scope_id order by m.scope_id), '{}')
                  from sync_scope_member m
                 where m.entity_type = p_type and m.record_id = p_id);
    desired := sync_desired_scopes(p_type, p_id);
    if desired = members then
      added := '{}';
    else
      added := sync_reconcile_row(p_type, rec, '{}', desired, members);
      members := null;
    end if;
  end if;
  insert into sync_record_version (entity_type, record_id, version, deleted, fields, field_versions,
                                   committed_at)
    values (rec.entity_type, rec.record_id, rec.version, false, rec.fields, rec.field_versions,
            sync_now());
  if members is null then
    members := (select coalesce(array_agg(m.scope_id order by m.scope_id), '{}')
                  from sync_scope_member m
                 where m.entity_type = p_type and m.record_id = p_id);
  end if;
  foreach s in array members loop
    if rec.version = 1 or not (s = any(added)) then
      perform sync_stage(s, jsonb_build_object('type', 'upsert', 'entityType', rec.entity_type,
                                               'id', rec.record_id, 'version', rec.version,
                                               'fields', rec.fields,
                                               'fieldVersions', rec.field_versions));
    end if;
  end loop;
end $$;

-- As in V4_1, the membership read inline.
create or replace function sync_capture_delete(p_type text, p_id uuid) returns void
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
  foreach s in array (select coalesce(array_agg(m.scope_id order by m.scope_id), '{}')
                        from sync_scope_member m
                       where m.entity_type = p_type and m.record_id = p_id) loop
    perform sync_stage(s, jsonb_build_object('type', 'delete', 'entityType', p_type, 'id', p_id,
                                             'version', rec.version));
  end loop;
end $$;

-- As in V4_23, with the generated lookups.
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
    ids := sync_child_ids(ch.entity_type, p_id);
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
    ref := sync_carried_ref(ch.entity_type, p_id);
    select c.* into r from sync_record c
      join sync_scope_member m on m.tenant_id = c.tenant_id and m.entity_type = c.entity_type
                              and m.record_id = c.record_id and m.scope_id = p_scope
     where c.entity_type = ch.entity_type and c.record_id = ref and not c.deleted;
    if found then
      direct := direct || r;
    end if;
  end loop;
  foreach x in array direct loop
    related := related || jsonb_build_array(jsonb_build_object(
      'entityType', x.entity_type, 'id', x.record_id, 'version', x.version, 'fields', x.fields,
      'fieldVersions', x.field_versions));
  end loop;
  foreach x in array direct loop
    related := related || sync_related_json(x.entity_type, x.record_id, p_scope, p_depth + 1);
  end loop;
  return related;
end $$;

-- As in V4_23, sync_state_json inlined, nothing to aggregate when nothing is related.
create or replace function sync_grant_json(r sync_record, p_scope text) returns jsonb
  language plpgsql stable
  as $$
declare
  all_related jsonb;
  related jsonb := '[]';
begin
  all_related := sync_related_json(r.entity_type, r.record_id, p_scope, 0);
  if jsonb_array_length(all_related) > 0 then
    select coalesce(jsonb_agg(d.x order by d.o), '[]') into related
      from (select t.x, min(t.o) as o
              from jsonb_array_elements(all_related) with ordinality t(x, o)
             where not (t.x ->> 'entityType' = r.entity_type and t.x ->> 'id' = r.record_id::text)
             group by t.x) d;
  end if;
  return jsonb_build_object('type', 'grant',
                            'record', jsonb_build_object('entityType', r.entity_type,
                                                         'id', r.record_id,
                                                         'version', r.version,
                                                         'fields', r.fields,
                                                         'fieldVersions', r.field_versions),
                            'related', related);
end $$;
