package org.eldercare.oversight.inspection.spotcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's draw as the API and the result page show it (INS-2): seed, algorithm, pool hash, the selected sites (with their
 * task and result) and the assignments (inspector names: for officials only; the public list shows departments).
 */
public record DrawView(long planId, String seed, String algorithm, String poolHash, String resultHash, int objectCount,
                       int inspectorCount, Instant drawnAt, String drawnBy, List<Selected> selected, List<Assigned> assignments) {

    /** A selected site; {@code task}: 待生成检查任务 until the inspection task exists. */
    public record Selected(long institutionId, String siteName, String regionCode, String regionName, Long taskId, String task,
                           boolean inspectorsShort, LocalDate completedOn, Integer itemsChecked, Integer itemsFailed) {
    }

    public record Assigned(long institutionId, String siteName, String departmentCode, String departmentName, long inspectorId,
                           String inspectorName) {
    }
}
