package org.eldercare.oversight.registry.archive;

import java.util.Locale;
import org.eldercare.oversight.common.PlatformException;

/**
 * How people name one service site (REG-10) where a single code is expected: the 统一社会信用代码 alone is the seat (site 1);
 * {@code 代码/2} is the entity's second site. Used where accounts, tokens and staff are linked by code.
 */
public record SiteCode(String uscc, int siteNo) {

    public static SiteCode parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        int slash = t.indexOf('/');
        if (slash < 0) {
            return new SiteCode(t, 1);
        }
        try {
            int no = Integer.parseInt(t.substring(slash + 1).trim());
            if (no >= 1) {
                return new SiteCode(t.substring(0, slash).trim(), no);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw PlatformException.badRequest("registry.site.code", text);
    }

    /** As people write it: the code alone for the seat, {@code 代码/n} otherwise. */
    public static String format(String uscc, int siteNo) {
        return siteNo == 1 ? uscc : uscc + "/" + siteNo;
    }
}
