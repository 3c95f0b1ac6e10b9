package org.eldercare.oversight.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.identity.InstitutionDirectory;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/** Puts what the layout needs (user, region, navigation the user's roles may use) into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final List<NavigationItem> navigation;
    private final DataScope scope;
    private final InstitutionDirectory institutions;

    ShellModelAdvice(List<NavigationItem> navigation, DataScope scope, InstitutionDirectory institutions) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.scope = scope;
        this.institutions = institutions;
    }

    /**
     * The institution an institution account works for, named in the header instead of its county (#9-15). Looked up
     * only when a page renders it (redirects, downloads and fragments do not).
     */
    @ModelAttribute("shellInstitution")
    LazyContextVariable<String> institution() {
        PlatformUser u = user();
        return new LazyContextVariable<>() {
            @Override
            protected String loadValue() {
                return u == null || u.institutionId() == null ? null
                        : institutions.find(u.institutionId()).map(InstitutionDirectory.Entry::name).orElse(null);
            }
        };
    }

    @ModelAttribute("shellUser")
    PlatformUser user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PlatformUser u ? u : null;
    }

    @ModelAttribute("shellRegion")
    Region region() {
        return scope.currentRegion().orElse(null);
    }

    /** Authority names of the caller (e.g. ROLE_SYSADMIN), for showing role-bound controls in templates. */
    @ModelAttribute("shellAuthorities")
    Set<String> authorities() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Set.of() : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    @ModelAttribute("navItems")
    List<NavigationItem> navItems() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PlatformUser)) {
            return List.of();
        }
        Set<String> mine = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return navigation.stream().filter(n -> n.roles().isEmpty() || n.roles().stream().anyMatch(mine::contains)).toList();
    }
}
