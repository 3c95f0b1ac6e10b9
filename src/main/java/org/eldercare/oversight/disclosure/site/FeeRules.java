package org.eldercare.oversight.disclosure.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;

/** The checks of a site's publication (DIS-1): lengths, prices (0 … 1,000,000 元, cents at most), the complaint phone. */
final class FeeRules {

    static final int MAX_FEES = 100;
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    private FeeRules() {
    }

    /** A checked copy of {@code input}; a Chinese 400 naming the first bad field otherwise. */
    static Checked check(SitePublication.Input input) {
        String services = text(input.serviceItems(), 2000, "服务项目");
        String rules = text(input.houseRules(), 2000, "管理制度");
        String phone = text(input.complaintPhone(), 20, "投诉电话");
        if (phone != null && !phone.matches("[0-9][0-9-]{2,18}[0-9]")) {
            throw PlatformException.badRequest("disclosure.site.phone");
        }
        List<SitePublication.FeeInput> raw = input.fees() == null ? List.of() : input.fees();
        if (raw.size() > MAX_FEES) {
            throw PlatformException.badRequest("disclosure.site.tooManyFees", MAX_FEES);
        }
        List<CheckedFee> fees = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            SitePublication.FeeInput f = raw.get(i);
            if (f == null || blank(f.item()) && blank(f.unit()) && blank(f.price()) && blank(f.method())) {
                continue;
            }
            String row = "第" + (i + 1) + "项";
            String item = required(text(f.item(), 100, row + "收费项目"), row + "收费项目");
            String unit = required(text(f.unit(), 30, row + "计费单位"), row + "计费单位");
            fees.add(new CheckedFee(item, unit, price(f.price(), row), text(f.method(), 200, row + "收费方式")));
        }
        return new Checked(services, rules, phone, fees);
    }

    record CheckedFee(String item, String unit, BigDecimal price, String method) {
    }

    record Checked(String serviceItems, String houseRules, String complaintPhone, List<CheckedFee> fees) {
    }

    private static BigDecimal price(String text, String row) {
        String t = required(text == null ? null : text.trim(), row + "收费标准");
        try {
            BigDecimal p = new BigDecimal(t);
            if (p.signum() < 0 || p.compareTo(MAX_PRICE) > 0 || p.stripTrailingZeros().scale() > 2) {
                throw PlatformException.badRequest("disclosure.site.price", row);
            }
            return p.setScale(2);
        } catch (NumberFormatException e) {
            throw PlatformException.badRequest("disclosure.site.price", row);
        }
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.trim();
        if (t.length() > max) {
            throw PlatformException.badRequest("disclosure.field.tooLong", field, max);
        }
        return t;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("disclosure.field.required", field);
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
