package org.eldercare.oversight.complaint.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.complaint.handling.Category;
import org.eldercare.oversight.complaint.handling.Channel;
import org.eldercare.oversight.complaint.handling.ComplaintIntake;
import org.eldercare.oversight.complaint.handling.ComplaintTracking;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form and tracking page (CMP-1), without login and phone-sized. The form names a service site (from the
 * public directory's link, {@code ?institution=}) or an address and a county; the answer shows the tracking code (and the
 * query PIN when no phone was given) once. Tracking takes the code and the last four digits in a POST body, never in the URL.
 */
@Controller
class PublicComplaintPages {

    private final PublicIntake intake;
    private final ComplaintTracking tracking;
    private final PublicRateLimits limits;
    private final RegionService regions;
    private final InstitutionRoster roster;
    private final PagePosts posts;

    PublicComplaintPages(PublicIntake intake, ComplaintTracking tracking, PublicRateLimits limits, RegionService regions,
                         InstitutionRoster roster, PagePosts posts) {
        this.intake = intake;
        this.tracking = tracking;
        this.limits = limits;
        this.regions = regions;
        this.roster = roster;
        this.posts = posts;
    }

    /** What the public form posts. */
    record Form(Long institution, String category, String address, String regionCode, String summary, String content,
                Boolean anonymous, String name, String phone) {
    }

    @GetMapping("/public/complaints/new")
    String form(@RequestParam(required = false) Long institution, Model model) {
        return show(new Form(institution, null, null, null, null, null, null, null, null), model);
    }

    @PostMapping("/public/complaints")
    String submit(@ModelAttribute Form form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  jakarta.servlet.http.HttpServletRequest request, Model model) {
        limits.acquire(PublicRateLimits.Purpose.SUBMIT, request.getRemoteAddr());
        return posts.form(model, () -> {
            ComplaintIntake.Registration r = intake.submit(submission(form), uploads(files), null);
            model.addAttribute("registration", r);
            return "complaint/public-submitted";
        }, () -> show(form, model));
    }

    @GetMapping("/public/complaints/track")
    String trackForm() {
        return "complaint/public-track";
    }

    @PostMapping("/public/complaints/track")
    String track(@RequestParam(required = false) String trackingCode, @RequestParam(required = false) String phoneTail,
                 jakarta.servlet.http.HttpServletRequest request, Model model) {
        limits.acquire(PublicRateLimits.Purpose.TRACK, request.getRemoteAddr());
        tracking.track(trackingCode, phoneTail).ifPresentOrElse(p -> model.addAttribute("progress", p),
                () -> model.addAttribute(PagePosts.ERROR, posts.reason(PlatformException.notFound("complaint.track.noMatch"))));
        return "complaint/public-track";
    }

    private String show(Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", Category.values());
        model.addAttribute("site", form.institution() == null ? null : roster.find(form.institution()).map(InstitutionRoster.Entry::name)
                .orElse(null));
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.PUBLIC_FILTER, form.regionCode()));
        return "complaint/public-form";
    }

    static ComplaintIntake.Submission submission(Form f) {
        Category category = org.eldercare.oversight.common.Labelled.parse(Category.class, f.category(), "投诉类别");
        return new ComplaintIntake.Submission(Channel.ONLINE, category, f.institution(), f.address(), f.regionCode(), f.summary(),
                f.content(), Boolean.TRUE.equals(f.anonymous()), f.name(), f.phone(), null);
    }

    static List<Attachments.Upload> uploads(List<MultipartFile> files) {
        List<Attachments.Upload> list = new ArrayList<>();
        if (files == null) {
            return list;
        }
        for (MultipartFile f : files) {
            if (f.isEmpty()) {
                continue;
            }
            try {
                list.add(new Attachments.Upload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw PlatformException.badRequest("upload.unreadable");
            }
        }
        return list;
    }
}
