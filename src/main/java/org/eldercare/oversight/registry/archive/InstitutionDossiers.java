package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.registry.filing.FilingService;
import org.springframework.stereotype.Component;

/** An institution as pages and the API show it: its archive with its filings, newest first (the caller may read it). */
@Component
public class InstitutionDossiers {

    private final InstitutionService institutions;
    private final FilingService filings;
    private final ArchiveWarnings warnings;

    InstitutionDossiers(InstitutionService institutions, FilingService filings, ArchiveWarnings warnings) {
        this.institutions = institutions;
        this.filings = filings;
        this.warnings = warnings;
    }

    public InstitutionView of(long institutionId) {
        Institution i = institutions.loadReadable(institutionId);
        return InstitutionView.of(i, filings.filingsOf(institutionId), warnings.of(i));
    }
}
