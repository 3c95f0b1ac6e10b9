package org.eldercare.oversight.registry.crosscheck;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The background job of a registration import (#9 item 8, ADR 0013): one db-scheduler task instance per import, named by
 * the import's id, so an import is queued once and runs on one node. A failure that is not a refusal of the data (the
 * database went away, a deadlock) is retried with growing pauses, resuming after the last committed batch; after
 * {@value #RETRIES} retries the import is marked failed with a Chinese reason.
 */
@Configuration(proxyBeanMethods = false)
class ImportJob {

    static final String TASK = "registry.registration-import";
    static final int RETRIES = 3;
    static final String GAVE_UP = "导入过程中多次出现系统错误，已停止。已处理的行已保存；请重新上传文件，或联系系统管理员。";

    @Bean
    OneTimeTask<Void> registrationImportTask(ImportRun run) {
        return Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10)),
                        (complete, operations) -> {
                            run.fail(Long.parseLong(complete.getExecution().getId()), GAVE_UP);
                            operations.stop();
                        }))
                .execute((instance, context) -> run.run(Long.parseLong(instance.getId())));
    }
}
