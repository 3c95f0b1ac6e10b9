package org.eldercare.oversight.inspection.spotcheck;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The spot-check and coverage entries in the navigation. */
@Configuration(proxyBeanMethods = false)
class SpotCheckNavigation {

    @Bean
    NavigationItem navSpotChecks() {
        return new NavigationItem(300, "nav.spotChecks", "/inspection/spot-checks", "bi-shuffle",
                Set.of(Role.SUPERVISOR.authority(), Role.INSPECTOR.authority(), Role.DEPARTMENT.authority()));
    }

    @Bean
    NavigationItem navInspectionCoverage() {
        return new NavigationItem(310, "nav.inspectionCoverage", "/inspection/coverage", "bi-geo-alt",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority()));
    }
}
