package org.eldercare.oversight.credit.listing;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One line of the publication log: the channel, the day published there, its reference (link or number), who and when. */
@Table("credit_publication")
public record Publication(Channel channel, LocalDate publishedOn, String reference, @Column("by_user") String byUser, Instant at) {

    public String channelLabel() {
        return channel.label();
    }
}
