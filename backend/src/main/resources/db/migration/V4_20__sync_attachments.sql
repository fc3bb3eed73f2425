-- Attachments (PROTOCOL.md R42): photos, signatures and documents. Two parts:
--  * content, addressed by its SHA-256 per tenant and uploaded in chunks (resumable): one
--    attachment_content row per (tenant, sha256), its bytes in attachment_chunk rows (bytea,
--    appended at the next offset only), and who uploaded it (attachment_uploader). The same
--    content uploaded twice in a tenant is stored once.
--  * metadata, the synced entity 'attachment' (one row per use of a content: what it is attached
--    to, the file name), which follows its account's scopes like contacts and sites.

create table attachment_content (
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  sha256        text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size          bigint not null check (size >= 0),
  media_type    text not null check (media_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$'),
  received      bigint not null default 0,
  complete      boolean not null default false,
  created_at    timestamptz not null default now(),
  completed_at  timestamptz,
  primary key (tenant_id, sha256),
  check (received between 0 and size),
  check (complete = (completed_at is not null)),
  check (not complete or received = size)
);

create table attachment_chunk (
  tenant_id     uuid not null default app_current_tenant() references tenant (id),
  sha256        text not null,
  start_offset  bigint not null check (start_offset >= 0),
  data          bytea not null,
  primary key (tenant_id, sha256, start_offset),
  foreign key (tenant_id, sha256) references attachment_content (tenant_id, sha256) on delete cascade
);
-- Photos and PDFs are compressed already: store chunks out of line without pglz.
alter table attachment_chunk alter column data set storage external;

create table attachment_uploader (
  tenant_id  uuid not null default app_current_tenant() references tenant (id),
  sha256     text not null,
  user_id    uuid not null,
  primary key (tenant_id, sha256, user_id),
  foreign key (tenant_id, sha256) references attachment_content (tenant_id, sha256) on delete cascade,
  foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);

create table attachment (
  id           uuid primary key,
  tenant_id    uuid not null default app_current_tenant() references tenant (id),
  account_id   uuid not null,
  record_type  text check (record_type ~ '^[a-z][a-z0-9_]{0,63}$'),
  record_id    uuid,
  sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size         numeric(20, 0) not null check (size >= 0),
  media_type   text not null,
  file_name    text check (length(file_name) between 1 and 255),
  version      bigint not null default 1,
  created_at   timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, account_id) references account (tenant_id, id),
  check ((record_type is null) = (record_id is null))
);
create index attachment_account_idx on attachment (tenant_id, account_id);
create index attachment_sha256_idx on attachment (tenant_id, sha256);

do $$
declare
  t text;
begin
  foreach t in array array['attachment_content', 'attachment_chunk', 'attachment_uploader',
                           'attachment'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end $$;

select sync_register_entity('attachment', 'attachment', 'FOLLOW_PARENT', 'account_id', 'account',
  array['account_id', 'record_type', 'record_id', 'sha256', 'size', 'media_type', 'file_name']);
