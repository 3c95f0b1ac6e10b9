package org.eldercare.oversight.registry.crosscheck;

import org.eldercare.oversight.common.Labelled;

/** Where a registration import stands (#9 item 8): queued, being classified in the background, done, or failed. */
public enum ImportStatus implements Labelled {
    QUEUED("排队中"), PROCESSING("处理中"), DONE("已完成"), FAILED("失败");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
