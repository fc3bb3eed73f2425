-- A sales visit's opportunity: the foreign key V3_2 left out while sales and service were built
-- on separate branches.
alter table visit
  add constraint visit_opportunity_fk
  foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id);
