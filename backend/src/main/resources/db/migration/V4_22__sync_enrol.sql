-- Enrolling a device before each push or pull in one round trip, writing only what changed: the
-- device must be the caller's (else nothing happens and the engine refuses it, R3); the user's
-- scope is opened if new; sync_device is written only when the device is new or changed hands;
-- device.last_sync_at / protocol_version are written at most once a minute or when the version
-- changes (a no-change re-sync then commits nothing, so it waits for no WAL flush).
create function sync_enrol(p_device uuid, p_user uuid, p_scope text, p_version integer)
  returns boolean
  language plpgsql
  as $$
declare
  d device;
begin
  select * into d from device where id = p_device;
  if not found or d.user_id <> p_user then
    return false;
  end if;
  if not exists (select 1 from sync_scope where scope_id = p_scope) then
    perform sync_open_scope(p_scope, p_user);
  end if;
  if not exists (select 1 from sync_device where device_id = p_device::text
                    and owner_id = p_user::text and scope_id = p_scope) then
    insert into sync_device (device_id, owner_id, scope_id) values (p_device::text, p_user::text, p_scope)
      on conflict (tenant_id, device_id) do update set owner_id = excluded.owner_id,
        scope_id = excluded.scope_id;
  end if;
  if d.last_sync_at is null or d.last_sync_at < now() - interval '1 minute'
     or (p_version is not null and d.protocol_version is distinct from p_version) then
    update device set last_sync_at = now(), protocol_version = coalesce(p_version, protocol_version)
     where id = p_device;
  end if;
  return true;
end $$;
