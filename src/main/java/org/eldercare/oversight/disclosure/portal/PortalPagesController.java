package org.eldercare.oversight.disclosure.portal;

import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.QueryString;
import org.eldercare.oversight.disclosure.bureau.DisclosureSettings;
import org.eldercare.oversight.disclosure.bureau.Publication;
import org.eldercare.oversight.disclosure.bureau.PublicationCategory;
import org.eldercare.oversight.disclosure.bureau.Publications;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.PublicDirectory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's pages (no login, phone-friendly): home, directory, a site's page, the bureau's publications. */
@Controller
class PortalPagesController {

    private final Portal portal;
    private final Publications publications;
    private final DisclosureSettings settings;
    private final RegionService regions;

    PortalPagesController(Portal portal, Publications publications, DisclosureSettings settings, RegionService regions) {
        this.portal = portal;
        this.publications = publications;
        this.settings = settings;
        this.regions = regions;
    }

    @GetMapping("/public")
    String home(Model model) {
        model.addAttribute("regionPicker", regions.picker("region", RegionPicker.Kind.PUBLIC_FILTER, null));
        model.addAttribute("latest", publications.publicList(null, null, PageCursor.first(5)).items());
        return "disclosure/portal-home";
    }

    @GetMapping("/public/institutions")
    String directory(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) Integer minBeds,
                     @RequestParam(required = false) Integer maxBeds, @RequestParam(required = false) Boolean publicBuiltPrivateRun,
                     @RequestParam(required = false) String cursor, Model model) {
        PublicDirectory.Query query = new PublicDirectory.Query(region, q, kind, minBeds, maxBeds,
                Boolean.TRUE.equals(publicBuiltPrivateRun));
        model.addAttribute("result", portal.search(query, PageCursor.of(cursor, 20, 20)));
        model.addAttribute("query", query);
        model.addAttribute("kinds", portal.kinds());
        model.addAttribute("regionPicker", regions.picker("region", RegionPicker.Kind.PUBLIC_FILTER, region));
        model.addAttribute("base", "/public/institutions?" + QueryString.of("region", region, "q", q, "kind", kind, "minBeds", minBeds,
                "maxBeds", maxBeds, "publicBuiltPrivateRun", Boolean.TRUE.equals(publicBuiltPrivateRun) ? "true" : null));
        return "disclosure/portal-directory";
    }

    @GetMapping("/public/institutions/{id}")
    String site(@PathVariable long id, Model model) {
        model.addAttribute("site", portal.site(id));
        return "disclosure/portal-site";
    }

    @GetMapping("/public/disclosures")
    String disclosures(@RequestParam(required = false) String region, @RequestParam(required = false) String category,
                       @RequestParam(required = false) String cursor, Model model) {
        ListPage<Publication> result = publications.publicList(region, category, PageCursor.of(cursor, 20, 20));
        model.addAttribute("result", result);
        model.addAttribute("categories", PublicationCategory.values());
        model.addAttribute("category", category);
        model.addAttribute("region", region);
        model.addAttribute("filingListDays", settings.deadlineDays("FILING_LIST", region == null || region.isBlank() ? null : region));
        model.addAttribute("filings", portal.search(new PublicDirectory.Query(region, null, null, null, null, false),
                PageCursor.first(10)));
        model.addAttribute("regionPicker", regions.picker("region", RegionPicker.Kind.PUBLIC_FILTER, region));
        model.addAttribute("base", "/public/disclosures?" + QueryString.of("region", region, "category", category));
        return "disclosure/portal-disclosures";
    }

    @GetMapping("/public/disclosures/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Publications.Pdf pdf = publications.pdf(id).orElseThrow(() -> PlatformException.notFound("disclosure.publication.notFound"));
        return Downloads.file(pdf.content(), pdf.name() == null ? "附件.pdf" : pdf.name(), MediaType.APPLICATION_PDF, true);
    }
}
