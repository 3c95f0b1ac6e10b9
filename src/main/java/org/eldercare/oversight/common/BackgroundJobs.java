package org.eldercare.oversight.common;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Background jobs (ADR 0011): one db-scheduler {@link Scheduler} per node over the shared table {@code scheduled_tasks}
 * (V27), so a job is stored with the transaction that asks for it, survives a restart, runs on exactly one of several
 * nodes and is revived on another node when its node dies (missed heartbeats). A module declares each job as a
 * {@link Task} bean (a one-time task; a recurring task implementing {@link OnStartup} schedules itself when the scheduler
 * starts) and asks for work with {@link #enqueue}. The scheduler starts once the context is refreshed (after the
 * migrations) and stops, waiting a little for running jobs, before the database goes away; a job cut short runs again, so
 * jobs are written to resume (idempotent per instance).
 */
@Component
public class BackgroundJobs implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    BackgroundJobs(DataSource dataSource, ObjectProvider<Task<?>> tasks,
                   @Value("${eldercare.jobs.threads:2}") int threads,
                   @Value("${eldercare.jobs.polling-interval:5s}") Duration pollingInterval,
                   @Value("${eldercare.jobs.heartbeat-interval:30s}") Duration heartbeatInterval,
                   @Value("${eldercare.jobs.shutdown-max-wait:10s}") Duration shutdownMaxWait) {
        List<Task<?>> known = tasks.orderedStream().toList();
        List<Task<?>> startTasks = known.stream().filter(OnStartup.class::isInstance).toList();
        // the proxy lets enqueue() write its row in the caller's transaction; the scheduler's own work has none
        this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
                .startTasks(recurring(startTasks))
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeatInterval)
                .shutdownMaxWait(shutdownMaxWait)
                .commitWhenAutocommitDisabled(false)
                .build();
    }

    /** The recurring tasks, which schedule themselves when the scheduler starts (their type is checked by the filter). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List recurring(List<Task<?>> startTasks) {
        return startTasks;
    }

    /**
     * Asks for {@code instance} to run now. Inside a transaction the job is stored with it (it runs only if that commits)
     * and this node's scheduler is woken right after the commit; any node may take it if this one is busy or stops.
     */
    public void enqueue(TaskInstance<?> instance) {
        scheduler.schedule(instance, Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
