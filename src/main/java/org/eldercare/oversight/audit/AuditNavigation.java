package org.eldercare.oversight.audit;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem navAudit() {
        return new NavigationItem(950, "nav.audit", "/audit", "bi-journal-check", Set.of(Role.AUDITADMIN.authority()));
    }
}
