package org.eldercare.oversight.region;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.UploadedText;
import org.eldercare.oversight.region.DivisionFiles.Source;
import org.springframework.stereotype.Service;

/** Reads the region tree within the caller's scope, offers region pickers and imports division lists. */
@Service
public class RegionService {

    /** At most this many search results are shown. */
    static final int SEARCH_LIMIT = 50;
    private final RegionRepository repository;
    private final DataScope scope;
    private final RegionPickers pickers;
    private final RegionImport imports;

    RegionService(RegionRepository repository, DataScope scope, RegionPickers pickers, RegionImport imports) {
        this.repository = repository;
        this.scope = scope;
        this.pickers = pickers;
        this.imports = imports;
    }

    /** The region and its direct children, or 404 when it does not exist or lies outside the caller's scope. */
    public RegionNode nodeInScope(String code) {
        scope.require(code);
        Region region = repository.find(code).orElseThrow(() -> PlatformException.notFound("region.notFound", code));
        return new RegionNode(region, repository.children(code));
    }

    /**
     * The region {@code code} (the caller's own region when null) with its direct children, for figures broken down by the
     * next level; 404 when it lies outside the caller's scope, empty for a caller without a region.
     */
    public Optional<Breakdown> breakdownInScope(String code) {
        if (code == null || code.isBlank()) {
            return scope.currentRegion().map(r -> new Breakdown(r, repository.children(r.code())));
        }
        RegionNode node = nodeInScope(code);
        return Optional.of(new Breakdown(node.region(), node.children()));
    }

    /** Any region by code, regardless of scope: for validating references (e.g. a user's region). */
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    /**
     * The caller's region and everything below it (retired divisions included), ordered as a tree (by path). A province
     * has thousands of regions, the country 45,000: for matching, never for a list a person picks from ({@link #picker}).
     */
    public List<Region> subtreeInScope() {
        return scope.currentRegion().map(r -> repository.subtree(r.path())).orElse(List.of());
    }

    /** A region field for a page's form, within the caller's region ({@code PUBLIC_FILTER}: the whole country). */
    public RegionPicker picker(String field, RegionPicker.Kind kind, String chosen) {
        if (field == null || !field.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
            throw PlatformException.badRequest("region.picker.field");
        }
        Region root = kind.isPublic() ? repository.find(Region.COUNTRY).orElseThrow()
                : scope.currentRegion().orElseThrow(() -> PlatformException.forbidden("error.forbidden"));
        return pickers.build(root, field, kind, chosen);
    }

    /**
     * Refuses a retired region for a new record, or for a record moved to it ({@code previousCode}: the record's region
     * so far, null for a new record); a record that stays where it is keeps its retired region.
     */
    public void refuseRetired(String code, String previousCode) {
        if (code == null || code.equals(previousCode)) {
            return;
        }
        repository.find(code).filter(Region::retired).ifPresent(r -> {
            throw PlatformException.badRequest("region.retired", r.name(), r.code());
        });
    }

    /** The children of a region in the caller's scope, each with whether it has children (404 outside the scope). */
    List<RegionRepository.Node> childrenInScope(String code) {
        scope.require(code);
        return repository.childNodes(code);
    }

    /** The caller's region. */
    Region rootInScope() {
        return scope.currentRegion().orElseThrow(() -> PlatformException.forbidden("error.forbidden"));
    }

    /** Regions in the caller's scope whose code starts with {@code q} or whose name contains it, with where they lie. */
    SearchResult search(String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return new SearchResult("", List.of(), false);
        }
        if (query.length() > 50) {
            query = query.substring(0, 50);
        }
        Region root = rootInScope();
        List<Region> found = repository.search(root.path(), query, SEARCH_LIMIT + 1);
        boolean more = found.size() > SEARCH_LIMIT;
        List<Region> shown = more ? found.subList(0, SEARCH_LIMIT) : found;
        Set<String> ancestors = new HashSet<>();
        shown.forEach(r -> ancestors.addAll(ancestorCodes(r)));
        Map<String, Region> names = repository.findAll(ancestors);
        List<Found> results = shown.stream().map(r -> new Found(r, ancestorCodes(r).stream().filter(names::containsKey)
                .filter(c -> !Region.COUNTRY.equals(c)).map(c -> names.get(c).name()).collect(Collectors.joining(" › ")))).toList();
        return new SearchResult(query, results, more);
    }

    private static List<String> ancestorCodes(Region r) {
        List<String> codes = new ArrayList<>(Arrays.stream(r.path().split("/")).filter(s -> !s.isEmpty()).toList());
        codes.remove(codes.size() - 1);
        return codes;
    }

    /** Imports rows {@code code,name,parent code} (UTF-8 or GBK, optional header): a partial list, nothing is retired. */
    public ImportResult importCsv(byte[] content) {
        return imports.importLists(List.of(new Source("file.csv", UploadedText.decode(content).text())), false);
    }

    /** Imports one file or the national list's four files; {@code complete}: the list is the whole country's. */
    ImportResult importFiles(List<Source> sources, boolean complete) {
        return imports.importLists(sources, complete);
    }

    public record RegionNode(Region region, List<Region> children) {
    }

    record Found(Region region, String trail) {
    }

    record SearchResult(String q, List<Found> found, boolean more) {
    }

    /** What an import changed, or why it changed nothing. */
    public record ImportResult(int added, int renamed, int restored, int retired, List<String> errors) {

        static ImportResult refused(List<String> errors) {
            return new ImportResult(0, 0, 0, 0, errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }
}
