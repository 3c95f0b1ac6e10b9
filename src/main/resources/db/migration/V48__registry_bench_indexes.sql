-- #15 (national-scale benchmark), owned by the registry module: the public commitment search goes from the institutions
-- of a region (or those whose name matches) to their published commitments; without this index each search read all
-- 340,000 commitments of the national data set.
create index credit_commitment_published_institution_idx on credit_commitment (institution_id) where published_at is not null;
