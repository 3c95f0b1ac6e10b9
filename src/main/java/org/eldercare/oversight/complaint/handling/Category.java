package org.eldercare.oversight.complaint.handling;

import java.util.Arrays;
import java.util.Optional;
import org.eldercare.oversight.common.Labelled;

/**
 * What a complaint is about; the responsibility matrix ({@code complaint_route}) names the department a category
 * belongs to (消防 → FIRE_RESCUE, 食品 → MARKET_REGULATION, 医疗 → HEALTH, 价格 → MARKET_REGULATION …).
 */
public enum Category implements Labelled {
    SERVICE("服务质量"), ABUSE("欺老虐老"), FIRE("消防安全"), FOOD("食品安全"), MEDICAL("医疗卫生"), PRICE("收费价格"),
    BUILDING("建筑安全"), FUNDS("资金与预付费"), OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The category whose name or Chinese label is {@code text} (a 12345 work order names it in Chinese). */
    public static Optional<Category> byNameOrLabel(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.label.equals(t)).findFirst();
    }
}
