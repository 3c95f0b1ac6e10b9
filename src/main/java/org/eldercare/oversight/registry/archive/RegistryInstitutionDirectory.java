package org.eldercare.oversight.registry.archive;

import java.util.Optional;
import org.eldercare.oversight.identity.InstitutionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registry answers identity's questions about institutions that accounts and tokens are linked to. */
@Component
class RegistryInstitutionDirectory implements InstitutionDirectory {

    private final JdbcClient jdbc;

    RegistryInstitutionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(long institutionId) {
        return jdbc.sql("select id, uscc, name, region_code from institution where id = ?").param(institutionId)
                .query(Entry.class).optional();
    }

    @Override
    public Optional<Entry> findByUscc(String uscc) {
        SiteCode site = SiteCode.parse(uscc);
        return jdbc.sql("select id, uscc, name, region_code from institution where uscc = ? and site_no = ?")
                .params(site.uscc(), site.siteNo()).query(Entry.class).optional();
    }
}
