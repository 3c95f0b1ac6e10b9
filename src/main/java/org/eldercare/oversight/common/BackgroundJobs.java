package org.eldercare.oversight.common;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Background jobs (ADR 0013): one db-scheduler {@link Scheduler} per node over the shared table {@code scheduled_tasks}
 * (V27), so a job is stored with the transaction that asks for it, survives a restart, runs on exactly one of several
 * nodes and is revived on another node when its node dies (missed heartbeats). A module declares each job as a
 * {@link Task} bean (a one-time task; a recurring task implementing {@link OnStartup} schedules itself when the scheduler
 * starts) and asks for work with {@link #enqueue}. The scheduler starts once the context is refreshed (after the
 * migrations) and stops, waiting a little for running jobs, before the database goes away; a job cut short runs again, so
 * jobs are written to resume (idempotent per instance). Each start builds a new scheduler, so the context may be stopped
 * and started again.
 */
@Component
public class BackgroundJobs implements SmartLifecycle {

    /** Builds a scheduler; a stopped one cannot start again (the test framework stops and restarts paused contexts). */
    private final Supplier<Scheduler> schedulers;
    /** Writes jobs whether or not this node's scheduler runs. */
    private final SchedulerClient client;
    private volatile Scheduler running;

    BackgroundJobs(DataSource dataSource, ObjectProvider<Task<?>> tasks,
                   @Value("${eldercare.jobs.threads:2}") int threads,
                   @Value("${eldercare.jobs.polling-interval:5s}") Duration pollingInterval,
                   @Value("${eldercare.jobs.heartbeat-interval:30s}") Duration heartbeatInterval,
                   @Value("${eldercare.jobs.shutdown-max-wait:10s}") Duration shutdownMaxWait) {
        List<Task<?>> known = tasks.orderedStream().toList();
        List<Task<?>> startTasks = known.stream().filter(OnStartup.class::isInstance).toList();
        // the proxy lets enqueue() write its row in the caller's transaction; the scheduler's own work has none
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        this.client = SchedulerClient.Builder.create(transactional, known).build();
        // db-scheduler adds the start tasks to the known ones itself: listing a recurring task in both is a duplicate
        List<Task<?>> oneTime = known.stream().filter(t -> !(t instanceof OnStartup)).toList();
        this.schedulers = () -> Scheduler.create(transactional, oneTime)
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
        client.schedule(instance, Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private void wake() {
        Scheduler scheduler = running;
        if (scheduler != null) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @Override
    public synchronized void start() {
        if (running == null) {
            Scheduler scheduler = schedulers.get();
            scheduler.start();
            running = scheduler;
        }
    }

    @Override
    public synchronized void stop() {
        Scheduler scheduler = running;
        running = null;
        if (scheduler != null) {
            scheduler.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
