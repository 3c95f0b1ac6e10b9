package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.common.StartupReadinessRecorder.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/** Issue #8 item 6: liveness and readiness probes; readiness (and overall health) only after the startup data exist. */
class StartupReadinessTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    @DisplayName("Readiness accepted traffic only once the demo accounts and institutions existed; until then health was not UP")
    void readinessOnlyAfterTheSeeders() {
        List<Step> steps = StartupReadinessRecorder.stepsOf(context);
        assertThat(steps).as("readiness changes seen while this context started").isNotEmpty();
        Step first = steps.get(0);
        assertThat(first.state()).as("the first readiness state, before the seeders run").isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        Step ready = steps.get(steps.size() - 1);
        assertThat(ready.state()).as("readiness must end accepting traffic").isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(ready.demoAccounts()).as("demo accounts when readiness turned UP")
                .isEqualTo(StartupReadinessRecorder.DEMO_ACCOUNTS.size());
        assertThat(ready.demoInstitutions()).as("demo institutions when readiness turned UP")
                .isEqualTo(StartupReadinessRecorder.DEMO_INSTITUTIONS.size());
        assertThat(steps).allSatisfy(s -> assertThat(s.healthBefore()).as("overall health up to this change").isNotEqualTo("UP"));
        assertThat(ready.readinessBefore()).as("readiness probe right up to the end of seeding").isEqualTo("OUT_OF_SERVICE");
        assertThat(ready.healthBefore()).as("overall health right up to the end of seeding").isEqualTo("OUT_OF_SERVICE");
    }

    @Test
    @DisplayName("Liveness and readiness probes answer without login with the status only")
    void probesArePublic() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
    }

    @Test
    @DisplayName("While readiness refuses traffic, /actuator/health and the readiness probe answer 503; liveness stays UP")
    void healthFollowsReadiness() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                    .andExpect(content().json("{\"status\":\"OUT_OF_SERVICE\"}"));
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
