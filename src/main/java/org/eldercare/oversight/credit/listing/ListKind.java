package org.eldercare.oversight.credit.listing;

import org.eldercare.oversight.common.Labelled;

/** The two lists of 民发〔2019〕103号. */
public enum ListKind implements Labelled {
    JOINT_PUNISHMENT("联合惩戒对象名单"), CLOSE_WATCH("重点关注对象名单");

    private final String label;

    ListKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
