package org.eldercare.oversight.calendar;

import org.eldercare.oversight.common.Labelled;

/** Where a year's holiday arrangement came from. */
public enum HolidaySource implements Labelled {
    BUNDLED("平台内置（国务院办公厅通知）"),
    UPLOADED("管理员上传");

    private final String label;

    HolidaySource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
