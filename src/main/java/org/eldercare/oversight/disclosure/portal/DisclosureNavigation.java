package org.eldercare.oversight.disclosure.portal;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The disclosure module's menu entries: an institution's own publication, the supervisors' publications, the portal. */
@Configuration(proxyBeanMethods = false)
class DisclosureNavigation {

    @Bean
    NavigationItem navSitePublication() {
        return new NavigationItem(600, "nav.disclosureSite", "/disclosure/site", "bi-megaphone", Set.of(Role.INSTITUTION.authority()));
    }

    @Bean
    NavigationItem navPublications() {
        return new NavigationItem(610, "nav.disclosurePublications", "/disclosure/publications", "bi-megaphone",
                Set.of(Role.SUPERVISOR.authority()));
    }
}
