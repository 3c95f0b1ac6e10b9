package org.eldercare.oversight.identity;

import java.util.Locale;
import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The institutions accounts and API tokens are linked to (机构用户), looked up in the registry's
 * {@link InstitutionDirectory} when that module is present.
 */
@Component
public class LinkedInstitutions {

    private final ObjectProvider<InstitutionDirectory> directory;

    LinkedInstitutions(ObjectProvider<InstitutionDirectory> directory) {
        this.directory = directory;
    }

    /** The institution with this id, if it exists. */
    Optional<InstitutionDirectory.Entry> find(Long institutionId) {
        InstitutionDirectory d = directory.getIfAvailable();
        return institutionId == null || d == null ? Optional.empty() : d.find(institutionId);
    }

    /**
     * The institution an admin names by its 统一社会信用代码 (the number people know), for linking an account or a token;
     * blank → none.
     */
    public Long idByUscc(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return null;
        }
        String code = uscc.trim().toUpperCase(Locale.ROOT);
        InstitutionDirectory d = directory.getIfAvailable();
        return (d == null ? Optional.<InstitutionDirectory.Entry>empty() : d.findByUscc(code))
                .map(InstitutionDirectory.Entry::id)
                .orElseThrow(() -> PlatformException.badRequest("user.institution.usccNotFound", code));
    }

    /** The linked institution's 统一社会信用代码, to show in the admin forms. */
    public String uscc(Long institutionId) {
        return find(institutionId).map(InstitutionDirectory.Entry::uscc).orElse(null);
    }

    /** The name of the institution an account or a token is linked to, for display. */
    public String name(Long institutionId) {
        return find(institutionId).map(InstitutionDirectory.Entry::name).orElse(null);
    }
}
