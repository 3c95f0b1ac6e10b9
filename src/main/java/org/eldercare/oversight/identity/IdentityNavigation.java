package org.eldercare.oversight.identity;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The administrators' menu entries. 行政区划管理 is listed here too: the region module may not depend on identity, and
 * identity's security configuration is what reserves /admin/regions for the system administrator.
 */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem navUsers() {
        return new NavigationItem(900, "nav.users", "/admin/users", "bi-people", Set.of(Role.SYSADMIN.authority()));
    }

    @Bean
    NavigationItem navRegions() {
        return new NavigationItem(910, "nav.regions", "/admin/regions", "bi-diagram-3", Set.of(Role.SYSADMIN.authority()));
    }

    @Bean
    NavigationItem navTokens() {
        return new NavigationItem(920, "nav.tokens", "/admin/tokens", "bi-key", Set.of(Role.SYSADMIN.authority()));
    }

    @Bean
    NavigationItem navPolicy() {
        return new NavigationItem(930, "nav.policy", "/admin/security-policy", "bi-shield-lock",
                Set.of(Role.SECADMIN.authority()));
    }

    @Bean
    NavigationItem navAdministrators() {
        return new NavigationItem(935, "nav.administrators", "/admin/administrators", "bi-person-gear",
                Set.of(Role.SECADMIN.authority()));
    }

    @Bean
    NavigationItem navTokenApprovals() {
        return new NavigationItem(940, "nav.tokenApprovals", "/token-approvals", "bi-key", Set.of(Role.SUPERVISOR.authority()));
    }

    @Bean
    NavigationItem navPassword() {
        return new NavigationItem(990, "nav.password", "/account/password", "bi-person-lock", Set.of());
    }
}
