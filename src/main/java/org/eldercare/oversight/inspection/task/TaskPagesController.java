package org.eldercare.oversight.inspection.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.inspection.catalogue.Catalogue;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** INS-1/INS-6 pages: the task list by state and due date, a new task (supervisors), assigning inspectors, cancelling. */
@Controller
class TaskPagesController {

    private static final int PAGE_SIZE = 20;
    private final Tasks tasks;
    private final TaskQueries queries;
    private final Inspectors inspectors;
    private final Catalogue catalogue;
    private final PagePosts posts;

    TaskPagesController(Tasks tasks, TaskQueries queries, Inspectors inspectors, Catalogue catalogue, PagePosts posts) {
        this.tasks = tasks;
        this.queries = queries;
        this.inspectors = inspectors;
        this.catalogue = catalogue;
        this.posts = posts;
    }

    /** The new-task form. */
    record TaskForm(String kind, Long institutionId, String templateCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitOn,
                    Integer dueWorkingDays, List<Long> inspectorIds, String reason) {
    }

    @GetMapping("/inspection/tasks")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP','INSTITUTION')")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy, @RequestParam(required = false) String cursor,
                Model model) {
        model.addAttribute("result", queries.page(state, dueBy, PageCursor.of(cursor, null, PAGE_SIZE)));
        model.addAttribute("states", TaskState.values());
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("dueBy", dueBy);
        model.addAttribute("base", "/inspection/tasks?state=" + (state == null ? "" : state) + "&dueBy="
                + (dueBy == null ? "" : dueBy) + "&");
        model.addAttribute("supervisor", PlatformUser.current().has(org.eldercare.oversight.identity.Role.SUPERVISOR));
        return "inspection/tasks";
    }

    @GetMapping("/inspection/tasks/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String newTask(@RequestParam(required = false) Long institutionId, Model model) {
        return form(model, new TaskForm(TaskKind.ROUTINE.name(), institutionId, "", null, 20, List.of(), ""));
    }

    @PostMapping("/inspection/tasks")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(TaskForm form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            InspectionTask t = tasks.open(new Tasks.NewTask(form.kind(), form.institutionId(), form.templateCode(), form.visitOn(), null,
                    form.dueWorkingDays(), form.inspectorIds(), form.reason()));
            redirect.addFlashAttribute(PagePosts.MESSAGE, "检查任务已创建。");
            return "redirect:/inspection/tasks/" + t.id();
        }, () -> form(model, form));
    }

    @PostMapping("/inspection/tasks/{id}/inspectors")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String assign(@PathVariable long id, @RequestParam(required = false) Long[] inspectorIds, RedirectAttributes redirect) {
        return posts.redirect("/inspection/tasks/" + id, redirect, () -> {
            tasks.assign(id, inspectorIds == null ? List.of() : Arrays.asList(inspectorIds));
            return "检查人员已指派。";
        });
    }

    @PostMapping("/inspection/tasks/{id}/cancel")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return posts.redirect("/inspection/tasks/" + id, redirect, () -> {
            tasks.cancel(id, reason);
            return "检查任务已取消。";
        });
    }

    private String form(Model model, TaskForm form) {
        String region = PlatformUser.current().regionCode();
        model.addAttribute("form", form);
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("templates", catalogue.templates(region));
        model.addAttribute("inspectors", inspectors.active(region));
        return "inspection/task-form";
    }
}
