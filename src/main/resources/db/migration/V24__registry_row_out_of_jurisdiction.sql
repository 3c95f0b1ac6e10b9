-- #9 item 10: a registration that belongs to another county (by its code's area or its address) is flagged when a
-- county imports it, instead of being sent to the county's own townships as a lead.
alter table registration_row add column out_of_jurisdiction varchar(100);
