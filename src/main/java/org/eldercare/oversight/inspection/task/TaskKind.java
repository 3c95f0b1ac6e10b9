package org.eldercare.oversight.inspection.task;

import org.eldercare.oversight.common.Labelled;

/**
 * The kinds of inspection (三类检查 日常/专项/个案 of 养老机构行政检查办法, plus REG-3 filing verification and township patrols).
 * Announced kinds are notified in advance (a regional setting, preset 3 working days); case checks are unannounced.
 */
public enum TaskKind implements Labelled {
    FILING_VERIFICATION("备案核查", false, "FILING_VERIFICATION"),
    ROUTINE("日常检查", true, "SERVICE_SAFETY"),
    RANDOM("双随机抽查", true, "SERVICE_SAFETY"),
    CAMPAIGN("专项检查", true, "SERVICE_SAFETY"),
    JOINT("联合检查", true, "SERVICE_SAFETY"),
    COMPLAINT("投诉核查", false, "SERVICE_SAFETY"),
    PATROL("日常巡查", false, "SERVICE_SAFETY");

    private final String label;
    private final boolean announced;
    private final String defaultTemplate;

    TaskKind(String label, boolean announced, String defaultTemplate) {
        this.label = label;
        this.announced = announced;
        this.defaultTemplate = defaultTemplate;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the institution is told in advance (日常、专项 and the like); case checks are unannounced. */
    public boolean announced() {
        return announced;
    }

    /** The template code a task of this kind uses unless another is chosen. */
    public String defaultTemplate() {
        return defaultTemplate;
    }
}
