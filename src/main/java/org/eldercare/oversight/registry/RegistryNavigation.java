package org.eldercare.oversight.registry;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's entries in the navigation, with the roles that see them. */
@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

    @Bean
    NavigationItem navInstitutions() {
        return new NavigationItem(100, "nav.institutions", "/registry/institutions", "bi-building",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority(), Role.INSPECTOR.authority(),
                        Role.DEPARTMENT.authority(), Role.INSTITUTION.authority()));
    }

    @Bean
    NavigationItem navImports() {
        return new NavigationItem(110, "nav.imports", "/registry/imports", "bi-arrow-left-right",
                Set.of(Role.SUPERVISOR.authority()));
    }

    @Bean
    NavigationItem navLeads() {
        return new NavigationItem(120, "nav.leads", "/registry/leads", "bi-geo",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority()));
    }

    @Bean
    NavigationItem navUnlicensed() {
        return new NavigationItem(130, "nav.unlicensed", "/registry/unlicensed", "bi-exclamation-octagon",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority()));
    }

    @Bean
    NavigationItem navRegistryReports() {
        return new NavigationItem(140, "nav.registryReports", "/registry/reports", "bi-bar-chart",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority()));
    }

    @Bean
    NavigationItem navReceiptPrefixes() {
        return new NavigationItem(150, "nav.receiptPrefixes", "/registry/receipt-prefixes", "bi-hash",
                Set.of(Role.SUPERVISOR.authority()));
    }

    @Bean
    NavigationItem navFilingChecklists() {
        return new NavigationItem(155, "nav.filingChecklists", "/registry/filing-checklists", "bi-card-checklist",
                Set.of(Role.SUPERVISOR.authority()));
    }

    @Bean
    NavigationItem navNursingBedGoals() {
        return new NavigationItem(160, "nav.nursingBedGoals", "/registry/nursing-bed-goals", "bi-bullseye",
                Set.of(Role.SUPERVISOR.authority()));
    }
}
