package org.eldercare.oversight.disclosure.bureau;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A bureau publication (DIS-2) as lists and the public JSON show it: the event it follows ({@code eventDate}, the day the
 * document was formed or changed), the deadline that gave ({@code dueDate}, working days) and its publication date;
 * {@code onTime} is 按期 (published by the deadline) or 逾期. {@code hasPdf}: a PDF is attached (public download).
 */
public record Publication(long id, String regionCode, String regionName, String category, String categoryLabel, String title,
                          String level, String levelLabel, String typeTag, String summary, String link, boolean hasPdf,
                          LocalDate eventDate, LocalDate dueDate, LocalDate publishedOn) {

    @JsonProperty("onTime")
    public boolean onTime() {
        return !publishedOn.isAfter(dueDate);
    }

    @JsonProperty("timeliness")
    public String timeliness() {
        return onTime() ? "按期" : "逾期";
    }
}
