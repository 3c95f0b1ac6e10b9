package org.eldercare.oversight.inspection.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** INS-2: templates are versioned; a version never changes, a revision is the next version of the same code. */
class CheckTemplateTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    @DisplayName("INS-2: the first version is 1; a revision is version 2 with the new items while version 1 keeps its own")
    void versioning() {
        CheckTemplate v1 = CheckTemplate.first("532301", "service_safety", "服务安全检查", List.of(1L, 2L, 3L), "sup", NOW);
        assertThat(v1.code()).isEqualTo("SERVICE_SAFETY");
        assertThat(v1.versionNo()).isEqualTo(1);
        CheckTemplate v2 = v1.revise("532301", 2, null, List.of(1L, 3L, 4L), "sup", NOW);
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.code()).isEqualTo("SERVICE_SAFETY");
        assertThat(v2.name()).isEqualTo("服务安全检查");
        assertThat(v2.itemIds()).containsExactly(1L, 3L, 4L);
        assertThat(v1.itemIds()).containsExactly(1L, 2L, 3L);
        assertThat(v2).isNotSameAs(v1);
    }

    @Test
    @DisplayName("INS-2: a stale version number, no items or a repeated item are refused")
    void refusals() {
        CheckTemplate v1 = CheckTemplate.first("532301", "T", "检查表", List.of(1L), "sup", NOW);
        assertThatThrownBy(() -> v1.revise("532301", 1, null, List.of(2L), "sup", NOW)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.status().value()).isEqualTo(409));
        assertThatThrownBy(() -> CheckTemplate.first("532301", "T", "检查表", List.of(), "sup", NOW)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> CheckTemplate.first("532301", "T", "检查表", List.of(1L, 1L), "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("inspection.template.duplicateItem"));
        assertThatThrownBy(() -> CheckTemplate.first("532301", " ", "检查表", List.of(1L), "sup", NOW)).isInstanceOf(PlatformException.class);
    }
}
