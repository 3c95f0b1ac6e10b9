package org.eldercare.oversight.calendar;

import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavigationItem navCalendar() {
        return new NavigationItem(800, "nav.calendar", "/calendar", "bi-calendar", Set.of());
    }
}
