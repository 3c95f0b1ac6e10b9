package org.eldercare.oversight.inspection.onsite;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.eldercare.oversight.inspection.task.InspectionTask;
import org.eldercare.oversight.inspection.task.TaskView;
import org.eldercare.oversight.inspection.task.Tasks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * INS-5 pages: the task page (for every reader, the institution included), the phone-width checklist, on-screen signing,
 * correction, 转为隐患 and the PDF. A post that would change a signed record is refused with 409, as in the API.
 */
@Controller
class OnSitePagesController {

    private final OnSite onSite;
    private final Tasks tasks;
    private final Inspectors inspectors;
    private final RecordPdf pdf;
    private final PagePosts posts;
    private final Clock clock;

    OnSitePagesController(OnSite onSite, Tasks tasks, Inspectors inspectors, RecordPdf pdf, PagePosts posts, Clock clock) {
        this.onSite = onSite;
        this.tasks = tasks;
        this.inspectors = inspectors;
        this.pdf = pdf;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/inspection/tasks/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP','INSTITUTION')")
    String task(@PathVariable long id, Model model) {
        InspectionTask t = tasks.load(id);
        PlatformUser user = PlatformUser.current();
        model.addAttribute("task", TaskView.of(t, inspectors.findAll(t.inspectorIds())));
        model.addAttribute("record", onSite.current(id).map(this::view).orElse(null));
        model.addAttribute("supervisor", user.has(Role.SUPERVISOR));
        model.addAttribute("worker", user.has(Role.SUPERVISOR) || user.has(Role.INSPECTOR));
        model.addAttribute("candidates", user.has(Role.SUPERVISOR) ? inspectors.active(user.regionCode()).stream()
                .map(i -> org.eldercare.oversight.inspection.inspector.InspectorView.of(i, today())).toList() : java.util.List.of());
        return "inspection/task";
    }

    @PostMapping("/inspection/tasks/{id}/start")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect("/inspection/tasks/" + id + "/checklist", redirect, () -> {
            onSite.start(id);
            return "现场检查已开始。";
        });
    }

    @GetMapping("/inspection/tasks/{id}/checklist")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String checklist(@PathVariable long id, Model model) {
        InspectionTask t = tasks.loadForWork(id);
        model.addAttribute("task", TaskView.of(t, inspectors.findAll(t.inspectorIds())));
        model.addAttribute("record", onSite.current(id).map(this::view).orElse(null));
        return "inspection/checklist";
    }

    @PostMapping("/inspection/tasks/{id}/results")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String result(@PathVariable long id, @RequestParam(required = false) String itemCode, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        onSite.refuseIfLocked(id);
        return posts.redirect(checklist(id, itemCode), redirect, () -> {
            onSite.recordResult(id, itemCode, outcome, note);
            return "已保存。";
        });
    }

    @PostMapping("/inspection/tasks/{id}/photos")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String photo(@PathVariable long id, @RequestParam(required = false) String itemCode,
                 @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        onSite.refuseIfLocked(id);
        return posts.redirect(checklist(id, itemCode), redirect, () -> {
            if (file == null) {
                throw org.eldercare.oversight.common.PlatformException.badRequest("inspection.photo.empty");
            }
            Evidence.Photo p = onSite.addPhoto(id, itemCode, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            return p.duplicate() ? "照片已上传，但该照片已在其他检查记录中使用过（已标记为重复）。" : "照片已上传。";
        });
    }

    @PostMapping("/inspection/tasks/{id}/hazards")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String toHazard(@PathVariable long id, @RequestParam(required = false) String itemCode, RedirectAttributes redirect) {
        return posts.redirect("/inspection/tasks/" + id, redirect, () -> {
            onSite.toHazard(id, itemCode);
            return "已转为隐患（待转隐患，由隐患模块立案）。";
        });
    }

    @PostMapping("/inspection/tasks/{id}/submit")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect("/inspection/tasks/" + id + "/sign", redirect, () -> {
            onSite.submit(id);
            return "已提交，请当场签字。";
        });
    }

    @PostMapping("/inspection/tasks/{id}/resume")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String resume(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return posts.redirect("/inspection/tasks/" + id + "/checklist", redirect, () -> {
            onSite.resume(id, reason);
            return "已退回检查中。";
        });
    }

    @GetMapping("/inspection/tasks/{id}/sign")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String signPage(@PathVariable long id, Model model) {
        return checklist(id, model).replace("checklist", "sign");
    }

    @PostMapping("/inspection/tasks/{id}/sign")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String sign(@PathVariable long id, @RequestParam(required = false) String representativeName,
                @RequestParam(required = false) String inspectorOne, @RequestParam(required = false) String inspectorTwo,
                @RequestParam(required = false) String representative, RedirectAttributes redirect) {
        onSite.refuseIfLocked(id);
        return posts.redirect("/inspection/tasks/" + id, redirect, () -> {
            onSite.sign(id, new OnSite.Signing(representativeName, inspectorOne, inspectorTwo, representative));
            return "现场检查记录已签字，检查完成。";
        });
    }

    @PostMapping("/inspection/tasks/{id}/corrections")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String correct(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect("/inspection/tasks/" + id + "/checklist", redirect, () -> {
            onSite.correct(id);
            return "已生成更正记录，修改后请重新签字；原记录保留不变。";
        });
    }

    @GetMapping("/inspection/tasks/{id}/record.pdf")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP','INSTITUTION')")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.pdf(pdf.render(id), RecordPdf.fileName(id));
    }

    private RecordView view(InspectionRecord r) {
        return RecordView.of(r, onSite.photos(r.id()), onSite.signatures(r.id()));
    }

    private static String checklist(long id, String itemCode) {
        boolean anchor = itemCode != null && itemCode.matches("[A-Za-z0-9_-]{1,32}");
        return "/inspection/tasks/" + id + "/checklist" + (anchor ? "#item-" + itemCode : "");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
