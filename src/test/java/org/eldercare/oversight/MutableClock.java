package org.eldercare.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests can move forward (lockout expiry, token expiry, deadlines). */
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private final ZoneId zone;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration d) {
        offset = offset.plus(d);
    }

    /** Moves the clock so that it now reads {@code target} (and runs on from there). */
    public void setTo(Instant target) {
        offset = Duration.between(Instant.now(), target);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
