package org.eldercare.oversight.complaint.handling;

import java.util.Map;

/** The Chinese names of the partner departments the responsibility matrix refers complaints to (identity's department codes). */
public final class Departments {

    private static final Map<String, String> NAMES = Map.of("FIRE_RESCUE", "消防救援", "MARKET_REGULATION", "市场监管", "HEALTH", "卫健",
            "HOUSING", "住建", "PUBLIC_SECURITY", "公安", "ECOLOGY", "生态环境", "MEDICAL_INSURANCE", "医保", "EMERGENCY", "应急管理");

    private Departments() {
    }

    public static String name(String code) {
        return code == null ? "民政部门" : NAMES.getOrDefault(code, code);
    }
}
