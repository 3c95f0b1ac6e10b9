package org.eldercare.oversight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EldercareOversightApplication {
    public static void main(String[] args) {
        SpringApplication.run(EldercareOversightApplication.class, args);
    }
}
