-- A division that disappears from a newer national list is retired (撤销), never deleted: records still point at it and
-- it still scopes them; it is no longer offered for new records.
alter table region add column retired_at timestamptz;

-- Name search on the 行政区划 page: every character and every pair of adjacent characters of the name, GIN-indexed, so
-- that "name contains 鹿城" is an index lookup whatever the database's locale (pg_trgm ignores Chinese characters under
-- the C locale and needs three of them in a row).
create function region_name_grams(name text) returns text[]
    language plpgsql immutable strict parallel safe as $$
declare
    grams text[] := '{}';
    n int := char_length(name);
begin
    for i in 1 .. n loop
        grams := grams || substr(name, i, 1);
        if i < n then
            grams := grams || substr(name, i, 2);
        end if;
    end loop;
    return grams;
end $$;

alter table region add column name_grams text[] generated always as (region_name_grams(name)) stored;
create index region_name_grams_idx on region using gin (name_grams);
-- code prefix search (5323 → everything in 楚雄州) whatever the collation
create index region_code_prefix_idx on region (code varchar_pattern_ops);
