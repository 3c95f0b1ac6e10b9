package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.registry.filing.FilingService;
import org.springframework.stereotype.Component;

/** An institution as pages and the API show it: its archive with its filings, newest first (the caller may read it). */
@Component
public class InstitutionDossiers {

    private final InstitutionService institutions;
    private final FilingService filings;

    InstitutionDossiers(InstitutionService institutions, FilingService filings) {
        this.institutions = institutions;
        this.filings = filings;
    }

    public InstitutionView of(long institutionId) {
        return InstitutionView.of(institutions.loadReadable(institutionId), filings.filingsOf(institutionId));
    }
}
