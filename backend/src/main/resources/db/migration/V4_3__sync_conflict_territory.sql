-- The territory a synced record belongs to (its own territory column, or its parent's), so held
-- conflicts can be shown to the managers and dispatchers of that territory. Null for the catalog
-- and for rows that no longer exist.
create function sync_record_territory(p_type text, p_id uuid) returns uuid
  language plpgsql stable
  as $$
declare
  e sync_entity;
  ref uuid;
begin
  select * into e from sync_entity where entity_type = p_type;
  if not found or e.scope_rule = 'CATALOG' or p_id is null then
    return null;
  end if;
  execute format('select %I from %I where id = $1', e.rule_column, e.table_name) into ref using p_id;
  if e.scope_rule = 'REP_TERRITORY' then
    return ref;
  end if;
  return sync_record_territory(e.parent_entity, ref);
end $$;
