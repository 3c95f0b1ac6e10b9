package org.eldercare.oversight.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Base of an aggregate that records domain events when its state changes; the repository publishes them when the
 * aggregate is saved (Spring Data's {@code @DomainEvents}), inside the saving transaction. An event that needs the
 * database id of a new aggregate is registered as a function of the aggregate and built at publication time, after
 * the insert has assigned the id.
 */
public abstract class AggregateRoot<A extends AggregateRoot<A>> {

    @Transient
    private final transient List<Function<A, Object>> pending = new ArrayList<>();

    /** Records an event to publish on the next save. */
    protected void registerEvent(Object event) {
        pending.add(self -> event);
    }

    /** Records an event built from the saved aggregate (so it can carry the id a new aggregate gets on insert). */
    protected void registerEvent(Function<A, Object> event) {
        pending.add(event);
    }

    @DomainEvents
    @SuppressWarnings("unchecked")
    public Collection<Object> domainEvents() {
        return pending.stream().map(f -> f.apply((A) this)).toList();
    }

    @AfterDomainEventPublication
    public void clearDomainEvents() {
        pending.clear();
    }
}
