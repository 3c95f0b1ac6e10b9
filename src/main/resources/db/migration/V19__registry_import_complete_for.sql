-- #9 item 9: a registration file may be declared complete for one registrar (all its registrations in the region);
-- only then are unlisted operating institutions of that registrar classed 未登记但实际开展.
alter table registration_import add column complete_for varchar(30);
