package org.eldercare.oversight.complaint;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaint module's entries in the navigation, with the roles that see them. */
@Configuration(proxyBeanMethods = false)
class ComplaintNavigation {

    @Bean
    NavigationItem navComplaints() {
        return new NavigationItem(300, "nav.complaints", "/complaints", "bi-megaphone",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority(), Role.DEPARTMENT.authority()));
    }

    @Bean
    NavigationItem navComplaintFigures() {
        return new NavigationItem(310, "nav.complaintFigures", "/complaints/figures", "bi-bar-chart", Set.of(Role.SUPERVISOR.authority()));
    }

    @Bean
    NavigationItem navComplaintOpenDays() {
        return new NavigationItem(320, "nav.complaintOpenDays", "/complaints/open-days", "bi-door-open",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority(), Role.INSTITUTION.authority()));
    }
}
