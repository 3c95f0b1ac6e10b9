package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;

class UnauthenticatedRefusalsTest {

    private final AuditTrail trail = mock(AuditTrail.class);
    private final UnauthenticatedRefusals refusals = new UnauthenticatedRefusals(trail, messages(),
            Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ClockConfiguration.ZONE), 3, 2);

    static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }

    private List<AuditEntry> written(int rows) {
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        verify(trail, times(rows)).record(entries.capture());
        return entries.getAllValues();
    }

    @Test
    @DisplayName("A client is over the limit after `limit` refusals in a window, and no longer once the window is written")
    void limitPerClientAndWindow() {
        refusals.refused("198.51.100.1", "POST /admin/users");
        refusals.refused("198.51.100.1", "POST /x");
        assertThat(refusals.overLimit("198.51.100.1")).isFalse();
        refusals.throttled("198.51.100.1", "POST /y");
        assertThat(refusals.overLimit("198.51.100.1")).isTrue();
        assertThat(refusals.overLimit("198.51.100.2")).isFalse();

        assertThat(refusals.flush()).isEqualTo(1);
        assertThat(refusals.overLimit("198.51.100.1")).isFalse();
        AuditEntry row = written(1).get(0);
        assertThat(row.action()).isEqualTo(UnauthenticatedRefusals.ACTION);
        assertThat(row.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(row.clientIp()).isEqualTo("198.51.100.1");
        assertThat(row.username()).isNull();
        assertThat(row.detail()).isEqualTo("3 次未登录请求被拒绝（其中 1 次因过于频繁直接答复429），"
                + "时间 2026-11-25 10:00:00 至 2026-11-25 10:00:00；请求示例：POST /admin/users、POST /x、POST /y");
        assertThat(refusals.flush()).isZero();
    }

    @Test
    @DisplayName("Beyond max-clients addresses in a window, further clients are counted together under *")
    void boundedNumberOfClients() {
        refusals.refused("198.51.100.1", "POST /a");
        refusals.refused("198.51.100.2", "POST /a");
        refusals.refused("198.51.100.3", "POST /a");
        refusals.refused("198.51.100.4", "POST /a");
        assertThat(refusals.flush()).isEqualTo(3);
        assertThat(written(3)).extracting(AuditEntry::clientIp)
                .containsExactlyInAnyOrder("198.51.100.1", "198.51.100.2", UnauthenticatedRefusals.OVERFLOW);
    }

    @Test
    @DisplayName("A window whose row cannot be written is counted again in the next one, not lost")
    void failedRowIsKept() {
        when(trail.record(any())).thenThrow(new IllegalStateException("database gone")).thenReturn(1L);
        refusals.refused("198.51.100.1", "POST /a");
        assertThat(refusals.flush()).isZero();
        refusals.refused("198.51.100.1", "POST /b");
        assertThat(refusals.flush()).isEqualTo(1);
        assertThat(written(2).get(1).detail()).startsWith("2 次未登录请求被拒绝");
    }
}
