-- Scopes follow the people: when a user's roles or territories change, or the territory tree is
-- rearranged, the user's scope is recomputed in the same transaction and every record that
-- entered or left it is granted or evicted through the change log (PROTOCOL.md R37).

-- The records of a REP_TERRITORY entity a user's scope should hold.
create function sync_rep_records(e sync_entity, p_user uuid) returns setof uuid
  language plpgsql stable
  as $$
begin
  if not exists (select 1 from user_role where user_id = p_user and role = 'SALES_REP') then
    return;
  end if;
  return query execute format(
    'select id from %I where %I in (select sync_user_territories($1))', e.table_name, e.rule_column)
    using p_user;
end $$;

-- Recomputes a scope after its user's roles or territories changed: every record that should
-- enter or leave it is reconciled (granted with its dependents, or evicted with them).
create function sync_refresh_scope(p_scope text) returns void
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
  for e in select * from sync_entity where scope_rule = 'REP_TERRITORY' order by entity_type loop
    for rid in
      (select * from sync_rep_records(e, u)
        except select record_id from sync_scope_member where scope_id = p_scope and entity_type = e.entity_type)
      union
      (select record_id from sync_scope_member where scope_id = p_scope and entity_type = e.entity_type
        except select * from sync_rep_records(e, u))
    loop
      perform sync_reconcile(e.entity_type, rid, '{}');
    end loop;
  end loop;
end $$;

-- Opens the scope of a user (idempotent) with its initial membership. Nothing is logged: a scope's
-- first device starts from an initial sync, which is a snapshot of the membership.
create function sync_open_scope(p_scope text, p_user uuid) returns void
  language plpgsql
  as $$
declare
  e sync_entity;
begin
  insert into sync_scope (scope_id, user_id) values (p_scope, p_user) on conflict do nothing;
  if not found then
    return;
  end if;
  for e in
    with recursive depth(entity_type, level) as (
      select entity_type, 0 from sync_entity where parent_entity is null
      union all
      select c.entity_type, d.level + 1 from sync_entity c join depth d on c.parent_entity = d.entity_type)
    select s.* from sync_entity s join depth d using (entity_type) order by d.level, s.entity_type
  loop
    if e.scope_rule = 'REP_TERRITORY' then
      insert into sync_scope_member (scope_id, entity_type, record_id)
        select p_scope, e.entity_type, r.record_id from sync_record r
         where r.entity_type = e.entity_type and not r.deleted
           and r.record_id in (select * from sync_rep_records(e, p_user));
    elsif e.scope_rule = 'CATALOG' then
      insert into sync_scope_member (scope_id, entity_type, record_id)
        select p_scope, e.entity_type, r.record_id from sync_record r
         where r.entity_type = e.entity_type and not r.deleted;
    else
      execute format(
        'insert into sync_scope_member (scope_id, entity_type, record_id)'
        ' select $1, $2, r.record_id from sync_record r join %I t on t.id = r.record_id'
        ' where r.entity_type = $2 and not r.deleted and t.%I in (select record_id'
        ' from sync_scope_member where scope_id = $1 and entity_type = $3)',
        e.table_name, e.rule_column)
        using p_scope, e.entity_type, e.parent_entity;
    end if;
  end loop;
end $$;

create function sync_user_changed() returns trigger
  language plpgsql
  as $$
declare
  before_user uuid;
  after_user uuid;
  s text;
begin
  if tg_op <> 'INSERT' then
    before_user := old.user_id;
  end if;
  if tg_op <> 'DELETE' then
    after_user := new.user_id;
  end if;
  for s in select scope_id from sync_scope where user_id in (before_user, after_user)
            order by scope_id loop
    perform sync_refresh_scope(s);
  end loop;
  return null;
end $$;

create trigger sync_scope_roles after insert or update or delete on user_role
  for each row execute function sync_user_changed();
create trigger sync_scope_territories after insert or update or delete on user_territory
  for each row execute function sync_user_changed();

create function sync_territory_moved() returns trigger
  language plpgsql
  as $$
declare
  s text;
begin
  for s in select scope_id from sync_scope order by scope_id loop
    perform sync_refresh_scope(s);
  end loop;
  return null;
end $$;

create trigger sync_scope_territory_tree after update of parent_id on territory
  for each row when (old.parent_id is distinct from new.parent_id)
  execute function sync_territory_moved();
