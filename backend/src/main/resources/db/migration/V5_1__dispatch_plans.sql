-- Proposed plans and their publication. An OPTIMISE job is queued and solved by a worker; a
-- REALTIME job records the re-plan of one real-time change (urgent visit, technician unavailable,
-- overrun, cancellation) and is created directly as PROPOSED. Either is published by a dispatcher
-- (all or a selection of its changes) in one transaction; the proposal keeps, per change, the
-- version of the visit or work order it was computed from, so a stale change is refused.
alter table dispatch_job add column kind text not null default 'OPTIMISE'
  check (kind in ('OPTIMISE', 'REALTIME'));
alter table dispatch_job add column published_at timestamptz;
alter table dispatch_job add column published_by uuid;
alter table dispatch_job add column published_changes integer check (published_changes >= 0);
alter table dispatch_job add constraint dispatch_job_published_by_fk
  foreign key (tenant_id, published_by) references app_user (tenant_id, id);
alter table dispatch_job add constraint dispatch_job_published_check
  check ((status = 'PUBLISHED') = (published_at is not null));
create index dispatch_job_territory_idx on dispatch_job (tenant_id, territory_id, created_at desc);
