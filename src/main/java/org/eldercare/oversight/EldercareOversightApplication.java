package org.eldercare.oversight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EldercareOversightApplication {
    public static void main(String[] args) {
        // the platform's dates and log times are Beijing time wherever the server's clock is set
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(org.eldercare.oversight.common.ClockConfiguration.ZONE));
        SpringApplication.run(EldercareOversightApplication.class, args);
    }
}
