package org.eldercare.oversight.workforce.ban;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface BanRepository extends ListCrudRepository<IndustryBan, Long> {

    /** Every entry for the person with this blind index, in the whole country, newest period first. */
    List<IndustryBan> findByIdNumberIdxOrderByEndDateDesc(String idNumberIdx);
}
