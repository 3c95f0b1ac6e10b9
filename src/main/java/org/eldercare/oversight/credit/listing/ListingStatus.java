package org.eldercare.oversight.credit.listing;

import org.eldercare.oversight.common.Labelled;

/** Where a list procedure stands. */
public enum ListingStatus implements Labelled {
    PROPOSED("拟列入（待告知）"), NOTIFIED("已告知（陈述申辩期）"), OBJECTED("已陈述申辩（待复核）"), REVIEWED("申辩已复核（待决定）"),
    DECIDED("已决定列入（待公布）"), PUBLISHED("已公布（名单内）"), REMOVED("已移出"), WITHDRAWN("不予列入");

    private final String label;

    ListingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still to be worked on by the bureau. */
    public boolean open() {
        return this == PROPOSED || this == NOTIFIED || this == OBJECTED || this == REVIEWED || this == DECIDED;
    }
}
