package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eldercare.oversight.common.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The request filter's gates: 429 for a client flooding unauthenticated refusals, 503 while audit rows cannot be written. */
@ExtendWith(OutputCaptureExtension.class)
class AuditRequestFilterTest {

    private static final Authentication USER = UsernamePasswordAuthenticationToken.authenticated("zhangsan", null, List.of());
    private final Messages messages = UnauthenticatedRefusalsTest.messages();
    private final AtomicInteger chainRuns = new AtomicInteger();

    /** The application behind the filter: answers {@code status}, to the user of the request's session if any. */
    private FilterChain application(int status) {
        return (req, res) -> {
            chainRuns.incrementAndGet();
            MockHttpServletRequest r = (MockHttpServletRequest) req;
            if (r.getSession(false) != null) {
                r.setAttribute(AuditRequestFilter.CAPTURED, USER);
            }
            ((MockHttpServletResponse) res).setStatus(status);
        };
    }

    private static MockHttpServletRequest post(String ip, boolean loggedIn) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/users");
        request.setRemoteAddr(ip);
        if (loggedIn) {
            MockHttpSession session = new MockHttpSession();
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(USER));
            request.setSession(session);
        }
        return request;
    }

    @Test
    @DisplayName("Over the limit, a client's requests without a login are answered 429 before the application sees them")
    void floodingClientGets429() throws Exception {
        AuditTrail trail = mock(AuditTrail.class);
        UnauthenticatedRefusals refusals = new UnauthenticatedRefusals(trail, messages, Clock.systemUTC(), 2, 100);
        AuditRequestFilter filter = new AuditRequestFilter(trail, refusals, new AuditWriteMonitor(new SimpleMeterRegistry()), messages);
        for (int i = 0; i < 2; i++) {
            filter.doFilter(post("198.51.100.9", false), new MockHttpServletResponse(), application(403));
        }
        MockHttpServletResponse throttled = new MockHttpServletResponse();
        filter.doFilter(post("198.51.100.9", false), throttled, application(403));
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getContentAsString()).contains("请求过于频繁");
        assertThat(chainRuns).hasValue(2);

        MockHttpServletResponse loggedIn = new MockHttpServletResponse();
        filter.doFilter(post("198.51.100.9", true), loggedIn, application(200));
        assertThat(loggedIn.getStatus()).isEqualTo(200);
        MockHttpServletResponse otherClient = new MockHttpServletResponse();
        filter.doFilter(post("198.51.100.10", false), otherClient, application(403));
        assertThat(otherClient.getStatus()).isEqualTo(403);
        assertThat(chainRuns).hasValue(4);
    }

    @Test
    @DisplayName("A request whose audit row cannot be written is logged at ERROR and counted; later writes are refused with 503")
    void failedAuditWriteFailsClosed(CapturedOutput output) throws Exception {
        DataSource gone = mock(DataSource.class);
        when(gone.getConnection()).thenThrow(new SQLException("database gone"));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AuditWriteMonitor monitor = new AuditWriteMonitor(meters);
        AuditTrail trail = new AuditTrail(JdbcClient.create(gone), Clock.systemUTC(), "unit-test-audit-key-2026",
                new DataSourceTransactionManager(gone), monitor);
        AuditRequestFilter filter = new AuditRequestFilter(trail,
                new UnauthenticatedRefusals(trail, messages, Clock.systemUTC(), 100, 100), monitor, messages);

        filter.doFilter(post("198.51.100.9", true), new MockHttpServletResponse(), application(302));
        assertThat(chainRuns).hasValue(1);
        assertThat(meters.counter(AuditWriteMonitor.METRIC).count()).isEqualTo(1.0);
        assertThat(output.getAll()).contains("ERROR").contains("Could not write the audit row POST /admin/users");

        MockHttpServletResponse refused = new MockHttpServletResponse();
        filter.doFilter(post("198.51.100.9", true), refused, application(302));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentAsString()).contains("审计日志暂时无法写入");
        assertThat(chainRuns).hasValue(1);
        assertThat(meters.counter(AuditWriteMonitor.METRIC).count()).isEqualTo(2.0); // the refusal could not be recorded either
        assertThat(monitor.healthy()).isFalse();
    }

    @Test
    @DisplayName("One successful audit write reopens the door after failures")
    void successfulWriteRecovers() {
        AuditWriteMonitor monitor = new AuditWriteMonitor(new SimpleMeterRegistry());
        monitor.failed(new AuditEntry(null, null, null, "POST /x", null, null, AuditOutcome.SUCCESS, null, null),
                new IllegalStateException("x"));
        assertThat(monitor.healthy()).isFalse();
        monitor.succeeded();
        assertThat(monitor.healthy()).isTrue();
    }
}
