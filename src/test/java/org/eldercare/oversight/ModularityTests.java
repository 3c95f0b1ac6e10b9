package org.eldercare.oversight;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(EldercareOversightApplication.class);

    @Test
    @DisplayName("Modules only use each other's published API (ApplicationModules.verify)")
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    @DisplayName("Module documentation is generated into target/spring-modulith-docs")
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
