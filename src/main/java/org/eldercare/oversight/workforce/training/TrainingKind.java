package org.eldercare.oversight.workforce.training;

import java.util.Arrays;
import java.util.List;
import org.eldercare.oversight.common.Labelled;

/** Kinds of training (WRK-2); the three pre-job kinds together make "trained before starting work" (001-(四)). */
public enum TrainingKind implements Labelled {
    SKILLS("岗前技能培训", true), FIRE_SAFETY("消防安全培训", true), FOOD_SAFETY("食品安全培训", true), UPGRADE("技能提升培训", false),
    OTHER("其他培训", false);

    private final String label;
    private final boolean preJob;

    TrainingKind(String label, boolean preJob) {
        this.label = label;
        this.preJob = preJob;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean preJob() {
        return preJob;
    }

    /** The kinds an employee must have completed by the first working day. */
    public static List<TrainingKind> preJobKinds() {
        return Arrays.stream(values()).filter(TrainingKind::preJob).toList();
    }
}
