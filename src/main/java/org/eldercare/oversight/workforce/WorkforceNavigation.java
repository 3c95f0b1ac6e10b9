package org.eldercare.oversight.workforce;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workforce module's entries in the navigation, with the roles that see them. */
@Configuration(proxyBeanMethods = false)
class WorkforceNavigation {

    @Bean
    NavigationItem navWorkforceStaff() {
        return new NavigationItem(200, "nav.workforceStaff", "/workforce/staff", "bi-people",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority(), Role.INSPECTOR.authority(), Role.INSTITUTION.authority()));
    }

    @Bean
    NavigationItem navWorkforceBanCheck() {
        return new NavigationItem(210, "nav.workforceBanCheck", "/workforce/bans/check", "bi-shield-check",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority(), Role.INSTITUTION.authority()));
    }

    @Bean
    NavigationItem navWorkforceBans() {
        return new NavigationItem(220, "nav.workforceBans", "/workforce/bans", "bi-slash-circle", Set.of(Role.SUPERVISOR.authority()));
    }

    @Bean
    NavigationItem navWorkforceFigures() {
        return new NavigationItem(230, "nav.workforceFigures", "/workforce/figures", "bi-graph-up",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority()));
    }

    @Bean
    NavigationItem navWorkforceGoals() {
        return new NavigationItem(240, "nav.workforceGoals", "/workforce/goals", "bi-bullseye", Set.of(Role.SUPERVISOR.authority()));
    }

    @Bean
    NavigationItem navWorkforceCredit() {
        return new NavigationItem(250, "nav.workforceCredit", "/workforce/credit", "bi-person-check",
                Set.of(Role.INSTITUTION.authority()));
    }
}
