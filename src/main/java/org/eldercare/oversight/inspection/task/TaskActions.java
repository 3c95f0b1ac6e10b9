package org.eldercare.oversight.inspection.task;

import java.util.Map;

/** The Chinese names of a task's actions, for refusals. */
final class TaskActions {

    private static final Map<String, String> LABELS = Map.of("assign", "指派检查人员", "start", "开始检查", "submit", "提交待签字",
            "resume", "退回检查中", "complete", "签字完成", "cancel", "取消");

    private TaskActions() {
    }

    static String label(String action) {
        return LABELS.getOrDefault(action, action);
    }
}
