package org.eldercare.oversight.region;

import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class RegionSetup {

    /** Demo townships of 楚雄市 (profile demo only). */
    @Bean
    @Profile("demo")
    @Order(5)
    ApplicationRunner demoTownships(RegionRepository regions) {
        return args -> {
            Region county = regions.find("532301").orElseThrow();
            List<String[]> towns = List.of(
                    new String[] {"532301100000", "鹿城镇"}, new String[] {"532301101000", "东瓜镇"},
                    new String[] {"532301102000", "吕合镇"}, new String[] {"532301103000", "紫溪镇"},
                    new String[] {"532301104000", "东华镇"});
            for (String[] t : towns) {
                if (regions.find(t[0]).isEmpty()) {
                    regions.insert(new Region(t[0], t[1], Region.TOWNSHIP, county.code(), county.path() + t[0] + "/"));
                }
            }
        };
    }
}
