package org.eldercare.oversight.inspection.inspector;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.inspection.catalogue.Department;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** INS-1 pages: the inspector directory of the region, adding an inspector and declaring a conflict (supervisors). */
@Controller
class InspectorPagesController {

    private static final int PAGE_SIZE = 20;
    private final Inspectors inspectors;
    private final PagePosts posts;
    private final Clock clock;

    InspectorPagesController(Inspectors inspectors, PagePosts posts, Clock clock) {
        this.inspectors = inspectors;
        this.posts = posts;
        this.clock = clock;
    }

    record InspectorForm(String name, String department, String regionCode, String homeTownshipCode, String credentialNo,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate credentialValidUntil) {
    }

    @GetMapping("/inspection/inspectors")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    String list(@RequestParam(required = false) String cursor, Model model) {
        ListPage<Inspector> page = inspectors.page(PageCursor.of(cursor, null, PAGE_SIZE));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        model.addAttribute("result", new ListPage<>(page.items().stream().map(i -> InspectorView.of(i, today)).toList(),
                page.nextCursor(), page.previousCursor(), page.total(), page.totalCapped()));
        model.addAttribute("departments", Department.values());
        model.addAttribute("supervisor", PlatformUser.current().has(Role.SUPERVISOR));
        model.addAttribute("regionCode", PlatformUser.current().regionCode());
        return "inspection/inspectors";
    }

    @PostMapping("/inspection/inspectors")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String add(InspectorForm f, RedirectAttributes redirect) {
        return posts.redirect("/inspection/inspectors", redirect, () -> {
            inspectors.add(new Inspector.Input(f.name(), Labelled.parse(Department.class, f.department(), "所属部门"), f.regionCode(),
                    f.homeTownshipCode(), f.credentialNo(), f.credentialValidUntil(), true));
            return "执法检查人员已录入。";
        });
    }

    @PostMapping("/inspection/inspectors/{id}/conflicts")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String conflict(@PathVariable long id, @RequestParam(required = false) Long institutionId,
                    @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        return posts.redirect("/inspection/inspectors", redirect, () -> {
            if (institutionId == null) {
                throw PlatformException.badRequest("field.required", "回避机构");
            }
            inspectors.declareConflict(id, institutionId, reason);
            return "回避已申报。";
        });
    }
}
