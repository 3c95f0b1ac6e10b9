-- To-do items addressed to one institution (机构用户): only accounts linked to that institution see them. Owned by todo.
alter table todo_item add column institution_id bigint;
create index todo_item_institution_idx on todo_item (institution_id) where institution_id is not null;
