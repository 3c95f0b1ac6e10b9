package org.eldercare.oversight.complaint.handling;

import org.eldercare.oversight.common.Labelled;

/** How a complaint came in: the public form, or an officer's entry from the hotline, the mailbox, a 12345 transfer, a visit. */
public enum Channel implements Labelled {
    ONLINE("网上投诉"), HOTLINE("监督热线"), MAILBOX("投诉信箱"), TRANSFER_12345("12345转办"), WALK_IN("来访");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
