-- The public directory (disclosure portal, DIS-1/DIS-2) lists only filed service sites: a partial index per region keeps
-- a county's or a township's search an index range, newest first (keyset on id), however many unfiled sites there are.
create index institution_public_idx on institution (region_code, id) where filing_status = 'FILED';
create index institution_public_kind_idx on institution (kind, id) where filing_status = 'FILED';
