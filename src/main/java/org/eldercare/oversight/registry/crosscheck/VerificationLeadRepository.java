package org.eldercare.oversight.registry.crosscheck;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface VerificationLeadRepository extends ListCrudRepository<VerificationLead, Long> {

    /** The latest lead on {@code uscc} verified with {@code result}. */
    Optional<VerificationLead> findFirstByUsccAndResultOrderByVerifiedAtDesc(String uscc, VerificationLead.Result result);
}
