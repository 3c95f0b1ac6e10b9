package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tomcat's remote-IP valve, as Spring Boot sets it up, believes X-Forwarded-For only from the configured proxies. */
class TrustedProxiesTest {

    /** The address the application sees for a request from {@code peer} carrying {@code forwardedFor}. */
    private static String clientSeen(String trustedProxies, String peer, String forwardedFor) throws Exception {
        RemoteIpValve valve = new RemoteIpValve(); // as Spring Boot's customizer adds it for forward-headers-strategy native
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        new ClientIp.TrustedProxies(trustedProxies).apply(valve);
        AtomicReference<String> seen = new AtomicReference<>();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen.set(request.getRemoteAddr());
            }
        });
        org.apache.coyote.Request coyote = new org.apache.coyote.Request(); // same simple name as the connector's Request
        coyote.getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
        Request request = new Request(new Connector(), coyote);
        request.setRemoteAddr(peer);
        request.setRemoteHost(peer);
        valve.invoke(request, new Response(null));
        return seen.get();
    }

    @Test
    @DisplayName("By default no proxy is trusted: a forged X-Forwarded-For from loopback or a private address changes nothing")
    void nothingTrustedByDefault() throws Exception {
        assertThat(clientSeen("", "127.0.0.1", "203.0.113.9")).isEqualTo("127.0.0.1");
        assertThat(clientSeen("", "10.1.2.3", "203.0.113.9")).isEqualTo("10.1.2.3");
        assertThat(clientSeen("", "192.168.0.7", "203.0.113.9")).isEqualTo("192.168.0.7");
    }

    @Test
    @DisplayName("A configured proxy (address or CIDR range) passes on the client it names; any other sender does not")
    void configuredProxiesOnly() throws Exception {
        assertThat(clientSeen("10.0.0.5", "10.0.0.5", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(clientSeen("10.0.0.5", "10.0.0.6", "203.0.113.9")).isEqualTo("10.0.0.6");
        assertThat(clientSeen("10.0.0.5, 172.16.0.0/12", "172.20.1.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        // a chain of proxies: the client is the last address not itself a trusted proxy; what it claimed before is ignored
        assertThat(clientSeen("10.0.0.0/8", "10.0.0.5", "198.51.100.1, 203.0.113.9, 10.0.0.4")).isEqualTo("203.0.113.9");
    }

    @Test
    @DisplayName("The setting takes addresses and CIDR ranges (IPv4 and IPv6); host names and malformed entries stop the start")
    void settingIsValidated() {
        assertThat(ClientIp.TrustedProxies.cidrs(null)).isEmpty();
        assertThat(ClientIp.TrustedProxies.cidrs(" ")).isEmpty();
        assertThat(ClientIp.TrustedProxies.cidrs("10.0.0.5, ::1 ,192.168.0.0/16")).isEqualTo("10.0.0.5/32,::1/128,192.168.0.0/16");
        assertThatThrownBy(() -> ClientIp.TrustedProxies.cidrs("proxy.example.org")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ClientIp.TrustedProxies.cidrs("10.0.0.0/33")).isInstanceOf(IllegalStateException.class);
    }
}
