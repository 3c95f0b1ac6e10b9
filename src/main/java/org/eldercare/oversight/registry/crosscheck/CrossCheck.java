package org.eldercare.oversight.registry.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eldercare.oversight.registry.archive.FilingState;
import org.eldercare.oversight.registry.archive.LegalForm;
import org.eldercare.oversight.registry.archive.OperatingStatus;

/**
 * The REG-4 comparison of registrations with the registry entries in scope. A registration matches an entry by its
 * 统一社会信用代码 only: a registration with another valid code is another legal person, however alike the names (a
 * same-name match once classed a different entity as 已备案). A matched entry that is
 * filed is 已备案; one preparing or terminated is 登记但未开展; any other match, and no match, is 登记未备案. Operating
 * entries no registration matched are 未登记但实际开展. Pure: no Spring, no database.
 */
final class CrossCheck {

    /** A registry entry in scope, as the comparison needs it. */
    record Entry(long id, String uscc, String name, String regionCode, LegalForm legalForm, FilingState filingStatus,
                 OperatingStatus operatingStatus) {
    }

    /** A registration with its class and the registry entry it matched, if any. */
    record Classified(RegistrationRows.Candidate candidate, Classification classification, Entry match) {
        Optional<Entry> matched() {
            return Optional.ofNullable(match);
        }
    }

    /**
     * Every registration classified, in file order; the operating entries none of them matched, in registry order: those
     * of the registrar the file is complete for are {@code unregistered}, the others {@code notInFile}.
     */
    record Result(List<Classified> rows, List<Entry> unregistered, List<Entry> notInFile) {
    }

    private final List<Entry> registry;
    private final Map<String, Entry> byCode = new HashMap<>();

    private CrossCheck(List<Entry> registry) {
        this.registry = List.copyOf(registry);
        for (Entry e : registry) {
            byCode.put(e.uscc(), e);
        }
    }

    /** A comparison against {@code registry}. */
    static CrossCheck against(List<Entry> registry) {
        return new CrossCheck(registry);
    }

    /** Classifies a file that is not declared complete for any registrar: nobody is 未登记但实际开展 for missing from it. */
    Result classify(List<RegistrationRows.Candidate> candidates) {
        return classify(candidates, null);
    }

    /**
     * Classifies a file; {@code completeFor} names the registrar the uploader declared the file complete for (all of its
     * registrations in the region), or null. Only then is an operating entry of that registrar which the file does not
     * list 未登记但实际开展; any other unlisted entry is 本次登记数据中未找到.
     */
    Result classify(List<RegistrationRows.Candidate> candidates, Registrar completeFor) {
        List<Classified> rows = candidates.stream().map(this::classify).toList();
        Set<Long> matched = new HashSet<>();
        rows.forEach(r -> r.matched().ifPresent(e -> matched.add(e.id())));
        List<Entry> unregistered = new ArrayList<>();
        List<Entry> notInFile = new ArrayList<>();
        for (Entry e : registry) {
            if (e.operatingStatus() == OperatingStatus.OPERATING && !matched.contains(e.id())) {
                boolean complete = completeFor != null && Registrar.of(e.legalForm()).filter(completeFor::equals).isPresent();
                (complete ? unregistered : notInFile).add(e);
            }
        }
        return new Result(rows, List.copyOf(unregistered), List.copyOf(notInFile));
    }

    Classified classify(RegistrationRows.Candidate c) {
        Entry match = byCode.get(c.uscc().value());
        return new Classified(c, match == null ? Classification.UNFILED : classOf(match), match);
    }

    private static Classification classOf(Entry match) {
        if (match.filingStatus() == FilingState.FILED) {
            return Classification.FILED;
        }
        return match.operatingStatus() == OperatingStatus.PREPARING || match.operatingStatus() == OperatingStatus.TERMINATED
                ? Classification.NOT_OPERATING : Classification.UNFILED;
    }
}
