package org.eldercare.oversight.registry.archive;

import java.time.LocalDate;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archive page's forms for a site's 撤并 / 转型 (REG-13) and its transition period (REG-12). */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class SiteLifeCyclePagesController {

    private final SiteLifeCycle lifeCycle;
    private final PagePosts posts;

    SiteLifeCyclePagesController(SiteLifeCycle lifeCycle, PagePosts posts) {
        this.lifeCycle = lifeCycle;
        this.posts = posts;
    }

    @PostMapping("/registry/institutions/{id}/life-event")
    String end(@PathVariable long id, @RequestParam(required = false) String event, @RequestParam(required = false) String successor,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return posts.redirect("/registry/institutions/" + id, redirect, () -> {
            lifeCycle.end(id, new SiteLifeCycle.Ending(event, successor, date, reason));
            return "已登记撤并/转型，本场所已终止运营。";
        });
    }

    @PostMapping("/registry/institutions/{id}/transition-period")
    String transition(@PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                      RedirectAttributes redirect) {
        return posts.redirect("/registry/institutions/" + id, redirect, () -> {
            LocalDate ends = lifeCycle.startTransition(id, startsOn);
            return ends == null ? "已取消过渡期登记。" : "已登记过渡期，届满日期 " + ends + "。";
        });
    }
}
