package org.eldercare.oversight.credit.listing;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ListingRepository extends ListCrudRepository<Listing, Long> {

    /** Whether the code has a procedure of this list still open or in force. */
    @Query("""
            select exists (select 1 from credit_listing where uscc = :uscc and list_kind = :kind
                           and status not in ('WITHDRAWN', 'REMOVED'))""")
    boolean anyActive(@Param("uscc") String uscc, @Param("kind") String kind);
}
