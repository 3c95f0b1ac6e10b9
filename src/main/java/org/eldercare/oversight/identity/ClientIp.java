package org.eldercare.oversight.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client that sent the current request, as the audit trail records it. It is
 * {@code request.getRemoteAddr()}: the socket's peer, unless that peer is one of the reverse proxies configured in
 * {@code eldercare.network.trusted-proxies}; then Tomcat's {@link RemoteIpValve} (turned on by
 * {@code server.forward-headers-strategy: native}) has replaced it with the client named in {@code X-Forwarded-For}.
 * By default no proxy is trusted, so a forged {@code X-Forwarded-For} changes nothing.
 */
final class ClientIp {

    private ClientIp() {
    }

    static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return a.getRequest().getRemoteAddr();
        }
        return null;
    }

    /**
     * Makes {@code eldercare.network.trusted-proxies} the only source of trust of Tomcat's remote-IP valve. Without it the
     * valve believes {@code X-Forwarded-For} (and {@code X-Forwarded-Proto}) from every private or loopback address.
     */
    @Component
    static class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

        private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(/\\d{1,3})?");
        private final String cidrs;

        TrustedProxies(@Value("${eldercare.network.trusted-proxies:}") String setting) {
            this.cidrs = cidrs(setting);
        }

        /**
         * The setting (comma-separated addresses or CIDR ranges) as the CIDR list Tomcat takes; a lone address becomes
         * /32 or /128. Empty when nothing is trusted. Host names and malformed entries stop the start.
         */
        static String cidrs(String setting) {
            List<String> out = new ArrayList<>();
            for (String raw : setting == null ? new String[0] : setting.split(",")) {
                String entry = raw.trim();
                if (entry.isEmpty()) {
                    continue;
                }
                if (!LITERAL.matcher(entry).matches()) {
                    throw new IllegalStateException("eldercare.network.trusted-proxies: not an IP address or CIDR range: " + entry);
                }
                String cidr = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
                try {
                    new NetMask(cidr);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("eldercare.network.trusted-proxies: invalid entry " + entry, e);
                }
                out.add(cidr);
            }
            return String.join(",", out);
        }

        @Override
        public void customize(TomcatWebServerFactory factory) {
            factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                    .forEach(this::apply);
        }

        void apply(RemoteIpValve valve) {
            valve.setInternalProxies(cidrs);
            valve.setTrustedProxies("");
        }

        /** After Spring Boot's own Tomcat customizer, which adds the valve with its permissive default. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
