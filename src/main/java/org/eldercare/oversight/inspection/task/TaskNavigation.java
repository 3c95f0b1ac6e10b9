package org.eldercare.oversight.inspection.task;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inspection tasks' entries in the navigation (the spot-check part adds its own). */
@Configuration(proxyBeanMethods = false)
class TaskNavigation {

    @Bean
    NavigationItem navInspectionTasks() {
        return new NavigationItem(300, "nav.inspectionTasks", "/inspection/tasks", "bi-clipboard-check",
                Set.of(Role.SUPERVISOR.authority(), Role.INSPECTOR.authority(), Role.TOWNSHIP.authority(), Role.INSTITUTION.authority()));
    }

    @Bean
    NavigationItem navInspectors() {
        return new NavigationItem(310, "nav.inspectors", "/inspection/inspectors", "bi-person-badge",
                Set.of(Role.SUPERVISOR.authority(), Role.INSPECTOR.authority()));
    }

    @Bean
    NavigationItem navCheckCatalogue() {
        return new NavigationItem(320, "nav.checkCatalogue", "/inspection/catalogue", "bi-list-check",
                Set.of(Role.SUPERVISOR.authority(), Role.INSPECTOR.authority(), Role.TOWNSHIP.authority()));
    }
}
