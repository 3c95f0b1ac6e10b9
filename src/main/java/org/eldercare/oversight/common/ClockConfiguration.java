package org.eldercare.oversight.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Every module takes time from this bean so tests can move it (lockout expiry, deadlines). */
    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
