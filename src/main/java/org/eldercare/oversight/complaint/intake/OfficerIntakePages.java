package org.eldercare.oversight.complaint.intake;

import java.io.IOException;
import java.util.List;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.complaint.handling.Category;
import org.eldercare.oversight.complaint.handling.Channel;
import org.eldercare.oversight.complaint.handling.ComplaintIntake;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' intake (CMP-1): a form for complaints taken on the hotline, from the mailbox, by 12345 transfer or at a visit
 * (supervisors and township officers, for places in the region they serve), and the 12345 work-order import (supervisors).
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class OfficerIntakePages {

    private final PublicIntake intake;
    private final WorkOrderImport workOrders;
    private final RegionService regions;
    private final PagePosts posts;

    OfficerIntakePages(PublicIntake intake, WorkOrderImport workOrders, RegionService regions, PagePosts posts) {
        this.intake = intake;
        this.workOrders = workOrders;
        this.regions = regions;
        this.posts = posts;
    }

    /** What the officer's form posts. */
    record Form(String channel, String category, Long institution, String address, String regionCode, String summary,
                String content, Boolean anonymous, String name, String phone, String workOrderNo) {
    }

    @GetMapping("/complaints/new")
    String form(Model model) {
        return show(new Form(null, null, null, null, null, null, null, null, null, null, null), model);
    }

    @PostMapping("/complaints")
    String create(@ModelAttribute Form form, @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  RedirectAttributes redirect) {
        return posts.form(model, () -> {
            ComplaintIntake.Submission s = new ComplaintIntake.Submission(Labelled.parse(Channel.class, form.channel(), "投诉渠道"),
                    Labelled.parse(Category.class, form.category(), "投诉类别"), form.institution(), form.address(), form.regionCode(),
                    form.summary(), form.content(), Boolean.TRUE.equals(form.anonymous()), form.name(), form.phone(), form.workOrderNo());
            ComplaintIntake.Registration r = intake.submit(s, PublicComplaintPages.uploads(files), PlatformUser.current().username());
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已登记，查询码 " + r.trackingCode()
                    + (r.pin() == null ? "" : "，查询密码 " + r.pin() + "（请告知投诉人）") + "，应于 " + r.feedbackDue() + " 前反馈。");
            return "redirect:/complaints/" + r.id();
        }, () -> show(form, model));
    }

    @GetMapping("/complaints/import")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String importForm(Model model) {
        model.addAttribute("headers", WorkOrderImport.HEADERS);
        return "complaint/import";
    }

    @PostMapping("/complaints/import")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model) {
        model.addAttribute("headers", WorkOrderImport.HEADERS);
        try {
            if (file == null || file.isEmpty()) {
                throw PlatformException.badRequest("complaint.import.empty");
            }
            model.addAttribute("imported", workOrders.run(file.getBytes()));
        } catch (PlatformException e) {
            model.addAttribute(PagePosts.ERROR, posts.reason(e));
            model.addAttribute("errors", e.errors());
        } catch (IOException e) {
            model.addAttribute(PagePosts.ERROR, posts.reason(PlatformException.badRequest("upload.unreadable")));
        }
        return "complaint/import";
    }

    private String show(Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("channels", List.of(Channel.HOTLINE, Channel.MAILBOX, Channel.TRANSFER_12345, Channel.WALK_IN));
        model.addAttribute("categories", Category.values());
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.ANY, form.regionCode()));
        return "complaint/officer-form";
    }
}
