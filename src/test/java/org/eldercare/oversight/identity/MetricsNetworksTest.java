package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class MetricsNetworksTest {

    private static MockHttpServletRequest request(String method, String path, String from) {
        MockHttpServletRequest r = new MockHttpServletRequest(method, path);
        r.setRemoteAddr(from);
        return r;
    }

    @Test
    @DisplayName("eldercare.security.metrics-from: only GET /actuator/prometheus from a listed network passes without login")
    void listedNetworksScrapeOnly() {
        MetricsNetworks networks = new MetricsNetworks(List.of("10.20.0.0/16", " 192.168.1.7 "));
        assertThat(networks.matches(request("GET", "/actuator/prometheus", "10.20.3.4"))).isTrue();
        assertThat(networks.matches(request("GET", "/actuator/prometheus", "192.168.1.7"))).isTrue();
        assertThat(networks.matches(request("GET", "/actuator/prometheus", "10.21.0.1"))).isFalse();
        assertThat(networks.matches(request("GET", "/actuator/metrics", "10.20.3.4"))).isFalse();
        assertThat(networks.matches(request("GET", "/v3/api-docs", "10.20.3.4"))).isFalse();
        assertThat(networks.matches(request("POST", "/actuator/prometheus", "10.20.3.4"))).isFalse();
    }

    @Test
    @DisplayName("eldercare.security.metrics-from empty: no network is trusted")
    void emptyTrustsNobody() {
        assertThat(new MetricsNetworks(List.of()).matches(request("GET", "/actuator/prometheus", "127.0.0.1"))).isFalse();
        assertThat(new MetricsNetworks(List.of("")).matches(request("GET", "/actuator/prometheus", "127.0.0.1"))).isFalse();
    }

    @Test
    @DisplayName("eldercare.security.metrics-from with a malformed entry stops the start with the entry named")
    void malformedEntryIsRefused() {
        assertThatThrownBy(() -> new MetricsNetworks(List.of("10.0.0.0/99"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("10.0.0.0/99");
    }
}
