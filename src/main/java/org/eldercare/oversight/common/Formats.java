package org.eldercare.oversight.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Date/time display in Beijing time for templates: {@code ${@fmt.dateTime(x)}}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ClockConfiguration.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    /** The date as official documents write it: 2026年11月25日. */
    public String chineseDate(LocalDate date) {
        return date == null ? "—" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The Beijing date of an instant, as official documents write it. */
    public String chineseDay(Instant instant) {
        return instant == null ? "—" : chineseDate(instant.atZone(ClockConfiguration.ZONE).toLocalDate());
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "—" : DATE_TIME_SECONDS.format(instant);
    }
}
