package org.eldercare.oversight.credit;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The credit module's entries in the navigation, with the roles that see them. */
@Configuration(proxyBeanMethods = false)
class CreditNavigation {

    @Bean
    NavigationItem navCreditLookup() {
        return new NavigationItem(300, "nav.creditLookup", "/credit", "bi-patch-check",
                Set.of(Role.SUPERVISOR.authority(), Role.TOWNSHIP.authority(), Role.INSPECTOR.authority(), Role.DEPARTMENT.authority()));
    }

    @Bean
    NavigationItem navCreditListings() {
        return new NavigationItem(310, "nav.creditListings", "/credit/listings", "bi-journal-x", Set.of(Role.SUPERVISOR.authority()));
    }
}
