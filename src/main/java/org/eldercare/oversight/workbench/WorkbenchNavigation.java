package org.eldercare.oversight.workbench;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkbenchNavigation {

    @Bean
    NavigationItem navHome() {
        return new NavigationItem(0, "nav.home", "/", "bi-house", Set.of());
    }
}
